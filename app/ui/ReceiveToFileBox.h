#pragma once

#include <QGroupBox>
#include <QPointer>

#include <optional>

#include "ReceiveRecorder.h"
#include "WordedReason.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// "Receive to file" at the bottom of the TCP client, TCP server and UDP panels, shown while a
// check box beside the panel's Start / Bind (网络调试助手's “接收转向文件”) is ticked: the file (chosen
// with a Save dialog, which asks before replacing one), raw bytes or hex text, whose bytes (every
// peer, or one connected client / sender seen), Start / Stop, and a live line with the file's
// size ("Saving to in.bin: 1.50 MiB (1,572,864 bytes)") that says at the end what was saved and
// why it ended. The recording is a ReceiveRecorder in the engine's thread, fed by the engine
// itself: this box only asks it (queued calls) and shows what it reports, so the window never
// waits for the disk. A recording replaces the file's contents; after it, the next Start asks
// for a file again.
class ReceiveToFileBox final : public QGroupBox
{
    Q_OBJECT

public:
    // Whose bytes are saved: decides the words, and whether one peer can be chosen.
    enum class Source { TcpServer, TcpClient, Udp };

    explicit ReceiveToFileBox(QWidget *parent = nullptr);

    void setSource(Source source);
    // The check box that shows this box (unticking it stops a recording); the box words it.
    // Its state is remembered with setSettingsKey() (call that after this).
    void setToggle(QCheckBox *toggle);
    // Ticks the check box (or shows the box without one).
    void reveal();
    // Remembers the format, the folder and whether the box is shown under this settings group.
    void setSettingsKey(const QString &key);
    // The recorder this box drives; it lives in the engine's thread. Not owned.
    void setRecorder(ReceiveRecorder *recorder);
    // Whether the engine receives now (listening, connected, bound): Start is possible only then.
    // When it stops, the engine ends the recording itself (its end is reported).
    void setSourceActive(bool active);
    // The peers one can choose (the connected clients, the senders seen).
    void setPeers(const QStringList &peers);

    // The file the next Start saves into, as if chosen in the dialog (also --open … --save).
    void setFileName(const QString &path);
    QString fileName() const;
    void setFormat(ReceiveRecorder::Format format);
    ReceiveRecorder::Format format() const;
    // The peer a Start records; empty: every peer.
    QString chosenPeer() const;
    void choosePeer(const QString &peer);
    // Starts as soon as the engine is active (--open … --save FILE).
    void startWhenActive();

    bool isRecording() const;   // started and not yet ended (as far as this box knows)
    // The state line: what is being saved, or what was saved and why it ended.
    QString stateText() const;

public slots:
    // Asks for a file first when none is chosen.
    void start();
    void stop();
    // Opens the Save dialog.
    void chooseFile();

signals:
    // The check box showed or hid the box (a panel in a scroll area brings it into view).
    void shownChanged(bool shown);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class State { Idle, Starting, Recording, Stopping };

    void onStarted(const QString &path);
    void onStartFailed(const QString &reason);
    void onProgress(qint64 received, qint64 written);
    void onFinished(const ReceiveRecorder::Result &result);
    void retranslate();
    void fillFormats();
    void fillPeers();
    void updateWidgets();
    void showState();
    QString allPeersText() const;
    QString sourceStoppedText() const;   // "The server stopped. Saved %1 to %2."

    QPointer<QCheckBox> m_toggle;
    QLineEdit *m_fileEdit;
    QPushButton *m_chooseButton;
    QComboBox *m_formatCombo;
    QComboBox *m_peerCombo;
    QPushButton *m_startButton;
    QLabel *m_stateLabel;

    QPointer<ReceiveRecorder> m_recorder;
    Source m_source = Source::TcpServer;
    QString m_settingsKey;
    State m_state = State::Idle;
    bool m_active = false;
    bool m_autoStart = false;
    QStringList m_peers;
    QString m_recordingPath;      // while starting / recording
    ReceiveRecorder::Format m_recordingFormat = ReceiveRecorder::Format::Raw;
    qint64 m_received = 0;
    qint64 m_written = 0;
    std::optional<ReceiveRecorder::Result> m_result;   // the last recording's end, worded when shown
    WordedReason m_startError;    // why the last start failed (worded by the recorder)
};
