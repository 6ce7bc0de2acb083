#include "MimeTypes.h"

#include <QMimeType>

QByteArray MimeTypes::contentTypeFor(const QString &filePath)
{
    const qsizetype slash = filePath.lastIndexOf(QLatin1Char('/'));
    const qsizetype dot = filePath.lastIndexOf(QLatin1Char('.'));
    if (dot <= slash + 1)
        return compute(filePath, true);   // no suffix: look at the content
    const QString suffix = filePath.mid(dot + 1).toLower();
    auto it = m_bySuffix.constFind(suffix);
    if (it != m_bySuffix.constEnd())
        return it.value();
    const QByteArray type = compute(filePath, false);
    if (m_bySuffix.size() < 4096)
        m_bySuffix.insert(suffix, type);
    return type;
}

QByteArray MimeTypes::compute(const QString &filePath, bool byContent)
{
    const QMimeType mime = m_database.mimeTypeForFile(
        filePath, byContent ? QMimeDatabase::MatchDefault : QMimeDatabase::MatchExtension);
    QByteArray name = mime.isValid() ? mime.name().toLatin1() : QByteArray("application/octet-stream");
    const bool text = name.startsWith("text/") || mime.inherits(QStringLiteral("text/plain"))
        || name == "application/javascript" || name == "application/json" || name == "image/svg+xml"
        || name == "application/xml";
    if (text)
        name += "; charset=utf-8";
    return name;
}
