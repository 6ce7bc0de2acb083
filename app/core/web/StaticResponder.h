#pragma once

#include <QFile>
#include <QString>

#include <memory>

#include "FileCache.h"
#include "HttpRequest.h"
#include "HttpResponse.h"
#include "StaticFileResolver.h"

// Decides the answer to one parsed request for a static site: status, headers and body
// (GET/HEAD, 301 for folders without a slash, index.html or a listing, conditional requests
// with 304, single ranges with 206/416, 405 for other methods). No I/O on sockets.
class StaticResponder
{
public:
    StaticResponder();

    void setRoot(const QString &root);
    void setListing(bool listing);

    HttpResponse respond(const HttpRequest &request);
    // An error answer (400, 408, 414, 431, 501, 503, 505…) with a small HTML page.
    static HttpResponse error(int status, bool headOnly, bool keepAlive, bool http10 = false);

private:
    HttpResponse respondFile(const HttpRequest &request, CachedFile &file, std::unique_ptr<QFile> handle,
                             bool keepAlive);

    FileCache m_cache;
    StaticFileResolver m_resolver;
};
