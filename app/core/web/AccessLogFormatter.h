#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "RequestLogEntry.h"

// Formats access-log lines (`socketlab web`, the web tab's saved log) straight into UTF-8 bytes:
//   12:03:04.567 127.0.0.1:53422 "GET /index.html HTTP/1.1" 200 1234 2ms
// Built for a server answering tens of thousands of requests a second: the local clock text is
// computed once per second (QDateTime re-reads the time zone on every call, so it is asked only
// when the second changes) and no QString is made for a line unless a field needs UTF-8 repair.
class AccessLogFormatter
{
    Q_DECLARE_TR_FUNCTIONS(AccessLogFormatter)

public:
    AccessLogFormatter();

    // Appends one line (without the newline).
    void append(QByteArray *out, const RequestLogEntry &entry);
    QString line(const RequestLogEntry &entry);

private:
    void appendClock(QByteArray *out, qint64 msecsSinceEpoch);

    qint64 m_second = -1;
    char m_clock[8] = {};   // "HH:mm:ss" of m_second, local time
    QByteArray m_incomplete;
};
