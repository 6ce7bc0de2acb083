#pragma once

#include <QElapsedTimer>

// Speed of one transfer, measured over a sliding window of about a second, and the pacing of
// its progress reports (at most 20 a second).
class TransferMeter
{
public:
    TransferMeter();

    void restart(qint64 bytesDone);
    void update(qint64 bytesDone);
    double bytesPerSecond() const;
    double averageBytesPerSecond() const;  // since restart()
    qint64 elapsedMs() const;
    // true at most every `intervalMs`; the caller then reports progress.
    bool reportDue(int intervalMs = 50);

private:
    QElapsedTimer m_clock;
    qint64 m_startBytes = 0;
    qint64 m_windowStartMs = 0;
    qint64 m_windowStartBytes = 0;
    qint64 m_lastBytes = 0;
    qint64 m_lastReportMs = -1000;
    double m_speed = 0;
};
