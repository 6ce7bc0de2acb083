#pragma once

#include <QFile>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

#include "ConnectionStats.h"
#include "Framer.h"
#include "SocketErrorText.h"
#include "TrafficEvent.h"

class ReceiveBudget;
class StreamSocket;

// One established TCP connection: reads with a Framer, writes with back-pressure, counts.
// Used by the server for each client and by the client for its one connection.
//
// Memory is bounded whatever the peer does: the socket's read buffer is capped, a partial
// message is capped by the Framer, and while more than HighWater bytes wait to be written we
// stop reading (so an echo to a peer that never reads cannot grow without limit). A peer
// that does not read anything while more than MaxBacklog bytes wait is dropped with a message.
//
// A peer that finishes sending (half-close: `nc -N`, shutdown(SHUT_WR)) is still answered:
// every message it sent is delivered, a last line without LF included, peerFinished() is
// emitted, and the connection closes once what we owe (replies, a file) has been written.
// An unfinished message may wait at most setPartialTimeout() without a new byte, and all
// connections sharing a ReceiveBudget together hold at most its limit of unfinished messages.
class TcpConnection final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 ReadChunk = 64 * 1024;
    static constexpr qint64 HighWater = 4 * 1024 * 1024;
    static constexpr qint64 MaxBacklog = 64 * 1024 * 1024;

    // Takes ownership of a connected socket.
    TcpConnection(StreamSocket *socket, quint64 id, Framer::Mode framing,
                  qint64 maxMessage = Framer::DefaultMaxMessage, QObject *parent = nullptr);
    ~TcpConnection() override;

    quint64 id() const;
    QString peer() const;         // "127.0.0.1:53422"
    QString local() const;        // our end
    ConnectionStats stats() const;
    // Counters back to zero (bytes and messages both ways, the peak backlog): a statistics reset.
    void resetCounters();
    qint64 backlog() const;       // bytes queued but not yet written

    void setFraming(Framer::Mode mode);
    // How errors are worded: TcpPeer (a server's client, default) or TcpClient (our server).
    void setRole(SocketErrorText::Role role);
    // Reading is paused while the owner says so (e.g. the server waits for a slow relay target).
    void setReadPaused(bool paused);
    // Unfinished messages of all connections sharing `budget` are counted against its limit;
    // the connection that grows past it is dropped. Not owned; may be null.
    void setReceiveBudget(ReceiveBudget *budget);
    // How long an unfinished message may wait for its next byte (0 = for ever).
    void setPartialTimeout(int msecs);
    qint64 pendingBytes() const;  // bytes of an unfinished message held back
    // How the connection ended, once closed() has been emitted: ClosedByPeer (the peer closed
    // first), ClosedByUs (we closed first, or dropped it), Reset, TimedOut or OtherError.
    TrafficEvent::Action closeAction() const;

    // Frames and queues one message. `lineEnding` (Lines framing; empty: LF) ends it, so that a
    // reply can end the way the message it answers ended.
    void send(const QByteArray &payload, const QByteArray &lineEnding = {});
    // Streams a file as one message, chunk by chunk as the socket drains. False + reason if the
    // file cannot be opened or another file is still being sent.
    bool sendFile(const QString &path, QString *error);
    // Flushes what is queued, then closes. abort() closes at once.
    void close();
    void abort();
    // Closes at once and reports `reason` (an error) through closed(), e.g. a stuck relay target.
    void drop(const QString &reason);

signals:
    // Every chunk as read from the socket, before framing (what bytesIn counts), in order: for
    // recording what arrives (ReceiveRecorder), whatever the framing makes of it.
    void chunkReceived(const QByteArray &chunk);
    // One per framed message (Raw: one per received chunk), in order. `wire` is what the message
    // took on the wire (with its line ending or length prefix), for the traffic log: the rows
    // then add up to the byte counters.
    void messageReceived(const QByteArray &message, const QByteArray &wire);
    // A message has been queued for sending (for the traffic log): the framed bytes, as written.
    void messageSent(const QByteArray &wire);
    // Bytes actually left: for counters and back-pressure decisions of the owner.
    void bytesWritten(qint64 bytes);
    // Emitted once, when the connection is gone; `reason` is a translated sentence
    // ("127.0.0.1:53422 closed the connection", "… reset the connection",
    // "… closed the connection; 1.2 MiB of our data was not delivered").
    void closed(const QString &reason, bool error);
    // Non-fatal problem to show (e.g. a file read error during sendFile).
    void warning(const QString &text);
    // The peer shut down its sending side; everything it sent has been delivered. The
    // connection closes by itself once our queued data is written.
    void peerFinished();
    // The last chunk of a file started with sendFile() has been queued.
    void fileSent(const QString &path, qint64 size);

private:
    void onReadyRead();
    void onBytesWritten(qint64 bytes);
    void onDisconnected();
    void onError(QAbstractSocket::SocketError error);
    void onReadFinished();
    void finishPeerInput();
    bool accountPending();
    void onPartialTimer();
    void pumpFile();
    void finishFile();
    void write(const QByteArray &bytes);
    void scheduleRead();
    void noteBacklog();
    void closeNow(const QString &reason, bool error);
    void finish(const QString &reason, bool error, TrafficEvent::Action action);
    qint64 undeliveredNow() const;

    std::unique_ptr<StreamSocket> m_socket;
    Framer m_framer;
    ConnectionStats m_stats;
    QString m_peer;
    QString m_local;
    QString m_peerHost;           // for SocketErrorText: IPv4-mapped addresses shown as IPv4
    quint16 m_peerPort = 0;
    std::unique_ptr<QFile> m_file;
    QString m_filePath;
    qint64 m_fileSize = 0;
    qint64 m_fileRemaining = 0;
    QList<QByteArray> m_afterFile;    // messages sent while a file streams; written after it
    qint64 m_afterFileBytes = 0;
    qint64 m_undelivered = -1;
    SocketErrorText::Role m_role = SocketErrorText::Role::TcpPeer;
    QAbstractSocket::SocketError m_lastError = QAbstractSocket::UnknownSocketError;
    QString m_lastErrorText;
    bool m_hadError = false;        // backlog when the connection broke, -1 = not yet known
    TrafficEvent::Action m_closeAction = TrafficEvent::Action::None;
    bool m_readPaused = false;
    bool m_writeThrottled = false;    // our own backlog is above HighWater: not reading
    bool m_readScheduled = false;
    bool m_inRead = false;
    bool m_closing = false;
    bool m_finished = false;
    // The peer finished sending while we still read (readFinished()). Not the socket's
    // isReadFinished(): that also turns true when the FIN ends our own lingering close.
    bool m_peerDone = false;
    bool m_peerDoneHandled = false;
    QTimer m_closeTimer;              // a graceful close that makes no progress is aborted
    QTimer m_partialTimer;
    int m_partialTimeoutMs = 0;
    qint64 m_lastInputMs = 0;
    ReceiveBudget *m_budget = nullptr;
    qint64 m_budgeted = 0;            // our share of m_budget
};
