#include "ClientListModel.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

ClientListModel::ClientListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ClientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ConnectionStats &c = m_rows.at(index.row());
    if (role == IdRole)
        return QVariant::fromValue(c.id);
    if (role == Qt::TextAlignmentRole && index.column() >= BytesInColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case PeerColumn: return c.peer;
    case SinceColumn:
        return QDateTime::fromMSecsSinceEpoch(c.connectedSinceMsecs).toString(QStringLiteral("HH:mm:ss"));
    case BytesInColumn: return locale.toString(c.bytesIn);
    case BytesOutColumn: return locale.toString(c.bytesOut);
    case MessagesInColumn: return locale.toString(c.messagesIn);
    case MessagesOutColumn: return locale.toString(c.messagesOut);
    default: return {};
    }
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PeerColumn: return tr("Client");
    case SinceColumn: return tr("Since");
    case BytesInColumn: return tr("Bytes in");
    case BytesOutColumn: return tr("Bytes out");
    case MessagesInColumn: return tr("Msgs in");
    case MessagesOutColumn: return tr("Msgs out");
    default: return {};
    }
}

void ClientListModel::setClients(const QList<ConnectionStats> &clients)
{
    QHash<quint64, const ConnectionStats *> incoming;
    for (const ConnectionStats &c : clients)
        incoming.insert(c.id, &c);

    // Remove the gone (from the back, so row numbers stay valid), update the rest in place.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!incoming.contains(m_rows.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    QHash<quint64, int> known;
    for (int row = 0; row < m_rows.size(); ++row) {
        known.insert(m_rows.at(row).id, row);
        m_rows[row] = *incoming.value(m_rows.at(row).id);
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));

    QList<ConnectionStats> added;
    for (const ConnectionStats &c : clients) {
        if (!known.contains(c.id))
            added.append(c);
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
    }
}

const QList<ConnectionStats> &ClientListModel::clients() const
{
    return m_rows;
}

void ClientListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}
