#pragma once

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QString>

#include <memory>

#include "CachedFile.h"
#include "MimeTypes.h"
#include "RootedFile.h"

// Metadata (and the bytes of small files) for paths under the root. Every lookup opens the path
// beneath the root (RootedFile: never a byte from outside, whatever is swapped meanwhile) and
// takes the identity of what it opened from the descriptor; an entry is used only while that
// identity (device, inode, size, modification time) is the one it was built from, and it is
// built and filled only through that descriptor.
class FileCache
{
public:
    static constexpr qint64 SmallFileLimit = 64 * 1024;
    static constexpr qint64 MaxCachedBytes = 64 * 1024 * 1024;
    static constexpr int MaxEntries = 20000;

    // One lookup: what was opened (this request's descriptor) and its shared metadata.
    struct Lookup
    {
        RootedFile::Result opened;            // a folder's descriptor stays here (for listings)
        std::unique_ptr<QFile> handle;        // a regular file, open for reading at 0
        std::shared_ptr<CachedFile> file;     // null unless opened.ok()
    };

    void setRoot(const QString &root);
    QString root() const;
    const RootedFile *rooted() const;

    // `relativePath` beneath the root ("" is the root itself).
    Lookup lookup(const QByteArray &relativePath, RootedFile::Kind kind = RootedFile::Kind::Any);
    // The whole content of a small regular file, read through `handle` (what the lookup opened)
    // on first use, or a null array when the file is larger than SmallFileLimit or could not be
    // read. `handle` is left at position 0.
    QByteArray smallContent(CachedFile &file, QFile *handle);

    void clear();

private:
    std::shared_ptr<CachedFile> build(const QByteArray &relativePath, const RootedFile::Info &info, QFile *handle);

    QString m_root;
    std::unique_ptr<RootedFile> m_rooted;
    QHash<QByteArray, std::shared_ptr<CachedFile>> m_entries;
    MimeTypes m_mimeTypes;
    qint64 m_cachedBytes = 0;
};
