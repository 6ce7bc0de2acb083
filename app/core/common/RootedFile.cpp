#include "RootedFile.h"

#include <QFile>

// What both builds share; the walk itself is in posix/RootedFile.cpp or portable/RootedFile.cpp.

bool RootedFile::Info::isFile() const
{
    return type == Type::File;
}

bool RootedFile::Info::isFolder() const
{
    return type == Type::Folder;
}

RootedFile::Result::Result() = default;

RootedFile::Result::~Result()
{
    reset();
}

RootedFile::Result::Result(Result &&other) noexcept
    : status(other.status)
    , info(other.info)
    , resolved(std::move(other.resolved))
    , m_fd(other.m_fd)
    , m_path(std::move(other.m_path))
{
    other.m_fd = -1;
}

RootedFile::Result &RootedFile::Result::operator=(Result &&other) noexcept
{
    if (this != &other) {
        reset();
        status = other.status;
        info = other.info;
        resolved = std::move(other.resolved);
        m_fd = other.m_fd;
        m_path = std::move(other.m_path);
        other.m_fd = -1;
    }
    return *this;
}

bool RootedFile::Result::ok() const
{
    return status == Status::Ok;
}

bool RootedFile::Result::isFolder() const
{
    return ok() && info.isFolder();
}

bool RootedFile::Result::isFile() const
{
    return ok() && info.isFile();
}

int RootedFile::Result::descriptor() const
{
    return m_fd;
}

bool RootedFile::isPrivateName(const QByteArray &name)
{
    return name.compare(QByteArrayView(PrivateFolderName), Qt::CaseInsensitive) == 0;
}

QString RootedFile::root() const
{
    return QFile::decodeName(m_realRoot);
}

QString RootedFile::absolutePath(const QByteArray &resolved) const
{
    if (resolved.isEmpty())
        return root();
    return QFile::decodeName(m_realRoot.endsWith('/') ? m_realRoot + resolved : m_realRoot + '/' + resolved);
}

bool RootedFile::relativeToRoot(const QByteArray &realPath, QByteArray *relative) const
{
    if (realPath == m_realRoot) {
        relative->clear();
        return true;
    }
    // "/" (or "C:/") ends with the separator already.
    const QByteArray prefix = m_realRoot.endsWith('/') ? m_realRoot : m_realRoot + '/';
    if (!m_realRoot.isEmpty() && realPath.startsWith(prefix)) {
        *relative = realPath.mid(prefix.size());
        return true;
    }
    return false;
}

RootedFile::Result RootedFile::open(const QByteArray &relativePath, Kind kind) const
{
    return walk(relativePath, kind, Mode::Open);
}

RootedFile::Result RootedFile::stat(const QByteArray &relativePath) const
{
    return walk(relativePath, Kind::Any, Mode::Stat);
}
