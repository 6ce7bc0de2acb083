#pragma once

#include <QObject>
#include <QTimer>

#include "FileServerOptions.h"
#include "TransferMeter.h"
#include "TransferInfo.h"
#include "TrafficEvent.h"

class StreamSocket;

// One accepted connection of the FileServer. Subclasses speak one protocol; the base holds
// the socket (with a capped read buffer), the header timeout, the progress timeout, and the
// transfer snapshot that the server polls for its coalesced progress feed.
//
// The socket is a StreamSocket: a client that finishes sending (half-close) is still answered
// in full; subclasses see the end of its input through socket()->isReadFinished() and
// onInputFinished(). The progress timeout ends a session in which no byte moved either way
// for FileServerOptions::progressTimeoutMs while it waits for the peer (a stalled upload, a
// download whose client stopped reading), keeping an SLFT/1 partial upload for a resume.
class FileServerSession : public QObject
{
    Q_OBJECT

public:
    FileServerSession(StreamSocket *socket, const FileServerOptions &options, QObject *parent = nullptr);
    ~FileServerSession() override;

    virtual void begin() = 0;
    // The server is stopping: drop the connection at once, never leave a half-written file
    // under a final name, report the transfer as cancelled.
    void abort(const QString &reason);

    QString peer() const;
    bool hasRunningTransfer() const;
    TransferInfo info() const;

signals:
    void transferStarted(const TransferInfo &info);
    void transferFinished(const TransferInfo &info);
    void event(const TrafficEvent &event);
    void closed(FileServerSession *session);

protected:
    StreamSocket *socket() const;
    const FileServerOptions &options() const;
    TransferInfo &mutableInfo();

    void startHeaderTimer();
    void stopHeaderTimer();
    virtual void onHeaderTimeout() = 0;
    // Called by abort() and when the peer is gone: release files (discard or keep for resume).
    virtual void releaseFiles() = 0;
    // The client finished sending (half-close); what it sent may still be buffered.
    virtual void onInputFinished() = 0;
    // False while the server itself is busy (e.g. hashing), so the progress timeout waits.
    virtual bool waitsForPeer() const;

    void startTransfer(const QString &file, TransferInfo::Direction direction,
                       TransferInfo::Protocol protocol, qint64 total, qint64 offset = 0);
    void setProgress(qint64 bytesDone);
    void finishTransfer(TransferInfo::State state, const QString &reason);
    void logState(const QString &text);
    void logError(const QString &text);
    // Flushes what is queued, then closes; closed() follows the disconnect.
    void closeGracefully();

private:
    // Drops the connection at once: files released, the transfer (if any) reported as `state`.
    void end(TransferInfo::State state, const QString &reason);
    void onDisconnected();
    void noteProgress();
    void onProgressTimer();

    StreamSocket *m_socket;
    FileServerOptions m_options;
    TransferInfo m_info;
    TransferMeter m_meter;
    QTimer m_headerTimer;
    QTimer m_progressTimer;
    qint64 m_lastProgressMs = 0;
    QString m_peer;
    bool m_transferActive = false;
    bool m_closed = false;
};
