#pragma once

#include <QMetaType>

// The web server's counters, sent to the UI at most about 5 times a second.
struct WebServerStats
{
    qint64 requests = 0;
    qint64 bytesSent = 0;        // body and head bytes handed to sockets
    int openConnections = 0;
    qint64 rejectedConnections = 0;   // over the connection cap (answered 503)
    qint64 droppedLogEntries = 0;     // log entries dropped because the receiver lagged
};

Q_DECLARE_METATYPE(WebServerStats)
