#include "DirectoryListing.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QUrl>

#include <algorithm>

QByteArray DirectoryListing::render(const QString &urlPath, const RootedFile &rooted, const RootedFile::Result &folder)
{
    struct Row
    {
        QString name;
        bool isDir = false;
        qint64 size = 0;
        qint64 mtimeSecs = 0;
    };
    const QList<RootedFile::Entry> found = rooted.entries(folder, true);
    QList<Row> entries;
    entries.reserve(found.size());
    for (const RootedFile::Entry &e : found)
        entries.append({QFile::decodeName(e.name), e.info.isFolder(), e.info.size, e.info.modifiedSecs});
    std::sort(entries.begin(), entries.end(), [](const Row &a, const Row &b) {
        if (a.isDir != b.isDir)
            return a.isDir;
        const int c = QString::compare(a.name, b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.name < b.name;
    });
    const int total = int(entries.size());
    const QLocale locale = QLocale::c();
    const QString title = tr("Index of %1").arg(urlPath).toHtmlEscaped();

    QString html;
    html.reserve(4096);
    html += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>\n"
                           "<style>body{font-family:sans-serif;margin:2em}td{padding:2px 1em}"
                           "td.size{text-align:right}</style></head>\n<body><h1>%1</h1>\n<table>\n")
                .arg(title);
    html += QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th></tr>\n")
                .arg(tr("Name").toHtmlEscaped(), tr("Size").toHtmlEscaped(), tr("Modified").toHtmlEscaped());
    if (urlPath != QLatin1String("/"))
        html += QStringLiteral("<tr><td><a href=\"../\">../</a></td><td></td><td></td></tr>\n");
    int shown = 0;
    for (const Row &info : std::as_const(entries)) {
        if (shown++ >= MaxEntries)
            break;
        const bool isDir = info.isDir;
        const QString name = info.name + (isDir ? QStringLiteral("/") : QString());
        const QString href = QString::fromLatin1(QUrl::toPercentEncoding(info.name))
            + (isDir ? QStringLiteral("/") : QString());
        // The page is in English (QLocale::c()), whose formattedDataSize() says "1 bytes".
        const QString size = isDir ? QStringLiteral("-")
            : info.size == 1       ? QStringLiteral("1 byte")
                                   : locale.formattedDataSize(info.size);
        const QString modified
            = QDateTime::fromSecsSinceEpoch(info.mtimeSecs).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        html += QStringLiteral("<tr><td><a href=\"%1\">%2</a></td><td class=\"size\">%3</td><td>%4</td></tr>\n")
                    .arg(href.toHtmlEscaped(), name.toHtmlEscaped(), size, modified);
    }
    html += QStringLiteral("</table>\n");
    if (total > MaxEntries)
        html += QStringLiteral("<p>%1</p>\n").arg(tr("Only the first %n entries are shown.", nullptr, MaxEntries).toHtmlEscaped());
    html += QStringLiteral("</body></html>\n");
    return html.toUtf8();
}
