#include "FileCache.h"

#include <QFile>

#include <climits>
#include <cstdlib>
#include <sys/stat.h>

#include "HttpDate.h"

void FileCache::setRoot(const QString &root)
{
    m_root = root;
    clear();
    char resolved[PATH_MAX];
    const QByteArray encoded = QFile::encodeName(root);
    m_canonicalRoot = ::realpath(encoded.constData(), resolved) ? QByteArray(resolved) : QByteArray();
}

QString FileCache::root() const
{
    return m_root;
}

void FileCache::clear()
{
    m_entries.clear();
    m_cachedBytes = 0;
}

std::shared_ptr<CachedFile> FileCache::lookup(const QByteArray &localPath)
{
    struct stat st {};
    if (::stat(localPath.constData(), &st) != 0)
        return nullptr;
    auto it = m_entries.find(localPath);
    if (it != m_entries.end()) {
        const CachedFile &c = *it.value();
        if (c.device == quint64(st.st_dev) && c.inode == quint64(st.st_ino) && c.size == qint64(st.st_size)
            && c.mtimeSecs == qint64(st.st_mtim.tv_sec) && c.mtimeNsecs == qint64(st.st_mtim.tv_nsec))
            return it.value();
        m_cachedBytes -= c.content.size();
        m_entries.erase(it);
    }
    std::shared_ptr<CachedFile> entry = build(localPath, st);
    if (m_entries.size() >= MaxEntries)
        clear();
    m_entries.insert(localPath, entry);
    return entry;
}

std::shared_ptr<CachedFile> FileCache::build(const QByteArray &localPath, const struct stat &st)
{
    auto c = std::make_shared<CachedFile>();
    c->localPath = localPath;
    c->path = QFile::decodeName(localPath);
    c->isDir = S_ISDIR(st.st_mode);
    c->isRegular = S_ISREG(st.st_mode);
    c->size = c->isRegular ? qint64(st.st_size) : 0;
    c->mtimeSecs = qint64(st.st_mtim.tv_sec);
    c->mtimeNsecs = qint64(st.st_mtim.tv_nsec);
    c->device = quint64(st.st_dev);
    c->inode = quint64(st.st_ino);
    c->outsideRoot = !insideRoot(localPath);
    const qint64 ns = c->mtimeSecs * 1000000000LL + c->mtimeNsecs;
    c->etag = '"' + QByteArray::number(c->size, 16) + '-' + QByteArray::number(ns, 16) + '"';
    c->lastModified = HttpDate::format(c->mtimeSecs);
    if (c->isRegular)
        c->contentType = m_mimeTypes.contentTypeFor(c->path);
    return c;
}

bool FileCache::insideRoot(const QByteArray &localPath) const
{
    if (m_canonicalRoot.isEmpty())
        return false;
    char resolved[PATH_MAX];
    if (!::realpath(localPath.constData(), resolved))
        return false;
    const QByteArray real(resolved);
    if (real == m_canonicalRoot)
        return true;
    if (m_canonicalRoot == "/")
        return true;
    return real.startsWith(m_canonicalRoot) && real.at(m_canonicalRoot.size()) == '/';
}

QByteArray FileCache::smallContent(CachedFile &file)
{
    if (!file.isRegular || file.size > SmallFileLimit)
        return {};
    if (file.contentLoaded)
        return file.content;
    QFile f(file.path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = f.read(file.size + 1);
    if (bytes.size() != file.size)
        return {};   // changed under us: stream it instead
    if (m_cachedBytes + bytes.size() <= MaxCachedBytes) {
        file.content = bytes;
        file.contentLoaded = true;
        m_cachedBytes += bytes.size();
    }
    return bytes;
}
