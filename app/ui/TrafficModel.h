#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "TextCodec.h"
#include "TrafficEvent.h"

// The traffic log: a table model over a capped ring buffer of TrafficEvents (default 100,000
// events and 64 MiB of stored payload, whichever is reached first; the oldest go first).
// Events arrive in batches (appendEvents) so a flood costs one insert per batch.
// Columns: Time (hh:mm:ss.zzz), Peer, Direction (← received, → sent, • state, ! error),
// Size (bytes), Data (text in the chosen encoding, or hex; state/error sentences as they are).
// Each received chunk is one row, so two sends that arrived together are visibly one chunk.
class TrafficModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, PeerColumn, DirectionColumn, SizeColumn, DataColumn, ColumnCount };
    enum class DisplayMode { Text, Hex };
    enum Roles { EventRole = Qt::UserRole + 1, PeerRole, KindRole };

    static constexpr int DefaultCapacity = 100000;
    static constexpr qint64 DefaultByteBudget = 64 * 1024 * 1024;

    explicit TrafficModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void appendEvents(const QList<TrafficEvent> &events);
    void clear();
    const TrafficEvent &eventAt(int row) const;

    void setCapacity(int events);
    int capacity() const;
    void setDisplayMode(DisplayMode mode);
    DisplayMode displayMode() const;
    void setEncoding(TextCodec::Encoding encoding);
    TextCodec::Encoding encoding() const;

    qint64 droppedCount() const;          // events pushed out by the cap since the last clear()
    QStringList peers() const;            // peers seen, in order of first appearance

    // Whole log as text (one line per row, like the CLI prints) or CSV (RFC 4180, UTF-8).
    bool saveText(const QString &path, QString *error) const;
    bool saveCsv(const QString &path, QString *error) const;
    QString rowAsText(int row) const;

    void retranslate();                   // header texts after a language change

signals:
    void peersChanged(const QStringList &peers);
};
