#include "AutoSendPacer.h"

AutoSendPacer::AutoSendPacer(QObject *parent)
    : QObject(parent)
{
    m_wait.setSingleShot(true);
    m_wait.setTimerType(Qt::PreciseTimer);
    connect(&m_wait, &QTimer::timeout, this, &AutoSendPacer::fire);
}

void AutoSendPacer::setMinimumInterval(int ms)
{
    m_intervalMs = qMax(0, ms);
}

int AutoSendPacer::minimumInterval() const
{
    return m_intervalMs;
}

int AutoSendPacer::sent() const
{
    return m_sent;
}

int AutoSendPacer::skipped() const
{
    return m_skipped;
}

bool AutoSendPacer::isWaiting() const
{
    return m_wait.isActive();
}

void AutoSendPacer::received()
{
    if (m_wait.isActive()) {
        ++m_skipped;   // one send already waits: this message gets none
        emit countsChanged();
        return;
    }
    const qint64 since = m_sinceLast.isValid() ? m_sinceLast.elapsed() : qint64(m_intervalMs);
    if (since >= m_intervalMs) {
        fire();
        return;
    }
    m_wait.start(int(m_intervalMs - since));
}

void AutoSendPacer::cancel()
{
    if (!m_wait.isActive())
        return;
    m_wait.stop();
    ++m_skipped;
    emit countsChanged();
}

void AutoSendPacer::reset()
{
    m_wait.stop();
    m_sinceLast.invalidate();
    m_sent = 0;
    m_skipped = 0;
    emit countsChanged();
}

void AutoSendPacer::fire()
{
    m_sinceLast.start();
    ++m_sent;
    emit countsChanged();
    emit sendDue();
}
