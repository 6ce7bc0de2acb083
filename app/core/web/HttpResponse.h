#pragma once

#include <QByteArray>
#include <QFile>

#include <memory>

// One response ready to send: the head bytes, then either an in-memory body or a slice of a
// file that the connection streams with back-pressure.
struct HttpResponse
{
    int status = 200;
    QByteArray head;
    QByteArray body;           // in-memory body (error pages, listings, small files)
    std::unique_ptr<QFile> file;   // streamed body when set: the file already opened for reading
    qint64 fileOffset = 0;
    qint64 fileLength = 0;
    bool close = false;        // close the connection after this response
};
