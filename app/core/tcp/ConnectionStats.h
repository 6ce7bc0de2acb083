#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// Counters of one TCP connection, as the client list shows them.
struct ConnectionStats
{
    quint64 id = 0;
    QString peer;                 // "127.0.0.1:53422"
    qint64 connectedSinceMsecs = 0;
    qint64 bytesIn = 0;
    qint64 bytesOut = 0;          // bytes actually written to the socket
    qint64 messagesIn = 0;
    qint64 messagesOut = 0;
    qint64 queuedBytes = 0;       // waiting to be written (back-pressure)
    qint64 peakQueuedBytes = 0;   // the most that ever waited
};

Q_DECLARE_METATYPE(ConnectionStats)
