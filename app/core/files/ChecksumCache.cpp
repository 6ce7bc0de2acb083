#include "ChecksumCache.h"

#include <QMutexLocker>

ChecksumCache::ChecksumCache(int capacity)
    : m_capacity(qMax(1, capacity))
{
}

std::optional<QByteArray> ChecksumCache::find(const FileIdentity &identity)
{
    QMutexLocker locker(&m_mutex);
    const auto it = m_byPath.constFind(identity.canonicalPath);
    if (it == m_byPath.constEnd()) {
        ++m_misses;
        return std::nullopt;
    }
    const Order::iterator entry = it.value();
    if (entry->identity != identity) {
        // Another version of the file: the remembered digest is of no use any more.
        m_order.erase(entry);
        m_byPath.erase(it);
        ++m_misses;
        return std::nullopt;
    }
    m_order.splice(m_order.begin(), m_order, entry);
    ++m_hits;
    return entry->digest;
}

void ChecksumCache::store(const FileIdentity &identity, const QByteArray &digest)
{
    QMutexLocker locker(&m_mutex);
    const auto it = m_byPath.find(identity.canonicalPath);
    if (it != m_byPath.end()) {
        m_order.erase(it.value());
        m_byPath.erase(it);
    }
    m_order.push_front(Entry{identity, digest});
    m_byPath.insert(identity.canonicalPath, m_order.begin());
    ++m_stores;
    trim();
}

void ChecksumCache::remove(const QString &canonicalPath)
{
    QMutexLocker locker(&m_mutex);
    const auto it = m_byPath.find(canonicalPath);
    if (it == m_byPath.end())
        return;
    m_order.erase(it.value());
    m_byPath.erase(it);
}

void ChecksumCache::setCapacity(int capacity)
{
    QMutexLocker locker(&m_mutex);
    m_capacity = qMax(1, capacity);
    trim();
}

ChecksumCache::Statistics ChecksumCache::statistics() const
{
    QMutexLocker locker(&m_mutex);
    Statistics s;
    s.hits = m_hits;
    s.misses = m_misses;
    s.stores = m_stores;
    s.entries = int(m_byPath.size());
    s.capacity = m_capacity;
    return s;
}

void ChecksumCache::trim()
{
    while (m_byPath.size() > m_capacity) {
        m_byPath.remove(m_order.back().identity.canonicalPath);
        m_order.pop_back();
    }
}
