#include "HttpResponse.h"

qint64 HttpResponse::bodySize() const
{
    return filePath.isEmpty() ? qint64(body.size()) : fileLength;
}
