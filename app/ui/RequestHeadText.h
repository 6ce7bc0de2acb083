#pragma once

#include <QCoreApplication>
#include <QString>

#include "RequestLogEntry.h"

// The detail panes' texts for one logged request: the request head and the response head, one
// header line per line, exactly as the seed servers print them (`for line in
// recv_data.splitlines(): print(line)`), under a short caption each.
class RequestHeadText
{
    Q_DECLARE_TR_FUNCTIONS(RequestHeadText)

public:
    static QString request(const RequestLogEntry &entry);
    static QString response(const RequestLogEntry &entry);
    // The head's lines as `splitlines()` gives them, without the blank line that ends it.
    static QStringList lines(const QByteArray &head);
};
