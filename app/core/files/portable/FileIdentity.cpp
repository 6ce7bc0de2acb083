#include "FileIdentity.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

std::optional<FileIdentity> FileIdentity::of(const QString &canonicalPath)
{
    // Millisecond times and no inode: still changes on every ordinary write.
    FileIdentity identity;
    identity.canonicalPath = canonicalPath;
    const QFileInfo info(canonicalPath);
    if (!info.exists() || !info.isFile())
        return std::nullopt;
    identity.size = info.size();
    identity.modifiedNs = info.lastModified().toMSecsSinceEpoch() * 1000000;
    identity.changedNs = info.metadataChangeTime().toMSecsSinceEpoch() * 1000000;
    return identity;
}

bool FileIdentity::describes(const QFile &opened) const
{
    // Without inodes the open file can only be compared by its size.
    return opened.isOpen() && opened.size() == size;
}
