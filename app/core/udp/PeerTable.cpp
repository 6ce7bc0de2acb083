#include "PeerTable.h"

#include <algorithm>

PeerTable::PeerTable(int capacity)
    : m_capacity(qMax(4, capacity))
{
}

void PeerTable::record(const QString &peer, const QHostAddress &address, quint16 port, qint64 bytes,
                       qint64 nowMsecs)
{
    auto it = m_peers.find(peer);
    if (it == m_peers.end()) {
        if (m_peers.size() >= m_capacity)
            evictOldest();
        PeerStats s;
        s.peer = peer;
        s.address = address;
        s.port = port;
        s.firstSeenMsecs = nowMsecs;
        it = m_peers.insert(peer, s);
    }
    it->datagrams += 1;
    it->bytes += bytes;
    it->lastSeenMsecs = nowMsecs;
}

void PeerTable::clear()
{
    m_peers.clear();
}

int PeerTable::size() const
{
    return int(m_peers.size());
}

QList<PeerStats> PeerTable::snapshot() const
{
    QList<PeerStats> out = m_peers.values();
    std::sort(out.begin(), out.end(), [](const PeerStats &a, const PeerStats &b) {
        if (a.lastSeenMsecs != b.lastSeenMsecs)
            return a.lastSeenMsecs > b.lastSeenMsecs;
        return a.peer < b.peer;
    });
    return out;
}

void PeerTable::evictOldest()
{
    // Forget the least recently seen quarter at once: amortised O(1) per new sender.
    QList<qint64> seen;
    seen.reserve(m_peers.size());
    for (const PeerStats &s : std::as_const(m_peers))
        seen.append(s.lastSeenMsecs);
    const qsizetype cut = qMax<qsizetype>(1, seen.size() / 4);
    std::nth_element(seen.begin(), seen.begin() + (cut - 1), seen.end());
    const qint64 threshold = seen.at(cut - 1);
    qsizetype removed = 0;
    for (auto it = m_peers.begin(); it != m_peers.end() && removed < cut;) {
        if (it->lastSeenMsecs <= threshold) {
            it = m_peers.erase(it);
            ++removed;
        } else {
            ++it;
        }
    }
}
