#pragma once

#include <QByteArray>
#include <QFile>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QTime>

#include <functional>
#include <memory>
#include <optional>

#include "ChangeCoalescer.h"

// "Receive to file": saves what an engine receives to a file as it arrives, from every peer or
// from one, as raw bytes or as hex text. It lives in the engine's thread and the engine feeds it
// directly (TcpServer / TcpClient / UdpPeer::setRecorder): record() gets every received byte,
// the very bytes the counters count (TCP: each chunk as read from the socket, before framing;
// UDP: each datagram), never the traffic events, whose payloads are cut short and which a capped
// log may drop.
//
// The file is written through a buffer and flushed at least every FlushIntervalMs, so its size
// grows live (progress()); when the recording ends (stop(), the recorded peer closed, the engine
// stopped, the recorder is deleted) everything is written and the file is closed. A write error
// (a full disk…) ends the recording with the system's reason; the connection is not affected.
// A new recording replaces the file's contents.
//
// Hex text: one line per received chunk (TCP: as read from the socket; UDP: one datagram):
//   14:23:03.165 127.0.0.1:53877 68 65 6c 6c 6f
// the local time (hh:mm:ss.zzz), the sender, then the bytes as lower-case hex pairs, each field
// separated by one space, the line ended by LF. `cut -d' ' -f3- | xxd -r -p` gives the bytes back.
class ReceiveRecorder final : public QObject
{
    Q_OBJECT

public:
    enum class Format { Raw, Hex };
    Q_ENUM(Format)
    // Why a recording ended.
    enum class End {
        Stopped,          // stop(), or the recorder went away
        PeerClosed,       // the one peer it recorded disconnected
        SourceStopped,    // the server stopped, the client's connection closed, the socket was closed
        WriteFailed,      // the file could not be written (Result::error says why)
    };
    Q_ENUM(End)

    // What a recording did, once it has ended.
    struct Result
    {
        End end = End::Stopped;
        QString path;
        QString peer;           // the peer it recorded; empty: every peer
        Format format = Format::Raw;
        qint64 received = 0;    // bytes received and recorded
        qint64 written = 0;     // bytes in the file (hex text is about three times `received`)
        QString error;          // WriteFailed: the system's reason ("No space left on device")
    };

    static constexpr int FlushIntervalMs = 200;
    // Written to the file at once when this much waits in the buffer.
    static constexpr qint64 BufferLimit = 1024 * 1024;

    explicit ReceiveRecorder(QObject *parent = nullptr);
    // Ends a recording that is still going (End::Stopped): the file is complete and closed.
    ~ReceiveRecorder() override;

    bool isRecording() const;
    QString path() const;
    QString peer() const;
    qint64 received() const;
    qint64 written() const;

    // Whether sourceStopped() ends the recording (default). The command line keeps one
    // recording for its whole run instead (a client that reconnects): then it only writes out
    // what is buffered, and the command ends the recording with stop().
    void setEndsWithSource(bool ends);
    // The clock of the hex lines (tests); the default is the local time of day.
    void setClock(std::function<QTime()> clock);

    // One chunk as a hex text line (with its LF), as the file gets it.
    static QByteArray hexLine(const QTime &time, const QString &peer, const QByteArray &bytes);
    // The translated reason why `path` cannot be a recording's file, checked without creating or
    // changing it (a missing folder, a folder); nothing when it looks writable. For the command
    // line, before anything starts; start() finds the rest (no permission…).
    static std::optional<QString> unusablePath(const QString &path);

public slots:
    // Creates `path` (or empties it when it exists) and records from now on what `peer` sends
    // (empty: every peer). Emits started(), or startFailed() with a translated reason when the
    // file cannot be opened (also returned through `error`). A recording still going ends first.
    bool start(const QString &path, ReceiveRecorder::Format format, const QString &peer = QString(),
               QString *error = nullptr);
    // Bytes received from `peer`; ignored when not recording or when another peer is recorded.
    void record(const QString &peer, const QByteArray &bytes);
    // `peer` disconnected: ends a recording of that peer (End::PeerClosed).
    void peerClosed(const QString &peer);
    // The engine stopped receiving (server stopped, connection closed, socket closed): ends the
    // recording (End::SourceStopped) unless setEndsWithSource(false).
    void sourceStopped();
    // The user's stop.
    void stop();

signals:
    void started(const QString &path);
    void startFailed(const QString &reason);
    // After each flush to the file (at most every FlushIntervalMs while data comes in).
    void progress(qint64 received, qint64 written);
    void finished(const ReceiveRecorder::Result &result);

private:
    void writeBuffer();
    void flushToDisk();
    void fail(const QString &reason);
    void finish(End end, const QString &error = QString());

    std::unique_ptr<QFile> m_file;
    Format m_format = Format::Raw;
    QString m_path;
    QString m_peer;
    QByteArray m_buffer;
    qint64 m_received = 0;
    qint64 m_written = 0;
    std::function<QTime()> m_clock;
    ChangeCoalescer m_flush;
    bool m_endsWithSource = true;
};

Q_DECLARE_METATYPE(ReceiveRecorder::Result)
