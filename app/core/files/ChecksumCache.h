#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <list>
#include <optional>

#include "FileIdentity.h"

// The SHA-256 of files the SLFT/1 server has already hashed in full, so that a later download
// of the same, unchanged file only reads and sends (and a resumed one skips hashing its
// prefix). An entry is found only when the file's whole FileIdentity (path, size, mtime and
// ctime in ns, inode, device) is unchanged, so a changed file simply misses and is hashed
// again. At most capacity() entries, least recently used dropped first; one entry per path.
// Thread-safe: sessions of a FileServer in a worker thread use it while another thread reads
// statistics().
class ChecksumCache
{
public:
    static constexpr int DefaultCapacity = 1024;

    struct Statistics
    {
        qint64 hits = 0;      // lookups answered from the cache
        qint64 misses = 0;    // lookups that needed a full hash
        qint64 stores = 0;    // digests remembered
        int entries = 0;
        int capacity = 0;
    };

    explicit ChecksumCache(int capacity = DefaultCapacity);
    ChecksumCache(const ChecksumCache &) = delete;
    ChecksumCache &operator=(const ChecksumCache &) = delete;

    // The 32-byte digest when `identity` matches the remembered version of its path exactly.
    std::optional<QByteArray> find(const FileIdentity &identity);
    void store(const FileIdentity &identity, const QByteArray &digest);
    void remove(const QString &canonicalPath);
    void setCapacity(int capacity);   // drops the oldest entries when it shrinks; at least 1
    Statistics statistics() const;

private:
    struct Entry
    {
        FileIdentity identity;
        QByteArray digest;
    };
    using Order = std::list<Entry>;   // most recently used first

    void trim();

    mutable QMutex m_mutex;
    Order m_order;
    QHash<QString, Order::iterator> m_byPath;
    int m_capacity;
    qint64 m_hits = 0;
    qint64 m_misses = 0;
    qint64 m_stores = 0;
};
