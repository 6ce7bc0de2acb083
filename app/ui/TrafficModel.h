#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QList>

#include <deque>

#include "LogFormat.h"
#include "TextCodec.h"
#include "TrafficEvent.h"

class LogFileWriter;

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
    void setByteBudget(qint64 bytes);      // cap on stored payload bytes (default 64 MiB)
    qint64 byteBudget() const;
    qint64 storedBytes() const;
    void setDisplayMode(DisplayMode mode);
    DisplayMode displayMode() const;
    void setEncoding(TextCodec::Encoding encoding);
    TextCodec::Encoding encoding() const;

    qint64 droppedCount() const;          // events pushed out by the cap since the last clear()
    QStringList peers() const;            // peers seen, in order of first appearance

    // Whole log as text (one line per row, like the CLI prints) or CSV (RFC 4180, UTF-8).
    bool saveText(const QString &path, QString *error) const;
    bool saveCsv(const QString &path, QString *error) const;
    bool save(const QString &path, LogFormat format, QString *error) const;
    QString rowAsText(int row) const;

    void retranslate();                   // header texts after a language change

    // The text shown in the Data column is cut to this many characters (full text: eventText()).
    static constexpr int MaxCellChars = 512;
    static constexpr int MaxTrackedPeers = 1000;   // peers() stops growing after this many
    QString eventText(int row) const;     // full text in the current mode and encoding
    QColor peerColor(const QString &peer) const;   // invalid for an unknown or empty peer

signals:
    void peersChanged(const QStringList &peers);

private:
    static bool finishSave(LogFileWriter &file, const QString &path, QString *error);
    static qint64 storedSize(const TrafficEvent &event);
    void dropOldest(int count);           // inside begin/endRemoveRows
    bool notePeers(const QList<TrafficEvent> &events);   // true when new peers appeared
    QString cellText(const TrafficEvent &event) const;
    QString toolTipText(const TrafficEvent &event) const;
    void emitDataColumnChanged();

    std::deque<TrafficEvent> m_events;    // oldest first; capped by m_capacity and m_byteBudget
    int m_capacity = DefaultCapacity;
    qint64 m_byteBudget = DefaultByteBudget;
    qint64 m_storedBytes = 0;
    qint64 m_dropped = 0;
    DisplayMode m_mode = DisplayMode::Text;
    TextCodec::Encoding m_encoding = TextCodec::Encoding::Utf8;
    QStringList m_peers;
    QHash<QString, int> m_peerSlot;       // peer -> palette index
    QList<int> m_slotUse;                 // how many peers use each palette index
};
