#include "HttpErrorPage.h"

#include <QCoreApplication>
#include <QString>

#include "HttpResponseHead.h"

namespace {

QString explanation(int status)
{
    const char *text = nullptr;
    switch (status) {
    case 400: text = QT_TRANSLATE_NOOP("HttpErrorPage", "The server could not understand the request."); break;
    case 403: text = QT_TRANSLATE_NOOP("HttpErrorPage", "You may not see this folder or file."); break;
    case 404: text = QT_TRANSLATE_NOOP("HttpErrorPage", "No file with this name is served here."); break;
    case 405: text = QT_TRANSLATE_NOOP("HttpErrorPage", "This server only answers GET and HEAD requests."); break;
    case 408: text = QT_TRANSLATE_NOOP("HttpErrorPage", "The request took too long to arrive."); break;
    case 414: text = QT_TRANSLATE_NOOP("HttpErrorPage", "The address is too long."); break;
    case 416: text = QT_TRANSLATE_NOOP("HttpErrorPage", "The requested byte range lies outside the file."); break;
    case 431: text = QT_TRANSLATE_NOOP("HttpErrorPage", "The request headers are too large."); break;
    case 501: text = QT_TRANSLATE_NOOP("HttpErrorPage", "This request method is not implemented."); break;
    case 503: text = QT_TRANSLATE_NOOP("HttpErrorPage", "The server is busy (too many connections). Try again later."); break;
    case 505: text = QT_TRANSLATE_NOOP("HttpErrorPage", "Only HTTP/1.0 and HTTP/1.1 are supported."); break;
    default: text = QT_TRANSLATE_NOOP("HttpErrorPage", "The request failed."); break;
    }
    return QCoreApplication::translate("HttpErrorPage", text);
}

} // namespace

QByteArray HttpErrorPage::html(int status)
{
    const QString title = QStringLiteral("%1 %2").arg(status).arg(QLatin1String(HttpResponseHead::reasonPhrase(status)));
    return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title></head>\n"
                          "<body><h1>%1</h1>\n<p>%2</p>\n<hr><p>SocketLab</p></body></html>\n")
        .arg(title.toHtmlEscaped(), explanation(status).toHtmlEscaped())
        .toUtf8();
}
