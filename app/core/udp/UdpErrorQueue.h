#pragma once

#include <QHostAddress>
#include <QList>

class QUdpSocket;

// ICMP errors for datagrams we sent ("port unreachable": nobody listens there).
//
// What Qt 6.4 does on Linux: for an unconnected UDP socket the kernel reports ICMP errors
// only when IP_RECVERR / IPV6_RECVERR is set, and Qt never sets it, so by default nothing is
// reported at all. Once it is set, Qt does not read the socket's error queue: the socket stays
// readable (readyRead fires in a loop with no datagram) and the next send or receive fails once
// with ECONNREFUSED — the send's datagram is then NOT sent. So the engine enables the option
// and drains the queue itself (recvmsg with MSG_ERRQUEUE), which also clears the pending
// error; the original destination of the failed datagram comes with each report.
//
// That is linux/UdpErrorQueue.cpp. The portable build (portable/UdpErrorQueue.cpp) has no error
// queue: it reports what QUdpSocket itself says when a read or a send fails ("connection
// refused" after a port unreachable, which Windows gives and Linux does not), without the
// destination (a null address and port 0).
class UdpErrorQueue
{
public:
    enum class Kind { PortUnreachable, HostUnreachable, NetworkUnreachable, TooLarge, Other };

    struct Report
    {
        Kind kind = Kind::Other;
        QHostAddress destination;   // where the failed datagram was going (null: not known)
        quint16 port = 0;
        int systemError = 0;        // errno (0: not known)
    };

    // Call once on a newly bound socket.
    static bool enable(QUdpSocket *socket);
    // Reads every queued error (at most `max`); never blocks.
    static QList<Report> drain(QUdpSocket *socket, int max = 256);
};
