#pragma once

#include <QByteArray>
#include <QString>

// What the server knows about one path under the root, valid while the file's identity, size
// and modification time stay the same (checked with one stat() per request).
struct CachedFile
{
    QByteArray localPath;       // encoded file-system path
    QString path;               // the same, as text (for listings and QFile)
    bool isDir = false;
    bool isRegular = false;
    bool outsideRoot = false;   // resolves (through symlinks) outside the root: never served
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
