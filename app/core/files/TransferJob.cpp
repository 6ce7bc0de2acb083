#include "TransferJob.h"

#include <QLocale>
#include <QTcpSocket>

#include "Endpoint.h"
#include "SocketErrorText.h"

namespace {
constexpr qint64 ReadBufferBytes = 4 * 1024 * 1024;
} // namespace

TransferJob::TransferJob(quint64 id, const TransferRequest &request, QObject *parent)
    : QObject(parent)
    , m_request(request)
    , m_watchdog(this)
{
    m_info.id = id;
    m_info.peer = Endpoint::format(request.host, request.port);
    m_info.file = request.remoteName;
    m_info.localPath = request.localPath;
    m_info.direction = request.direction;
    m_info.protocol = request.protocol;
    m_info.state = TransferInfo::State::Queued;
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        fail(tr("The server %1 did not answer within %2 seconds.").arg(serverName(), QString::number(m_watchdog.interval() / 1000)));
    });
}

TransferJob::~TransferJob() = default;

quint64 TransferJob::id() const
{
    return m_info.id;
}

const TransferRequest &TransferJob::request() const
{
    return m_request;
}

TransferInfo TransferJob::info() const
{
    TransferInfo copy = m_info;
    if (isActive())
        copy.bytesPerSecond = m_meter.bytesPerSecond();
    return copy;
}

bool TransferJob::isActive() const
{
    return m_info.state == TransferInfo::State::Running || m_info.state == TransferInfo::State::Verifying;
}

QString TransferJob::serverName() const
{
    return Endpoint::format(m_request.host, m_request.port);
}

QTcpSocket *TransferJob::socket() const
{
    return m_socket;
}

void TransferJob::start()
{
    if (isActive())
        return;
    dropSocket();
    m_info.state = TransferInfo::State::Running;
    m_info.reason.clear();
    m_info.bytesDone = 0;
    m_info.resumedFrom = 0;
    m_info.bytesPerSecond = 0;
    m_meter.restart(0);
    emit stateChanged(id());
    begin();
}

void TransferJob::cancel()
{
    if (m_info.isFinished())
        return;
    // No reason: the state already says "Cancelled" (a reason would read "Cancelled: Cancelled.").
    finish(TransferInfo::State::Cancelled, QString());
}

void TransferJob::connectToServer()
{
    dropSocket();
    m_socket = new QTcpSocket(this);
    m_socket->setReadBufferSize(ReadBufferBytes);
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        stopWatchdog();
        onConnected();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        if (isActive())
            onReadyRead();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        if (isActive())
            onDisconnected();
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, &TransferJob::onSocketError);
    startWatchdog(30000);
    m_socket->connectToHost(m_request.host, m_request.port);
}

void TransferJob::onSocketError(QAbstractSocket::SocketError error)
{
    // The end of the stream is reported as disconnected(); the protocol decides what it means.
    if (error == QAbstractSocket::RemoteHostClosedError || !isActive())
        return;
    fail(SocketErrorText::explain(error, SocketErrorText::Role::TcpClient, m_request.host, m_request.port,
                                  m_socket ? m_socket->errorString() : QString()));
}

void TransferJob::dropSocket()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

void TransferJob::setTotal(qint64 total)
{
    m_info.bytesTotal = total;
}

void TransferJob::setDone(qint64 done)
{
    m_info.bytesDone = done;
    m_meter.update(done);
}

void TransferJob::setState(TransferInfo::State state)
{
    if (m_info.state == state)
        return;
    m_info.state = state;
    emit stateChanged(id());
}

void TransferJob::setLocalPath(const QString &path)
{
    m_info.localPath = path;
}

void TransferJob::setResumedFrom(qint64 offset)
{
    m_info.resumedFrom = offset;
    m_info.bytesDone = offset;
    m_meter.restart(offset);
}

void TransferJob::succeed(const QString &note)
{
    finish(TransferInfo::State::Done, note);
}

void TransferJob::fail(const QString &reason)
{
    finish(TransferInfo::State::Failed, reason);
}

void TransferJob::startWatchdog(int ms)
{
    m_watchdog.start(ms);
}

void TransferJob::stopWatchdog()
{
    m_watchdog.stop();
}

void TransferJob::finish(TransferInfo::State state, const QString &reason)
{
    if (m_info.isFinished())
        return;
    stopWatchdog();
    m_info.state = state;
    m_info.reason = reason;
    m_meter.update(m_info.bytesDone);
    m_info.bytesPerSecond = m_meter.averageBytesPerSecond();
    releaseFiles(state == TransferInfo::State::Cancelled);   // after a commit there is nothing left
    dropSocket();
    emit stateChanged(id());
    emit finished(id());
}
