#include "HttpResponseHead.h"

#include "HttpDate.h"

HttpResponseHead::HttpResponseHead(int status)
{
    m_bytes.reserve(320);
    m_bytes.append("HTTP/1.1 ");
    m_bytes.append(QByteArray::number(status));
    m_bytes.append(' ');
    m_bytes.append(reasonPhrase(status));
    m_bytes.append("\r\nServer: SocketLab\r\nDate: ");
    m_bytes.append(HttpDate::now());
    m_bytes.append("\r\n");
}

void HttpResponseHead::add(const char *name, const QByteArray &value)
{
    m_bytes.append(name);
    m_bytes.append(": ");
    m_bytes.append(value);
    m_bytes.append("\r\n");
}

void HttpResponseHead::add(const char *name, qint64 value)
{
    add(name, QByteArray::number(value));
}

void HttpResponseHead::addRaw(const QByteArray &lines)
{
    m_bytes.append(lines);
}

QByteArray HttpResponseHead::finish()
{
    m_bytes.append("\r\n");
    return std::move(m_bytes);
}

const char *HttpResponseHead::reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 206: return "Partial Content";
    case 301: return "Moved Permanently";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 414: return "URI Too Long";
    case 416: return "Range Not Satisfiable";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: return "Unknown";
    }
}
