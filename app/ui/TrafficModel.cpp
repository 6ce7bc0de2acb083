#include "TrafficModel.h"

#include <QDateTime>
#include <QDir>
#include <QFont>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QLocale>

#include <algorithm>
#include <climits>

#include "ControlCharEscaper.h"
#include "EventLogWriter.h"
#include "HexTextDump.h"
#include "LogFileWriter.h"
#include "TrafficEventFormatter.h"

namespace {

// Hues for the per-peer row tint. The tint is translucent, so it reads on light and dark themes
// alike and leaves the theme's text colour readable. Red is left out: it means "error".
constexpr int PeerHues[] = {210, 120, 35, 280, 185, 325, 55, 240, 150, 95, 15, 300};
constexpr int PeerHueCount = int(sizeof(PeerHues) / sizeof(PeerHues[0]));

// Stored bytes decoded for a cell: enough to fill MaxCellChars in any encoding (at least one
// UTF-16 unit per 3 bytes), without decoding a whole 16 KiB payload for every painted cell.
constexpr int CellDecodeBytes = 4 * TrafficModel::MaxCellChars;
constexpr int ToolTipChars = 2000;
constexpr int ToolTipLineChars = 100;
// Both mode: a tooltip shows this many hex-editor rows (1 KiB), the detail pane all of them.
constexpr int ToolTipDumpLines = 64;

// FNV-1a over the UTF-16 text: unlike qHash it is the same in every run.
quint32 stableHash(const QString &text)
{
    quint32 h = 2166136261u;
    for (QChar c : text) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

QColor peerTint(int slot)
{
    return QColor::fromHsv(PeerHues[slot % PeerHueCount], 170, 225, 60);
}

QString cut(const QString &text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    return text.left(maxChars) + QStringLiteral("…");
}

// Tooltips do not wrap plain text; break long lines (at a space when there is one nearby).
QString wrapForToolTip(const QString &text)
{
    QString out;
    for (const QString &para : text.split(QLatin1Char('\n'))) {
        if (!out.isEmpty())
            out += QLatin1Char('\n');
        qsizetype pos = 0;
        while (para.size() - pos > ToolTipLineChars) {
            qsizetype brk = para.lastIndexOf(QLatin1Char(' '), pos + ToolTipLineChars);
            if (brk <= pos + ToolTipLineChars / 2)
                brk = pos + ToolTipLineChars;
            out += para.mid(pos, brk - pos) + QLatin1Char('\n');
            pos = brk;
            if (pos < para.size() && para.at(pos) == QLatin1Char(' '))
                ++pos;
        }
        out += para.mid(pos);
    }
    return out;
}

} // namespace

TrafficModel::TrafficModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_fixedFont(QFontDatabase::systemFont(QFontDatabase::FixedFont))
    , m_slotUse(PeerHueCount, 0)
{
}

int TrafficModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int TrafficModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrafficModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= rowCount())
        return {};
    const TrafficEvent &e = m_events[size_t(index.row())];
    const bool isData = e.kind == TrafficEvent::Kind::Data;

    if (index.column() == CheckColumn)
        return checkData(index.row(), role);

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return TrafficEventFormatter::timeText(e.msecsSinceEpoch);
        case PeerColumn:
            return ControlCharEscaper::escaped(e.peer);
        case DirectionColumn:
            switch (e.kind) {
            case TrafficEvent::Kind::Data:
                return e.direction == TrafficEvent::Direction::Out ? QStringLiteral("→") : QStringLiteral("←");
            case TrafficEvent::Kind::State:
                return QStringLiteral("•");
            case TrafficEvent::Kind::Error:
                return QStringLiteral("!");
            }
            return {};
        case SizeColumn:
            if (!isData)
                return {};
            return e.isTruncated() ? tr("%1 …").arg(QLocale().toString(e.size)) : QLocale().toString(e.size);
        case DataColumn:
            return cellText(e);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
        {
            // The language's long date, and the time in 24 hours like the column.
            const QDateTime when = QDateTime::fromMSecsSinceEpoch(e.msecsSinceEpoch);
            return tr("%1, %2").arg(QLocale().toString(when.date(), QLocale::LongFormat),
                                    when.toString(QStringLiteral("HH:mm:ss.zzz")));
        }
        case DirectionColumn:
            switch (e.kind) {
            case TrafficEvent::Kind::Data:
                return e.direction == TrafficEvent::Direction::Out ? tr("sent") : tr("received");
            case TrafficEvent::Kind::State:
                return tr("state change");
            case TrafficEvent::Kind::Error:
                return tr("error");
            }
            return {};
        case SizeColumn:
            if (!isData)
                return {};
            if (e.isTruncated())
                return tr("%1 bytes; only the first %2 bytes are kept for display.")
                    .arg(QLocale().toString(e.size), QLocale().toString(e.bytes.size()));
            return tr("%n byte(s)", "", int(qMin<qint64>(e.size, INT_MAX)));
        case DataColumn:
            return toolTipText(e);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | verticalAlignment());
        if (index.column() == DirectionColumn)
            return QVariant::fromValue(Qt::AlignHCenter | verticalAlignment());
        if (m_cellLines > 1)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
        return {};
    case Qt::ForegroundRole:
        if (e.kind == TrafficEvent::Kind::Error)
            return QColor(0xe0, 0x3c, 0x31);
        if (e.kind == TrafficEvent::Kind::State)
            return QColor(0x8a, 0x8a, 0x8a);
        return {};
    case Qt::BackgroundRole: {
        const QColor c = peerColor(e.peer);
        return c.isValid() ? QVariant(c) : QVariant();
    }
    case Qt::FontRole:
        if (e.kind == TrafficEvent::Kind::State) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        if (isData && m_mode == DisplayMode::Both && index.column() == DataColumn)
            return m_fixedFont;
        return {};
    case EventRole:
        return QVariant::fromValue(e);
    case PeerRole:
        return e.peer;
    case KindRole:
        return int(e.kind);
    }
    return {};
}

QVariant TrafficModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case TimeColumn: return tr("Time");
        case PeerColumn: return tr("Peer");
        case DirectionColumn: return tr("Dir.");
        case SizeColumn: return tr("Bytes");
        case CheckColumn: return tr("Check");
        case DataColumn: return tr("Data");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case TimeColumn: return tr("When the event happened (hours:minutes:seconds.milliseconds)");
        case PeerColumn: return tr("The other end of the connection (address:port)");
        case DirectionColumn: return tr("← received, → sent, • state change, ! error");
        case SizeColumn: return tr("Size of the chunk in bytes, as one recv() returned it or one send() wrote it");
        case CheckColumn: return tr("Whether a received message ends with a valid checksum: ✓ valid, ✗ wrong, ? cannot be checked");
        case DataColumn: return tr("The bytes as text in the chosen encoding, as hex, or both side by side");
        }
    }
    return {};
}

void TrafficModel::appendEvents(const QList<TrafficEvent> &events)
{
    if (events.isEmpty())
        return;
    const bool newPeers = notePeers(events);
    const int count = int(m_events.size());
    const int batch = int(events.size());
    m_appended += batch;
    qint64 batchBytes = 0;
    for (const TrafficEvent &e : events)
        batchBytes += storedSize(e);

    if (batch > m_capacity || batchBytes > m_byteBudget) {
        // The batch alone fills the log: keep its newest part, one reset instead of two moves.
        int first = batch;
        qint64 kept = 0;
        while (first > 0 && batch - first < m_capacity) {
            const qint64 size = storedSize(events.at(first - 1));
            if (kept + size > m_byteBudget && first < batch)
                break;
            kept += size;
            --first;
        }
        beginResetModel();
        m_events.clear();
        for (int i = first; i < batch; ++i)
            m_events.push_back(events.at(i));
        m_storedBytes = kept;
        m_dropped += count + first;
        endResetModel();
    } else {
        int remove = qMax(0, count + batch - m_capacity);
        qint64 removedBytes = 0;
        for (int i = 0; i < remove; ++i)
            removedBytes += storedSize(m_events[size_t(i)]);
        while (remove < count && m_storedBytes - removedBytes + batchBytes > m_byteBudget)
            removedBytes += storedSize(m_events[size_t(remove++)]);
        if (remove > 0) {
            beginRemoveRows({}, 0, remove - 1);
            dropOldest(remove);
            endRemoveRows();
        }
        const int start = int(m_events.size());
        beginInsertRows({}, start, start + batch - 1);
        for (const TrafficEvent &e : events)
            m_events.push_back(e);
        m_storedBytes += batchBytes;
        endInsertRows();
    }
    if (newPeers)
        emit peersChanged(m_peers);
}

void TrafficModel::clear()
{
    beginResetModel();
    m_events.clear();
    m_storedBytes = 0;
    m_dropped = 0;
    const bool hadPeers = !m_peers.isEmpty();
    m_peers.clear();
    m_peerSlot.clear();
    m_slotUse.fill(0);
    endResetModel();
    if (hadPeers)
        emit peersChanged(m_peers);
}

const TrafficEvent &TrafficModel::eventAt(int row) const
{
    Q_ASSERT(row >= 0 && row < rowCount());
    return m_events[size_t(row)];
}

qint64 TrafficModel::appendedCount() const
{
    return m_appended;
}

qint64 TrafficModel::sequenceAt(int row) const
{
    return m_appended - qint64(m_events.size()) + row;
}

void TrafficModel::setCapacity(int events)
{
    m_capacity = qMax(1, events);
    const int excess = int(m_events.size()) - m_capacity;
    if (excess > 0) {
        beginRemoveRows({}, 0, excess - 1);
        dropOldest(excess);
        endRemoveRows();
    }
}

int TrafficModel::capacity() const
{
    return m_capacity;
}

void TrafficModel::setByteBudget(qint64 bytes)
{
    m_byteBudget = qMax<qint64>(1, bytes);
    int remove = 0;
    qint64 stored = m_storedBytes;
    while (remove + 1 < int(m_events.size()) && stored > m_byteBudget)
        stored -= storedSize(m_events[size_t(remove++)]);
    if (remove > 0) {
        beginRemoveRows({}, 0, remove - 1);
        dropOldest(remove);
        endRemoveRows();
    }
}

qint64 TrafficModel::byteBudget() const
{
    return m_byteBudget;
}

qint64 TrafficModel::storedBytes() const
{
    return m_storedBytes;
}

void TrafficModel::setDisplayMode(DisplayMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    emitDataColumnChanged();
}

TrafficModel::DisplayMode TrafficModel::displayMode() const
{
    return m_mode;
}

void TrafficModel::setEncoding(TextCodec::Encoding encoding)
{
    if (encoding == m_encoding)
        return;
    m_encoding = encoding;
    emitDataColumnChanged();
}

TextCodec::Encoding TrafficModel::encoding() const
{
    return m_encoding;
}

void TrafficModel::setBothBytesPerLine(int bytes)
{
    bytes = qBound(1, bytes, HexTextDump::DefaultBytesPerLine);
    if (bytes == m_bothBytesPerLine)
        return;
    m_bothBytesPerLine = bytes;
    if (m_mode == DisplayMode::Both)
        emitDataColumnChanged();
}

int TrafficModel::bothBytesPerLine() const
{
    return m_bothBytesPerLine;
}

void TrafficModel::setCellLines(int lines)
{
    lines = qMax(1, lines);
    if (lines == m_cellLines)
        return;
    m_cellLines = lines;
    emitColumnsChanged(0, ColumnCount - 1);   // the alignment of every cell, Both cells' rows
}

int TrafficModel::cellLines() const
{
    return m_cellLines;
}

void TrafficModel::setChecksum(Checksum::Algorithm algorithm)
{
    if (algorithm == m_checksum)
        return;
    m_checksum = algorithm;
    m_checkedSequence = -1;
    emitColumnsChanged(CheckColumn, CheckColumn);
}

Checksum::Algorithm TrafficModel::checksum() const
{
    return m_checksum;
}

EventChecksum::Result TrafficModel::checkResult(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const qint64 sequence = sequenceAt(row);
    if (sequence != m_checkedSequence) {
        m_checked = EventChecksum::check(m_checksum, m_events[size_t(row)]);
        m_checkedSequence = sequence;
    }
    return m_checked;
}

qint64 TrafficModel::droppedCount() const
{
    return m_dropped;
}

QStringList TrafficModel::peers() const
{
    return m_peers;
}

bool TrafficModel::saveText(const QString &path, QString *error) const
{
    LogFileWriter file(path);
    for (int row = 0; row < rowCount() && file.ok(); ++row)
        file.writeLine(rowAsText(row).toUtf8());
    return finishSave(file, path, error);
}

bool TrafficModel::saveCsv(const QString &path, QString *error) const
{
    LogFileWriter file(path);
    file.writeCsvRow({QStringLiteral("time"), QStringLiteral("peer"), QStringLiteral("direction"), QStringLiteral("kind"),
                      QStringLiteral("size"), QStringLiteral("text"), QStringLiteral("hex")});
    for (auto it = m_events.cbegin(); it != m_events.cend() && file.ok(); ++it) {
        const TrafficEvent &e = *it;
        const bool isData = e.kind == TrafficEvent::Kind::Data;
        QString direction;
        if (isData)
            direction = e.direction == TrafficEvent::Direction::Out ? QStringLiteral("out") : QStringLiteral("in");
        QString kind = QStringLiteral("data");
        if (e.kind == TrafficEvent::Kind::State)
            kind = QStringLiteral("state");
        else if (e.kind == TrafficEvent::Kind::Error)
            kind = QStringLiteral("error");
        // A sentence keeps its line breaks (the CSV quotes them); ESC and the like are escaped.
        QString text = ControlCharEscaper::escaped(e.text, ControlCharEscaper::LineBreaks::Keep);
        if (isData) {
            const QString note = ControlCharEscaper::escaped(e.noteText(), ControlCharEscaper::LineBreaks::Keep);
            text = TextCodec::decode(e.bytes, m_encoding, true);
            if (!note.isEmpty())
                text += QStringLiteral("  [%1]").arg(note);
        }
        // A received payload such as "=HYPERLINK(…)" is made inert; the hex column keeps the exact bytes.
        file.writeCsvRow({
            QDateTime::fromMSecsSinceEpoch(e.msecsSinceEpoch).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
            e.peer,
            direction,
            kind,
            isData ? QString::number(e.size) : QString(),
            text,
            isData ? TextCodec::toHex(e.bytes) : QString(),
        });
    }
    return finishSave(file, path, error);
}

bool TrafficModel::saveEvents(const QString &path, QString *error) const
{
    EventLog::Header header;
    header.role = m_recordingRole;
    for (auto it = m_events.cbegin(); it != m_events.cend() && header.local.isEmpty(); ++it)
        header.local = it->local;
    if (!m_events.empty())
        header.startedMsecs = m_events.front().msecsSinceEpoch;
    // Line by line (what EventLogWriter::serialize() writes), so that a big log is never all in
    // memory twice.
    LogFileWriter file(path);
    file.write(EventLogWriter::headerLine(header));
    for (auto it = m_events.cbegin(); it != m_events.cend() && file.ok(); ++it)
        file.write(EventLogWriter::eventLine(*it));
    return finishSave(file, path, error);
}

bool TrafficModel::save(const QString &path, LogFormat format, QString *error) const
{
    switch (format) {
    case LogFormat::Csv: return saveCsv(path, error);
    case LogFormat::Events: return saveEvents(path, error);
    case LogFormat::Text: break;
    }
    return saveText(path, error);
}

void TrafficModel::setRecordingRole(const QString &role)
{
    m_recordingRole = role;
}

QString TrafficModel::recordingRole() const
{
    return m_recordingRole;
}

bool TrafficModel::finishSave(LogFileWriter &file, const QString &path, QString *error)
{
    if (file.commit())
        return true;
    if (error)
        *error = tr("Could not save the traffic log to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

QString TrafficModel::rowAsText(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const TrafficEvent &e = m_events[size_t(row)];
    if (m_mode == DisplayMode::Both && e.kind == TrafficEvent::Kind::Data)
        return bothRowText(e);
    return TrafficEventFormatter::line(e, m_encoding, m_mode == DisplayMode::Hex);
}

QString TrafficModel::eventText(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    const TrafficEvent &e = m_events[size_t(row)];
    if (e.kind != TrafficEvent::Kind::Data)
        return ControlCharEscaper::escaped(e.text);
    switch (m_mode) {
    case DisplayMode::Hex:
        return TextCodec::toHex(e.bytes);
    case DisplayMode::Both:
        return HexTextDump::dump(e.bytes, m_encoding);
    case DisplayMode::Text:
        break;
    }
    return TextCodec::decode(e.bytes, m_encoding, true);
}

void TrafficModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QColor TrafficModel::peerColor(const QString &peer) const
{
    if (peer.isEmpty())
        return {};
    const auto it = m_peerSlot.constFind(peer);
    if (it != m_peerSlot.constEnd())
        return peerTint(*it);
    return peerTint(int(stableHash(peer) % PeerHueCount));
}

qint64 TrafficModel::storedSize(const TrafficEvent &event)
{
    return event.bytes.size() + event.text.size() * qint64(sizeof(QChar));
}

void TrafficModel::dropOldest(int count)
{
    for (int i = 0; i < count && !m_events.empty(); ++i) {
        m_storedBytes -= storedSize(m_events.front());
        m_events.pop_front();
    }
    m_dropped += count;
}

bool TrafficModel::notePeers(const QList<TrafficEvent> &events)
{
    bool added = false;
    for (const TrafficEvent &e : events) {
        if (e.peer.isEmpty() || m_peers.size() >= MaxTrackedPeers || m_peerSlot.contains(e.peer))
            continue;
        // Start at the peer's own hash so its colour does not depend on the others, then move
        // on to the least used colour, so the first dozen peers all look different.
        const int home = int(stableHash(e.peer) % PeerHueCount);
        const int leastUse = *std::min_element(m_slotUse.cbegin(), m_slotUse.cend());
        int slot = home;
        for (int step = 0; step < PeerHueCount; ++step) {
            slot = (home + step) % PeerHueCount;
            if (m_slotUse.at(slot) == leastUse)
                break;
        }
        ++m_slotUse[slot];
        m_peerSlot.insert(e.peer, slot);
        m_peers.append(e.peer);
        added = true;
    }
    return added;
}

// State and error sentences may quote a name a peer sent: their control characters are shown
// (as \x1b and so on), never interpreted. Data is escaped by TextCodec::decode.
QString TrafficModel::cellText(const TrafficEvent &e) const
{
    if (e.kind != TrafficEvent::Kind::Data)
        return cut(ControlCharEscaper::escaped(e.text), MaxCellChars);
    if (m_mode == DisplayMode::Both)
        return bothCellText(e);
    QString text;
    if (m_mode == DisplayMode::Hex)
        text = TextCodec::toHex(e.bytes, MaxCellChars / 3);
    else
        text = cut(TextCodec::decode(e.bytes.left(CellDecodeBytes), m_encoding, true), MaxCellChars);
    if (const QString note = e.noteText(); !note.isEmpty())
        text += QStringLiteral("  [%1]").arg(ControlCharEscaper::escaped(note));
    return text;
}

// The first rows of the dump (as many as the cell has lines), then how many bytes are not in them.
QString TrafficModel::bothCellText(const TrafficEvent &e) const
{
    QString text = HexTextDump::lines(e.bytes, m_encoding, m_bothBytesPerLine, m_cellLines).join(QLatin1Char('\n'));
    const qint64 shown = qMin<qint64>(e.bytes.size(), qint64(m_bothBytesPerLine) * m_cellLines);
    if (e.size > shown)
        text += QStringLiteral("  ") + tr("(+%Ln byte(s))", "", int(qMin<qint64>(e.size - shown, INT_MAX)));
    if (const QString note = e.noteText(); !note.isEmpty())
        text += QStringLiteral("  [%1]").arg(ControlCharEscaper::escaped(note));
    return text;
}

// Time, peer and mark as on a CLI line, then every row of the dump, the later ones indented
// under the first.
QString TrafficModel::bothRowText(const TrafficEvent &e) const
{
    const QString prefix = QStringLiteral("%1  %2  %3  ").arg(TrafficEventFormatter::timeText(e.msecsSinceEpoch),
                                                               TrafficEventFormatter::peerText(e),
                                                               TrafficEventFormatter::mark(e));
    const QString indent(prefix.size(), QLatin1Char(' '));
    QString out = prefix;
    const QStringList lines = HexTextDump::lines(e.bytes, m_encoding);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            out += QLatin1Char('\n') + indent;
        out += lines.at(i);
    }
    if (e.isTruncated())
        out += QCoreApplication::translate("TrafficEventFormatter", " … (%1 bytes)").arg(e.size);
    if (const QString note = e.noteText(); !note.isEmpty())
        out += QStringLiteral("  [%1]").arg(ControlCharEscaper::escaped(note));
    return out;
}

QVariant TrafficModel::checkData(int row, int role) const
{
    if (m_checksum == Checksum::Algorithm::None)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::ForegroundRole:
        break;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignHCenter | verticalAlignment());
    case Qt::BackgroundRole: {
        const QColor c = peerColor(m_events[size_t(row)].peer);
        return c.isValid() ? QVariant(c) : QVariant();
    }
    default:
        return {};
    }
    const EventChecksum::Result result = checkResult(row);
    if (role == Qt::ToolTipRole)
        return result.text.isEmpty() ? QVariant() : QVariant(result.text);
    switch (result.outcome) {
    case EventChecksum::Outcome::NotChecked:
        return {};
    case EventChecksum::Outcome::Ok:
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("✓")) : QVariant(QColor(0x2e, 0x8b, 0x3c));
    case EventChecksum::Outcome::Bad:
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("✗")) : QVariant(QColor(0xe0, 0x3c, 0x31));
    case EventChecksum::Outcome::CannotCheck:
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("?")) : QVariant(QColor(0x8a, 0x8a, 0x8a));
    }
    return {};
}

Qt::Alignment TrafficModel::verticalAlignment() const
{
    return m_cellLines > 1 ? Qt::AlignTop : Qt::AlignVCenter;
}

QString TrafficModel::toolTipText(const TrafficEvent &e) const
{
    if (e.kind != TrafficEvent::Kind::Data)
        return wrapForToolTip(cut(ControlCharEscaper::escaped(e.text), ToolTipChars));
    if (m_mode == DisplayMode::Both) {
        // A fixed-width font, so that the columns of the rows line up.
        QString text = HexTextDump::lines(e.bytes, m_encoding, HexTextDump::DefaultBytesPerLine, ToolTipDumpLines)
                           .join(QLatin1Char('\n'));
        const qint64 shown = qMin<qint64>(e.bytes.size(), qint64(HexTextDump::DefaultBytesPerLine) * ToolTipDumpLines);
        if (e.size > shown)
            text += QLatin1Char('\n') + tr("(+%Ln byte(s))", "", int(qMin<qint64>(e.size - shown, INT_MAX)));
        if (const QString note = e.noteText(); !note.isEmpty())
            text += QStringLiteral("\n[%1]").arg(ControlCharEscaper::escaped(note));
        return QStringLiteral("<pre>%1</pre>").arg(text.toHtmlEscaped());
    }
    QString text;
    if (m_mode == DisplayMode::Hex)
        text = TextCodec::toHex(e.bytes, ToolTipChars / 3);
    else
        text = cut(TextCodec::decode(e.bytes.left(4 * ToolTipChars), m_encoding, true), ToolTipChars);
    if (const QString note = e.noteText(); !note.isEmpty())
        text += QStringLiteral("\n[%1]").arg(ControlCharEscaper::escaped(note));
    return wrapForToolTip(text);
}

void TrafficModel::emitDataColumnChanged()
{
    emitColumnsChanged(DataColumn, DataColumn);
}

void TrafficModel::emitColumnsChanged(int first, int last)
{
    if (!m_events.empty())
        emit dataChanged(index(0, first), index(rowCount() - 1, last));
}
