#include "FileIdentity.h"

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
