#include "QuickSendLoop.h"

#include "QuickSendList.h"

QuickSendLoop::QuickSendLoop(QuickSendList *list, QObject *parent)
    : QObject(parent)
    , m_list(list)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &QuickSendLoop::tick);
    connect(m_list, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (m_running && m_list->count() == 0)
            stopWith(tr("The loop stopped: the quick-send list is empty."));
    });
    connect(m_list, &QAbstractItemModel::modelReset, this, [this] {
        if (m_running && m_list->count() == 0)
            stopWith(tr("The loop stopped: the quick-send list is empty."));
    });
}

void QuickSendLoop::setPause(int ms)
{
    m_pauseMs = qMax(1, ms);
}

int QuickSendLoop::pause() const
{
    return m_pauseMs;
}

void QuickSendLoop::setSendEnabled(bool enabled)
{
    m_sendEnabled = enabled;
    if (!enabled && m_running)
        stopWith(tr("The loop stopped after %n message(s): there is no one to send to now "
                    "(the connection closed, or no peer is chosen).", "", m_sent));
}

bool QuickSendLoop::isRunning() const
{
    return m_running;
}

int QuickSendLoop::sent() const
{
    return m_sent;
}

bool QuickSendLoop::start(QString *why)
{
    if (m_running)
        return true;
    QString reason;
    if (m_list->count() == 0)
        reason = tr("The quick-send list is empty: add messages to it first, then loop through them.");
    else if (!m_sendEnabled)
        reason = tr("The loop cannot start: there is no one to send to now (not connected, or no peer is chosen).");
    if (!reason.isEmpty()) {
        if (why)
            *why = reason;
        return false;
    }
    m_running = true;
    m_next = 0;
    m_sent = 0;
    tick();   // the first message goes at once
    return m_running;
}

void QuickSendLoop::stop()
{
    if (m_running)
        stopWith(QString());
}

void QuickSendLoop::stopWith(const QString &reason)
{
    m_running = false;
    m_timer.stop();
    m_list->setActiveRow(-1);
    emit stopped(reason);
}

void QuickSendLoop::tick()
{
    if (!m_running)
        return;
    if (m_list->count() == 0) {
        stopWith(tr("The loop stopped: the quick-send list is empty."));
        return;
    }
    const int row = m_next % m_list->count();
    const QuickSendItem item = m_list->item(row);
    QString error;
    const std::optional<QByteArray> payload = item.payload(&error);
    if (!payload) {
        stopWith(tr("The loop stopped at message %1 (“%2”), which cannot be sent: %3").arg(row + 1).arg(item.displayName(), error));
        return;
    }
    m_list->setActiveRow(row);
    m_next = row + 1;
    ++m_sent;
    m_timer.start(m_pauseMs);
    emit progressed();
    emit sendRequested(*payload);
}
