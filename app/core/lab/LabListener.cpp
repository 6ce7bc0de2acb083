#include "LabListener.h"

#include <QNetworkDatagram>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUdpSocket>

#include "Endpoint.h"
#include "LabConnection.h"
#include "LabExpectation.h"
#include "SocketErrorText.h"

namespace {

constexpr qint64 WaitingReadBuffer = 64 * 1024;
// How many senders are remembered (old ones are forgotten first, so memory stays bounded).
constexpr int MaxKnownSenders = 4096;

} // namespace

LabListener::LabListener(QObject *parent)
    : QObject(parent)
{
}

LabListener::~LabListener() = default;

bool LabListener::listen(const QHostAddress &address, quint16 port, bool tcp, bool udp, QString *reason)
{
    if (tcp) {
        m_tcp = new QTcpServer(this);
        m_tcp->setMaxPendingConnections(MaxWaiting);
        if (!m_tcp->listen(address, port)) {
            *reason = SocketErrorText::bindFailed(m_tcp->serverError(), false, address.toString(), port,
                                                  m_tcp->errorString());
            return false;
        }
        connect(m_tcp, &QTcpServer::newConnection, this, &LabListener::onNewTcpConnection);
        port = m_tcp->serverPort();
    }
    if (udp) {
        m_udp = new QUdpSocket(this);
        if (!m_udp->bind(address, port)) {
            *reason = SocketErrorText::bindFailed(m_udp->error(), true, address.toString(), port,
                                                  m_udp->errorString());
            if (m_tcp)
                m_tcp->close();
            return false;
        }
        connect(m_udp, &QUdpSocket::readyRead, this, &LabListener::readDatagrams);
    }
    return true;
}

quint16 LabListener::port() const
{
    if (m_tcp)
        return m_tcp->serverPort();
    return m_udp ? m_udp->localPort() : 0;
}

QString LabListener::senderKey(const QHostAddress &address, quint16 port)
{
    return Endpoint::format(Endpoint::unmapped(address), port);
}

void LabListener::onNewTcpConnection()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        if (m_waitingTcp.size() >= MaxWaiting) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        socket->setReadBufferSize(WaitingReadBuffer);
        m_waitingTcp.append(socket);
        emit clientArrived();
    }
}

void LabListener::readDatagrams()
{
    while (m_udp->hasPendingDatagrams()) {
        const QNetworkDatagram d = m_udp->receiveDatagram(65536);
        if (!d.isValid())
            break;
        const QString key = senderKey(d.senderAddress(), quint16(d.senderPort()));
        if (const auto it = m_senders.constFind(key); it != m_senders.cend()) {
            if (*it)
                (*it)->deliverDatagram(d.data());
            continue;   // a client whose check is over: dropped
        }
        bool waiting = false;
        for (WaitingSender &w : m_waitingUdp) {
            if (senderKey(w.address, w.port) != key)
                continue;
            waiting = true;
            if (w.bytes + d.data().size() <= LabExpectation::MaxBuffered) {
                w.datagrams.append(d.data());
                w.bytes += d.data().size();
            }
        }
        if (waiting || m_waitingUdp.size() >= MaxWaiting)
            continue;
        m_waitingUdp.append({d.senderAddress(), quint16(d.senderPort()), {d.data()}, d.data().size()});
        emit clientArrived();
    }
}

bool LabListener::hasWaiting(LabStep::Protocol protocol) const
{
    return protocol == LabStep::Protocol::Tcp ? !m_waitingTcp.isEmpty() : !m_waitingUdp.isEmpty();
}

bool LabListener::adoptNext(LabConnection *connection)
{
    if (connection->protocol() == LabStep::Protocol::Tcp) {
        if (m_waitingTcp.isEmpty())
            return false;
        connection->adoptTcp(m_waitingTcp.takeFirst());
        return true;
    }
    if (m_waitingUdp.isEmpty() || !m_udp)
        return false;
    const WaitingSender w = m_waitingUdp.takeFirst();
    if (m_senders.size() >= MaxKnownSenders)
        m_senders.clear();
    m_senders.insert(senderKey(w.address, w.port), connection);
    connection->adoptUdp(m_udp, w.address, w.port);
    for (const QByteArray &datagram : w.datagrams)
        connection->deliverDatagram(datagram);
    return true;
}
