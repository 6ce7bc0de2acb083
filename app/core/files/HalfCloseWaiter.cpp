#include "HalfCloseWaiter.h"

#include <QSocketNotifier>

namespace {
constexpr int AckPollMs = 20;
constexpr int ProgressPollMs = 250;
} // namespace

HalfCloseWaiter::HalfCloseWaiter(QObject *parent)
    : QObject(parent)
    , m_timeout(this)
    , m_ackPoll(this)
    , m_progressPoll(this)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finish(false, tr("The server took no more data and did not close the connection for %1 seconds, so it is not known whether it kept the file.")
                          .arg(m_timeoutMs / 1000));
    });
    m_ackPoll.setInterval(AckPollMs);
    connect(&m_ackPoll, &QTimer::timeout, this, &HalfCloseWaiter::checkAcknowledged);
    m_progressPoll.setInterval(ProgressPollMs);
    connect(&m_progressPoll, &QTimer::timeout, this, &HalfCloseWaiter::checkProgress);
}

HalfCloseWaiter::~HalfCloseWaiter()
{
    closeDescriptor();
}

void HalfCloseWaiter::closeDescriptor()
{
    m_ackPoll.stop();
    m_progressPoll.stop();
    m_timeout.stop();
    delete m_notifier;
    m_notifier = nullptr;
    releaseDescriptor();
}

void HalfCloseWaiter::finish(bool clean, const QString &reason)
{
    if (m_done)
        return;
    m_done = true;
    closeDescriptor();
    if (clean)
        emit closedCleanly();
    else
        emit failed(reason);
}
