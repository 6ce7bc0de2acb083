#include "LabTab.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "CheckCommandLine.h"
#include "LabCheckDetail.h"
#include "LabChooser.h"
#include "LabClassPage.h"
#include "LabParameterForm.h"
#include "LabProgramPage.h"

LabTab::LabTab(QWidget *parent)
    : ToolTab(parent)
    , m_chooser(new LabChooser(this))
    , m_modeLabel(new QLabel(this))
    , m_programRadio(new QRadioButton(this))
    , m_classRadio(new QRadioButton(this))
    , m_stack(new QStackedWidget(this))
    , m_program(new LabProgramPage(this))
    , m_class(new LabClassPage(this))
{
    m_programRadio->setObjectName(QStringLiteral("programRadio"));
    m_classRadio->setObjectName(QStringLiteral("classRadio"));
    m_program->setObjectName(QStringLiteral("programPage"));
    m_class->setObjectName(QStringLiteral("classPage"));
    m_programRadio->setChecked(true);
    m_stack->addWidget(m_program);
    m_stack->addWidget(m_class);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_modeLabel);
    modeRow->addWidget(m_programRadio);
    modeRow->addWidget(m_classRadio);
    modeRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_chooser);
    layout->addWidget(line);
    layout->addLayout(modeRow);
    layout->addWidget(m_stack, 1);

    connect(m_chooser, &LabChooser::labChanged, this, &LabTab::onLabChanged);
    connect(m_program, &LabProgramPage::aboutToRun, this, &LabTab::passParameters);
    connect(m_class, &LabClassPage::aboutToRun, this, &LabTab::passParameters);
    connect(m_program, &LabProgramPage::statusChanged, this, &ToolTab::statusChanged);
    connect(m_class, &LabClassPage::statusChanged, this, &ToolTab::statusChanged);
    connect(m_classRadio, &QRadioButton::toggled, this, [this](bool classMode) {
        m_stack->setCurrentWidget(classMode ? static_cast<QWidget *>(m_class) : m_program);
        emit statusChanged();
    });

    QSettings settings;
    m_chooser->restoreKey(settings.value(QStringLiteral("lab/lab")).toString());
    onLabChanged();
    showClassMode(settings.value(QStringLiteral("lab/mode")).toString() == QLatin1String("class"));
    retranslate();
}

LabTab::~LabTab()
{
    saveSettings();
}

LabChooser *LabTab::chooser() const
{
    return m_chooser;
}

LabProgramPage *LabTab::programPage() const
{
    return m_program;
}

LabClassPage *LabTab::classPage() const
{
    return m_class;
}

bool LabTab::isClassMode() const
{
    return m_classRadio->isChecked();
}

void LabTab::showClassMode(bool classMode)
{
    (classMode ? m_classRadio : m_programRadio)->setChecked(true);
}

void LabTab::setLab(const LabDefinition &lab)
{
    m_chooser->addLab(lab);
}

void LabTab::onLabChanged()
{
    const LabDefinition *lab = m_chooser->lab();
    const LabDefinition picked = lab ? *lab : LabDefinition();
    m_program->setLab(picked);
    m_class->setLab(picked);
    emit statusChanged();
}

void LabTab::passParameters()
{
    const QMap<QString, QString> values = m_chooser->parameterForm()->values();
    m_chooser->parameterForm()->saveSettings();
    m_program->setParameters(values);
    m_class->setParameters(values);
    saveSettings();
}

TrafficView *LabTab::currentTrafficView() const
{
    return isClassMode() ? m_class->detail()->trafficView() : m_program->detail()->trafficView();
}

QString LabTab::logFileBaseName() const
{
    return QStringLiteral("lab-exchange");
}

QStringList LabTab::statusSummaries() const
{
    QStringList out;
    for (const QString &s : {m_program->statusSummary(), m_class->statusSummary()}) {
        if (!s.isEmpty())
            out.append(s);
    }
    return out;
}

qint64 LabTab::bytesReceived() const
{
    return m_program->bytesReceived() + m_class->bytesReceived();
}

qint64 LabTab::bytesSent() const
{
    return m_program->bytesSent() + m_class->bytesSent();
}

QStringList LabTab::openCommands() const
{
    return {QStringLiteral("check")};
}

bool LabTab::openCommand(const QString &command, const QStringList &arguments, QString *error)
{
    Q_UNUSED(command);
    const std::optional<CheckArguments> args = CheckCommandLine::parse(arguments, error);
    if (!args)
        return false;
    if (args->mode == CheckArguments::Mode::List)
        return true;   // the tab, with its list of labs
    // Reports the command line writes; the window has Export for them (nothing is dropped silently).
    const QString reportOption = args->json ? QStringLiteral("--json")
                               : !args->junitFile.isEmpty() ? QStringLiteral("--junit")
                               : !args->csvFile.isEmpty() ? QStringLiteral("--csv") : QString();
    if (!reportOption.isEmpty()) {
        *error = tr("%1 writes a report from the command line; in the window, use Export once the run has finished.")
                     .arg(reportOption);
        return false;
    }
    if (args->labFile.isEmpty())
        m_chooser->selectLab(args->lab.id);
    else
        m_chooser->addLab(args->lab);
    QString unknown;
    if (!m_chooser->parameterForm()->setValues(args->parameters, &unknown)) {
        *error = tr("The lab “%1” has no parameter “%2”.").arg(args->lab.id, unknown);
        return false;
    }
    switch (args->mode) {
    case CheckArguments::Mode::List:
        break;
    case CheckArguments::Mode::Target:
        showClassMode(false);
        m_program->setTarget(args->host, args->port);
        m_program->setTimeoutMs(args->timeoutMs);
        return m_program->run(error);
    case CheckArguments::Mode::Serve:
        showClassMode(false);
        m_program->setListen(args->bind, args->listenPort ? args->listenPort : args->lab.defaultPort);
        m_program->setClientWaitMs(args->clientWaitMs);
        m_program->setTimeoutMs(args->timeoutMs);
        return m_program->run(error);
    case CheckArguments::Mode::Class:
        showClassMode(true);
        if (!m_class->loadTargets(args->targetsFile, error))
            return false;
        m_class->setParallel(args->parallel);
        m_class->setTimeoutMs(args->timeoutMs);
        return m_class->run(error);
    }
    return true;
}

void LabTab::retranslate()
{
    setWindowTitle(tr("Lab"));
    m_modeLabel->setText(tr("Check:"));
    m_programRadio->setText(tr("&One program"));
    m_programRadio->setToolTip(tr("Check your own server or client."));
    m_classRadio->setText(tr("A whole &class"));
    m_classRadio->setToolTip(tr("For teachers: check every student's server listed in a targets file."));
}

void LabTab::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("lab/lab"), m_chooser->currentKey());
    settings.setValue(QStringLiteral("lab/mode"), isClassMode() ? QStringLiteral("class") : QStringLiteral("program"));
}

void LabTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        emit windowTitleChanged(windowTitle());
    }
    ToolTab::changeEvent(event);
}
