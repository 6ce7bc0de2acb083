#include "TransferMeter.h"

TransferMeter::TransferMeter()
{
    m_clock.start();
}

void TransferMeter::restart(qint64 bytesDone)
{
    m_clock.restart();
    m_startBytes = bytesDone;
    m_windowStartMs = 0;
    m_windowStartBytes = bytesDone;
    m_lastBytes = bytesDone;
    m_speed = 0;
}

void TransferMeter::update(qint64 bytesDone)
{
    m_lastBytes = bytesDone;
    const qint64 now = m_clock.elapsed();
    const qint64 span = now - m_windowStartMs;
    if (span >= 1000) {
        m_speed = double(bytesDone - m_windowStartBytes) * 1000.0 / double(span);
        m_windowStartMs = now;
        m_windowStartBytes = bytesDone;
    } else if (m_speed == 0 && span >= 200) {
        m_speed = double(bytesDone - m_windowStartBytes) * 1000.0 / double(span);
    }
}

double TransferMeter::bytesPerSecond() const
{
    return m_speed;
}

double TransferMeter::averageBytesPerSecond() const
{
    const qint64 ms = qMax<qint64>(1, m_clock.elapsed());
    return double(m_lastBytes - m_startBytes) * 1000.0 / double(ms);
}
