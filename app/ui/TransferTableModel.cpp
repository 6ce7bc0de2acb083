#include "TransferTableModel.h"

#include <QBrush>
#include <QColor>
#include <QDir>
#include <QLocale>

#include "ByteCountText.h"
#include "TransferText.h"

TransferTableModel::TransferTableModel(Side side, QObject *parent)
    : QAbstractTableModel(parent)
    , m_side(side)
{
}

int TransferTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TransferTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TransferTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PeerColumn:
        return m_side == Side::Server ? tr("Peer") : tr("Server");
    case FileColumn:
        return tr("File");
    case DirectionColumn:
        return tr("Direction");
    case ProgressColumn:
        return tr("Progress");
    case BytesColumn:
        return tr("Done / total");
    case SpeedColumn:
        return tr("Speed");
    case TimeLeftColumn:
        return tr("Time left");
    case StateColumn:
        return m_side == Side::Server ? tr("Result") : tr("State");
    default:
        return {};
    }
}

QVariant TransferTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const TransferInfo &info = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(info, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StateColumn)
            return stateText(info);
        if (index.column() == FileColumn && !info.localPath.isEmpty())
            return QDir::toNativeSeparators(info.localPath);
        return displayData(info, index.column());
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && info.state == TransferInfo::State::Failed)
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == BytesColumn || index.column() == SpeedColumn || index.column() == TimeLeftColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return QVariant::fromValue(info.id);
    case PercentRole:
        return percentOf(info);
    case FinishedRole:
        return info.isFinished();
    case StateRole:
        return int(info.state);
    default:
        return {};
    }
}

QVariant TransferTableModel::displayData(const TransferInfo &info, int column) const
{
    switch (column) {
    case PeerColumn:
        return info.peer;
    case FileColumn:
        return info.file;
    case DirectionColumn:
        return directionText(info);
    case ProgressColumn: {
        const int percent = percentOf(info);
        return percent < 0 ? QString() : tr("%1%").arg(percent);
    }
    case BytesColumn:
        if (info.bytesTotal < 0)
            return TransferText::size(info.bytesDone);
        return tr("%1 of %2").arg(ByteCountText::compact(info.bytesDone), ByteCountText::compact(info.bytesTotal));
    case SpeedColumn:
        if (info.state != TransferInfo::State::Running && info.state != TransferInfo::State::Done)
            return QString();
        return TransferText::speed(info.bytesPerSecond);
    case TimeLeftColumn:
        return timeLeftText(info);
    case StateColumn:
        return stateText(info);
    default:
        return {};
    }
}

QStringList TransferTableModel::sampleTexts(int column) const
{
    TransferInfo sample;
    sample.peer = QStringLiteral("255.255.255.255:65535");
    sample.file = QStringLiteral("lecture 01 (1).pdf");
    sample.state = TransferInfo::State::Running;
    sample.bytesDone = 999 * qint64(1024 * 1024) + 999;
    sample.bytesTotal = 1000 * qint64(1024 * 1024);
    sample.bytesPerSecond = 999.99 * 1024 * 1024;
    QStringList texts;
    if (column == DirectionColumn) {
        for (const auto protocol : {TransferInfo::Protocol::Classic, TransferInfo::Protocol::Slft}) {
            for (const auto direction : {TransferInfo::Direction::Download, TransferInfo::Direction::Upload}) {
                sample.protocol = protocol;
                sample.direction = direction;
                texts.append(directionText(sample));
            }
        }
        return texts;
    }
    if (column == TimeLeftColumn)
        return {QStringLiteral("00:00:00")};
    if (column == ProgressColumn)
        return {QStringLiteral("100%") + QString(8, QLatin1Char(' '))};
    texts.append(displayData(sample, column).toString());
    return texts;
}

QString TransferTableModel::directionText(const TransferInfo &info) const
{
    const bool classic = info.protocol == TransferInfo::Protocol::Classic;
    if (info.direction == TransferInfo::Direction::Download)
        return classic ? tr("Download (classic)") : tr("Download (SocketLab)");
    return classic ? tr("Upload (classic)") : tr("Upload (SocketLab)");
}

QString TransferTableModel::stateText(const TransferInfo &info)
{
    switch (info.state) {
    case TransferInfo::State::Queued:
        return tr("Queued");
    case TransferInfo::State::Running:
        if (info.resumedFrom > 0)
            return tr("Running (resumed at %1)").arg(ByteCountText::compact(info.resumedFrom));
        return tr("Running");
    case TransferInfo::State::Verifying:
        return tr("Verifying…");
    case TransferInfo::State::Done:
        return info.reason.isEmpty() ? tr("Done") : tr("Done. %1").arg(info.reason);
    case TransferInfo::State::Failed:
        return info.reason.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(info.reason);
    case TransferInfo::State::Cancelled:
        return info.reason.isEmpty() ? tr("Cancelled") : tr("Cancelled: %1").arg(info.reason);
    }
    return {};
}

int TransferTableModel::percentOf(const TransferInfo &info)
{
    if (info.state == TransferInfo::State::Done)
        return 100;
    if (info.bytesTotal < 0)
        return -1;
    if (info.bytesTotal == 0)
        return info.isFinished() ? 100 : 0;
    return int(qBound(qint64(0), info.bytesDone * 100 / info.bytesTotal, qint64(100)));
}

QString TransferTableModel::timeLeftText(const TransferInfo &info)
{
    if (info.state != TransferInfo::State::Running || info.bytesTotal <= 0 || info.bytesPerSecond <= 0)
        return {};
    const qint64 seconds = qint64((info.bytesTotal - info.bytesDone) / info.bytesPerSecond + 0.5);
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    const QLatin1Char zero('0');
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, zero).arg(s, 2, 10, zero);
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, zero);
}

bool TransferTableModel::isIncoming(const TransferInfo &info) const
{
    const bool download = info.direction == TransferInfo::Direction::Download;
    return m_side == Side::Client ? download : !download;
}

void TransferTableModel::retire(const TransferInfo &info)
{
    const qint64 moved = qMax<qint64>(0, info.bytesDone - info.resumedFrom);
    if (isIncoming(info))
        m_retiredIn += moved;
    else
        m_retiredOut += moved;
}

void TransferTableModel::update(const TransferInfo &info)
{
    const int row = rowOf(info.id);
    if (row < 0) {
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows.append(info);
        m_rowOfId.insert(info.id, at);
        endInsertRows();
        if (info.isFinished())
            trimFinished();
        return;
    }
    TransferInfo &current = m_rows[row];
    // A retried transfer starts a new attempt: keep what the old one moved.
    if (current.isFinished() && !info.isFinished())
        retire(current);
    const bool finishedNow = !current.isFinished() && info.isFinished();
    current = info;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (finishedNow)
        trimFinished();
}

void TransferTableModel::updateAll(const QList<TransferInfo> &infos)
{
    for (const TransferInfo &info : infos)
        update(info);
}

QList<quint64> TransferTableModel::removeFinished()
{
    QList<quint64> removed;
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows.at(row).isFinished()) {
            removed.prepend(m_rows.at(row).id);
            removeRowAt(row);
        }
    }
    rebuildIndex();
    return removed;
}

void TransferTableModel::setMaxFinished(int count)
{
    m_maxFinished = qMax(0, count);
    trimFinished();
}

void TransferTableModel::removeRowAt(int row)
{
    retire(m_rows.at(row));
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void TransferTableModel::trimFinished()
{
    if (m_maxFinished <= 0)
        return;
    int finished = 0;
    for (const TransferInfo &info : std::as_const(m_rows))
        finished += info.isFinished() ? 1 : 0;
    if (finished <= m_maxFinished)
        return;
    for (int row = 0; row < m_rows.size() && finished > m_maxFinished;) {
        if (m_rows.at(row).isFinished()) {
            removeRowAt(row);
            --finished;
        } else {
            ++row;
        }
    }
    rebuildIndex();
}

void TransferTableModel::rebuildIndex()
{
    m_rowOfId.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOfId.insert(m_rows.at(row).id, row);
}

TransferInfo TransferTableModel::transferAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : TransferInfo();
}

int TransferTableModel::rowOf(quint64 id) const
{
    return m_rowOfId.value(id, -1);
}

int TransferTableModel::activeCount() const
{
    int n = 0;
    for (const TransferInfo &info : m_rows)
        n += (info.state == TransferInfo::State::Running || info.state == TransferInfo::State::Verifying) ? 1 : 0;
    return n;
}

int TransferTableModel::unfinishedCount() const
{
    int n = 0;
    for (const TransferInfo &info : m_rows)
        n += info.isFinished() ? 0 : 1;
    return n;
}

qint64 TransferTableModel::bytesReceived() const
{
    qint64 total = m_retiredIn;
    for (const TransferInfo &info : m_rows) {
        if (isIncoming(info))
            total += qMax<qint64>(0, info.bytesDone - info.resumedFrom);
    }
    return total;
}

qint64 TransferTableModel::bytesSent() const
{
    qint64 total = m_retiredOut;
    for (const TransferInfo &info : m_rows) {
        if (!isIncoming(info))
            total += qMax<qint64>(0, info.bytesDone - info.resumedFrom);
    }
    return total;
}

void TransferTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}
