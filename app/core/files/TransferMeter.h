#pragma once

#include <QElapsedTimer>

// Speed of one transfer, measured over a sliding window of about a second, and its average
// since the start.
class TransferMeter
{
public:
    TransferMeter();

    void restart(qint64 bytesDone);
    void update(qint64 bytesDone);
    double bytesPerSecond() const;
    double averageBytesPerSecond() const;  // since restart()

private:
    QElapsedTimer m_clock;
    qint64 m_startBytes = 0;
    qint64 m_windowStartMs = 0;
    qint64 m_windowStartBytes = 0;
    qint64 m_lastBytes = 0;
    double m_speed = 0;
};
