#include "StreamSocket.h"

// What both builds share; the connection itself is driven in posix/StreamSocket.cpp or
// portable/StreamSocket.cpp.

QAbstractSocket::SocketError StreamSocket::error() const
{
    return m_error;
}

QHostAddress StreamSocket::peerAddress() const
{
    return m_peerAddress;
}

quint16 StreamSocket::peerPort() const
{
    return m_peerPort;
}

QHostAddress StreamSocket::localAddress() const
{
    return m_localAddress;
}

quint16 StreamSocket::localPort() const
{
    return m_localPort;
}

bool StreamSocket::isReadFinished() const
{
    return m_readFinished;
}

bool StreamSocket::isReset() const
{
    return m_reset;
}

bool StreamSocket::isSequential() const
{
    return true;
}

void StreamSocket::close()
{
    disconnectFromHost();
    QIODevice::close();
}
