#include "StaticResponder.h"

#include <QDateTime>

#include "ByteRange.h"
#include "DirectoryListing.h"
#include "HttpDate.h"
#include "HttpErrorPage.h"
#include "HttpResponseHead.h"

namespace {

void addConnectionField(HttpResponseHead *head, bool keepAlive, bool http10)
{
    if (!keepAlive)
        head->add("Connection", QByteArray("close"));
    else if (http10)
        head->add("Connection", QByteArray("keep-alive"));
}

// If-None-Match: "*" or a list of entity tags, compared weakly (RFC 9110 §13.1.2).
bool etagMatches(const QByteArray &header, const QByteArray &etag)
{
    if (header.trimmed() == "*")
        return true;
    const QList<QByteArray> tags = header.split(',');
    for (QByteArray tag : tags) {
        tag = tag.trimmed();
        if (tag.startsWith("W/"))
            tag = tag.mid(2);
        if (tag == etag)
            return true;
    }
    return false;
}

// If-Range (RFC 9110 §13.1.5): the range is sent only when the validator is a strong entity tag
// equal to the current one, or an HTTP-date equal to Last-Modified where Last-Modified is strong
// (at least a second older than now). A weak or different tag, another date, a list or anything
// unparsable: the whole file is sent. A resumed download of a changed file so never gets the
// new bytes spliced onto the old ones.
bool ifRangeAllows(const QByteArray &header, const CachedFile &file)
{
    const QByteArray value = header.trimmed();
    if (value.startsWith('"'))
        return value == file.etag;   // strong comparison: byte for byte, never W/
    if (value.startsWith("W/") || value.isEmpty())
        return false;
    const qint64 date = HttpDate::parse(value);
    if (date < 0 || date != file.mtimeSecs)
        return false;
    return file.mtimeSecs < QDateTime::currentSecsSinceEpoch();
}

// Content-Type, Last-Modified, ETag and Accept-Ranges of a file, built once per cached entry.
const QByteArray &fileFields(CachedFile &file)
{
    if (file.headerFields.isEmpty()) {
        file.headerFields = "Content-Type: " + file.contentType + "\r\nLast-Modified: " + file.lastModified
            + "\r\nETag: " + file.etag + "\r\nAccept-Ranges: bytes\r\n";
    }
    return file.headerFields;
}

} // namespace

StaticResponder::StaticResponder()
    : m_resolver(&m_cache)
{
}

void StaticResponder::setRoot(const QString &root)
{
    m_cache.setRoot(root);
}

void StaticResponder::setListing(bool listing)
{
    m_resolver.setListing(listing);
}

HttpResponse StaticResponder::error(int status, bool headOnly, bool keepAlive, bool http10)
{
    HttpResponse r;
    r.status = status;
    r.close = !keepAlive;
    const QByteArray page = HttpErrorPage::html(status);
    HttpResponseHead head(status);
    head.add("Content-Type", QByteArray("text/html; charset=utf-8"));
    head.add("Content-Length", qint64(page.size()));
    if (status == 405)
        head.add("Allow", QByteArray("GET, HEAD"));
    addConnectionField(&head, keepAlive, http10);
    r.head = head.finish();
    if (!headOnly)
        r.body = page;
    return r;
}

HttpResponse StaticResponder::respond(const HttpRequest &request)
{
    // A request body is never read: answering and closing keeps the stream in step.
    const bool keepAlive = request.wantsKeepAlive() && !request.hasBody();
    const bool http10 = request.minorVersion == 0;
    const bool isHead = request.method == "HEAD";
    if (!isHead && request.method != "GET")
        return error(405, false, keepAlive, http10);

    StaticFileResolver::Resolution res = m_resolver.resolve(request.target);
    switch (res.kind) {
    case StaticFileResolver::Resolution::Kind::File:
        return respondFile(request, *res.file, std::move(res.handle), keepAlive);
    case StaticFileResolver::Resolution::Kind::Listing: {
        HttpResponse r;
        const QByteArray page = DirectoryListing::render(res.urlPath, *m_resolver.rooted(), res.folder);
        HttpResponseHead head(200);
        head.add("Content-Type", QByteArray("text/html; charset=utf-8"));
        head.add("Content-Length", qint64(page.size()));
        head.add("Cache-Control", QByteArray("no-cache"));
        addConnectionField(&head, keepAlive, http10);
        r.head = head.finish();
        r.close = !keepAlive;
        if (!isHead)
            r.body = page;
        return r;
    }
    case StaticFileResolver::Resolution::Kind::Redirect: {
        HttpResponse r;
        r.status = 301;
        const QByteArray page = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>301 Moved Permanently</title>"
                                "</head><body><a href=\"" + QString::fromUtf8(res.location).toHtmlEscaped().toUtf8()
            + "\">" + QString::fromUtf8(res.location).toHtmlEscaped().toUtf8() + "</a></body></html>\n";
        HttpResponseHead head(301);
        head.add("Location", res.location);
        head.add("Content-Type", QByteArray("text/html; charset=utf-8"));
        head.add("Content-Length", qint64(page.size()));
        addConnectionField(&head, keepAlive, http10);
        r.head = head.finish();
        r.close = !keepAlive;
        if (!isHead)
            r.body = page;
        return r;
    }
    case StaticFileResolver::Resolution::Kind::Forbidden:
        return error(403, isHead, keepAlive, http10);
    case StaticFileResolver::Resolution::Kind::BadRequest:
        return error(400, isHead, false, http10);
    case StaticFileResolver::Resolution::Kind::NotFound:
        break;
    }
    return error(404, isHead, keepAlive, http10);
}

HttpResponse StaticResponder::respondFile(const HttpRequest &request, CachedFile &file, std::unique_ptr<QFile> handle,
                                         bool keepAlive)
{
    const bool http10 = request.minorVersion == 0;
    const bool isHead = request.method == "HEAD";
    HttpResponse r;
    r.close = !keepAlive;

    bool notModified = false;
    if (!request.ifNoneMatch.isEmpty()) {
        notModified = etagMatches(request.ifNoneMatch, file.etag);
    } else if (!request.ifModifiedSince.isEmpty()) {
        const qint64 since = HttpDate::parse(request.ifModifiedSince);
        notModified = since >= 0 && file.mtimeSecs <= since;
    }
    if (notModified) {
        r.status = 304;
        HttpResponseHead head(304);
        head.add("Last-Modified", file.lastModified);
        head.add("ETag", file.etag);
        addConnectionField(&head, keepAlive, http10);
        r.head = head.finish();
        return r;
    }

    ByteRange range;
    bool rangeAllowed = !request.range.isEmpty();
    for (const auto &field : request.headers) {
        if (rangeAllowed && field.first.compare("If-Range", Qt::CaseInsensitive) == 0) {
            rangeAllowed = ifRangeAllows(field.second, file);
            break;
        }
    }
    if (rangeAllowed)
        range = ByteRange::parse(request.range, file.size);
    if (range.kind == ByteRange::Kind::Unsatisfiable) {
        r.status = 416;
        const QByteArray page = HttpErrorPage::html(416);
        HttpResponseHead head(416);
        head.add("Content-Type", QByteArray("text/html; charset=utf-8"));
        head.add("Content-Length", qint64(page.size()));
        head.add("Content-Range", "bytes */" + QByteArray::number(file.size));
        addConnectionField(&head, keepAlive, http10);
        r.head = head.finish();
        if (!isHead)
            r.body = page;
        return r;
    }

    const bool partial = range.kind == ByteRange::Kind::Satisfiable;
    const qint64 offset = partial ? range.first : 0;
    const qint64 length = partial ? range.length() : file.size;
    r.status = partial ? 206 : 200;
    HttpResponseHead head(r.status);
    head.addRaw(fileFields(file));
    head.add("Content-Length", length);
    if (partial)
        head.add("Content-Range", "bytes " + QByteArray::number(range.first) + '-' + QByteArray::number(range.last)
                                      + '/' + QByteArray::number(file.size));
    addConnectionField(&head, keepAlive, http10);
    r.head = head.finish();
    if (isHead || length == 0)
        return r;

    if (file.size <= FileCache::SmallFileLimit) {
        const QByteArray content = m_cache.smallContent(file, handle.get());
        if (content.size() == file.size) {
            r.body = partial ? content.mid(offset, length) : content;
            return r;
        }
    }
    r.file = std::move(handle);   // what was opened beneath the root, never the name again
    r.fileOffset = offset;
    r.fileLength = length;
    return r;
}
