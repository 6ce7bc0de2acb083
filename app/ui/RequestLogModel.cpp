#include "RequestLogModel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QDir>
#include <QFont>
#include <QLocale>

#include "AccessLogFormatter.h"
#include "ControlCharEscaper.h"
#include "LogFileWriter.h"

namespace {

QColor statusColour(int status)
{
    if (status >= 500)
        return QColor(0xc6, 0x28, 0x28);   // red: the server failed
    if (status >= 400)
        return QColor(0xb3, 0x5c, 0x00);   // orange: the client asked for something wrong
    if (status >= 300)
        return QColor(0x1f, 0x5f, 0xbf);   // blue: redirect / not modified
    if (status >= 200)
        return QColor(0x1b, 0x7f, 0x2a);   // green: success
    return QColor(0x75, 0x75, 0x75);       // grey: no status
}

} // namespace

RequestLogModel::RequestLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RequestLogModel::setLimits(int maxRows, qint64 maxTextBytes)
{
    m_maxRows = qMax(1, maxRows);
    m_maxTextBytes = qMax<qint64>(1, maxTextBytes);
    appendEntries({});   // applies the new caps
}

int RequestLogModel::maxRows() const
{
    return m_maxRows;
}

qint64 RequestLogModel::textBytes() const
{
    return m_textBytes;
}

qint64 RequestLogModel::evictedRows() const
{
    return m_evicted;
}

const RequestLogEntry &RequestLogModel::entryAt(int row) const
{
    return m_rows.at(std::size_t(row));
}

qint64 RequestLogModel::sizeOf(const RequestLogEntry &entry)
{
    return entry.requestHead.size() + entry.responseHead.size() + entry.target.size()
        + entry.method.size() + entry.version.size() + 2 * entry.client.size();
}

void RequestLogModel::appendEntries(const QList<RequestLogEntry> &entries)
{
    // Of a batch larger than the caps, only its newest entries can stay.
    qsizetype first = qMax<qsizetype>(0, entries.size() - m_maxRows);
    qint64 incomingBytes = 0;
    for (qsizetype i = first; i < entries.size(); ++i)
        incomingBytes += sizeOf(entries.at(i));
    while (first < entries.size() - 1 && incomingBytes > m_maxTextBytes)
        incomingBytes -= sizeOf(entries.at(first++));
    const int incoming = int(entries.size() - first);
    m_evicted += first;

    // Then the oldest rows make room, all in one removal.
    std::size_t remove = 0;
    qint64 removedBytes = 0;
    while (remove < m_rows.size()
           && (int(m_rows.size() - remove) + incoming > m_maxRows
               || m_textBytes - removedBytes + incomingBytes > m_maxTextBytes)) {
        removedBytes += sizeOf(m_rows[remove]);
        ++remove;
    }
    if (remove > 0) {
        beginRemoveRows(QModelIndex(), 0, int(remove) - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + std::ptrdiff_t(remove));
        m_textBytes -= removedBytes;
        m_evicted += qint64(remove);
        endRemoveRows();
    }
    if (incoming == 0)
        return;
    const int start = int(m_rows.size());
    beginInsertRows(QModelIndex(), start, start + incoming - 1);
    for (qsizetype i = first; i < entries.size(); ++i)
        m_rows.push_back(entries.at(i));
    m_textBytes += incomingBytes;
    endInsertRows();
}

void RequestLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_textBytes = 0;
    m_evicted = 0;
    endResetModel();
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RequestLogModel::decodedTarget(const QByteArray &target)
{
    if (!target.contains('%'))
        return {};
    const QString decoded = QString::fromUtf8(QByteArray::fromPercentEncoding(target));
    for (const QChar c : decoded) {
        if (c == QChar::ReplacementCharacter || !c.isPrint())
            return {};   // not text: the target as sent says more
    }
    return decoded;
}

QString RequestLogModel::targetText(const QByteArray &target) const
{
    // As sent, and as the server reads it when that differs: "/%E4%BD%A0.html → /你.html".
    // Control characters (a refused request may hold ESC) are shown as \x1b, never interpreted.
    const QString raw = ControlCharEscaper::escaped(QString::fromUtf8(target));
    const QString decoded = decodedTarget(target);
    return decoded.isEmpty() || decoded == raw ? raw : tr("%1 → %2").arg(raw, decoded);
}

QString RequestLogModel::statusText(const RequestLogEntry &entry) const
{
    if (entry.status == 0)
        return tr("none");
    if (!entry.completed)
        return tr("%1 (cut short)").arg(entry.status);
    return QString::number(entry.status);
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RequestLogEntry &e = m_rows[std::size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(e.msecsSinceEpoch).time().toString(QStringLiteral("HH:mm:ss.zzz"));
        case ClientColumn:
            return e.client;
        case MethodColumn:
            return e.method.isEmpty() ? tr("(unreadable)") : ControlCharEscaper::escaped(QString::fromLatin1(e.method));
        case TargetColumn:
            return targetText(e.target);
        case StatusColumn:
            return statusText(e);
        case BytesColumn:
            return QLocale().toString(e.bytesSent);
        case DurationColumn:
            return tr("%1 ms").arg(e.durationMs);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (column == StatusColumn)
            return QBrush(statusColour(e.status));
        return {};
    case Qt::FontRole:
        if (column == StatusColumn) {
            QFont font;
            font.setBold(true);
            font.setItalic(!e.completed);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == BytesColumn || column == DurationColumn || column == StatusColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (column == TargetColumn) {
            const QString raw = ControlCharEscaper::escaped(QString::fromUtf8(e.target));
            const QString decoded = ControlCharEscaper::escaped(QString::fromUtf8(QByteArray::fromPercentEncoding(e.target)));
            return decoded == raw ? decoded : tr("%1\nDecoded: %2").arg(raw, decoded);
        }
        if (column == StatusColumn && !e.completed)
            return tr("The client went away before the whole response was sent.");
        if (column == TimeColumn)
            return QDateTime::fromMSecsSinceEpoch(e.msecsSinceEpoch).toString(Qt::ISODateWithMs);
        return {};
    default:
        return {};
    }
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case ClientColumn: return tr("Client");
    case MethodColumn: return tr("Method");
    case TargetColumn: return tr("Target");
    case StatusColumn: return tr("Status");
    case BytesColumn: return tr("Bytes sent");
    case DurationColumn: return tr("Duration");
    default: return {};
    }
}

bool RequestLogModel::save(const QString &path, LogFormat format, QString *error) const
{
    LogFileWriter file(path);
    if (format == LogFormat::Csv)
        writeCsv(file);
    else
        writeText(file);
    if (file.commit())
        return true;
    if (error)
        *error = tr("Could not save the request log to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

void RequestLogModel::writeText(LogFileWriter &file) const
{
    AccessLogFormatter formatter;
    QByteArray line;
    for (auto it = m_rows.cbegin(); it != m_rows.cend() && file.ok(); ++it) {
        line.clear();
        formatter.append(&line, *it);
        file.writeLine(line);
    }
}

void RequestLogModel::writeCsv(LogFileWriter &file) const
{
    file.writeCsvRow({QStringLiteral("time"), QStringLiteral("client"), QStringLiteral("method"), QStringLiteral("target"),
                      QStringLiteral("status"), QStringLiteral("bytes"), QStringLiteral("duration_ms")});
    for (auto it = m_rows.cbegin(); it != m_rows.cend() && file.ok(); ++it) {
        const RequestLogEntry &e = *it;
        file.writeCsvRow({
            QDateTime::fromMSecsSinceEpoch(e.msecsSinceEpoch).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
            e.client,
            ControlCharEscaper::escaped(QString::fromLatin1(e.method)),
            ControlCharEscaper::escaped(QString::fromUtf8(e.target)),
            QString::number(e.status),
            QString::number(e.bytesSent),
            QString::number(e.durationMs),
        });
    }
}

void RequestLogModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}
