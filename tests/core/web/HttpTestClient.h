#pragma once

#include <QtTest>

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QTcpSocket>

#include <optional>

// A raw HTTP client for the web server tests: what a student's socket script is. It sends exact
// bytes, keeps every byte it receives, and cuts the received stream into responses (status
// line, header lines, body by Content-Length) so that pipelining, HEAD and 304 can be checked
// to the byte. Waiting spins the event loop, so an in-process server keeps running meanwhile.
struct HttpReply
{
    QByteArray raw;          // head + body, exactly as received
    QByteArray head;         // status line + header lines + blank line
    QByteArray version;      // "HTTP/1.1"
    int status = 0;
    QByteArray reason;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    int headerCount(const QByteArray &name) const
    {
        int n = 0;
        for (const auto &h : headers)
            n += h.first.compare(name, Qt::CaseInsensitive) == 0 ? 1 : 0;
        return n;
    }
    bool hasHeader(const QByteArray &name) const { return headerCount(name) > 0; }
};

class HttpTestClient : public QObject
{
public:
    explicit HttpTestClient(QObject *parent = nullptr)
        : QObject(parent)
    {
        connect(&socket, &QIODevice::readyRead, this, [this] { drain(); });
        connect(&socket, &QAbstractSocket::disconnected, this, [this] { drain(); });
    }

    bool connectTo(quint16 port, const QHostAddress &address = QHostAddress(QHostAddress::LocalHost))
    {
        socket.connectToHost(address, port);
        return socket.waitForConnected(10000);
    }

    void send(const QByteArray &bytes)
    {
        socket.write(bytes);
        socket.flush();
    }

    // Waits for the next whole response. `headOnly`: the request was HEAD (no body follows).
    std::optional<HttpReply> next(bool headOnly = false, int timeoutMs = 20000)
    {
        std::optional<HttpReply> reply;
        static_cast<void>(QTest::qWaitFor([&] {
            reply = take(headOnly);
            return reply.has_value() || (socket.state() != QAbstractSocket::ConnectedState && !socket.bytesAvailable());
        }, timeoutMs));
        if (!reply)
            reply = take(headOnly);
        return reply;
    }

    // GET/HEAD helper for the common one-request case on this connection.
    std::optional<HttpReply> request(const QByteArray &method, const QByteArray &target,
                                     const QByteArray &extraHeaders = {}, const QByteArray &version = "HTTP/1.1")
    {
        send(method + ' ' + target + ' ' + version + "\r\nHost: localhost\r\n" + extraHeaders + "\r\n");
        return next(method == "HEAD");
    }

    bool waitForClose(int timeoutMs = 20000)
    {
        return QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
    }

    bool isOpen() const { return socket.state() == QAbstractSocket::ConnectedState; }

    void drain()
    {
        if (!reading)
            return;
        while (socket.bytesAvailable() > 0) {
            const QByteArray chunk = socket.read(1024 * 1024);
            receivedBytes += chunk.size();
            if (keep)
                pending += chunk;
        }
    }

    // Parses one response off the front of `pending`, or nothing when it is not complete.
    std::optional<HttpReply> take(bool headOnly)
    {
        const qsizetype end = pending.indexOf("\r\n\r\n");
        if (end < 0)
            return std::nullopt;
        HttpReply r;
        r.head = pending.left(end + 4);
        const QList<QByteArray> lines = pending.left(end).split('\n');
        const QByteArray statusLine = lines.value(0).chopped(lines.value(0).endsWith('\r') ? 1 : 0);
        const QList<QByteArray> parts = statusLine.split(' ');
        if (parts.size() < 3)
            return std::nullopt;
        r.version = parts.at(0);
        r.status = parts.at(1).toInt();
        r.reason = statusLine.mid(parts.at(0).size() + parts.at(1).size() + 2);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            QByteArray line = lines.at(i);
            if (line.endsWith('\r'))
                line.chop(1);
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                r.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
        }
        qint64 length = 0;
        const bool bodiless = headOnly || r.status == 304 || r.status == 204 || (r.status >= 100 && r.status < 200);
        if (!bodiless) {
            if (r.hasHeader("Content-Length"))
                length = r.header("Content-Length").toLongLong();
            else if (socket.state() == QAbstractSocket::ConnectedState)
                return std::nullopt;   // read until close
            else
                length = pending.size() - (end + 4);
        }
        if (pending.size() - (end + 4) < length)
            return std::nullopt;
        r.body = pending.mid(end + 4, length);
        r.raw = pending.left(end + 4 + length);
        pending.remove(0, end + 4 + length);
        return r;
    }

    QTcpSocket socket;
    QByteArray pending;      // received and not yet taken
    qint64 receivedBytes = 0;
    bool keep = true;        // false: count bytes only (large downloads)
    bool reading = true;     // false: leave bytes in the socket (a client that does not read)
};
