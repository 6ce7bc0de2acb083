#pragma once

#include <QSortFilterProxyModel>
#include <QString>

class TrafficModel;

// Which rows of a TrafficModel the traffic view shows: one peer's or every peer's, with or
// without the data this program sent, and, while the display is paused, only the events that had
// arrived when it was paused. Hidden events stay in the model: they are counted and saved with
// the log (Copy takes the selected rows, so only shown ones), and a resume shows them all.
// An event's peer, direction and arrival never change, so rows are filtered once, as they
// arrive (no dynamic re-filtering when the Data column changes under a flood).
class TrafficFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TrafficFilterModel(TrafficModel *source, QObject *parent = nullptr);

    void setPeer(const QString &peer);   // empty: every peer
    QString peer() const;
    void setShowSent(bool show);
    bool showSent() const;
    void setPaused(bool paused);
    bool isPaused() const;
    // Events in the model that arrived after the pause (not shown until the resume).
    int pendingCount() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    TrafficModel *m_source;
    QString m_peer;
    bool m_showSent = true;
    bool m_paused = false;
    qint64 m_pauseMark = 0;   // events with this sequence number and later arrived while paused
};
