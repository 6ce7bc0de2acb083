#pragma once

#include <QMetaType>

// What a UdpPeer has done since it was created (or since resetCounters()). Every datagram is
// counted, also when the traffic log had to drop the event for it.
struct UdpCounters
{
    qint64 datagramsIn = 0;
    qint64 bytesIn = 0;
    qint64 datagramsOut = 0;
    qint64 bytesOut = 0;
    qint64 receiveErrors = 0;      // failed reads, and ICMP errors reported for our sends
    qint64 sendErrors = 0;         // datagrams that could not be sent (refused, too large, …)
    qint64 eventsDropped = 0;      // traffic events the batcher dropped under a flood (not shown)
};

Q_DECLARE_METATYPE(UdpCounters)
