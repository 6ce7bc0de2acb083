#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "PeerStats.h"

// The UDP tab's "senders seen": address:port, datagrams, bytes, last seen.
class PeerListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PeerColumn, DatagramsColumn, BytesColumn, LastSeenColumn, ColumnCount };

    explicit PeerListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setPeers(const QList<PeerStats> &peers);
    PeerStats peerAt(int row) const;
    void retranslate();

private:
    QList<PeerStats> m_rows;
};
