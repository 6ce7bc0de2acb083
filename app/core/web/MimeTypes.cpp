#include "MimeTypes.h"

#include <QMimeType>

QByteArray MimeTypes::contentTypeFor(const QString &fileName, QIODevice *content)
{
    const qsizetype slash = fileName.lastIndexOf(QLatin1Char('/'));
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    if (dot <= slash + 1)
        return compute(fileName, content);   // no suffix: look at the content
    const QString suffix = fileName.mid(dot + 1).toLower();
    auto it = m_bySuffix.constFind(suffix);
    if (it != m_bySuffix.constEnd())
        return it.value();
    const QByteArray type = compute(fileName, nullptr);
    if (m_bySuffix.size() < 4096)
        m_bySuffix.insert(suffix, type);
    return type;
}

QByteArray MimeTypes::compute(const QString &fileName, QIODevice *content)
{
    QMimeType mime;
    if (content) {
        mime = m_database.mimeTypeForFileNameAndData(fileName.mid(fileName.lastIndexOf(QLatin1Char('/')) + 1), content);
        content->seek(0);
    } else {
        mime = m_database.mimeTypeForFile(fileName, QMimeDatabase::MatchExtension);
    }
    QByteArray name = mime.isValid() ? mime.name().toLatin1() : QByteArray("application/octet-stream");
    const bool text = name.startsWith("text/") || mime.inherits(QStringLiteral("text/plain"))
        || name == "application/javascript" || name == "application/json" || name == "image/svg+xml"
        || name == "application/xml";
    if (text)
        name += "; charset=utf-8";
    return name;
}
