#include "GuiStallMonitor.h"

#include <cstdio>

namespace {
constexpr int TickMs = 5;
}

GuiStallMonitor::GuiStallMonitor(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_tick.setTimerType(Qt::PreciseTimer);
    m_tick.setInterval(TickMs);
    connect(&m_tick, &QTimer::timeout, this, &GuiStallMonitor::tick);
    m_tick.start();
    m_report.setInterval(1000);
    connect(&m_report, &QTimer::timeout, this, &GuiStallMonitor::report);
    m_report.start();
}

GuiStallMonitor::~GuiStallMonitor()
{
    report();
}

bool GuiStallMonitor::requested()
{
    return qEnvironmentVariableIsSet("SOCKETLAB_REPORT_STALLS");
}

void GuiStallMonitor::tick()
{
    const qint64 now = m_clock.elapsed();
    // The gap beyond the timer's own interval is time the event loop could not run.
    const qint64 stall = now - m_last - TickMs;
    if (m_last > 0) {
        m_longest = qMax(m_longest, stall);
        m_recent = qMax(m_recent, stall);
    }
    m_last = now;
}

void GuiStallMonitor::report()
{
    std::fprintf(stderr, "gui-stall-max-ms %lld\ngui-stall-recent-ms %lld\n", static_cast<long long>(m_longest),
                 static_cast<long long>(m_recent));
    m_recent = 0;
    std::fflush(stderr);
}
