#pragma once

#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QString>

// One sender seen by a UdpPeer, for the "peers seen" list.
struct PeerStats
{
    QString peer;                 // "127.0.0.1:53422" / "[::1]:53422"
    QHostAddress address;
    quint16 port = 0;
    qint64 datagrams = 0;
    qint64 bytes = 0;
    qint64 firstSeenMsecs = 0;
    qint64 lastSeenMsecs = 0;
};

Q_DECLARE_METATYPE(PeerStats)
