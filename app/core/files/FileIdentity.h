#pragma once

#include <QString>

class QFile;

#include <optional>

// What identifies one version of a file without reading it: canonical path, size, modification
// and status-change times in nanoseconds, inode and device (stat()). Any write, truncate,
// rename-over or chmod changes at least one field, which is what the checksum cache relies on.
struct FileIdentity
{
    QString canonicalPath;
    qint64 size = -1;
    qint64 modifiedNs = 0;   // st_mtim, nanoseconds since 1970 (UTC)
    qint64 changedNs = 0;    // st_ctim: also moves on chmod, rename, utime()
    quint64 inode = 0;
    quint64 device = 0;

    // stat() of `canonicalPath` (already resolved, inside the shared folder). nullopt when it is
    // gone or not a regular file. The portable build (portable/FileIdentity.cpp) has
    // millisecond times and no inode or device.
    static std::optional<FileIdentity> of(const QString &canonicalPath);
    // The file open in `opened` is the one this identity was taken of (same inode and device;
    // on the portable build, the same size).
    bool describes(const QFile &opened) const;

    // The file was last modified at least `marginMs` before `nowNs` (wall clock). A file that
    // was written just now may be written again within the same coarse timestamp tick without
    // its identity changing, so its checksum must not be remembered ("racily clean", as git).
    bool settledBefore(qint64 nowNs, qint64 marginMs) const;

    bool operator==(const FileIdentity &other) const;
    bool operator!=(const FileIdentity &other) const;
};
