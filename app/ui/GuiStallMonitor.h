#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Measures how long the GUI thread is kept from its event loop: a 5 ms timer notes the longest
// gap between its ticks. The benchmarks switch it on with SOCKETLAB_REPORT_STALLS=1 and read
// "gui-stall-max-ms N" lines from stderr (one a second, and one at exit), each followed by
// "gui-stall-recent-ms N": the longest stall since the previous report, so that a benchmark can
// leave out the start-up (window creation, first paint) and look only at the seconds when its
// load runs.
class GuiStallMonitor final : public QObject
{
    Q_OBJECT

public:
    explicit GuiStallMonitor(QObject *parent = nullptr);
    ~GuiStallMonitor() override;

    static bool requested();        // SOCKETLAB_REPORT_STALLS is set

private:
    void tick();
    void report();

    QTimer m_tick;
    QTimer m_report;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    qint64 m_recent = 0;   // the longest since the last report
};
