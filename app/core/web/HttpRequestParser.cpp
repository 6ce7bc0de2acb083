#include "HttpRequestParser.h"

#include <cstring>

namespace {

bool isTokenChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u <= 32 || u >= 127)
        return false;
    return std::strchr("\"(),/:;<=>?@[\\]{}", c) == nullptr;
}

bool isToken(const char *data, qsizetype size)
{
    if (size <= 0)
        return false;
    for (qsizetype i = 0; i < size; ++i) {
        if (!isTokenChar(data[i]))
            return false;
    }
    return true;
}

bool isControl(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u < 32 || u == 127;
}

HttpRequestParser::Result error(int status, const char *reason)
{
    HttpRequestParser::Result r;
    r.status = HttpRequestParser::Status::Error;
    r.errorStatus = status;
    r.reason = QByteArray(reason);
    return r;
}

// Blanks around a header value (SP and HTAB only).
QByteArray trimmedValue(const char *begin, const char *end)
{
    while (begin < end && (*begin == ' ' || *begin == '\t'))
        ++begin;
    while (end > begin && (end[-1] == ' ' || end[-1] == '\t'))
        --end;
    return QByteArray(begin, end - begin);
}

// Finds the end of the head (just after the blank line), or -1 when it has not arrived.
qsizetype findHeadEnd(const char *data, qsizetype size, qsizetype from)
{
    qsizetype pos = from;
    while (pos < size) {
        const void *hit = std::memchr(data + pos, '\n', size_t(size - pos));
        if (!hit)
            return -1;
        const qsizetype nl = static_cast<const char *>(hit) - data;
        if (nl + 1 < size && data[nl + 1] == '\n')
            return nl + 2;
        if (nl + 2 < size && data[nl + 1] == '\r' && data[nl + 2] == '\n')
            return nl + 3;
        if (nl + 1 >= size || (nl + 2 >= size && data[nl + 1] == '\r'))
            return -1;
        pos = nl + 1;
    }
    return -1;
}

bool parseVersion(const QByteArray &version, int *minor, int *status)
{
    // "HTTP/" DIGIT "." DIGIT; other well-formed versions are answered with 505.
    if (!version.startsWith("HTTP/")) {
        *status = 400;
        return false;
    }
    const QByteArray number = version.mid(5);
    const qsizetype dot = number.indexOf('.');
    const QByteArray major = dot < 0 ? number : number.left(dot);
    const QByteArray minorText = dot < 0 ? QByteArray("0") : number.mid(dot + 1);
    auto allDigits = [](const QByteArray &s) {
        if (s.isEmpty() || s.size() > 3)
            return false;
        for (char c : s) {
            if (c < '0' || c > '9')
                return false;
        }
        return true;
    };
    if (!allDigits(major) || !allDigits(minorText)) {
        *status = 400;
        return false;
    }
    if (major != "1" || (minorText != "0" && minorText != "1")) {
        *status = 505;
        return false;
    }
    *minor = minorText == "1" ? 1 : 0;
    return true;
}

bool hasToken(const QByteArray &list, const char *token)
{
    const QList<QByteArray> parts = list.split(',');
    for (const QByteArray &part : parts) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool equalsNoCase(const char *data, qsizetype size, const char *lowerName)
{
    const qsizetype n = qsizetype(std::strlen(lowerName));
    if (n != size)
        return false;
    for (qsizetype i = 0; i < n; ++i) {
        char c = data[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != lowerName[i])
            return false;
    }
    return true;
}

} // namespace

bool HttpRequestParser::isKnownMethod(const QByteArray &method)
{
    static const char *const known[] = {"GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT",
                                        "OPTIONS", "TRACE", "PATCH"};
    for (const char *m : known) {
        if (method == m)
            return true;
    }
    return false;
}

HttpRequestParser::Result HttpRequestParser::parse(const QByteArray &buffer, HttpRequest *request)
{
    const char *data = buffer.constData();
    const qsizetype size = buffer.size();

    // Empty lines before a request line are ignored (RFC 9112 §2.2).
    qsizetype start = 0;
    while (start < size && (data[start] == '\r' || data[start] == '\n'))
        ++start;
    if (start == size) {
        Result r;
        r.consumed = 0;
        return r;
    }

    const qsizetype headEnd = findHeadEnd(data, size, start);
    if (headEnd < 0) {
        const void *firstNl = std::memchr(data + start, '\n', size_t(size - start));
        if (!firstNl && size - start > MaxTargetSize + 32)
            return error(414, "The request target is longer than 8 KiB.");
        if (size - start > MaxHeadSize)
            return error(431, "The request head is larger than 16 KiB.");
        return {};
    }

    // Request line.
    const char *lineEnd = static_cast<const char *>(std::memchr(data + start, '\n', size_t(headEnd - start)));
    const char *lineBegin = data + start;
    const char *contentEnd = lineEnd;
    if (contentEnd > lineBegin && contentEnd[-1] == '\r')
        --contentEnd;
    const char *sp1 = static_cast<const char *>(std::memchr(lineBegin, ' ', size_t(contentEnd - lineBegin)));
    if (!sp1)
        return error(400, "The request line is not “METHOD target HTTP/version”.");
    const char *sp2 = static_cast<const char *>(std::memchr(sp1 + 1, ' ', size_t(contentEnd - sp1 - 1)));
    if (!sp2)
        return error(400, "The request line is not “METHOD target HTTP/version”.");
    if (std::memchr(sp2 + 1, ' ', size_t(contentEnd - sp2 - 1)))
        return error(400, "The request line has more than three parts.");
    if (!isToken(lineBegin, sp1 - lineBegin))
        return error(400, "The method is not a valid token.");
    const qsizetype targetSize = sp2 - sp1 - 1;
    if (targetSize <= 0)
        return error(400, "The request target is empty.");
    if (targetSize > MaxTargetSize)
        return error(414, "The request target is longer than 8 KiB.");
    for (const char *p = sp1 + 1; p < sp2; ++p) {
        if (isControl(*p))
            return error(400, "The request target contains control characters.");
    }
    HttpRequest req;
    req.method = QByteArray(lineBegin, sp1 - lineBegin);
    req.target = QByteArray(sp1 + 1, targetSize);
    req.version = QByteArray(sp2 + 1, contentEnd - sp2 - 1);
    int versionStatus = 400;
    if (!parseVersion(req.version, &req.minorVersion, &versionStatus))
        return error(versionStatus, versionStatus == 505 ? "Only HTTP/1.0 and HTTP/1.1 are supported."
                                                         : "The HTTP version is malformed.");
    for (const char *p = lineBegin; p < contentEnd; ++p) {
        if (*p == '\r')
            return error(400, "A bare CR in the request line.");
    }
    if (headEnd - start > MaxHeadSize)
        return error(431, "The request head is larger than 16 KiB.");
    if (!isKnownMethod(req.method))
        return error(501, "This method is not implemented.");

    // Header lines.
    const char *p = lineEnd + 1;
    const char *headLast = data + headEnd;
    bool sawHost = false;
    bool sawLength = false;
    while (p < headLast) {
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(headLast - p)));
        const char *end = nl;
        if (end > p && end[-1] == '\r')
            --end;
        if (end == p)
            break;   // the blank line
        if (*p == ' ' || *p == '\t')
            return error(400, "Folded header lines (obs-fold) are not accepted.");
        const char *colon = static_cast<const char *>(std::memchr(p, ':', size_t(end - p)));
        if (!colon || !isToken(p, colon - p))
            return error(400, "A header line is not “Name: value”.");
        for (const char *c = colon + 1; c < end; ++c) {
            if (isControl(*c) && *c != '\t')
                return error(400, "A header value contains control characters.");
        }
        if (req.headers.size() >= MaxHeaderCount)
            return error(431, "The request has too many header lines.");
        const qsizetype nameSize = colon - p;
        QByteArray value = trimmedValue(colon + 1, end);
        if (equalsNoCase(p, nameSize, "host")) {
            if (sawHost)
                return error(400, "More than one Host header.");
            sawHost = true;
            req.host = value;
        } else if (equalsNoCase(p, nameSize, "content-length")) {
            bool ok = !value.isEmpty();
            for (char c : value)
                ok = ok && c >= '0' && c <= '9';
            const qint64 length = ok && value.size() <= 18 ? value.toLongLong(&ok) : -1;
            if (!ok || length < 0 || (sawLength && length != req.contentLength))
                return error(400, "The Content-Length header is invalid.");
            sawLength = true;
            req.contentLength = length;
        } else if (equalsNoCase(p, nameSize, "transfer-encoding")) {
            req.chunked = true;
        } else if (equalsNoCase(p, nameSize, "connection")) {
            req.connectionClose = req.connectionClose || hasToken(value, "close");
            req.connectionKeepAlive = req.connectionKeepAlive || hasToken(value, "keep-alive");
        } else if (equalsNoCase(p, nameSize, "range")) {
            req.range = value;
        } else if (equalsNoCase(p, nameSize, "if-modified-since")) {
            req.ifModifiedSince = value;
        } else if (equalsNoCase(p, nameSize, "if-none-match")) {
            req.ifNoneMatch = value;
        }
        req.headers.append({QByteArray(p, nameSize), value});
        p = nl + 1;
    }
    if (req.minorVersion == 1 && !sawHost)
        return error(400, "HTTP/1.1 requests must have a Host header.");

    req.rawHead = QByteArray(data + start, headEnd - start);
    *request = std::move(req);
    Result r;
    r.status = Status::Ok;
    r.consumed = headEnd;
    return r;
}
