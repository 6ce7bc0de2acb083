#include "FileIdentity.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_LINUX
#include <sys/stat.h>
#endif

std::optional<FileIdentity> FileIdentity::of(const QString &canonicalPath)
{
    FileIdentity identity;
    identity.canonicalPath = canonicalPath;
#ifdef Q_OS_LINUX
    struct stat st;
    if (::stat(QFile::encodeName(canonicalPath).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return std::nullopt;
    identity.size = qint64(st.st_size);
    identity.modifiedNs = qint64(st.st_mtim.tv_sec) * 1000000000 + qint64(st.st_mtim.tv_nsec);
    identity.changedNs = qint64(st.st_ctim.tv_sec) * 1000000000 + qint64(st.st_ctim.tv_nsec);
    identity.inode = quint64(st.st_ino);
    identity.device = quint64(st.st_dev);
#else
    // Millisecond times and no inode: still changes on every ordinary write.
    const QFileInfo info(canonicalPath);
    if (!info.exists() || !info.isFile())
        return std::nullopt;
    identity.size = info.size();
    identity.modifiedNs = info.lastModified().toMSecsSinceEpoch() * 1000000;
    identity.changedNs = info.metadataChangeTime().toMSecsSinceEpoch() * 1000000;
#endif
    return identity;
}

bool FileIdentity::settledBefore(qint64 nowNs, qint64 marginMs) const
{
    return nowNs - modifiedNs >= marginMs * 1000000;
}

bool FileIdentity::operator==(const FileIdentity &other) const
{
    return canonicalPath == other.canonicalPath && size == other.size && modifiedNs == other.modifiedNs
        && changedNs == other.changedNs && inode == other.inode && device == other.device;
}

bool FileIdentity::operator!=(const FileIdentity &other) const
{
    return !(*this == other);
}
