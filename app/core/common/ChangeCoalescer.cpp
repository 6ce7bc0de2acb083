#include "ChangeCoalescer.h"

ChangeCoalescer::ChangeCoalescer(int intervalMs, QObject *parent)
    : QObject(parent)
{
    m_timer.setParent(this);   // so that moveToThread() takes the timer along
    m_timer.setSingleShot(true);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeCoalescer::flush);
}

void ChangeCoalescer::setInterval(int intervalMs)
{
    m_timer.setInterval(intervalMs);
}

int ChangeCoalescer::interval() const
{
    return m_timer.interval();
}

bool ChangeCoalescer::isDirty() const
{
    return m_dirty;
}

void ChangeCoalescer::markDirty()
{
    m_dirty = true;
    if (!m_timer.isActive())
        m_timer.start();
}

void ChangeCoalescer::flush()
{
    m_timer.stop();
    if (!m_dirty)
        return;
    m_dirty = false;   // before emitting: a receiver may mark again
    emit due();
}
