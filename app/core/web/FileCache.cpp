#include "FileCache.h"

#include "HttpDate.h"

void FileCache::setRoot(const QString &root)
{
    m_root = root;
    clear();
    m_rooted = std::make_unique<RootedFile>(root);
}

QString FileCache::root() const
{
    return m_root;
}

const RootedFile *FileCache::rooted() const
{
    return m_rooted.get();
}

void FileCache::clear()
{
    m_entries.clear();
    m_cachedBytes = 0;
}

FileCache::Lookup FileCache::lookup(const QByteArray &relativePath, RootedFile::Kind kind)
{
    Lookup result;
    if (!m_rooted) {
        result.opened.status = RootedFile::Status::Failed;
        return result;
    }
    result.opened = m_rooted->open(relativePath, kind);
    if (!result.opened.ok())
        return result;
    if (result.opened.isFile()) {
        result.handle = result.opened.takeFile();
        if (!result.handle) {
            result.opened.status = RootedFile::Status::Failed;
            return result;
        }
    }
    // The identity comes from the descriptor: the entry describes what was opened, never what
    // the name may lead to at some other moment.
    const RootedFile::Info &info = result.opened.info;
    auto it = m_entries.find(relativePath);
    if (it != m_entries.end()) {
        const CachedFile &c = *it.value();
        if (c.device == info.device && c.inode == info.inode && c.isDir == info.isFolder()
            && c.size == (info.isFile() ? info.size : 0) && c.mtimeSecs == info.modifiedSecs
            && c.mtimeNsecs == info.modifiedNsecs) {
            result.file = it.value();
            return result;
        }
        m_cachedBytes -= c.content.size();
        m_entries.erase(it);
    }
    result.file = build(relativePath, info, result.handle.get());
    if (m_entries.size() >= MaxEntries)
        clear();
    m_entries.insert(relativePath, result.file);
    return result;
}

std::shared_ptr<CachedFile> FileCache::build(const QByteArray &relativePath, const RootedFile::Info &info, QFile *handle)
{
    auto c = std::make_shared<CachedFile>();
    c->relativePath = relativePath;
    c->isDir = info.isFolder();
    c->isRegular = info.isFile();
    c->size = c->isRegular ? info.size : 0;
    c->mtimeSecs = info.modifiedSecs;
    c->mtimeNsecs = info.modifiedNsecs;
    c->device = info.device;
    c->inode = info.inode;
    const qint64 ns = c->mtimeSecs * 1000000000LL + c->mtimeNsecs;
    c->etag = '"' + QByteArray::number(c->size, 16) + '-' + QByteArray::number(ns, 16) + '"';
    c->lastModified = HttpDate::format(c->mtimeSecs);
    if (c->isRegular)
        c->contentType = m_mimeTypes.contentTypeFor(QFile::decodeName(relativePath), handle);
    return c;
}

QByteArray FileCache::smallContent(CachedFile &file, QFile *handle)
{
    if (!file.isRegular || file.size > SmallFileLimit)
        return {};
    if (file.contentLoaded)
        return file.content;
    if (!handle || !handle->seek(0))
        return {};
    QByteArray bytes = handle->read(file.size + 1);
    handle->seek(0);
    if (bytes.size() != file.size)
        return {};   // changed under us: stream it instead
    if (m_cachedBytes + bytes.size() <= MaxCachedBytes) {
        file.content = bytes;
        file.contentLoaded = true;
        m_cachedBytes += bytes.size();
    }
    return bytes;
}
