#include "LabConnection.h"

#include <QNetworkDatagram>
#include <QTcpSocket>
#include <QTimer>
#include <QUdpSocket>

#include "Endpoint.h"
#include "LabExpectation.h"
#include "SocketErrorText.h"
#include "SocketWriteShutdown.h"

namespace {

// Qt reads at most this much ahead of us; a flooding peer is slowed down by TCP itself.
constexpr qint64 SocketReadBuffer = 64 * 1024;
constexpr qint64 MaxDatagram = 65536;

} // namespace

LabConnection::LabConnection(const QString &name, LabStep::Protocol protocol, QObject *parent)
    : QObject(parent)
    , m_name(name)
    , m_protocol(protocol)
{
}

LabConnection::~LabConnection() = default;

QString LabConnection::name() const { return m_name; }
LabStep::Protocol LabConnection::protocol() const { return m_protocol; }
bool LabConnection::isConnected() const { return m_connected; }
bool LabConnection::isPeerClosed() const { return m_peerClosed; }
bool LabConnection::isClosedByUs() const { return m_closedByUs; }
QString LabConnection::errorText() const { return m_error; }
const QByteArray &LabConnection::buffer() const { return m_buffer; }
const QList<qsizetype> &LabConnection::chunkEnds() const { return m_chunkEnds; }
bool LabConnection::overflowed() const { return m_dropped > 0; }
qint64 LabConnection::dropped() const { return m_dropped; }
QByteArray LabConnection::lastSent() const { return m_lastSent; }
void LabConnection::setLastSent(const QByteArray &bytes) { m_lastSent = bytes; }

qint64 LabConnection::msSinceLastData() const
{
    return m_lastData.isValid() ? m_lastData.elapsed() : -1;
}

QString LabConnection::peerText() const
{
    return Endpoint::format(peerHost(), peerPort());
}

QString LabConnection::peerHost() const
{
    return m_peerAddress.isNull() ? m_host : Endpoint::hostText(m_peerAddress);
}

quint16 LabConnection::peerPort() const
{
    return m_peerAddress.isNull() ? m_port : m_peerPort;
}

void LabConnection::connectTo(const QString &host, quint16 port)
{
    m_host = host;
    m_port = port;
    if (m_protocol == LabStep::Protocol::Udp) {
        m_udp = new QUdpSocket(this);
        connect(m_udp, &QUdpSocket::readyRead, this, &LabConnection::readUdp);
        connect(m_udp, &QUdpSocket::errorOccurred, this, &LabConnection::onError);
        connect(m_udp, &QUdpSocket::connected, this, [this] {
            m_connected = true;
            emit traffic(TrafficEvent::state(m_name, tr("UDP socket aimed at %1.").arg(peerText())));
            emit connected();
        });
        m_udp->connectToHost(host, port);
        return;
    }
    m_tcp = new QTcpSocket(this);
    setUpTcp();
    m_tcp->connectToHost(host, port);
}

void LabConnection::adoptTcp(QTcpSocket *socket)
{
    m_tcp = socket;
    m_tcp->setParent(this);
    m_peerAddress = Endpoint::unmapped(socket->peerAddress());
    m_peerPort = socket->peerPort();
    m_connected = true;
    setUpTcp();
    emit traffic(TrafficEvent::state(m_name, tr("Client %1 connected.").arg(peerText())));
    // What it sent while it waited for its turn.
    if (m_tcp->bytesAvailable() > 0)
        readTcp();
    if (m_tcp->state() != QAbstractSocket::ConnectedState)
        markPeerClosed(SocketErrorText::explain(QAbstractSocket::RemoteHostClosedError,
                                                SocketErrorText::Role::TcpPeer, peerHost(), peerPort()), false);
}

void LabConnection::adoptUdp(QUdpSocket *shared, const QHostAddress &address, quint16 port)
{
    m_shared = shared;
    m_peerAddress = Endpoint::unmapped(address);
    m_peerPort = port;
    m_connected = true;
    emit traffic(TrafficEvent::state(m_name, tr("Client %1 sent its first datagram.").arg(peerText())));
}

void LabConnection::deliverDatagram(const QByteArray &payload)
{
    if (!m_closedByUs)
        received(payload);
}

void LabConnection::setUpTcp()
{
    m_tcp->setReadBufferSize(SocketReadBuffer);
    connect(m_tcp, &QTcpSocket::readyRead, this, &LabConnection::readTcp);
    connect(m_tcp, &QTcpSocket::errorOccurred, this, &LabConnection::onError);
    connect(m_tcp, &QTcpSocket::connected, this, [this] {
        m_connected = true;
        emit traffic(TrafficEvent::state(m_name, tr("Connected to %1.").arg(peerText())));
        emit connected();
    });
    connect(m_tcp, &QTcpSocket::disconnected, this, [this] {
        if (!m_closedByUs)
            markPeerClosed(SocketErrorText::explain(QAbstractSocket::RemoteHostClosedError,
                                                    SocketErrorText::Role::TcpPeer, peerHost(), peerPort()), false);
    });
    connect(m_tcp, &QTcpSocket::bytesWritten, this, [this] {
        if (m_shutdownPending && m_tcp->bytesToWrite() == 0)
            doShutdown();
    });
}

void LabConnection::readTcp()
{
    if (m_tcp && m_tcp->bytesAvailable() > 0)
        received(m_tcp->readAll());
}

void LabConnection::readUdp()
{
    while (m_udp && m_udp->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_udp->receiveDatagram(MaxDatagram);
        if (!datagram.isValid())
            break;
        received(datagram.data());
    }
}

void LabConnection::received(const QByteArray &bytes)
{
    if (m_closedByUs)
        return;
    m_lastData.start();
    emit traffic(TrafficEvent::data(m_name, TrafficEvent::Direction::In, bytes));
    const qsizetype room = LabExpectation::MaxBuffered - m_buffer.size();
    if (bytes.size() > room) {
        m_buffer.append(bytes.constData(), room);
        m_dropped += bytes.size() - room;
    } else {
        m_buffer.append(bytes);
    }
    if (m_chunkEnds.isEmpty() || m_chunkEnds.constLast() != m_buffer.size())
        m_chunkEnds.append(m_buffer.size());
    emit dataArrived();
}

void LabConnection::onError(QAbstractSocket::SocketError error)
{
    if (m_closedByUs)
        return;
    const bool udp = m_protocol == LabStep::Protocol::Udp;
    const QString detail = m_tcp ? m_tcp->errorString() : m_udp ? m_udp->errorString() : QString();
    if (!m_connected) {
        m_error = SocketErrorText::explain(error, udp ? SocketErrorText::Role::Udp : SocketErrorText::Role::TcpClient,
                                           m_host, m_port, detail);
        emit traffic(TrafficEvent::error(m_name, m_error));
        emit connectFailed(error, m_error);
        return;
    }
    if (error == QAbstractSocket::RemoteHostClosedError)
        return;   // disconnected() follows
    const QString text = SocketErrorText::explain(error, udp ? SocketErrorText::Role::Udp : SocketErrorText::Role::TcpPeer,
                                                  peerHost(), peerPort(), detail);
    if (udp && error != QAbstractSocket::ConnectionRefusedError) {
        m_error = text;
        emit traffic(TrafficEvent::error(m_name, text));
        return;
    }
    markPeerClosed(text, true);
}

void LabConnection::markPeerClosed(const QString &text, bool isError)
{
    if (m_peerClosed)
        return;
    readTcp();
    m_peerClosed = true;
    if (isError)
        m_error = text;
    emit traffic(isError ? TrafficEvent::error(m_name, text) : TrafficEvent::state(m_name, text));
    emit peerClosed();
}

bool LabConnection::send(const QByteArray &bytes, QString *reason)
{
    if (m_closedByUs) {
        *reason = tr("SocketLab had already closed connection %1.").arg(m_name);
        return false;
    }
    if (m_writeShut || m_shutdownPending) {
        *reason = tr("SocketLab had already half-closed connection %1, so it cannot send on it.").arg(m_name);
        return false;
    }
    if (m_peerClosed && m_protocol == LabStep::Protocol::Tcp) {
        *reason = tr("%1 had already closed connection %2, so SocketLab could not send.").arg(peerText(), m_name);
        return false;
    }
    qint64 written = -1;
    QString detail;
    if (m_tcp) {
        written = m_tcp->write(bytes);
        detail = m_tcp->errorString();
    } else if (m_udp) {
        written = m_udp->write(bytes);
        detail = m_udp->errorString();
    } else if (m_shared) {
        written = m_shared->writeDatagram(bytes, m_peerAddress, m_peerPort);
        detail = m_shared->errorString();
    }
    if (written != bytes.size()) {
        const QAbstractSocket::SocketError error = m_tcp ? m_tcp->error() : m_udp ? m_udp->error()
                                                 : m_shared ? m_shared->error() : QAbstractSocket::UnknownSocketError;
        *reason = SocketErrorText::explain(error, m_tcp ? SocketErrorText::Role::TcpPeer : SocketErrorText::Role::Udp,
                                           peerHost(), peerPort(), detail);
        emit traffic(TrafficEvent::error(m_name, *reason));
        return false;
    }
    emit traffic(TrafficEvent::data(m_name, TrafficEvent::Direction::Out, bytes));
    return true;
}

bool LabConnection::shutdownWrite(QString *reason)
{
    if (!m_tcp) {
        *reason = tr("Connection %1 is UDP, which has no half-close.").arg(m_name);
        return false;
    }
    if (m_closedByUs || m_peerClosed || m_tcp->state() != QAbstractSocket::ConnectedState) {
        *reason = tr("Connection %1 is already closed.").arg(m_name);
        return false;
    }
    if (m_writeShut || m_shutdownPending)
        return true;
    m_tcp->flush();
    if (m_tcp->bytesToWrite() == 0)
        doShutdown();
    else
        m_shutdownPending = true;   // once the queue is written (bytesWritten)
    return true;
}

void LabConnection::doShutdown()
{
    m_shutdownPending = false;
    m_writeShut = true;
    SocketWriteShutdown::apply(m_tcp->socketDescriptor());
    emit traffic(TrafficEvent::state(m_name, tr("SocketLab half-closed the connection: it sends no more data.")));
}

void LabConnection::close()
{
    if (m_closedByUs)
        return;
    m_closedByUs = true;
    if (m_tcp)
        m_tcp->disconnectFromHost();
    if (m_udp)
        m_udp->close();
    emit traffic(TrafficEvent::state(m_name, tr("SocketLab closed the connection.")));
}

void LabConnection::abort()
{
    m_closedByUs = true;
    if (m_tcp)
        m_tcp->abort();
    if (m_udp)
        m_udp->abort();
}

void LabConnection::release()
{
    if (!m_tcp || m_tcp->state() != QAbstractSocket::ConnectedState || m_tcp->bytesToWrite() == 0) {
        abort();
        deleteLater();
        return;
    }
    m_closedByUs = true;
    connect(m_tcp, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    QTimer::singleShot(ReleaseGraceMs, this, [this] {
        abort();
        deleteLater();
    });
    m_tcp->disconnectFromHost();
}

void LabConnection::consume(qsizetype bytes)
{
    bytes = qMin(bytes, m_buffer.size());
    if (bytes <= 0)
        return;
    m_buffer.remove(0, bytes);
    QList<qsizetype> ends;
    for (qsizetype e : std::as_const(m_chunkEnds))
        if (e > bytes)
            ends.append(e - bytes);
    m_chunkEnds = ends;
}
