#pragma once

#include <QHostAddress>
#include <QMetaType>
#include <QString>

#include "ReplyPolicy.h"

// How a UdpPeer binds and behaves. Filled by the UDP tab or by `socketlab udp` (UdpCommand).
struct UdpOptions
{
    QHostAddress bindAddress = QHostAddress(QHostAddress::Any);   // Any = IPv4 + IPv6 (dual stack)
    quint16 port = 0;                       // 0: the OS picks one (reported by bound())
    ReplyPolicy reply;                      // auto-reply to each datagram's sender
    bool logData = true;                    // one TrafficEvent per datagram (off: counters only)
    bool shareAddress = false;              // SO_REUSEADDR, for several receivers of one group
    int receiveBufferSize = 8 * 1024 * 1024;   // SO_RCVBUF, so a flood is not dropped by the kernel
    int multicastTtl = 1;                   // TTL / hop limit of multicast datagrams we send
    bool multicastLoopback = true;          // see our own multicast datagrams
    QString multicastInterface;             // interface name for sending multicast; empty = default
};

Q_DECLARE_METATYPE(UdpOptions)
