#pragma once

#include <QByteArray>

#include "HttpRequest.h"

// Parses one request head from the front of a receive buffer (which may hold more pipelined
// requests behind it). Strict where it matters for safety, lenient where browsers and students'
// scripts differ: bare LF line endings and leading empty lines are accepted; obs-fold, blanks
// before the colon, control characters, a missing Host in HTTP/1.1 and bad Content-Length are
// rejected.
class HttpRequestParser
{
public:
    static constexpr qsizetype MaxHeadSize = 16 * 1024;    // more: 431
    static constexpr qsizetype MaxTargetSize = 8 * 1024;   // more: 414
    static constexpr int MaxHeaderCount = 100;             // more: 431

    enum class Status { Ok, Incomplete, Error };

    struct Result
    {
        Status status = Status::Incomplete;
        qsizetype consumed = 0;   // Ok: bytes of the head, including the blank line
        int errorStatus = 0;      // Error: 400, 414, 431, 505, 501
        QByteArray reason;        // Error: a short English explanation for logs and pages
    };

    static Result parse(const QByteArray &buffer, HttpRequest *request);

    static bool isKnownMethod(const QByteArray &method);
};
