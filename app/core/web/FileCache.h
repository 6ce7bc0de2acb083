#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>
#include <sys/stat.h>

#include "CachedFile.h"
#include "MimeTypes.h"

// Metadata (and the bytes of small files) for paths under the root. Every lookup does one
// stat(); an entry is rebuilt when the file's identity, size or mtime changed, and the
// symlink check (realpath inside the root) is redone whenever the identity changes.
class FileCache
{
public:
    static constexpr qint64 SmallFileLimit = 64 * 1024;
    static constexpr qint64 MaxCachedBytes = 64 * 1024 * 1024;
    static constexpr int MaxEntries = 20000;

    void setRoot(const QString &root);
    QString root() const;

    // nullptr when nothing exists at `localPath`.
    std::shared_ptr<CachedFile> lookup(const QByteArray &localPath);
    // The whole content of a small regular file (loaded on first use), or a null array when
    // the file is larger than SmallFileLimit or could not be read.
    QByteArray smallContent(CachedFile &file);

    void clear();

private:
    std::shared_ptr<CachedFile> build(const QByteArray &localPath, const struct stat &st);
    bool insideRoot(const QByteArray &localPath) const;

    QString m_root;
    QByteArray m_canonicalRoot;
    QHash<QByteArray, std::shared_ptr<CachedFile>> m_entries;
    MimeTypes m_mimeTypes;
    qint64 m_cachedBytes = 0;
};
