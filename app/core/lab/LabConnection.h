#pragma once

#include <QAbstractSocket>
#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include "LabDefinition.h"
#include "TrafficEvent.h"

class QTcpSocket;
class QUdpSocket;

// One named connection of a lab check ("a", "b"): a TCP connection or a UDP socket to the
// student's server, or a client that connected to SocketLab (TCP) or sent it a first datagram
// (UDP). It keeps what arrived and was not consumed by a step yet (at most
// LabExpectation::MaxBuffered bytes: beyond, bytes are counted and dropped), where each received
// piece ended (for `alone`), whether the peer closed, and the last bytes sent (for Upper/Echo).
// Every piece sent or received and every state change is reported as a TrafficEvent whose
// peer is the connection's name. Nothing here blocks.
class LabConnection : public QObject
{
    Q_OBJECT

public:
    static constexpr int ReleaseGraceMs = 2000;

    LabConnection(const QString &name, LabStep::Protocol protocol, QObject *parent = nullptr);
    ~LabConnection() override;

    // Server labs: connect (TCP) or aim a UDP socket (connected() follows either way).
    void connectTo(const QString &host, quint16 port);
    // Client labs: a TCP client that connected (the socket becomes ours).
    void adoptTcp(QTcpSocket *socket);
    // Client labs: a UDP client known by its address; its datagrams come through
    // deliverDatagram(), answers go out through `shared` (the listening socket).
    void adoptUdp(QUdpSocket *shared, const QHostAddress &address, quint16 port);
    void deliverDatagram(const QByteArray &payload);

    QString name() const;
    LabStep::Protocol protocol() const;
    QString peerText() const;                 // "127.0.0.1:9000"
    QString peerHost() const;
    quint16 peerPort() const;

    bool isConnected() const;
    bool isPeerClosed() const;                // EOF, a reset, or UDP told "port unreachable"
    bool isClosedByUs() const;
    QString errorText() const;                // the last error, in plain words

    // Sends one piece (UDP: one datagram). False and a reason when it cannot be sent.
    bool send(const QByteArray &bytes, QString *reason);
    // Half-close (TCP): what is queued goes out, then no more data from us.
    bool shutdownWrite(QString *reason);
    void close();
    void abort();
    // The end of a check: what is still queued goes out (a last `send` is not lost), the
    // connection closes with a FIN, and the object deletes itself once closed, or after a
    // short grace when the peer never reads.
    void release();

    const QByteArray &buffer() const;
    const QList<qsizetype> &chunkEnds() const;
    bool overflowed() const;
    qint64 dropped() const;                   // bytes dropped beyond the cap
    void consume(qsizetype bytes);
    QByteArray lastSent() const;              // the last Send step's bytes (all its pieces)
    void setLastSent(const QByteArray &bytes);
    qint64 msSinceLastData() const;           // -1: nothing arrived yet

signals:
    void connected();
    void connectFailed(QAbstractSocket::SocketError error, const QString &reason);
    void dataArrived();
    void peerClosed();
    void traffic(const TrafficEvent &event);

private:
    void setUpTcp();
    void readTcp();
    void readUdp();
    void received(const QByteArray &bytes);
    void onError(QAbstractSocket::SocketError error);
    void markPeerClosed(const QString &text, bool isError);
    void doShutdown();

    QString m_name;
    LabStep::Protocol m_protocol;
    QTcpSocket *m_tcp = nullptr;
    QUdpSocket *m_udp = nullptr;             // ours (server labs)
    QPointer<QUdpSocket> m_shared;           // the listener's (client labs)
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
    QString m_host;
    quint16 m_port = 0;

    bool m_connected = false;
    bool m_peerClosed = false;
    bool m_closedByUs = false;
    bool m_shutdownPending = false;
    bool m_writeShut = false;
    QString m_error;

    QByteArray m_buffer;
    QList<qsizetype> m_chunkEnds;
    qint64 m_dropped = 0;
    QByteArray m_lastSent;
    QElapsedTimer m_lastData;
};
