#include "PeerListModel.h"

#include <QDateTime>
#include <QLocale>

PeerListModel::PeerListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int PeerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PeerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const PeerStats &p = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && (index.column() == DatagramsColumn || index.column() == BytesColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case PeerColumn: return p.peer;
    case DatagramsColumn: return locale.toString(p.datagrams);
    case BytesColumn: return locale.toString(p.bytes);
    case LastSeenColumn:
        return QDateTime::fromMSecsSinceEpoch(p.lastSeenMsecs).toString(QStringLiteral("HH:mm:ss.zzz"));
    default: return {};
    }
}

QVariant PeerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PeerColumn: return tr("Sender");
    case DatagramsColumn: return tr("Datagrams");
    case BytesColumn: return tr("Bytes");
    case LastSeenColumn: return tr("Last seen");
    default: return {};
    }
}

void PeerListModel::setPeers(const QList<PeerStats> &peers)
{
    beginResetModel();
    m_rows = peers;
    endResetModel();
}

PeerStats PeerListModel::peerAt(int row) const
{
    return m_rows.value(row);
}

void PeerListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}
