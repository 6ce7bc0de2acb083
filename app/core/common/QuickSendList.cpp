#include "QuickSendList.h"

#include <QJsonDocument>
#include <QSettings>
#include <QUuid>

#include "ByteCountText.h"
#include "QuickSendFile.h"


QuickSendList::QuickSendList(QObject *parent)
    : QAbstractListModel(parent)
{
}

int QuickSendList::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant QuickSendList::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return entry.item.displayName();
    case Qt::EditRole:
        return entry.item.name;
    case Qt::ToolTipRole:
        return QStringList{entry.item.displayName(), describe(entry.item), entry.item.preview(400)}.join(QLatin1Char('\n'));
    case ItemRole:
        return QVariant::fromValue(entry.item);
    case IdRole:
        return entry.id;
    case PreviewRole:
        return entry.item.preview();
    case ActiveRole:
        return index.row() == m_activeRow;
    default:
        return {};
    }
}

QHash<int, QByteArray> QuickSendList::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(PreviewRole, "preview");
    names.insert(ActiveRole, "active");
    return names;
}

int QuickSendList::count() const
{
    return int(m_entries.size());
}

QuickSendItem QuickSendList::item(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).item : QuickSendItem();
}

QString QuickSendList::id(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).id : QString();
}

int QuickSendList::rowOf(const QString &id) const
{
    if (id.isEmpty())
        return -1;
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

std::optional<QuickSendItem> QuickSendList::itemWithId(const QString &id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return m_entries.at(row).item;
}

QList<QuickSendItem> QuickSendList::items() const
{
    QList<QuickSendItem> list;
    list.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        list.append(entry.item);
    return list;
}

bool QuickSendList::append(const QuickSendItem &item)
{
    return insert(count(), item);
}

bool QuickSendList::insert(int row, const QuickSendItem &item, const QString &id)
{
    if (m_entries.size() >= MaxItems)
        return false;
    row = qBound(0, row, count());
    beginInsertRows({}, row, row);
    m_entries.insert(row, {id.isEmpty() || rowOf(id) >= 0 ? newId() : id, item});
    if (m_activeRow >= row)
        ++m_activeRow;
    endInsertRows();
    save();
    return true;
}

void QuickSendList::replace(int row, const QuickSendItem &item)
{
    if (row < 0 || row >= m_entries.size() || m_entries.at(row).item == item)
        return;
    m_entries[row].item = item;
    emit dataChanged(index(row), index(row));
    save();
}

void QuickSendList::remove(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    if (m_activeRow == row)
        m_activeRow = -1;
    else if (m_activeRow > row)
        --m_activeRow;
    endRemoveRows();
    save();
}

bool QuickSendList::move(int from, int to)
{
    if (from < 0 || from >= m_entries.size() || to < 0 || to >= m_entries.size() || from == to)
        return false;
    // beginMoveRows takes the row the moved one goes before, in the list as it is now.
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
        return false;
    m_entries.move(from, to);
    if (m_activeRow == from)
        m_activeRow = to;
    else if (from < m_activeRow && m_activeRow <= to)
        --m_activeRow;
    else if (to <= m_activeRow && m_activeRow < from)
        ++m_activeRow;
    endMoveRows();
    save();
    return true;
}

bool QuickSendList::appendAll(const QList<QuickSendItem> &items)
{
    if (items.isEmpty())
        return true;
    if (m_entries.size() + items.size() > MaxItems)
        return false;
    beginInsertRows({}, count(), count() + int(items.size()) - 1);
    for (const QuickSendItem &item : items)
        m_entries.append({newId(), item});
    endInsertRows();
    save();
    return true;
}

bool QuickSendList::replaceAll(const QList<QuickSendItem> &items)
{
    if (items.size() > MaxItems)
        return false;
    beginResetModel();
    m_entries.clear();
    for (const QuickSendItem &item : items)
        m_entries.append({newId(), item});
    m_activeRow = -1;
    endResetModel();
    save();
    return true;
}

void QuickSendList::setSettingsKey(const QString &key)
{
    m_settingsKey = key;
    load();
}

QString QuickSendList::settingsKey() const
{
    return m_settingsKey;
}

void QuickSendList::setActiveRow(int row)
{
    if (row < 0 || row >= m_entries.size())
        row = -1;
    if (row == m_activeRow)
        return;
    const int before = m_activeRow;
    m_activeRow = row;
    for (const int changed : {before, row}) {
        if (changed >= 0)
            emit dataChanged(index(changed), index(changed), {ActiveRole});
    }
}

int QuickSendList::activeRow() const
{
    return m_activeRow;
}

QString QuickSendList::describe(const QuickSendItem &item)
{
    QStringList parts;
    parts.append(item.hex ? tr("Hex") : tr("Text, %1").arg(TextCodec::name(item.encoding)));
    if (item.lineEnding != QuickSendItem::LineEnding::None)
        parts.append(QuickSendItem::lineEndingName(item.lineEnding));
    if (item.checksum != Checksum::Algorithm::None)
        parts.append(tr("+ %1").arg(Checksum::displayName(item.checksum)));
    QString reason;
    const std::optional<QByteArray> payload = item.payload(&reason);
    parts.append(payload ? ByteCountText::count(payload->size()) : tr("cannot be sent: %1").arg(reason));
    return parts.join(QStringLiteral(" · "));
}

QString QuickSendList::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void QuickSendList::save() const
{
    if (m_settingsKey.isEmpty())
        return;
    // The list as an exported file would hold it (readable in the settings file), and the ids.
    QStringList ids;
    for (const Entry &entry : m_entries)
        ids.append(entry.id);
    QSettings settings;
    const QJsonDocument json = QJsonDocument::fromJson(QuickSendFile::toJson(items()));
    settings.setValue(m_settingsKey + QStringLiteral("/quickSend"), QString::fromUtf8(json.toJson(QJsonDocument::Compact)));
    settings.setValue(m_settingsKey + QStringLiteral("/quickSendIds"), ids);
}

void QuickSendList::load()
{
    beginResetModel();
    m_entries.clear();
    m_activeRow = -1;
    if (!m_settingsKey.isEmpty()) {
        const QSettings settings;
        const QByteArray json = settings.value(m_settingsKey + QStringLiteral("/quickSend")).toString().toUtf8();
        const QStringList ids = settings.value(m_settingsKey + QStringLiteral("/quickSendIds")).toStringList();
        // Only what a file could hold: a list edited by hand into something invalid is not loaded.
        const QList<QuickSendItem> stored = json.isEmpty() ? QList<QuickSendItem>()
                                                           : QuickSendFile::fromJson(json).value_or(QList<QuickSendItem>());
        for (int i = 0; i < stored.size(); ++i) {
            QString id = ids.value(i);
            if (id.isEmpty() || rowOf(id) >= 0)
                id = newId();
            m_entries.append({id, stored.at(i)});
        }
    }
    endResetModel();
}
