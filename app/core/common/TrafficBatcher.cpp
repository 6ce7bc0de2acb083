#include "TrafficBatcher.h"

TrafficBatcher::TrafficBatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setParent(this);   // so that moveToThread() takes the timer along
    m_timer.setSingleShot(true);
    m_timer.setInterval(50);
    connect(&m_timer, &QTimer::timeout, this, &TrafficBatcher::flush);
}

void TrafficBatcher::setInterval(int intervalMs)
{
    m_timer.setInterval(intervalMs);
}

void TrafficBatcher::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
}

qint64 TrafficBatcher::droppedCount() const
{
    return m_dropped;
}

void TrafficBatcher::add(TrafficEvent event)
{
    if (m_pending.size() >= m_capacity) {
        // Drop the oldest half at once: amortised O(1) per event even under a flood.
        const qsizetype drop = qMax<qsizetype>(1, m_pending.size() / 2);
        m_pending.remove(0, drop);
        m_dropped += drop;
    }
    m_pending.append(std::move(event));
    if (!m_timer.isActive())
        m_timer.start();
}

void TrafficBatcher::flush()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return;
    QList<TrafficEvent> batch;
    batch.swap(m_pending);
    emit eventsReady(batch);
}
