#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "ConnectionStats.h"

// The TCP server's client list: peer, connected since, bytes in/out, messages in/out.
// setClients() updates rows in place (selection survives), removes the gone, appends the new.
class ClientListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PeerColumn, SinceColumn, BytesInColumn, BytesOutColumn, MessagesInColumn,
                  MessagesOutColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ClientListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setClients(const QList<ConnectionStats> &clients);
    const QList<ConnectionStats> &clients() const;
    void retranslate();

private:
    QList<ConnectionStats> m_rows;
};
