#include "LabChooser.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QSettings>

#include "LabCatalog.h"
#include "LabFileParser.h"
#include "LabParameterForm.h"

namespace {
constexpr int OpenFileItem = -1;
const QString FilePrefix = QStringLiteral("file:");
}

LabChooser::LabChooser(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_description(new QLabel(this))
    , m_error(new QLabel(this))
    , m_parameters(new LabParameterForm(this))
{
    m_combo->setObjectName(QStringLiteral("labCombo"));
    m_description->setObjectName(QStringLiteral("labDescription"));
    m_error->setObjectName(QStringLiteral("labFileError"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(28);
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::RichText);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00000; font-weight: bold; }"));
    m_error->setVisible(false);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *labLabel = new QLabel(this);
    labLabel->setObjectName(QStringLiteral("labLabel"));
    labLabel->setBuddy(m_combo);
    layout->addWidget(labLabel, 0, 0);
    layout->addWidget(m_combo, 0, 1);
    layout->addWidget(m_description, 1, 0, 1, 3);
    layout->addWidget(m_error, 2, 0, 1, 3);
    layout->addWidget(m_parameters, 3, 0, 1, 3);
    layout->setColumnStretch(2, 1);

    for (const LabDefinition &lab : LabCatalog::builtIn())
        m_labs.append(lab);
    fillCombo();
    connect(m_combo, &QComboBox::activated, this, &LabChooser::onActivated);
    if (!m_labs.isEmpty()) {
        m_current = 0;
        showLab();
    }
}

const LabDefinition *LabChooser::lab() const
{
    return m_current >= 0 ? &m_labs.at(m_current) : nullptr;
}

LabParameterForm *LabChooser::parameterForm() const
{
    return m_parameters;
}

void LabChooser::fillCombo()
{
    const QSignalBlocker block(m_combo);
    m_combo->clear();
    for (int i = 0; i < m_labs.size(); ++i) {
        const LabDefinition &lab = m_labs.at(i);
        const QString title = lab.title.text();
        m_combo->addItem(lab.source.startsWith(QLatin1String(":/"))
                             ? title
                             : tr("%1 (from %2)").arg(title, QFileInfo(lab.source).fileName()),
                         i);
        m_combo->setItemData(i, lab.source, Qt::ToolTipRole);
    }
    m_combo->insertSeparator(m_combo->count());
    m_combo->addItem(tr("Open lab file…"), OpenFileItem);
    m_combo->setCurrentIndex(m_current);
    findChild<QLabel *>(QStringLiteral("labLabel"))->setText(tr("&Lab:"));
}

void LabChooser::onActivated(int index)
{
    const int lab = m_combo->itemData(index).toInt();
    if (lab == OpenFileItem) {
        m_combo->setCurrentIndex(m_current);   // stays on the lab shown until a file loads
        chooseFile();
        return;
    }
    if (lab == m_current || lab < 0 || lab >= m_labs.size())
        return;
    m_current = lab;
    showFileError(QString());
    showLab();
}

bool LabChooser::selectLab(const QString &id)
{
    for (int i = 0; i < m_labs.size(); ++i) {
        if (m_labs.at(i).id != id)
            continue;
        m_current = i;
        m_combo->setCurrentIndex(i);
        showLab();
        return true;
    }
    return false;
}

int LabChooser::addItem(const LabDefinition &lab)
{
    // A file loaded again replaces its earlier version.
    for (int i = 0; i < m_labs.size(); ++i) {
        if (!lab.source.isEmpty() && m_labs.at(i).source == lab.source) {
            m_labs[i] = lab;
            return i;
        }
    }
    m_labs.append(lab);
    return int(m_labs.size() - 1);
}

bool LabChooser::loadFile(const QString &path, QString *error)
{
    LabFileParser::Error parseError;
    const std::optional<LabDefinition> lab = LabFileParser::parseFile(path, &parseError);
    if (!lab) {
        const QString message = tr("The lab file “%1” cannot be used: %2")
                                    .arg(QDir::toNativeSeparators(path), parseError.text());
        showFileError(message);
        if (error)
            *error = message;
        return false;
    }
    m_current = addItem(*lab);
    fillCombo();
    showFileError(QString());
    showLab();
    return true;
}

void LabChooser::addLab(const LabDefinition &lab)
{
    m_current = addItem(lab);
    fillCombo();
    showFileError(QString());
    showLab();
}

QString LabChooser::fileError() const
{
    return m_fileError;
}

QString LabChooser::currentKey() const
{
    const LabDefinition *current = lab();
    if (!current)
        return QString();
    if (current->source.isEmpty() || current->source.startsWith(QLatin1String(":/")))
        return current->id;
    return FilePrefix + current->source;
}

void LabChooser::restoreKey(const QString &key)
{
    if (key.startsWith(FilePrefix)) {
        const QString path = key.mid(FilePrefix.size());
        if (QFileInfo::exists(path))
            loadFile(path);
        return;
    }
    if (!key.isEmpty())
        selectLab(key);
}

void LabChooser::chooseFile()
{
    QSettings settings;
    const QString folderKey = QStringLiteral("lab/labFolder");
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a lab file"), settings.value(folderKey).toString(),
                                                      tr("Lab files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(folderKey, QFileInfo(path).absolutePath());
    loadFile(path);
}

void LabChooser::showLab()
{
    const LabDefinition *current = lab();
    m_parameters->setLab(current ? *current : LabDefinition());
    describe();
    emit labChanged();
}

void LabChooser::describe()
{
    const LabDefinition *current = lab();
    if (!current) {
        m_description->setText(tr("No lab is available. Open a lab file to start."));
        return;
    }
    const QString role = current->role == LabDefinition::Role::Server
                             ? tr("It tests a server: SocketLab connects to it as a client.")
                             : tr("It tests a client: SocketLab listens and your client connects to it.");
    QString html = QStringLiteral("<p>%1</p>").arg(current->description.text().toHtmlEscaped());
    QStringList facts;
    if (!current->script.isEmpty())
        facts.append(tr("Lecture script: %1.").arg(current->script).toHtmlEscaped());
    facts.append(role.toHtmlEscaped());
    html += QStringLiteral("<p><i>%1</i></p>").arg(facts.join(QLatin1Char(' ')));
    m_description->setText(html);
}

void LabChooser::showFileError(const QString &message)
{
    m_fileError = message;
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void LabChooser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        fillCombo();
        describe();
    }
    QWidget::changeEvent(event);
}
