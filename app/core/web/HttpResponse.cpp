#include "HttpResponse.h"

qint64 HttpResponse::bodySize() const
{
    return file ? fileLength : qint64(body.size());
}
