#include "ReplyBudget.h"

ReplyBudget::ReplyBudget(int limit)
    : m_limit(qMax(0, limit))
{
}

void ReplyBudget::setLimit(int limit)
{
    m_limit = qMax(0, limit);
    m_windows.clear();
}

int ReplyBudget::limit() const
{
    return m_limit;
}

ReplyBudget::Verdict ReplyBudget::take(const QString &peer, qint64 nowMsecs)
{
    if (m_limit == 0)
        return Verdict::Reply;
    auto it = m_windows.find(peer);
    if (it == m_windows.end()) {
        if (m_windows.size() >= Capacity)
            makeRoom(nowMsecs);
        it = m_windows.insert(peer, Window{nowMsecs, 0, false});
    }
    Window &w = *it;
    bool resumed = false;
    if (nowMsecs - w.startMsecs >= WindowMs || nowMsecs < w.startMsecs) {
        resumed = w.paused;
        w = Window{nowMsecs, 0, false};
    }
    if (w.paused)
        return Verdict::Refused;
    if (w.replies >= m_limit) {
        w.paused = true;
        return Verdict::Paused;
    }
    ++w.replies;
    return resumed ? Verdict::ReplyResumed : Verdict::Reply;
}

void ReplyBudget::clear()
{
    m_windows.clear();
}

int ReplyBudget::trackedPeers() const
{
    return int(m_windows.size());
}

void ReplyBudget::makeRoom(qint64 nowMsecs)
{
    // Windows that have ended hold nothing worth keeping but a pause, which the next window
    // would lift anyway (the "resumed" line is then not printed for that peer).
    for (auto it = m_windows.begin(); it != m_windows.end();) {
        if (nowMsecs - it->startMsecs >= WindowMs || nowMsecs < it->startMsecs)
            it = m_windows.erase(it);
        else
            ++it;
    }
    if (m_windows.size() >= Capacity)
        m_windows.clear();
}
