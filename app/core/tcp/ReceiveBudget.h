#pragma once

#include <QtGlobal>

// How many bytes of unfinished messages all the connections of one server may hold together
// (each one alone is capped by its Framer). Without it, a few clients that each park almost
// a whole maximum-sized message without its end pin that much memory for as long as they like.
class ReceiveBudget
{
public:
    static constexpr qint64 DefaultLimit = 64 * 1024 * 1024;

    explicit ReceiveBudget(qint64 limit = DefaultLimit);

    qint64 limit() const;
    void setLimit(qint64 limit);
    qint64 used() const;
    // Adds `delta` (negative to release). Returns false when the total is now over the limit.
    bool adjust(qint64 delta);

private:
    qint64 m_limit;
    qint64 m_used = 0;
};
