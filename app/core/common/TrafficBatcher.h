#pragma once

#include <QList>
#include <QObject>
#include <QTimer>

#include "TrafficEvent.h"

// Collects an engine's traffic events and hands them on in batches, at most every
// `intervalMs` (default 50 ms, i.e. 20 times a second), so that a flood of packets costs the
// receiver one queued signal per batch instead of one per packet. Memory stays bounded: when
// more than `capacity` events wait, the oldest are dropped and counted in droppedCount().
class TrafficBatcher final : public QObject
{
    Q_OBJECT

public:
    explicit TrafficBatcher(QObject *parent = nullptr);

    void setInterval(int intervalMs);
    void setCapacity(int capacity);
    qint64 droppedCount() const;

    void add(TrafficEvent event);
    void flush();   // emits what is pending now (e.g. before stopping)

signals:
    void eventsReady(const QList<TrafficEvent> &events);

private:
    QList<TrafficEvent> m_pending;
    QTimer m_timer;
    int m_capacity = 100000;
    qint64 m_dropped = 0;
};
