#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include "TransferInfo.h"

// The rows of a transfers table: one TransferInfo snapshot per transfer, keyed by its id.
// Updates change rows in place (dataChanged), never reset the model, so a table showing many
// transfers at 20 progress updates a second stays smooth and keeps its selection. On the server
// side a download is bytes sent and an upload is bytes received; on the client side the reverse.
class TransferTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Side { Server, Client };
    enum Column {
        PeerColumn,
        FileColumn,
        DirectionColumn,
        ProgressColumn,
        BytesColumn,
        SpeedColumn,
        TimeLeftColumn,
        StateColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,   // quint64
        PercentRole,                 // int 0..100, or -1 while the size is unknown
        FinishedRole,                // bool
        StateRole,                   // int(TransferInfo::State)
    };

    explicit TransferTableModel(Side side, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Inserts a row for an unknown id, updates the row in place otherwise.
    void update(const TransferInfo &info);
    void updateAll(const QList<TransferInfo> &infos);
    // Removes finished rows; returns their ids.
    QList<quint64> removeFinished();
    // Finished rows beyond this many are dropped, oldest first (memory stays bounded on a busy
    // server). 0: no limit.
    void setMaxFinished(int count);

    TransferInfo transferAt(int row) const;
    int rowOf(quint64 id) const;   // -1 when unknown
    int activeCount() const;       // running or verifying
    int unfinishedCount() const;   // queued, running or verifying
    qint64 bytesReceived() const;
    qint64 bytesSent() const;

    void retranslate();

    // Texts a column typically shows at its widest (a full IPv4 peer, every direction, large
    // sizes and speeds), for sizing the columns before any row exists.
    QStringList sampleTexts(int column) const;

    static QString stateText(const TransferInfo &info);
    static QString timeLeftText(const TransferInfo &info);
    static int percentOf(const TransferInfo &info);   // 0..100, -1 while the size is unknown

private:
    QString directionText(const TransferInfo &info) const;
    QVariant displayData(const TransferInfo &info, int column) const;
    bool isIncoming(const TransferInfo &info) const;
    void retire(const TransferInfo &info);
    void removeRowAt(int row);
    void trimFinished();
    void rebuildIndex();

    Side m_side;
    QList<TransferInfo> m_rows;
    QHash<quint64, int> m_rowOfId;
    int m_maxFinished = 0;
    // Bytes of attempts and rows that are gone (retried, cleared), so counters never go back.
    qint64 m_retiredIn = 0;
    qint64 m_retiredOut = 0;
};
