#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

// One answered request, for the request log (GUI table, CLI access log). The raw heads are kept
// so that students can see exactly what the browser sent and what the server answered.
struct RequestLogEntry
{
    qint64 msecsSinceEpoch = 0;   // when the request head was complete
    QString client;               // "127.0.0.1:53422"
    QByteArray method;            // empty when the request line could not be parsed
    QByteArray target;            // as sent (not decoded)
    QByteArray version;           // "HTTP/1.1"
    int status = 0;
    qint64 bytesSent = 0;         // body bytes handed to the socket
    qint64 durationMs = 0;        // head complete -> last byte queued
    bool completed = true;        // false: the client went away before the whole body was sent
    QByteArray requestHead;       // raw request line + header lines (capped by the parser limit)
    QByteArray responseHead;      // raw status line + header lines
};

Q_DECLARE_METATYPE(RequestLogEntry)
Q_DECLARE_METATYPE(QList<RequestLogEntry>)
