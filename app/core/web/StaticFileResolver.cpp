#include "StaticFileResolver.h"

#include <QFile>
#include <QStringDecoder>

#include "FileCache.h"

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isValidUtf8(const QByteArray &bytes)
{
    for (char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80) {
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString text = decoder.decode(bytes);
            return !decoder.hasError();
        }
    }
    return true;
}

} // namespace

StaticFileResolver::StaticFileResolver(FileCache *cache)
    : m_cache(cache)
{
}

void StaticFileResolver::setListing(bool listing)
{
    m_listing = listing;
}

QByteArray StaticFileResolver::decodePath(const QByteArray &target, int *status, QByteArray *rawPath,
                                          QByteArray *query)
{
    QByteArray path = target;
    if (!path.startsWith('/')) {
        // absolute-form: http://host[:port]/path — take the path. Anything else is refused.
        const QByteArray lower = path.left(8).toLower();
        qsizetype authority = -1;
        if (lower.startsWith("http://"))
            authority = 7;
        else if (lower.startsWith("https://"))
            authority = 8;
        if (authority < 0) {
            *status = 400;
            return {};
        }
        const qsizetype slash = path.indexOf('/', authority);
        const qsizetype question = path.indexOf('?', authority);
        if (slash < 0 || (question >= 0 && question < slash))
            path = "/" + (question >= 0 ? path.mid(question) : QByteArray());
        else
            path = path.mid(slash);
    }
    const qsizetype hash = path.indexOf('#');
    if (hash >= 0)
        path.truncate(hash);
    const qsizetype question = path.indexOf('?');
    if (query)
        *query = question >= 0 ? path.mid(question + 1) : QByteArray();
    if (question >= 0)
        path.truncate(question);
    if (rawPath)
        *rawPath = path;

    QByteArray decoded;
    decoded.reserve(path.size());
    for (qsizetype i = 0; i < path.size(); ++i) {
        char c = path.at(i);
        if (c == '%') {
            const int hi = i + 2 < path.size() ? hexValue(path.at(i + 1)) : -1;
            const int lo = i + 2 < path.size() ? hexValue(path.at(i + 2)) : -1;
            if (hi < 0 || lo < 0) {
                *status = 400;
                return {};
            }
            c = char(hi * 16 + lo);
            i += 2;
            if (c == '/') {   // an encoded slash never separates folders here
                *status = 404;
                return {};
            }
        }
        const auto u = static_cast<unsigned char>(c);
        if (u < 32 || u == 127) {
            *status = 400;
            return {};
        }
        if (c == '\\') {
            *status = 404;
            return {};
        }
        decoded.append(c);
    }
    if (!isValidUtf8(decoded)) {
        *status = 400;
        return {};
    }
    // Segments: "." and empty ones are dropped, ".." is refused outright.
    const QList<QByteArray> segments = decoded.split('/');
    QByteArray clean;
    clean.reserve(decoded.size());
    for (const QByteArray &segment : segments) {
        if (segment.isEmpty() || segment == ".")
            continue;
        if (segment == "..") {
            *status = 404;
            return {};
        }
        clean.append('/');
        clean.append(segment);
    }
    if (clean.isEmpty() || decoded.endsWith('/') || decoded.endsWith("/."))
        clean.append('/');
    *status = 200;
    return clean;
}

const RootedFile *StaticFileResolver::rooted() const
{
    return m_cache->rooted();
}

StaticFileResolver::Resolution StaticFileResolver::resolve(const QByteArray &target) const
{
    Resolution r;
    int status = 0;
    QByteArray rawPath;
    QByteArray query;
    const QByteArray path = decodePath(target, &status, &rawPath, &query);
    if (path.isNull()) {
        r.kind = status == 400 ? Resolution::Kind::BadRequest : Resolution::Kind::NotFound;
        return r;
    }
    r.urlPath = QString::fromUtf8(path);
    const bool trailingSlash = path.endsWith('/');
    QByteArray local = path.mid(1);   // beneath the root: "" for the root itself
    if (local.endsWith('/'))
        local.chop(1);

    FileCache::Lookup found = m_cache->lookup(local);
    switch (found.opened.status) {
    case RootedFile::Status::Ok:
        break;
    case RootedFile::Status::Outside:     // a symlink that leads outside the root
    case RootedFile::Status::WrongType:   // neither a regular file nor a folder
    case RootedFile::Status::Denied:
        r.kind = Resolution::Kind::Forbidden;
        return r;
    case RootedFile::Status::NotFound:
    case RootedFile::Status::Failed:
        return r;
    }
    if (found.file->isDir) {
        if (!trailingSlash) {
            r.kind = Resolution::Kind::Redirect;
            QByteArray base = rawPath;
            while (base.startsWith("//"))   // never a protocol-relative "//host/" redirect
                base.remove(0, 1);
            r.location = base + '/';
            if (!query.isEmpty())
                r.location += '?' + query;
            return r;
        }
        FileCache::Lookup index
            = m_cache->lookup(local.isEmpty() ? QByteArray("index.html") : local + "/index.html", RootedFile::Kind::File);
        if (index.opened.ok()) {
            r.kind = Resolution::Kind::File;
            r.file = std::move(index.file);
            r.handle = std::move(index.handle);
            return r;
        }
        r.kind = m_listing ? Resolution::Kind::Listing : Resolution::Kind::Forbidden;
        r.file = std::move(found.file);
        r.folder = std::move(found.opened);
        return r;
    }
    if (trailingSlash)
        return r;   // "file.txt/" names no folder
    r.kind = Resolution::Kind::File;
    r.file = std::move(found.file);
    r.handle = std::move(found.handle);
    return r;
}
