#pragma once

#include <QByteArray>

// HTTP dates ("Sun, 06 Nov 1994 08:49:37 GMT"), formatted and parsed without QDateTime so that
// the per-request path stays cheap. now() formats at most once a second per thread.
class HttpDate
{
public:
    static QByteArray format(qint64 secsSinceEpoch);
    // IMF-fixdate, RFC 850 and asctime forms; -1 when the text is none of them.
    static qint64 parse(const QByteArray &text);
    static QByteArray now();
};
