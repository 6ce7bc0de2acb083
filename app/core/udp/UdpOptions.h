#pragma once

#include <QHostAddress>
#include <QMetaType>
#include <QString>

#include "ReplyBudget.h"
#include "ReplyPolicy.h"

// How a UdpPeer binds and behaves. Filled by the UDP tab or by `socketlab udp` (UdpCommand).
struct UdpOptions
{
    QHostAddress bindAddress = QHostAddress(QHostAddress::Any);   // Any = IPv4 + IPv6 (dual stack)
    quint16 port = 0;                       // 0: the OS picks one (reported by bound())
    ReplyPolicy reply;                      // auto-reply to each datagram's sender
    // At most this many auto-replies per sender per second (0: no limit), so that two tools
    // answering each other settle down. Our own address is never answered, whatever this says.
    int replyLimit = ReplyBudget::DefaultLimit;
    bool logData = true;                    // one TrafficEvent per datagram (off: counters only)
    bool shareAddress = false;              // SO_REUSEADDR, for several receivers of one group
    // SO_RCVBUF, so that a flood is queued by the kernel, not dropped, while the reading thread
    // waits for a CPU. A 64-byte datagram takes about 830 bytes of it on Linux: 32 MiB (doubled by
    // the kernel) holds about 80,000 of them, over a second at 50,000/s. Memory is only used while
    // datagrams wait. Unprivileged, Linux grants at most net.core.rmem_max (doubled).
    int receiveBufferSize = 32 * 1024 * 1024;
    int multicastTtl = 1;                   // TTL / hop limit of multicast datagrams we send
    bool multicastLoopback = true;          // see our own multicast datagrams
    QString multicastInterface;             // interface name for sending multicast; empty = default
};

Q_DECLARE_METATYPE(UdpOptions)
