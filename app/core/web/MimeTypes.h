#pragma once

#include <QByteArray>
#include <QHash>
#include <QMimeDatabase>
#include <QString>

// Content-Type values from QMimeDatabase, cached by file suffix so that a request costs a hash
// lookup. Text types get "; charset=utf-8".
class MimeTypes
{
public:
    QByteArray contentTypeFor(const QString &filePath);

private:
    QByteArray compute(const QString &filePath, bool byContent);

    QMimeDatabase m_database;
    QHash<QString, QByteArray> m_bySuffix;
};
