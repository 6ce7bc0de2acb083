#include "UploadStateFolder.h"

#include <QDir>
#include <QFile>

#include "SafeFileName.h"

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef Q_OS_LINUX
#include <sys/syscall.h>
#ifndef RENAME_NOREPLACE
#define RENAME_NOREPLACE (1 << 0)
#endif
#endif

namespace {
QByteArray encoded(const QString &name)
{
    return QFile::encodeName(name);
}

int retryOpenAt(int dirFd, const QByteArray &name, int flags, mode_t mode = 0)
{
    int fd;
    do {
        fd = ::openat(dirFd, name.constData(), flags, mode);
    } while (fd < 0 && errno == EINTR);
    return fd;
}

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

// rename() that fails with EEXIST instead of replacing `to`, and never follows a symlink.
int renameNoReplace(int fromDir, const QByteArray &from, int toDir, const QByteArray &to)
{
#if defined(Q_OS_LINUX) && defined(SYS_renameat2)
    if (::syscall(SYS_renameat2, fromDir, from.constData(), toDir, to.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != ENOSYS && errno != EINVAL)
        return -1;
#endif
    // No renameat2 (old kernel, or a file system without RENAME_NOREPLACE): a hard link never
    // replaces anything either.
    if (::linkat(fromDir, from.constData(), toDir, to.constData(), 0) == 0) {
        ::unlinkat(fromDir, from.constData(), 0);
        return 0;
    }
    if (errno != EPERM && errno != EOPNOTSUPP && errno != ENOSYS)
        return -1;
    // A file system without hard links (FAT, some FUSE ones): check, then rename. The window in
    // between is the only place where a file created at that instant could be replaced.
    struct stat st;
    if (::fstatat(toDir, to.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
        errno = EEXIST;
        return -1;
    }
    if (errno != ENOENT)
        return -1;
    return ::renameat(fromDir, from.constData(), toDir, to.constData());
}
} // namespace

void UploadStateFolder::close()
{
    if (m_stateFd >= 0)
        ::close(m_stateFd);
    if (m_inboxFd >= 0)
        ::close(m_inboxFd);
    m_stateFd = -1;
    m_inboxFd = -1;
}

bool UploadStateFolder::open(const QString &inbox, QString *error)
{
    close();
    m_inbox = inbox;
    const QString shown = QDir::toNativeSeparators(inbox);
    m_inboxFd = retryOpenAt(AT_FDCWD, encoded(inbox), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_inboxFd < 0) {
        if (error)
            *error = tr("The upload folder %1 cannot be opened: %2").arg(shown, qt_error_string(errno));
        return false;
    }
    const QByteArray folder = encoded(folderName());
    if (::mkdirat(m_inboxFd, folder.constData(), 0700) != 0 && errno != EEXIST) {
        if (error)
            *error = tr("Cannot create the folder for unfinished uploads in %1: %2").arg(shown, qt_error_string(errno));
        close();
        return false;
    }
    m_stateFd = retryOpenAt(m_inboxFd, folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    struct stat st;
    if (m_stateFd < 0 || ::fstat(m_stateFd, &st) != 0) {
        if (error)
            *error = tr("%1 is not SocketLab's folder for unfinished uploads (a symlink or not a folder); remove it or choose another upload folder.")
                         .arg(QDir::toNativeSeparators(path()));
        close();
        return false;
    }
    if (st.st_uid != ::geteuid() || (st.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
        if (error)
            *error = tr("The folder for unfinished uploads %1 belongs to another user or can be written by others; remove it or choose another upload folder.")
                         .arg(QDir::toNativeSeparators(path()));
        close();
        return false;
    }
    return true;
}

std::optional<UploadStateFolder::Partial> UploadStateFolder::openResumable(const QString &name, qint64 size, QString *error)
{
    const QString key = slotFor(name, size);
    for (int i = 0; i < MaxSlots; ++i) {
        const QString slot = i == 0 ? key : key + QLatin1Char('-') + QString::number(i);
        Partial partial;
        partial.slot = slot;
        partial.path = path() + QLatin1Char('/') + partName(slot);
        const QByteArray file = encoded(partName(slot));
        int fd = retryOpenAt(m_stateFd, file, O_RDWR | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
        if (fd >= 0) {
            struct stat st;
            if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == ::geteuid() && st.st_nlink == 1) {
                partial.fd = fd;
                partial.device = quint64(st.st_dev);
                partial.inode = quint64(st.st_ino);
                if (recordMatches(slot, name, size, partial)) {
                    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
                    return partial;
                }
            }
            ::close(fd);   // not a partial this server made for this upload: leave it alone
            continue;
        }
        if (errno != ENOENT) {
            if (errno == ELOOP || errno == EISDIR || errno == EACCES || errno == ENXIO || errno == ETXTBSY
                || errno == EWOULDBLOCK)
                continue;  // a symlink, folder or other thing we did not make
            if (error)
                *error = tr("Cannot write into the folder %1: %2").arg(QDir::toNativeSeparators(path()), qt_error_string(errno));
            return std::nullopt;
        }
        fd = retryOpenAt(m_stateFd, file, O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd < 0) {
            if (errno == EEXIST)
                continue;
            if (error)
                *error = tr("Cannot write into the folder %1: %2").arg(QDir::toNativeSeparators(path()), qt_error_string(errno));
            return std::nullopt;
        }
        struct stat st;
        if (::fstat(fd, &st) != 0) {
            if (error)
                *error = tr("Cannot write into the folder %1: %2").arg(QDir::toNativeSeparators(path()), qt_error_string(errno));
            ::unlinkat(m_stateFd, file.constData(), 0);
            ::close(fd);
            return std::nullopt;
        }
        partial.fd = fd;
        partial.device = quint64(st.st_dev);
        partial.inode = quint64(st.st_ino);
        if (!writeRecord(slot, name, size, partial, error)) {
            ::unlinkat(m_stateFd, file.constData(), 0);
            ::close(fd);
            return std::nullopt;
        }
        return partial;
    }
    if (error)
        *error = tr("The folder %1 holds too many unfinished uploads of this name and size that SocketLab did not make; none of them was touched.")
                     .arg(QDir::toNativeSeparators(path()));
    return std::nullopt;
}

std::optional<UploadStateFolder::Partial> UploadStateFolder::createTemporary(QString *error)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        Partial partial = newTemporary();
        const int fd = retryOpenAt(m_stateFd, encoded(partName(partial.slot)),
                                   O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd < 0 && errno == EEXIST)
            continue;
        struct stat st;
        if (fd < 0 || ::fstat(fd, &st) != 0) {
            if (error)
                *error = tr("Cannot write into the folder %1: %2").arg(QDir::toNativeSeparators(path()), qt_error_string(errno));
            if (fd >= 0) {
                ::unlinkat(m_stateFd, encoded(partName(partial.slot)).constData(), 0);
                ::close(fd);
            }
            return std::nullopt;
        }
        partial.fd = fd;
        partial.device = quint64(st.st_dev);
        partial.inode = quint64(st.st_ino);
        return partial;
    }
    if (error)
        *error = tr("Cannot write into the folder %1.").arg(QDir::toNativeSeparators(path()));
    return std::nullopt;
}

bool UploadStateFolder::isSameFile(const Partial &partial) const
{
    struct stat st;
    return m_stateFd >= 0
        && ::fstatat(m_stateFd, encoded(partName(partial.slot)).constData(), &st, AT_SYMLINK_NOFOLLOW) == 0
        && S_ISREG(st.st_mode) && quint64(st.st_dev) == partial.device && quint64(st.st_ino) == partial.inode;
}

bool UploadStateFolder::recordMatches(const QString &slot, const QString &name, qint64 size, const Partial &partial) const
{
    const int fd = retryOpenAt(m_stateFd, encoded(recordName(slot)), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return false;
    QByteArray bytes;
    struct stat st;
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size <= MaxRecordBytes) {
        bytes.resize(qsizetype(st.st_size));
        qsizetype done = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::read(fd, bytes.data() + done, size_t(bytes.size() - done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            done += n;
        }
        bytes.truncate(done);
    }
    ::close(fd);
    return !bytes.isEmpty() && bytes == recordBytes(name, size, partial.device, partial.inode);
}

bool UploadStateFolder::writeRecord(const QString &slot, const QString &name, qint64 size, const Partial &partial,
                                    QString *error)
{
    // Written under a fresh name and renamed into place, so a record is either whole or absent.
    const QByteArray temporary = encoded(recordName(slot) + QLatin1Char('.') + randomHex() + QStringLiteral(".tmp"));
    const int fd = retryOpenAt(m_stateFd, temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    int failure = fd < 0 ? errno : 0;
    if (fd >= 0) {
        if (!writeAll(fd, recordBytes(name, size, partial.device, partial.inode)))
            failure = errno ? errno : EIO;
        ::close(fd);
        if (!failure && ::renameat(m_stateFd, temporary.constData(), m_stateFd, encoded(recordName(slot)).constData()) != 0)
            failure = errno;
        if (failure)
            ::unlinkat(m_stateFd, temporary.constData(), 0);
    }
    if (failure && error)
        *error = tr("Cannot write into the folder %1: %2").arg(QDir::toNativeSeparators(path()), qt_error_string(failure));
    return failure == 0;
}

bool UploadStateFolder::commit(const Partial &partial, const QString &finalName, QString *savedPath, QString *error)
{
    if (!isSameFile(partial)) {
        if (error)
            *error = tr("The unfinished upload %1 was replaced or removed by someone else; it was not saved.")
                         .arg(QDir::toNativeSeparators(partial.path));
        return false;
    }
    const QByteArray from = encoded(partName(partial.slot));
    for (int n = 0; n < MaxNumberedNames; ++n) {
        const QString candidate = SafeFileName::numbered(finalName, n);
        if (renameNoReplace(m_stateFd, from, m_inboxFd, encoded(candidate)) == 0) {
            ::unlinkat(m_stateFd, encoded(recordName(partial.slot)).constData(), 0);
            if (savedPath)
                *savedPath = m_inbox + QLatin1Char('/') + candidate;
            return true;
        }
        if (errno == EEXIST)
            continue;
        if (error) {
            *error = errno == ENAMETOOLONG
                ? tr("The file name is too long for the file system of the upload folder.")
                : tr("Could not give %1 its final name in %2: %3").arg(candidate, QDir::toNativeSeparators(m_inbox), qt_error_string(errno));
        }
        return false;
    }
    if (error)
        *error = tr("Could not give %1 its final name in %2: every numbered name is taken.")
                     .arg(finalName, QDir::toNativeSeparators(m_inbox));
    return false;
}

void UploadStateFolder::remove(const Partial &partial)
{
    if (!isSameFile(partial))
        return;   // someone replaced it: not ours any more
    ::unlinkat(m_stateFd, encoded(partName(partial.slot)).constData(), 0);
    ::unlinkat(m_stateFd, encoded(recordName(partial.slot)).constData(), 0);
}

bool UploadStateFolder::openFile(const Partial &partial, QFile *file)
{
    if (partial.fd < 0)
        return false;
    if (file->open(partial.fd, QIODevice::ReadWrite | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle))
        return true;
    ::close(partial.fd);
    return false;
}
