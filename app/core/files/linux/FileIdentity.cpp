#include "FileIdentity.h"

#include <QFile>

#include <sys/stat.h>

std::optional<FileIdentity> FileIdentity::of(const QString &canonicalPath)
{
    FileIdentity identity;
    identity.canonicalPath = canonicalPath;
    struct stat st;
    if (::stat(QFile::encodeName(canonicalPath).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return std::nullopt;
    identity.size = qint64(st.st_size);
    identity.modifiedNs = qint64(st.st_mtim.tv_sec) * 1000000000 + qint64(st.st_mtim.tv_nsec);
    identity.changedNs = qint64(st.st_ctim.tv_sec) * 1000000000 + qint64(st.st_ctim.tv_nsec);
    identity.inode = quint64(st.st_ino);
    identity.device = quint64(st.st_dev);
    return identity;
}

bool FileIdentity::describes(const QFile &opened) const
{
    struct stat st {};
    return opened.isOpen() && ::fstat(opened.handle(), &st) == 0 && inode == quint64(st.st_ino)
        && device == quint64(st.st_dev);
}
