#include "SendBox.h"

#include "ui_SendBox.h"

#include "Checksum.h"
#include "QuickSendList.h"
#include "QuickSendPanel.h"
#include "SendInputConverter.h"
#include "SplitterMemory.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QSettings>
#include <QTimer>

namespace {

QString historyLabel(const QString &text)
{
    QString label = text;
    label.replace(QLatin1Char('\n'), QChar(0x23ce));   // ⏎
    label.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return label.size() > 60 ? label.left(60) + QStringLiteral("…") : label;
}

} // namespace

SendBox::SendBox(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SendBox>())
    , m_repeatTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    for (TextCodec::Encoding e : TextCodec::encodings())
        m_ui->encodingCombo->addItem(TextCodec::name(e), int(e));
    m_ui->checksumCombo->addItem(QString(), Checksum::key(Checksum::Algorithm::None));
    for (Checksum::Algorithm algorithm : Checksum::algorithms())
        m_ui->checksumCombo->addItem(QString(), Checksum::key(algorithm));
    retranslateChecksumCombo();
    m_ui->errorLabel->hide();
    m_ui->historyCombo->setCurrentIndex(-1);
    m_repeatTimer->setTimerType(Qt::PreciseTimer);

    m_ui->quickSendSplitter->setStretchFactor(0, 3);
    m_ui->quickSendSplitter->setStretchFactor(1, 2);
    m_ui->quickSendPanel->setCurrentMessageSource([this] { return currentItem(); });
    connect(m_ui->quickSendPanel, &QuickSendPanel::sendRequested, this, &SendBox::sendRequested);
    connect(m_ui->quickSendPanel, &QuickSendPanel::messageShown, this, &SendBox::showMessage);

    m_ui->editor->installEventFilter(this);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &SendBox::send);
    connect(m_ui->repeatButton, &QPushButton::clicked, this, [this] {
        if (isRepeating())
            stopRepeat();
        else
            startRepeat();
    });
    connect(m_ui->sendFileButton, &QPushButton::clicked, this, &SendBox::chooseFile);
    connect(m_repeatTimer, &QTimer::timeout, this, &SendBox::repeatTick);
    connect(m_ui->editor, &QPlainTextEdit::textChanged, this, &SendBox::clearMessage);
    connect(m_ui->historyCombo, &QComboBox::activated, this, &SendBox::restoreHistoryEntry);
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &SendBox::switchFormat);
    for (QComboBox *combo : {m_ui->eolCombo, m_ui->encodingCombo}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            clearMessage();
            saveChoices();
        });
    }
    connect(m_ui->encodingCombo, &QComboBox::currentIndexChanged, this, [this] { emit encodingChanged(encoding()); });
    connect(m_ui->checksumCombo, &QComboBox::currentIndexChanged, this, &SendBox::saveChoices);
    for (QComboBox *combo : {m_ui->eolCombo, m_ui->encodingCombo, m_ui->checksumCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &SendBox::updateChecksumPreview);
    connect(m_ui->editor, &QPlainTextEdit::textChanged, this, &SendBox::updateChecksumPreview);
    for (QSpinBox *spin : {m_ui->repeatIntervalSpin, m_ui->repeatCountSpin})
        connect(spin, &QSpinBox::valueChanged, this, &SendBox::saveChoices);
    updateRepeatUi();
    updateChecksumPreview();
}

SendBox::~SendBox() = default;

void SendBox::setSendEnabled(bool enabled)
{
    m_sendEnabled = enabled;
    if (!enabled)
        stopRepeat();
    m_ui->quickSendPanel->setSendEnabled(enabled);
    m_ui->sendButton->setEnabled(enabled);
    m_ui->sendFileButton->setEnabled(enabled);
    updateRepeatUi();
}

void SendBox::setText(const QString &text)
{
    m_ui->editor->setPlainText(text);
}

QString SendBox::text() const
{
    return m_ui->editor->toPlainText();
}

std::optional<QByteArray> SendBox::payload(QString *error) const
{
    std::optional<QByteArray> bytes = message(error);
    if (bytes)
        bytes = Checksum::withChecksum(checksum(), *bytes);
    return bytes;
}

Checksum::Algorithm SendBox::checksum() const
{
    return Checksum::fromKey(m_ui->checksumCombo->currentData().toString()).value_or(Checksum::Algorithm::None);
}

void SendBox::setChecksum(Checksum::Algorithm algorithm)
{
    const int index = m_ui->checksumCombo->findData(Checksum::key(algorithm));
    if (index >= 0)
        m_ui->checksumCombo->setCurrentIndex(index);
}

std::optional<QByteArray> SendBox::message(QString *error) const
{
    return currentItem().message(error);
}

QuickSendItem SendBox::currentItem() const
{
    QuickSendItem item;
    item.text = text();
    item.hex = isHex();
    item.lineEnding = lineEnding();
    item.encoding = encoding();
    item.checksum = checksum();
    return item;
}

QuickSendList *SendBox::quickSendList() const
{
    return m_ui->quickSendPanel->list();
}

QuickSendPanel *SendBox::quickSendPanel() const
{
    return m_ui->quickSendPanel;
}

void SendBox::addRow(QWidget *row)
{
    m_ui->mainLayout->addWidget(row);
}

void SendBox::setSettingsKey(const QString &key)
{
    m_settingsKey = key;
    loadSettings();
    m_ui->quickSendPanel->setSettingsKey(key);
    SplitterMemory::remember(m_ui->quickSendSplitter, key + QStringLiteral("/quickSendSplitter"), {300, 240});
}

bool SendBox::isRepeating() const
{
    return m_repeatTimer->isActive();
}

QStringList SendBox::history() const
{
    QStringList list;
    for (const HistoryEntry &entry : m_history)
        list.append(entry.text);
    return list;
}

void SendBox::send()
{
    if (!m_sendEnabled)
        return;
    const std::optional<QByteArray> bytes = checkedPayload();
    if (!bytes)
        return;
    addToHistory({text(), isHex()});
    emit sendRequested(*bytes);
}

void SendBox::startRepeat()
{
    if (!m_sendEnabled || isRepeating())
        return;
    const std::optional<QByteArray> bytes = checkedPayload();
    if (!bytes)
        return;
    addToHistory({text(), isHex()});
    m_repeatPayload = *bytes;
    const int count = m_ui->repeatCountSpin->value();
    m_repeatLeft = count == 0 ? -1 : count;
    m_repeatSent = 0;
    m_repeatFinished = false;
    m_repeatTimer->start(m_ui->repeatIntervalSpin->value());
    repeatTick();   // the first one goes at once
}

void SendBox::stopRepeat()
{
    if (!isRepeating())
        return;
    m_repeatTimer->stop();
    m_repeatFinished = true;
    m_repeatPayload.clear();
    updateRepeatUi();
}

void SendBox::repeatTick()
{
    if (!m_sendEnabled) {
        stopRepeat();
        return;
    }
    ++m_repeatSent;
    if (m_repeatLeft > 0)
        --m_repeatLeft;
    const QByteArray bytes = m_repeatPayload;
    if (m_repeatLeft == 0)
        stopRepeat();
    else
        updateRepeatUi();
    emit sendRequested(bytes);
}

void SendBox::updateRepeatUi()
{
    const bool repeating = isRepeating();
    m_ui->repeatButton->setText(repeating ? tr("Stop") : tr("Start repeat"));
    m_ui->repeatButton->setEnabled(m_sendEnabled || repeating);
    m_ui->repeatIntervalSpin->setEnabled(!repeating);
    m_ui->repeatCountSpin->setEnabled(!repeating);
    QString status;
    if (repeating && m_repeatLeft < 0)
        status = tr("%Ln sent; repeating until stopped.", "", m_repeatSent);
    else if (repeating)
        status = tr("%Ln sent, %1 to go.", "", m_repeatSent).arg(m_repeatLeft);
    else if (m_repeatFinished)
        status = tr("Repeat finished: %Ln sent.", "", m_repeatSent);
    m_ui->repeatStatusLabel->setText(status);
}

void SendBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateChecksumCombo();
        updateChecksumPreview();
        updateRepeatUi();
        clearMessage();
    }
    QWidget::changeEvent(event);
}

bool SendBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & Qt::ControlModifier)) {
            send();
            return true;
        }
        if (key->matches(QKeySequence::Undo) && undoSwitch())
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

bool SendBox::isHex() const
{
    return m_format == 1;
}

void SendBox::switchFormat(int index)
{
    if (index == m_format || m_restoring)
        return;
    QString error;
    const QString before = text();
    const std::optional<QString> converted = index == 1 ? SendInputConverter::textToHex(before, encoding(), &error)
                                                        : SendInputConverter::hexToText(before, encoding(), &error);
    if (!converted) {
        // Refused: the input stays as it is, in its format, with the reason.
        const QSignalBlocker block(m_ui->formatCombo);
        m_ui->formatCombo->setCurrentIndex(m_format);
        showMessage(error, true);
        return;
    }
    m_lastSwitch = FormatSwitch{before, m_format, *converted};
    m_format = index;
    m_ui->editor->setPlainText(*converted);
    m_ui->editor->moveCursor(QTextCursor::End);
    clearMessage();
    saveChoices();
    updateChecksumPreview();
}

bool SendBox::undoSwitch()
{
    if (!m_lastSwitch || text() != m_lastSwitch->converted)
        return false;
    const FormatSwitch last = *m_lastSwitch;
    m_lastSwitch.reset();
    setFormatWithoutConverting(last.format);
    m_ui->editor->setPlainText(last.text);
    m_ui->editor->moveCursor(QTextCursor::End);
    return true;
}

void SendBox::setFormatWithoutConverting(int index)
{
    m_restoring = true;
    m_ui->formatCombo->setCurrentIndex(index);
    m_restoring = false;
    m_format = m_ui->formatCombo->currentIndex();
    saveChoices();
}

SendBox::LineEnding SendBox::lineEnding() const
{
    switch (m_ui->eolCombo->currentIndex()) {
    case 1: return LineEnding::Lf;
    case 2: return LineEnding::CrLf;
    default: return LineEnding::None;
    }
}

TextCodec::Encoding SendBox::encoding() const
{
    return TextCodec::Encoding(m_ui->encodingCombo->currentData().toInt());
}

void SendBox::setEncoding(TextCodec::Encoding encoding)
{
    const int index = m_ui->encodingCombo->findData(int(encoding));
    if (index >= 0)
        m_ui->encodingCombo->setCurrentIndex(index);
}

std::optional<QByteArray> SendBox::checkedPayload()
{
    QString error;
    const std::optional<QByteArray> bytes = message(&error);
    if (!bytes) {
        showMessage(error, true);
        return std::nullopt;
    }
    if (bytes->isEmpty()) {
        showMessage(tr("Nothing to send: the message is empty. Type something, or choose a line ending to send just that."),
                    false);
        return std::nullopt;
    }
    clearMessage();
    return Checksum::withChecksum(checksum(), *bytes);
}

void SendBox::retranslateChecksumCombo()
{
    QComboBox *combo = m_ui->checksumCombo;
    for (int i = 0; i < combo->count(); ++i) {
        const auto algorithm = Checksum::fromKey(combo->itemData(i).toString()).value_or(Checksum::Algorithm::None);
        combo->setItemText(i, algorithm == Checksum::Algorithm::None ? tr("No checksum") : Checksum::displayName(algorithm));
    }
}

void SendBox::updateChecksumPreview()
{
    const Checksum::Algorithm algorithm = checksum();
    QLabel *label = m_ui->checksumPreviewLabel;
    if (algorithm == Checksum::Algorithm::None) {
        label->clear();
        return;
    }
    const QString name = Checksum::displayName(algorithm);
    const std::optional<QByteArray> bytes = message();
    if (!bytes || bytes->isEmpty()) {
        label->setText(tr("Appends the %1 of the message.").arg(name));
        return;
    }
    const QByteArray appended = Checksum::appended(algorithm, *bytes);
    label->setText(tr("Appends %1 (%2)").arg(QString::fromLatin1(appended.toHex(' ').toUpper()), name));
}

void SendBox::showMessage(const QString &text, bool isError)
{
    m_ui->errorLabel->setStyleSheet(isError ? QStringLiteral("color: #d32f2f;") : QString());
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->show();
}

void SendBox::clearMessage()
{
    if (m_ui->errorLabel->text().isEmpty())
        return;
    m_ui->errorLabel->clear();
    m_ui->errorLabel->hide();
}

void SendBox::addToHistory(const HistoryEntry &entry)
{
    for (qsizetype i = 0; i < m_history.size(); ++i) {
        if (m_history.at(i).text == entry.text && m_history.at(i).hex == entry.hex) {
            if (i == 0)
                return;
            m_history.removeAt(i);
            break;
        }
    }
    m_history.prepend(entry);
    while (m_history.size() > MaxHistory)
        m_history.removeLast();
    rebuildHistoryCombo();
    saveHistory();
}

void SendBox::rebuildHistoryCombo()
{
    QComboBox *combo = m_ui->historyCombo;
    const QSignalBlocker block(combo);
    combo->clear();
    for (const HistoryEntry &entry : m_history) {
        const QString label = entry.hex ? tr("[hex] %1").arg(historyLabel(entry.text)) : historyLabel(entry.text);
        combo->addItem(label);
        combo->setItemData(combo->count() - 1, entry.text, Qt::ToolTipRole);
    }
    combo->setCurrentIndex(-1);
}

void SendBox::restoreHistoryEntry(int index)
{
    if (index < 0 || index >= m_history.size())
        return;
    const HistoryEntry entry = m_history.at(index);
    setFormatWithoutConverting(entry.hex ? 1 : 0);
    m_ui->editor->setPlainText(entry.text);
    m_ui->editor->setFocus();
    m_ui->editor->moveCursor(QTextCursor::End);
    const QSignalBlocker block(m_ui->historyCombo);
    m_ui->historyCombo->setCurrentIndex(-1);
}

void SendBox::chooseFile()
{
    QString folder;
    if (!m_settingsKey.isEmpty())
        folder = QSettings().value(m_settingsKey + QStringLiteral("/fileFolder")).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Send a file"), folder);
    if (path.isEmpty())
        return;
    if (!m_settingsKey.isEmpty())
        QSettings().setValue(m_settingsKey + QStringLiteral("/fileFolder"), QFileInfo(path).absolutePath());
    emit sendFileRequested(path);
}

void SendBox::loadSettings()
{
    if (m_settingsKey.isEmpty())
        return;
    // Read everything first: applying a choice saves all of them.
    const QSettings settings;
    const QString key = m_settingsKey;
    const int format = settings.value(key + QStringLiteral("/format"), m_ui->formatCombo->currentIndex()).toInt();
    const int eol = settings.value(key + QStringLiteral("/eol"), m_ui->eolCombo->currentIndex()).toInt();
    const auto encoding = TextCodec::fromName(settings.value(key + QStringLiteral("/encoding")).toString());
    const int interval = settings.value(key + QStringLiteral("/repeatInterval"), m_ui->repeatIntervalSpin->value()).toInt();
    const int count = settings.value(key + QStringLiteral("/repeatCount"), m_ui->repeatCountSpin->value()).toInt();
    const auto storedChecksum = Checksum::fromKey(settings.value(key + QStringLiteral("/checksum")).toString());
    if (format >= 0 && format < m_ui->formatCombo->count())
        m_ui->formatCombo->setCurrentIndex(format);
    if (eol >= 0 && eol < m_ui->eolCombo->count())
        m_ui->eolCombo->setCurrentIndex(eol);
    if (encoding)
        m_ui->encodingCombo->setCurrentIndex(m_ui->encodingCombo->findData(int(*encoding)));
    m_ui->repeatIntervalSpin->setValue(interval);
    m_ui->repeatCountSpin->setValue(count);
    if (storedChecksum)
        setChecksum(*storedChecksum);

    m_history.clear();
    const QVariantList stored = settings.value(key + QStringLiteral("/history")).toList();
    for (const QVariant &item : stored) {
        const QVariantMap map = item.toMap();
        const QString text = map.value(QStringLiteral("text")).toString();
        if (!text.isEmpty() && m_history.size() < MaxHistory)
            m_history.append({text, map.value(QStringLiteral("hex")).toBool()});
    }
    rebuildHistoryCombo();
}

void SendBox::saveChoices() const
{
    if (m_settingsKey.isEmpty())
        return;
    QSettings settings;
    settings.setValue(m_settingsKey + QStringLiteral("/format"), m_ui->formatCombo->currentIndex());
    settings.setValue(m_settingsKey + QStringLiteral("/eol"), m_ui->eolCombo->currentIndex());
    settings.setValue(m_settingsKey + QStringLiteral("/encoding"), TextCodec::name(encoding()));
    settings.setValue(m_settingsKey + QStringLiteral("/repeatInterval"), m_ui->repeatIntervalSpin->value());
    settings.setValue(m_settingsKey + QStringLiteral("/repeatCount"), m_ui->repeatCountSpin->value());
    settings.setValue(m_settingsKey + QStringLiteral("/checksum"), Checksum::key(checksum()));
}

void SendBox::saveHistory() const
{
    if (m_settingsKey.isEmpty())
        return;
    QVariantList list;
    for (const HistoryEntry &entry : m_history)
        list.append(QVariantMap{{QStringLiteral("text"), entry.text}, {QStringLiteral("hex"), entry.hex}});
    QSettings().setValue(m_settingsKey + QStringLiteral("/history"), list);
}
