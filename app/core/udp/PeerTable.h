#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>

#include "PeerStats.h"

// The senders a UdpPeer has heard from, with counts. Bounded: past `capacity` senders the
// least recently seen quarter is forgotten, so spoofed floods cannot grow it without limit.
class PeerTable
{
public:
    explicit PeerTable(int capacity = 1024);

    void record(const QString &peer, const QHostAddress &address, quint16 port, qint64 bytes,
                qint64 nowMsecs);
    void clear();
    int size() const;
    // Most recently seen first.
    QList<PeerStats> snapshot() const;

private:
    void evictOldest();

    QHash<QString, PeerStats> m_peers;
    int m_capacity;
};
