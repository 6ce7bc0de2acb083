#pragma once

#include <QList>
#include <QObject>

#include <functional>

#include "ChangeCoalescer.h"

// Collects items (traffic events, request-log entries, …) and hands them to a sink in batches,
// at most every `intervalMs`, so that a flood costs the receiver one queued signal per batch
// instead of one per item; flush() hands over what waits at once (before stopping). Memory
// stays bounded: at most `capacity` items wait; past that the overflow policy drops the oldest
// (half of them at once: amortised O(1) per item even under a flood) or refuses the newest,
// and counts what it dropped. The pacing is a ChangeCoalescer parented to `owner`, so that
// moveToThread(owner) takes it along; the sink runs in the owner's thread, and usually emits
// the owner's own signal. A template, hence no QObject itself.
template <typename T>
class Batcher final
{
public:
    using Sink = std::function<void(const QList<T> &batch)>;
    enum class Overflow { DropOldest, DropNewest };

    static constexpr int DefaultIntervalMs = 50;   // 20 batches a second
    static constexpr int DefaultCapacity = 100000;

    Batcher(QObject *owner, Sink sink, int intervalMs = DefaultIntervalMs);
    Batcher(const Batcher &) = delete;
    Batcher &operator=(const Batcher &) = delete;

    void setInterval(int intervalMs);
    void setCapacity(int capacity, Overflow overflow = Overflow::DropOldest);
    qint64 droppedCount() const;    // since construction
    qsizetype pendingCount() const;

    // Queues one item; returns how many items it cost: 0, or the number dropped to make room
    // (DropOldest) or 1 when the item itself was refused (DropNewest).
    qsizetype add(T item);
    void flush();

private:
    void deliver();

    ChangeCoalescer m_pacer;
    Sink m_sink;
    QList<T> m_pending;
    int m_capacity = DefaultCapacity;
    Overflow m_overflow = Overflow::DropOldest;
    qint64 m_dropped = 0;
};

template <typename T>
Batcher<T>::Batcher(QObject *owner, Sink sink, int intervalMs)
    : m_pacer(intervalMs, owner)
    , m_sink(std::move(sink))
{
    QObject::connect(&m_pacer, &ChangeCoalescer::due, &m_pacer, [this] { deliver(); });
}

template <typename T>
void Batcher<T>::setInterval(int intervalMs)
{
    m_pacer.setInterval(intervalMs);
}

template <typename T>
void Batcher<T>::setCapacity(int capacity, Overflow overflow)
{
    m_capacity = qMax(1, capacity);
    m_overflow = overflow;
}

template <typename T>
qint64 Batcher<T>::droppedCount() const
{
    return m_dropped;
}

template <typename T>
qsizetype Batcher<T>::pendingCount() const
{
    return m_pending.size();
}

template <typename T>
qsizetype Batcher<T>::add(T item)
{
    qsizetype dropped = 0;
    if (m_pending.size() >= m_capacity) {
        if (m_overflow == Overflow::DropNewest) {
            ++m_dropped;
            return 1;
        }
        dropped = qMax<qsizetype>(1, m_pending.size() / 2);
        m_pending.remove(0, dropped);
        m_dropped += dropped;
    }
    m_pending.append(std::move(item));
    m_pacer.markDirty();
    return dropped;
}

template <typename T>
void Batcher<T>::flush()
{
    m_pacer.flush();
}

template <typename T>
void Batcher<T>::deliver()
{
    if (m_pending.isEmpty())
        return;
    QList<T> batch;
    batch.swap(m_pending);
    m_sink(batch);
}
