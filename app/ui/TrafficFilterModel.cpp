#include "TrafficFilterModel.h"

#include "TrafficModel.h"

TrafficFilterModel::TrafficFilterModel(TrafficModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setDynamicSortFilter(false);
    setSourceModel(source);
}

void TrafficFilterModel::setPeer(const QString &peer)
{
    if (peer == m_peer)
        return;
    m_peer = peer;
    invalidateFilter();
}

QString TrafficFilterModel::peer() const
{
    return m_peer;
}

void TrafficFilterModel::setShowSent(bool show)
{
    if (show == m_showSent)
        return;
    m_showSent = show;
    invalidateFilter();
}

bool TrafficFilterModel::showSent() const
{
    return m_showSent;
}

void TrafficFilterModel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (paused)
        m_pauseMark = m_source->appendedCount();   // every row shown now stays; nothing to re-filter
    else
        invalidateFilter();
}

bool TrafficFilterModel::isPaused() const
{
    return m_paused;
}

int TrafficFilterModel::pendingCount() const
{
    if (!m_paused)
        return 0;
    return int(qBound<qint64>(0, m_source->appendedCount() - m_pauseMark, qint64(m_source->rowCount())));
}

bool TrafficFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || sourceRow < 0 || sourceRow >= m_source->rowCount())
        return false;
    if (m_paused && m_source->sequenceAt(sourceRow) >= m_pauseMark)
        return false;
    const TrafficEvent &e = m_source->eventAt(sourceRow);
    if (!m_showSent && e.kind == TrafficEvent::Kind::Data && e.direction == TrafficEvent::Direction::Out)
        return false;
    return m_peer.isEmpty() || e.peer == m_peer;
}
