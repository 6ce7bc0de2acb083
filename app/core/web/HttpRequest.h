#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// One parsed request head. The fields the server needs are pulled out while parsing; every
// header line is kept in `headers` as sent (name, value without surrounding blanks).
struct HttpRequest
{
    QByteArray method;            // "GET"
    QByteArray target;            // "/docs/%E4%BD%A0%E5%A5%BD.html?x=1" as sent
    QByteArray version;           // "HTTP/1.1"
    int minorVersion = 1;         // HTTP/1.<minor>
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray rawHead;           // request line + header lines + blank line, as received

    QByteArray host;
    QByteArray range;
    QByteArray ifModifiedSince;
    QByteArray ifNoneMatch;
    qint64 contentLength = 0;
    bool chunked = false;         // Transfer-Encoding present: the body length is unknown to us
    bool connectionClose = false;
    bool connectionKeepAlive = false;

    bool hasBody() const;
    bool wantsKeepAlive() const;  // HTTP/1.1 unless "close"; HTTP/1.0 only with "keep-alive"
    // The first value of header `name` (case-insensitive), or a null array.
    QByteArray header(const QByteArray &name) const;
};
