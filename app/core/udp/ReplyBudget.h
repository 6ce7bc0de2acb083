#pragma once

#include <QHash>
#include <QString>

// How many auto-replies each peer may still get: at most `limit` per peer in each one-second
// window (a fixed window per peer, started by its first reply). Two tools that answer each
// other (two echo peers, an echo peer and a "text:ok" peer) would bounce one datagram forever
// at full speed; with a budget the loop stops after `limit` replies, and a peer that sends at a
// human pace is never affected.
//
// Bounded: at most Capacity peers are tracked (a spoofed flood from many senders cannot grow
// it); past that, peers whose window has ended are forgotten, then all of them.
class ReplyBudget
{
public:
    static constexpr int DefaultLimit = 100;
    static constexpr int Capacity = 4096;
    static constexpr qint64 WindowMs = 1000;

    enum class Verdict {
        Reply,          // within the budget
        ReplyResumed,   // within the budget again after a pause: say that replies resume
        Paused,         // this reply used up the budget: refuse it, and say that replies pause
        Refused         // still paused: refuse it quietly
    };

    explicit ReplyBudget(int limit = DefaultLimit);

    void setLimit(int limit);   // replies per peer per second; 0 = no limit
    int limit() const;
    // Asks for one reply to `peer` at `nowMsecs` (a monotonic clock) and counts it when allowed.
    Verdict take(const QString &peer, qint64 nowMsecs);
    void clear();
    int trackedPeers() const;

private:
    struct Window
    {
        qint64 startMsecs = 0;
        int replies = 0;
        bool paused = false;
    };

    void makeRoom(qint64 nowMsecs);

    QHash<QString, Window> m_windows;
    int m_limit;
};
