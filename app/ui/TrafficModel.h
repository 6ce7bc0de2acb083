#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QFont>
#include <QHash>
#include <QList>

#include <deque>

#include "Checksum.h"
#include "EventChecksum.h"
#include "LogFormat.h"
#include "TextCodec.h"
#include "TrafficEvent.h"

class LogFileWriter;

// The traffic log: a table model over a capped ring buffer of TrafficEvents (default 100,000
// events and 64 MiB of stored payload, whichever is reached first; the oldest go first).
// Events arrive in batches (appendEvents) so a flood costs one insert per batch.
// Columns: Time (hh:mm:ss.zzz), Peer, Direction (← received, → sent, • state, ! error),
// Size (bytes), Check (a received message's checksum, when one is chosen: ✓, ✗ or ?), Data (text
// in the chosen encoding, hex, or both as hex-editor rows; state/error sentences as they are).
// Each received chunk is one row, so two sends that arrived together are visibly one chunk.
// Cells are worked out when they are shown (checksums too), so a flood pays only for its rows.
class TrafficModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, PeerColumn, DirectionColumn, SizeColumn, CheckColumn, DataColumn, ColumnCount };
    // Both: hex and text side by side, as the rows of a hex editor (HexTextDump).
    enum class DisplayMode { Text, Hex, Both };
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
    // Events ever appended (clear() does not reset it), and the number of the event in `row`
    // among them: what the view's pause compares with.
    qint64 appendedCount() const;
    qint64 sequenceAt(int row) const;

    void setCapacity(int events);
    int capacity() const;
    void setByteBudget(qint64 bytes);      // cap on stored payload bytes (default 64 MiB)
    qint64 byteBudget() const;
    qint64 storedBytes() const;
    void setDisplayMode(DisplayMode mode);
    DisplayMode displayMode() const;
    void setEncoding(TextCodec::Encoding encoding);
    TextCodec::Encoding encoding() const;
    // Both mode: bytes per hex-editor row in a Data cell (the view fits them to the column; the
    // tooltip, the detail pane, copies and saved text always use 16).
    void setBothBytesPerLine(int bytes);
    int bothBytesPerLine() const;
    // Lines of text a row has room for (1; more while the view wraps long rows): a Both cell shows
    // that many hex-editor rows, and cells are aligned to the top when there are several.
    void setCellLines(int lines);
    int cellLines() const;
    // The checksum received data is verified with (Check column); None hides the results.
    void setChecksum(Checksum::Algorithm algorithm);
    Checksum::Algorithm checksum() const;
    EventChecksum::Result checkResult(int row) const;

    qint64 droppedCount() const;          // events pushed out by the cap since the last clear()
    QStringList peers() const;            // peers seen, in order of first appearance

    // Whole log as text (one line per row, like the CLI prints; in Both mode a row is its time,
    // peer and mark followed by all its hex-editor rows, one a line) or CSV (RFC 4180, UTF-8; it
    // always has a text and a hex column, whatever the mode). Every event is written, whatever the
    // view hides (sent rows, the Time column) or has not shown yet (paused).
    bool saveText(const QString &path, QString *error) const;
    bool saveCsv(const QString &path, QString *error) const;
    // Every event as JSON Lines (docs/events.md, EventLogWriter), read back equal by
    // EventLogReader; the header says the recording role, our first known address and the time
    // of the first event.
    bool saveEvents(const QString &path, QString *error) const;
    bool save(const QString &path, LogFormat format, QString *error) const;
    QString rowAsText(int row) const;

    void retranslate();                   // header texts after a language change
    // Who recorded, for a log saved as events ("tcp-server", "tcp-client", "udp", …; empty:
    // not said).
    void setRecordingRole(const QString &role);
    QString recordingRole() const;

    // The text shown in the Data column is cut to this many characters (full text: eventText()).
    static constexpr int MaxCellChars = 512;
    static constexpr int MaxTrackedPeers = 1000;   // peers() stops growing after this many
    QString eventText(int row) const;     // full text in the current mode and encoding (Both: all rows)
    QColor peerColor(const QString &peer) const;   // invalid for an unknown or empty peer

signals:
    void peersChanged(const QStringList &peers);

private:
    static bool finishSave(LogFileWriter &file, const QString &path, QString *error);
    static qint64 storedSize(const TrafficEvent &event);
    void dropOldest(int count);           // inside begin/endRemoveRows
    bool notePeers(const QList<TrafficEvent> &events);   // true when new peers appeared
    QString cellText(const TrafficEvent &event) const;
    QString bothCellText(const TrafficEvent &event) const;
    QString toolTipText(const TrafficEvent &event) const;
    QString bothRowText(const TrafficEvent &event) const;
    QVariant checkData(int row, int role) const;
    Qt::Alignment verticalAlignment() const;
    void emitDataColumnChanged();
    void emitColumnsChanged(int first, int last);

    std::deque<TrafficEvent> m_events;    // oldest first; capped by m_capacity and m_byteBudget
    int m_capacity = DefaultCapacity;
    qint64 m_byteBudget = DefaultByteBudget;
    qint64 m_storedBytes = 0;
    qint64 m_dropped = 0;
    qint64 m_appended = 0;
    DisplayMode m_mode = DisplayMode::Text;
    TextCodec::Encoding m_encoding = TextCodec::Encoding::Utf8;
    int m_bothBytesPerLine = 16;
    int m_cellLines = 1;
    Checksum::Algorithm m_checksum = Checksum::Algorithm::None;
    QFont m_fixedFont;                    // Both cells: the offset, hex and text columns line up
    // The last row checked: a cell asks for several roles in a row, the checksum is computed once.
    mutable qint64 m_checkedSequence = -1;
    mutable EventChecksum::Result m_checked;
    QStringList m_peers;
    QString m_recordingRole;
    QHash<QString, int> m_peerSlot;       // peer -> palette index
    QList<int> m_slotUse;                 // how many peers use each palette index
};
