#pragma once

#include <QByteArray>
#include <QHash>
#include <QIODevice>
#include <QMimeDatabase>
#include <QString>

// Content-Type values from QMimeDatabase, cached by file suffix so that a request costs a hash
// lookup. Text types get "; charset=utf-8". A name without a suffix is typed by its content,
// read from `content` (the file already opened, never the name; left at position 0).
class MimeTypes
{
public:
    QByteArray contentTypeFor(const QString &fileName, QIODevice *content);

private:
    QByteArray compute(const QString &fileName, QIODevice *content);

    QMimeDatabase m_database;
    QHash<QString, QByteArray> m_bySuffix;
};
