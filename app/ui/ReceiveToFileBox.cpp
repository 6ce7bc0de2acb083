#include "ReceiveToFileBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

#include "ByteCountText.h"

namespace {

const QString kFormat = QStringLiteral("format");
const QString kShown = QStringLiteral("shown");
const QString kFolder = QStringLiteral("folder");
const QString ErrorStyle = QStringLiteral("color: #b00020;");

QString shownPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

ReceiveToFileBox::ReceiveToFileBox(QWidget *parent)
    : QGroupBox(parent)
    , m_fileEdit(new QLineEdit(this))
    , m_chooseButton(new QPushButton(this))
    , m_formatCombo(new QComboBox(this))
    , m_peerCombo(new QComboBox(this))
    , m_startButton(new QPushButton(this))
    , m_stateLabel(new QLabel(this))
{
    m_fileEdit->setObjectName(QStringLiteral("receiveFileEdit"));
    m_chooseButton->setObjectName(QStringLiteral("receiveChooseButton"));
    m_formatCombo->setObjectName(QStringLiteral("receiveFormatCombo"));
    m_peerCombo->setObjectName(QStringLiteral("receivePeerCombo"));
    m_startButton->setObjectName(QStringLiteral("receiveStartButton"));
    m_stateLabel->setObjectName(QStringLiteral("receiveStateLabel"));

    // The file is chosen with the dialog (which asks before replacing one), never typed.
    m_fileEdit->setReadOnly(true);
    m_peerCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_peerCombo->setMinimumContentsLength(6);
    m_stateLabel->setWordWrap(true);
    m_stateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stateLabel->hide();

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_chooseButton);
    auto *choiceRow = new QHBoxLayout;
    choiceRow->addWidget(m_formatCombo);
    choiceRow->addWidget(m_peerCombo, 1);
    choiceRow->addWidget(m_startButton);
    choiceRow->addStretch();   // takes the room of the peer choice when it is hidden (a client)
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addLayout(choiceRow);
    layout->addWidget(m_stateLabel);

    connect(m_chooseButton, &QPushButton::clicked, this, &ReceiveToFileBox::chooseFile);
    connect(m_startButton, &QPushButton::clicked, this, [this] {
        if (m_state == State::Idle)
            start();
        else
            stop();
    });
    connect(m_formatCombo, &QComboBox::activated, this, [this] {
        if (!m_settingsKey.isEmpty())
            QSettings().setValue(m_settingsKey + QLatin1Char('/') + kFormat, int(format()));
    });
    retranslate();
    fillPeers();
    updateWidgets();
}

void ReceiveToFileBox::setSource(Source source)
{
    m_source = source;
    m_peerCombo->setVisible(source != Source::TcpClient);   // a client has one peer
    retranslate();
}

void ReceiveToFileBox::setSettingsKey(const QString &key)
{
    m_settingsKey = key;
    QSettings settings;
    const int stored = settings.value(key + QLatin1Char('/') + kFormat, int(ReceiveRecorder::Format::Raw)).toInt();
    setFormat(stored == int(ReceiveRecorder::Format::Hex) ? ReceiveRecorder::Format::Hex : ReceiveRecorder::Format::Raw);
    if (m_toggle)
        m_toggle->setChecked(settings.value(key + QLatin1Char('/') + kShown, false).toBool());
}

void ReceiveToFileBox::setToggle(QCheckBox *toggle)
{
    m_toggle = toggle;
    setVisible(toggle->isChecked());
    connect(toggle, &QCheckBox::toggled, this, [this](bool shown) {
        setVisible(shown);
        if (!shown)
            stop();   // as unticking “接收转向文件” does
        if (!m_settingsKey.isEmpty())
            QSettings().setValue(m_settingsKey + QLatin1Char('/') + kShown, shown);
        emit shownChanged(shown);
    });
    retranslate();
}

void ReceiveToFileBox::reveal()
{
    if (m_toggle)
        m_toggle->setChecked(true);
    else
        setVisible(true);
}

void ReceiveToFileBox::setRecorder(ReceiveRecorder *recorder)
{
    if (m_recorder)
        disconnect(m_recorder, nullptr, this, nullptr);
    m_recorder = recorder;
    // Recorder -> box: queued (the recorder lives in the engine's thread).
    connect(recorder, &ReceiveRecorder::started, this, &ReceiveToFileBox::onStarted);
    connect(recorder, &ReceiveRecorder::startFailed, this, &ReceiveToFileBox::onStartFailed);
    connect(recorder, &ReceiveRecorder::progress, this, &ReceiveToFileBox::onProgress);
    connect(recorder, &ReceiveRecorder::finished, this, &ReceiveToFileBox::onFinished);
}

void ReceiveToFileBox::setSourceActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    if (!active && m_state == State::Starting && m_recorder) {
        // The engine stopped while the start was on its way: the recording it opens ends at once.
        QMetaObject::invokeMethod(m_recorder, &ReceiveRecorder::sourceStopped);
    }
    if (active && m_autoStart && m_state == State::Idle && !fileName().isEmpty()) {
        m_autoStart = false;
        start();
        return;
    }
    updateWidgets();
}

void ReceiveToFileBox::setPeers(const QStringList &peers)
{
    if (peers == m_peers)
        return;
    m_peers = peers;
    fillPeers();
}

void ReceiveToFileBox::setFileName(const QString &path)
{
    m_fileEdit->setText(path.isEmpty() ? QString() : shownPath(QFileInfo(path).absoluteFilePath()));
    m_fileEdit->setToolTip(m_fileEdit->text());
    m_fileEdit->setCursorPosition(m_fileEdit->text().size());   // the file's name in view
    updateWidgets();
}

QString ReceiveToFileBox::fileName() const
{
    return QDir::fromNativeSeparators(m_fileEdit->text());
}

void ReceiveToFileBox::setFormat(ReceiveRecorder::Format format)
{
    m_formatCombo->setCurrentIndex(qMax(0, m_formatCombo->findData(int(format))));
}

ReceiveRecorder::Format ReceiveToFileBox::format() const
{
    return m_formatCombo->currentData().toInt() == int(ReceiveRecorder::Format::Hex) ? ReceiveRecorder::Format::Hex
                                                                                      : ReceiveRecorder::Format::Raw;
}

QString ReceiveToFileBox::chosenPeer() const
{
    if (m_source == Source::TcpClient)
        return {};
    return m_peerCombo->currentData().toString();
}

void ReceiveToFileBox::choosePeer(const QString &peer)
{
    m_peerCombo->setCurrentIndex(qMax(0, m_peerCombo->findData(peer)));
}

void ReceiveToFileBox::startWhenActive()
{
    reveal();
    m_autoStart = true;
    if (m_active && m_state == State::Idle && !fileName().isEmpty()) {
        m_autoStart = false;
        start();
    }
}

bool ReceiveToFileBox::isRecording() const
{
    return m_state == State::Recording || m_state == State::Starting;
}

QString ReceiveToFileBox::stateText() const
{
    return m_stateLabel->text();
}

void ReceiveToFileBox::chooseFile()
{
    QSettings settings;
    const QString folderKey = m_settingsKey + QLatin1Char('/') + kFolder;
    const bool hex = format() == ReceiveRecorder::Format::Hex;
    QString start = fileName();
    if (start.isEmpty()) {
        QString folder = m_settingsKey.isEmpty() ? QString() : settings.value(folderKey).toString();
        if (folder.isEmpty() || !QFileInfo(folder).isDir())
            folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        start = QDir(folder).filePath(QStringLiteral("received-%1.%2").arg(stamp, hex ? QStringLiteral("txt")
                                                                                      : QStringLiteral("bin")));
    }
    // The dialog asks before replacing an existing file: a recording replaces its contents.
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the received bytes to"), start,
        hex ? tr("Text files (*.txt);;All files (*)") : tr("All files (*)"));
    if (path.isEmpty())
        return;
    if (!m_settingsKey.isEmpty())
        settings.setValue(folderKey, QFileInfo(path).absolutePath());
    setFileName(path);
}

void ReceiveToFileBox::start()
{
    if (m_state != State::Idle || !m_recorder)
        return;
    reveal();
    if (fileName().isEmpty()) {
        chooseFile();
        if (fileName().isEmpty())
            return;
    }
    if (!m_active)
        return;
    m_state = State::Starting;
    m_recordingPath = fileName();
    m_recordingFormat = format();
    m_received = 0;
    m_written = 0;
    m_result.reset();
    m_startError.clear();
    const QString path = m_recordingPath;
    const ReceiveRecorder::Format chosen = m_recordingFormat;
    const QString peer = chosenPeer();
    // Queued into the recorder's thread: opening the file never holds up the window.
    QMetaObject::invokeMethod(m_recorder, [recorder = m_recorder.data(), path, chosen, peer] {
        recorder->start(path, chosen, peer);
    });
    showState();
    updateWidgets();
}

void ReceiveToFileBox::stop()
{
    if ((m_state != State::Recording && m_state != State::Starting) || !m_recorder)
        return;
    m_state = State::Stopping;
    QMetaObject::invokeMethod(m_recorder, &ReceiveRecorder::stop);
    showState();
    updateWidgets();
}

void ReceiveToFileBox::onStarted(const QString &path)
{
    if (m_state != State::Starting)
        return;
    m_state = State::Recording;
    m_recordingPath = path;
    showState();
    updateWidgets();
}

void ReceiveToFileBox::onStartFailed(const QString &reason)
{
    m_state = State::Idle;
    m_startError.set(reason);
    showState();
    updateWidgets();
}

void ReceiveToFileBox::onProgress(qint64 received, qint64 written)
{
    if (m_state != State::Recording)
        return;
    m_received = received;
    m_written = written;
    showState();
}

void ReceiveToFileBox::onFinished(const ReceiveRecorder::Result &result)
{
    m_state = State::Idle;
    m_result = result;
    m_received = result.received;
    m_written = result.written;
    // The next recording asks for its file again: the dialog asks before replacing this one.
    setFileName(QString());
    showState();
    updateWidgets();
}

void ReceiveToFileBox::showState()
{
    QString text;
    bool error = false;
    const QString name = QFileInfo(m_recordingPath).fileName();
    switch (m_state) {
    case State::Starting:
        text = tr("Opening %1…").arg(shownPath(m_recordingPath));
        break;
    case State::Recording:
        text = m_recordingFormat == ReceiveRecorder::Format::Hex
            ? tr("Saving to %1: %2 of hex text for %3 received")
                  .arg(name, ByteCountText::compact(m_written, 1), ByteCountText::count(m_received))
            : tr("Saving to %1: %2").arg(name, ByteCountText::withUnits(m_written));
        break;
    case State::Stopping:
        text = tr("Finishing %1…").arg(name);
        break;
    case State::Idle:
        if (!m_startError.isEmpty()) {
            error = true;
            // Worded by the recorder in the language of that moment.
            text = m_startError.current().isEmpty()
                ? tr("The file could not be opened. Press Start saving to try again and see why.")
                : m_startError.current();
        } else if (m_result) {
            const QString saved = ByteCountText::compact(m_result->written, 1);
            const QString path = shownPath(m_result->path);
            switch (m_result->end) {
            case ReceiveRecorder::End::Stopped:
                text = tr("Saved %1 to %2.").arg(saved, path);
                break;
            case ReceiveRecorder::End::PeerClosed:
                text = tr("%1 disconnected. Saved %2 to %3.").arg(m_result->peer, saved, path);
                break;
            case ReceiveRecorder::End::SourceStopped:
                text = sourceStoppedText().arg(saved, path);
                break;
            case ReceiveRecorder::End::WriteFailed:
                error = true;
                text = tr("Writing to %1 failed: %2. Saving stopped there (the file holds %3); receiving goes on.")
                           .arg(path, m_result->error, saved);
                break;
            }
        }
        break;
    }
    m_stateLabel->setText(text);
    m_stateLabel->setToolTip(m_state == State::Recording || m_state == State::Stopping ? shownPath(m_recordingPath)
                                                                                         : QString());
    m_stateLabel->setStyleSheet(error ? ErrorStyle : QString());
    m_stateLabel->setVisible(!text.isEmpty());
}

QString ReceiveToFileBox::sourceStoppedText() const
{
    switch (m_source) {
    case Source::TcpServer:
        return tr("The server stopped. Saved %1 to %2.");
    case Source::TcpClient:
        return tr("The connection closed. Saved %1 to %2.");
    case Source::Udp:
        return tr("The socket was closed. Saved %1 to %2.");
    }
    return {};
}

QString ReceiveToFileBox::allPeersText() const
{
    return m_source == Source::Udp ? tr("All senders") : tr("All clients");
}

void ReceiveToFileBox::updateWidgets()
{
    const bool idle = m_state == State::Idle;
    m_chooseButton->setEnabled(idle);
    m_formatCombo->setEnabled(idle);
    m_peerCombo->setEnabled(idle);
    const bool busy = m_state == State::Recording || m_state == State::Starting;
    m_startButton->setText(busy || m_state == State::Stopping ? tr("Stop saving") : tr("Start saving"));
    m_startButton->setEnabled(busy || (idle && m_active && m_recorder));
    if (idle && !m_active) {
        switch (m_source) {
        case Source::TcpServer:
            m_startButton->setToolTip(tr("Saving is possible while the server listens."));
            break;
        case Source::TcpClient:
            m_startButton->setToolTip(tr("Saving is possible while connected to a server."));
            break;
        case Source::Udp:
            m_startButton->setToolTip(tr("Saving is possible while the socket is bound."));
            break;
        }
    } else {
        m_startButton->setToolTip(idle ? tr("Save what arrives from now on to the chosen file (asks for one first).")
                                       : tr("Stop saving; the file keeps what was saved."));
    }
}

void ReceiveToFileBox::fillFormats()
{
    const ReceiveRecorder::Format current = m_formatCombo->count() ? format() : ReceiveRecorder::Format::Raw;
    m_formatCombo->clear();
    m_formatCombo->addItem(tr("Raw bytes"), int(ReceiveRecorder::Format::Raw));
    m_formatCombo->addItem(tr("Hex text"), int(ReceiveRecorder::Format::Hex));
    setFormat(current);
}

void ReceiveToFileBox::fillPeers()
{
    const QString current = m_peerCombo->currentData().toString();
    m_peerCombo->clear();
    m_peerCombo->addItem(allPeersText(), QString());
    for (const QString &peer : std::as_const(m_peers))
        m_peerCombo->addItem(peer, peer);
    // A peer that has gone is no choice any more (a recording of it has ended with it).
    m_peerCombo->setCurrentIndex(qMax(0, m_peerCombo->findData(current)));
}

void ReceiveToFileBox::retranslate()
{
    setTitle(tr("Receive to file"));
    if (m_toggle) {
        m_toggle->setText(tr("Receive to file"));
        m_toggle->setToolTip(tr("Save what arrives to a file, as raw bytes or hex text."));
    }
    m_fileEdit->setPlaceholderText(tr("No file chosen"));
    m_chooseButton->setText(tr("Choose…"));
    m_chooseButton->setToolTip(tr("Choose the file the received bytes are saved into."));
    fillFormats();
    m_formatCombo->setToolTip(
        tr("Raw bytes: the file holds exactly the bytes received, in the order they came.\n"
           "Hex text: one line per received chunk (TCP) or datagram (UDP) with the time, the sender and the bytes "
           "in hex, for example “14:23:03.165 127.0.0.1:53877 68 65 6c 6c 6f”."));
    m_peerCombo->setItemText(0, allPeersText());
    m_peerCombo->setToolTip(m_source == Source::Udp ? tr("Save what every sender sends, or only one sender's datagrams.")
                                                    : tr("Save what every client sends, or only one client's bytes."));
    updateWidgets();
    showState();
}

void ReceiveToFileBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}
