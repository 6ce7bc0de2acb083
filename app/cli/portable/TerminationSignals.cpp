#include "TerminationSignals.h"

#include <QTimer>

#include <csignal>
#include <cstdlib>

namespace {
constexpr int PollMs = 100;
volatile std::sig_atomic_t g_pending = 0;   // the signal waiting to be reported, 0: none
volatile std::sig_atomic_t g_count = 0;

extern "C" void onSignal(int signalNumber)
{
    if (++g_count > 1)
        std::_Exit(128 + signalNumber);
    g_pending = signalNumber;
    std::signal(signalNumber, onSignal);   // some systems reset the handler before calling it
}

const int g_signals[] = {
    SIGINT, SIGTERM,
#ifdef SIGHUP
    SIGHUP,
#endif
};
} // namespace

TerminationSignals::TerminationSignals(QObject *parent)
    : QObject(parent)
{
    g_pending = 0;
    g_count = 0;
    auto timer = std::make_unique<QTimer>();
    timer->setInterval(PollMs);
    connect(timer.get(), &QTimer::timeout, this, &TerminationSignals::onActivated);
    timer->start();
    m_watcher = std::move(timer);
    for (const int s : g_signals)
        std::signal(s, onSignal);
}

TerminationSignals::~TerminationSignals()
{
    for (const int s : g_signals)
        std::signal(s, SIG_DFL);
}

void TerminationSignals::onActivated()
{
    const int signalNumber = g_pending;
    if (signalNumber == 0)
        return;
    g_pending = 0;
    emit terminationRequested(signalNumber);
}
