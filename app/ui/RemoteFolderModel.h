#pragma once

#include <QAbstractListModel>
#include <QList>

#include "SlftProtocol.h"

// One folder of an SLFT/1 server's shared folder, as listed by TransferManager::list(): a ".."
// row first (except at the top), then the entries (folders first, as the server sends them).
// Paths are relative to the shared folder: "" is the top, "sub/inner" a folder below it.
class RemoteFolderModel final : public QAbstractListModel
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

    explicit RemoteFolderModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

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

    QString m_path;
    QList<RemoteEntry> m_entries;
    bool m_listed = false;
};
