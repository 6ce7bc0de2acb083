#pragma once

#include <QByteArray>

// Builds the bytes of a response head: status line, Date and Server, the added fields, and
// the blank line. One buffer, reserved once.
class HttpResponseHead
{
public:
    explicit HttpResponseHead(int status);

    void add(const char *name, const QByteArray &value);
    void add(const char *name, qint64 value);
    void addRaw(const QByteArray &lines);   // complete "Name: value\r\n" lines
    QByteArray finish();   // appends the blank line and hands the bytes over

    static const char *reasonPhrase(int status);

private:
    QByteArray m_bytes;
};
