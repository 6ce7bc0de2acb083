#include "ReceiveBudget.h"

ReceiveBudget::ReceiveBudget(qint64 limit)
    : m_limit(qMax<qint64>(1, limit))
{
}

qint64 ReceiveBudget::limit() const
{
    return m_limit;
}

void ReceiveBudget::setLimit(qint64 limit)
{
    m_limit = qMax<qint64>(1, limit);
}

qint64 ReceiveBudget::used() const
{
    return m_used;
}

bool ReceiveBudget::adjust(qint64 delta)
{
    m_used = qMax<qint64>(0, m_used + delta);
    return m_used <= m_limit;
}
