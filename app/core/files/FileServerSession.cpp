#include "FileServerSession.h"

#include <QDateTime>

#include <atomic>

#include "Endpoint.h"
#include "StreamSocket.h"

namespace {
quint64 nextTransferId()
{
    static std::atomic<quint64> next{1};
    return next++;
}
constexpr qint64 ReadBufferBytes = 4 * 1024 * 1024;
} // namespace

FileServerSession::FileServerSession(StreamSocket *socket, const FileServerOptions &options, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_options(options)
    , m_headerTimer(this)
    , m_progressTimer(this)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(ReadBufferBytes);
    m_peer = Endpoint::format(m_socket->peerAddress(), m_socket->peerPort());
    m_headerTimer.setSingleShot(true);
    connect(&m_headerTimer, &QTimer::timeout, this, [this] { onHeaderTimeout(); });
    // Queued: the subclasses' own handlers of the same signal run first, and closed() (after
    // which the server deletes us) never comes from inside one of our socket's signals.
    connect(m_socket, &StreamSocket::disconnected, this, &FileServerSession::onDisconnected, Qt::QueuedConnection);
    connect(m_socket, &StreamSocket::readFinished, this, [this] { onInputFinished(); });
    // Any byte moving either way is progress (connected before the subclasses' handlers).
    connect(m_socket, &StreamSocket::readyRead, this, &FileServerSession::noteProgress);
    connect(m_socket, &StreamSocket::bytesWritten, this, &FileServerSession::noteProgress);
    m_progressTimer.setSingleShot(true);
    connect(&m_progressTimer, &QTimer::timeout, this, &FileServerSession::onProgressTimer);
    noteProgress();
}

FileServerSession::~FileServerSession() = default;

QString FileServerSession::peer() const
{
    return m_peer;
}

bool FileServerSession::hasRunningTransfer() const
{
    return m_transferActive;
}

TransferInfo FileServerSession::info() const
{
    TransferInfo copy = m_info;
    if (m_transferActive)
        copy.bytesPerSecond = m_meter.bytesPerSecond();
    return copy;
}

StreamSocket *FileServerSession::socket() const
{
    return m_socket;
}

const FileServerOptions &FileServerSession::options() const
{
    return m_options;
}

TransferInfo &FileServerSession::mutableInfo()
{
    return m_info;
}

bool FileServerSession::waitsForPeer() const
{
    return true;
}

void FileServerSession::noteProgress()
{
    m_lastProgressMs = QDateTime::currentMSecsSinceEpoch();
    if (m_options.progressTimeoutMs > 0 && !m_progressTimer.isActive() && !m_closed)
        m_progressTimer.start(m_options.progressTimeoutMs);
}

void FileServerSession::onProgressTimer()
{
    if (m_closed || m_options.progressTimeoutMs <= 0)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!waitsForPeer())
        m_lastProgressMs = now;   // the server itself is busy (hashing): the peer is not stalled
    const qint64 idle = now - m_lastProgressMs;
    if (idle < m_options.progressTimeoutMs) {
        m_progressTimer.start(int(qMax<qint64>(1, m_options.progressTimeoutMs - idle)));   // look again later
        return;
    }
    const QString seconds = QString::number(m_options.progressTimeoutMs / 1000.0, 'g', 3);
    QString reason;
    if (m_transferActive && m_info.direction == TransferInfo::Direction::Upload)
        reason = tr("Nothing arrived from %1 for %2 s, so the connection was closed.").arg(m_peer, seconds);
    else if (m_transferActive)
        reason = tr("%1 read nothing for %2 s, so the connection was closed.").arg(m_peer, seconds);
    else
        reason = tr("No data moved between %1 and the server for %2 s, so the connection was closed.").arg(m_peer, seconds);
    logError(reason);
    end(TransferInfo::State::Failed, reason);   // an SLFT/1 upload keeps its partial file for a resume
}

void FileServerSession::startHeaderTimer()
{
    m_headerTimer.start(m_options.headerTimeoutMs);
}

void FileServerSession::stopHeaderTimer()
{
    m_headerTimer.stop();
}

void FileServerSession::startTransfer(const QString &file, TransferInfo::Direction direction,
                                  TransferInfo::Protocol protocol, qint64 total, qint64 offset)
{
    m_info = TransferInfo();
    m_info.id = nextTransferId();
    m_info.peer = m_peer;
    m_info.file = file;
    m_info.direction = direction;
    m_info.protocol = protocol;
    m_info.state = TransferInfo::State::Running;
    m_info.bytesTotal = total;
    m_info.bytesDone = offset;
    m_info.resumedFrom = offset;
    m_transferActive = true;
    m_meter.restart(offset);
    emit transferStarted(m_info);
}

void FileServerSession::setProgress(qint64 bytesDone)
{
    m_info.bytesDone = bytesDone;
    m_meter.update(bytesDone);
}

void FileServerSession::finishTransfer(TransferInfo::State state, const QString &reason)
{
    if (!m_transferActive)
        return;
    m_transferActive = false;
    m_info.state = state;
    m_info.reason = reason;
    m_meter.update(m_info.bytesDone);
    m_info.bytesPerSecond = m_meter.averageBytesPerSecond();
    emit transferFinished(m_info);
}

void FileServerSession::logState(const QString &text)
{
    emit event(TrafficEvent::state(m_peer, text));
}

void FileServerSession::logError(const QString &text)
{
    emit event(TrafficEvent::error(m_peer, text));
}

void FileServerSession::closeGracefully()
{
    stopHeaderTimer();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        onDisconnected();
    else
        m_socket->disconnectFromHost();
}

void FileServerSession::abort(const QString &reason)
{
    end(TransferInfo::State::Cancelled, reason);
}

void FileServerSession::end(TransferInfo::State state, const QString &reason)
{
    stopHeaderTimer();
    m_socket->disconnect(this);   // no more protocol handling: this connection is over
    releaseFiles();
    finishTransfer(state, reason);
    m_socket->abort();
    onDisconnected();
}

void FileServerSession::onDisconnected()
{
    if (m_closed)
        return;
    m_closed = true;
    stopHeaderTimer();
    m_progressTimer.stop();
    emit closed(this);
}
