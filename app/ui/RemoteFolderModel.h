#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "SlftProtocol.h"

// One folder of an SLFT/1 server's shared folder, as listed by TransferManager::list(): a ".."
// row first (except at the top), then the entries (folders first, as the server sends them).
// Paths are relative to the shared folder: "" is the top, "sub/inner" a folder below it.
// Columns: name (with an icon), size, modification time; the roles work on every column.
class RemoteFolderModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        NameRole = Qt::UserRole + 1,   // the entry's name; ".." for the parent row
        IsFolderRole,                  // bool (true for "..")
        IsParentRole,                  // bool
        PathRole,                      // the entry's path relative to the shared folder
        SizeRole,                      // qint64
    };

    enum Column { NameColumn, SizeColumn, ModifiedColumn, ColumnCount };

    explicit RemoteFolderModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setListing(const QString &path, const QList<RemoteEntry> &entries);
    void clear();
    QString path() const;
    bool hasListing() const;
    int fileCount() const;
    int folderCount() const;

    void retranslate();

    static QString childPath(const QString &folder, const QString &name);
    static QString parentPath(const QString &folder);

private:
    bool hasParentRow() const;
    QVariant displayData(const RemoteEntry &entry, int column) const;

    QString m_path;
    QList<RemoteEntry> m_entries;
    bool m_listed = false;
};
