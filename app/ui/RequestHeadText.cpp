#include "RequestHeadText.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

#include "ControlCharEscaper.h"

QStringList RequestHeadText::lines(const QByteArray &head)
{
    QByteArray text = head;
    while (text.endsWith('\n') || text.endsWith('\r'))
        text.chop(1);
    QStringList result;
    if (text.isEmpty())
        return result;
    // splitlines(): "\r\n", "\r" and "\n" all end a line.
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c != '\r' && c != '\n')
            continue;
        result.append(ControlCharEscaper::escaped(QString::fromUtf8(text.mid(start, i - start))));
        if (c == '\r' && i + 1 < text.size() && text.at(i + 1) == '\n')
            ++i;
        start = i + 1;
    }
    result.append(ControlCharEscaper::escaped(QString::fromUtf8(text.mid(start))));
    return result;
}

QString RequestHeadText::request(const RequestLogEntry &entry)
{
    const QString time = QDateTime::fromMSecsSinceEpoch(entry.msecsSinceEpoch).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    QStringList out;
    out.append(tr("# Request from %1 at %2").arg(entry.client, time));
    const QStringList request = lines(entry.requestHead);
    if (request.isEmpty())
        out.append(tr("# (nothing readable was received)"));
    else
        out.append(request);
    return out.join(QLatin1Char('\n'));
}

QString RequestHeadText::response(const RequestLogEntry &entry)
{
    QStringList out;
    if (entry.completed)
        out.append(tr("# Response (body bytes sent: %1, time: %2 ms)")
                       .arg(QLocale().toString(entry.bytesSent)).arg(entry.durationMs));
    else
        out.append(tr("# Response (the client went away; body bytes sent: %1)").arg(QLocale().toString(entry.bytesSent)));
    const QStringList response = lines(entry.responseHead);
    if (response.isEmpty())
        out.append(tr("# (no response was sent)"));
    else
        out.append(response);
    return out.join(QLatin1Char('\n'));
}
