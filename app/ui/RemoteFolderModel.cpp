#include "RemoteFolderModel.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

#include "ByteCountText.h"

RemoteFolderModel::RemoteFolderModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

bool RemoteFolderModel::hasParentRow() const
{
    return m_listed && !m_path.isEmpty();
}

int RemoteFolderModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_entries.size()) + (hasParentRow() ? 1 : 0);
}

int RemoteFolderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RemoteFolderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case ModifiedColumn:
        return tr("Modified");
    default:
        return {};
    }
}

QVariant RemoteFolderModel::displayData(const RemoteEntry &entry, int column) const
{
    switch (column) {
    case NameColumn:
        return entry.name;
    case SizeColumn:
        return entry.isFolder ? tr("Folder") : ByteCountText::compact(entry.size);
    case ModifiedColumn:
        // ISO-style and 24-hour, like every other time in the window (never a two-digit year).
        return entry.modified.isValid()
            ? entry.modified.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    default:
        return {};
    }
}

QVariant RemoteFolderModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const bool parentRow = hasParentRow() && index.row() == 0;
    if (parentRow) {
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == NameColumn ? QStringLiteral("..") : QVariant();
        case NameRole:
            return QStringLiteral("..");
        case Qt::ToolTipRole:
            return tr("Up to the folder above");
        case Qt::DecorationRole:
            if (index.column() != NameColumn)
                return {};
            return QApplication::style()->standardIcon(QStyle::SP_FileDialogToParent);
        case IsFolderRole:
        case IsParentRole:
            return true;
        case PathRole:
            return parentPath(m_path);
        case SizeRole:
            return qint64(0);
        default:
            return {};
        }
    }
    const RemoteEntry &entry = m_entries.at(index.row() - (hasParentRow() ? 1 : 0));
    switch (role) {
    case Qt::DisplayRole:
        return displayData(entry, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole: {
        const QString modified = entry.modified.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (entry.isFolder)
            return tr("Folder “%1”, modified %2. Double-click to open it.").arg(entry.name, modified);
        return tr("“%1”: %2, modified %3. Double-click to download it.")
            .arg(entry.name, ByteCountText::count(entry.size), modified);
    }
    case Qt::DecorationRole:
        if (index.column() != NameColumn)
            return {};
        return QApplication::style()->standardIcon(entry.isFolder ? QStyle::SP_DirIcon : QStyle::SP_FileIcon);
    case NameRole:
        return entry.name;
    case IsFolderRole:
        return entry.isFolder;
    case IsParentRole:
        return false;
    case PathRole:
        return childPath(m_path, entry.name);
    case SizeRole:
        return entry.size;
    default:
        return {};
    }
}

void RemoteFolderModel::setListing(const QString &path, const QList<RemoteEntry> &entries)
{
    beginResetModel();
    m_path = path;
    m_entries = entries;
    m_listed = true;
    endResetModel();
}

void RemoteFolderModel::clear()
{
    beginResetModel();
    m_path.clear();
    m_entries.clear();
    m_listed = false;
    endResetModel();
}

QString RemoteFolderModel::path() const
{
    return m_path;
}

bool RemoteFolderModel::hasListing() const
{
    return m_listed;
}

int RemoteFolderModel::fileCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [](const RemoteEntry &e) { return !e.isFolder; }));
}

int RemoteFolderModel::folderCount() const
{
    return int(m_entries.size()) - fileCount();
}

void RemoteFolderModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString RemoteFolderModel::childPath(const QString &folder, const QString &name)
{
    return folder.isEmpty() ? name : folder + QLatin1Char('/') + name;
}

QString RemoteFolderModel::parentPath(const QString &folder)
{
    const qsizetype slash = folder.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : folder.left(slash);
}
