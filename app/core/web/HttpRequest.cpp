#include "HttpRequest.h"

bool HttpRequest::hasBody() const
{
    return chunked || contentLength > 0;
}

bool HttpRequest::wantsKeepAlive() const
{
    if (connectionClose)
        return false;
    return minorVersion >= 1 || connectionKeepAlive;
}

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}
