#include "StreamSocket.h"

#include <QPointer>
#include <QTcpSocket>

#include <algorithm>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <unistd.h>
#endif

// The portable StreamSocket: a QTcpSocket inside, with StreamSocket's signals on top. What Qt
// 6.4 cannot do is lost (see the header): the peer's end of stream closes the connection.

namespace {

// A descriptor QTcpSocket refused is still ours to close (Qt takes it only on success). The one
// call Qt has no wrapper for: closesocket() on Windows, close() elsewhere.
void closeRefused(qintptr descriptor)
{
#ifdef Q_OS_WIN
    ::closesocket(SOCKET(descriptor));
#else
    ::close(int(descriptor));
#endif
}

} // namespace

StreamSocket::StreamSocket(QObject *parent)
    : QIODevice(parent)
{
    m_lingerTimer.setParent(this);   // unused here; parented so that it moves with the socket
}

StreamSocket::~StreamSocket()
{
    if (m_tcp) {
        m_tcp->disconnect(this);
        delete m_tcp;
    }
}

bool StreamSocket::setSocketDescriptor(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        setErrorString(socket->errorString());
        delete socket;
        closeRefused(descriptor);
        return false;
    }
    takeOver(socket);
    return true;
}

bool StreamSocket::adopt(QTcpSocket *socket)
{
    if (!socket)
        return false;
    if (socket->state() != QAbstractSocket::ConnectedState) {
        socket->deleteLater();
        return false;
    }
    socket->disconnect();
    takeOver(socket);
    return true;
}

void StreamSocket::takeOver(QTcpSocket *socket)
{
    if (m_tcp) {
        m_tcp->disconnect(this);
        delete m_tcp;
    }
    m_tcp = socket;
    socket->setParent(this);
    m_peerAddress = socket->peerAddress();
    m_peerPort = socket->peerPort();
    m_localAddress = socket->localAddress();
    m_localPort = socket->localPort();
    m_state = QAbstractSocket::ConnectedState;
    m_error = QAbstractSocket::UnknownSocketError;
    m_readFinished = m_readFinishedEmitted = m_closing = false;
    socket->setReadBufferSize(m_readBufferSize);
    connect(socket, &QIODevice::readyRead, this, &QIODevice::readyRead);
    connect(socket, &QIODevice::bytesWritten, this, &QIODevice::bytesWritten);
    connect(socket, &QAbstractSocket::errorOccurred, this, &StreamSocket::onTcpError);
    connect(socket, &QAbstractSocket::disconnected, this, &StreamSocket::onTcpDisconnected);
    QIODevice::open(QIODevice::ReadWrite | QIODevice::Unbuffered);
}

void StreamSocket::onTcpError(QAbstractSocket::SocketError error)
{
    if (error == QAbstractSocket::RemoteHostClosedError) {
        // The peer's end of stream, or a reset: Qt 6.4 reports both alike and has closed the
        // connection already. disconnected() follows; readFinished() is said just before it.
        m_readFinished = true;
        return;
    }
    m_error = error;
    setErrorString(m_tcp->errorString());
    emit errorOccurred(error);
}

void StreamSocket::onTcpDisconnected()
{
    m_state = QAbstractSocket::UnconnectedState;
    QPointer<StreamSocket> self(this);
    if (m_readFinished && !m_closing && !m_readFinishedEmitted) {
        m_readFinishedEmitted = true;
        emit readChannelFinished();
        if (!self)
            return;
        emit readFinished();
        if (!self)
            return;
    }
    emit disconnected();
}

qintptr StreamSocket::socketDescriptor() const
{
    return m_tcp ? m_tcp->socketDescriptor() : -1;
}

QAbstractSocket::SocketState StreamSocket::state() const
{
    if (m_state == QAbstractSocket::UnconnectedState || !m_tcp)
        return QAbstractSocket::UnconnectedState;
    return m_tcp->state();
}

void StreamSocket::setReadBufferSize(qint64 size)
{
    m_readBufferSize = qMax<qint64>(0, size);
    if (m_tcp)
        m_tcp->setReadBufferSize(m_readBufferSize);
}

void StreamSocket::setLowDelay(bool enabled)
{
    if (m_tcp)
        m_tcp->setSocketOption(QAbstractSocket::LowDelayOption, enabled ? 1 : 0);
}

qint64 StreamSocket::bytesAvailable() const
{
    return (m_tcp ? m_tcp->bytesAvailable() : 0) + QIODevice::bytesAvailable();
}

qint64 StreamSocket::bytesToWrite() const
{
    return m_tcp ? m_tcp->bytesToWrite() : 0;
}

bool StreamSocket::canReadLine() const
{
    return (m_tcp && m_tcp->canReadLine()) || QIODevice::canReadLine();
}

qint64 StreamSocket::readData(char *data, qint64 maxSize)
{
    return m_tcp ? m_tcp->read(data, maxSize) : -1;
}

qint64 StreamSocket::readLineData(char *data, qint64 maxSize)
{
    if (!m_tcp)
        return -1;
    if (m_tcp->bytesAvailable() == 0)
        return m_tcp->read(data, maxSize);   // 0 while connected, -1 at the end
    const QByteArray line = m_tcp->readLine(maxSize);
    std::copy(line.cbegin(), line.cend(), data);
    return line.size();
}

qint64 StreamSocket::skipData(qint64 maxSize)
{
    return m_tcp ? qMax<qint64>(0, m_tcp->skip(maxSize)) : 0;
}

qint64 StreamSocket::writeData(const char *data, qint64 size)
{
    if (!m_tcp || m_closing || m_tcp->state() != QAbstractSocket::ConnectedState) {
        setErrorString(tr("The connection is closed."));
        return -1;
    }
    return m_tcp->write(data, size);
}

bool StreamSocket::flush()
{
    return m_tcp && m_tcp->flush();
}

void StreamSocket::writeImmediately(const QByteArray &bytes)
{
    write(bytes);   // QTcpSocket writes on its next turn of the event loop
}

void StreamSocket::disconnectFromHost()
{
    if (!m_tcp || m_closing || m_state == QAbstractSocket::UnconnectedState)
        return;
    m_closing = true;
    m_tcp->disconnectFromHost();   // writes what is queued, then closes: disconnected()
}

void StreamSocket::abort()
{
    if (m_tcp && m_state != QAbstractSocket::UnconnectedState)
        m_tcp->abort();   // disconnected() when it was connected
}

void StreamSocket::abortWithReset()
{
    abort();   // Qt cannot ask for a reset: the peer sees an ordinary end of stream
}
