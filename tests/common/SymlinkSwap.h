#pragma once

#include <QByteArray>

#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

// For the symlink-race tests: swap a folder and a symlink under the server's feet.
namespace SymlinkSwap {

// Swaps two names atomically (renameat2 RENAME_EXCHANGE), or with three renames where the file
// system does not support it.
inline bool exchange(const QByteArray &a, const QByteArray &b)
{
#ifdef SYS_renameat2
    if (::syscall(SYS_renameat2, AT_FDCWD, a.constData(), AT_FDCWD, b.constData(), 2 /* RENAME_EXCHANGE */) == 0)
        return true;
#endif
    const QByteArray tmp = a + ".tmp";
    return ::rename(a.constData(), tmp.constData()) == 0 && ::rename(b.constData(), a.constData()) == 0
        && ::rename(tmp.constData(), b.constData()) == 0;
}

inline bool isSymlink(const QByteArray &path)
{
    struct stat st {};
    return ::lstat(path.constData(), &st) == 0 && S_ISLNK(st.st_mode);
}

} // namespace SymlinkSwap
