#pragma once

#include <QByteArray>
#include <QString>

// What the server knows about one file or folder under the root, valid while the identity of
// what a request opened (device, inode, size and modification time, from fstat() of the
// opened descriptor) stays the same.
struct CachedFile
{
    QByteArray relativePath;    // the path asked for, beneath the root ("docs/a.html")
    bool isDir = false;
    bool isRegular = false;
    qint64 size = 0;
    qint64 mtimeSecs = 0;
    qint64 mtimeNsecs = 0;
    quint64 device = 0;
    quint64 inode = 0;
    QByteArray etag;            // "\"<size hex>-<mtime ns hex>\""
    QByteArray lastModified;    // HTTP date
    QByteArray contentType;
    QByteArray content;         // small files only, read once
    QByteArray headerFields;    // prebuilt Content-Type/Last-Modified/ETag/Accept-Ranges lines
    bool contentLoaded = false;
};
