#include <QtTest>

#include <QLocale>
#include <QNetworkInterface>
#include <QTcpServer>
#include <QTimer>

#include <memory>

#include "HttpDate.h"
#include "HttpTestClient.h"
#include "RefusedDescriptor.h"
#include "StreamListener.h"
#include "TestEnvironment.h"
#include "WebServer.h"
#include "WebTestSite.h"

// The web server over loopback, byte for byte: every status the issue lists, the header fields,
// HEAD, keep-alive and HTTP/1.0, pipelining, ranges, conditional requests, folders and listings,
// percent-decoding, timeouts and the request log. Traversal attempts are in tst_webtraversal,
// load and streaming in tst_webserverload.
class tst_WebServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void startsOnOsChosenPortAndStops();
    void urlsFollowTheBoundFamilies();
    void startFailures();
    void stoppedOnlyAfterStarted();
    void refusedDescriptorIsClosedOnce();
    void fileHeaders();
    void contentTypes_data();
    void contentTypes();
    void headMatchesGet();
    void emptyFile();
    void changedFileIsServedFresh();
    void keepAlive_data();
    void keepAlive();
    void pipelinedInOrder();
    void pipelinedByteByByte();
    void ranges_data();
    void ranges();
    void ifRange_data();
    void ifRange();
    void ifRangeDateMustBeStrong();
    void conditional_data();
    void conditional();
    void folders_data();
    void folders();
    void listing();
    void percentDecoding_data();
    void percentDecoding();
    void errorStatuses_data();
    void errorStatuses();
    void oversizedHeads_data();
    void oversizedHeads();
    void slowHeadGets408();
    void idleKeepAliveIsClosed();
    void silentConnectionIsClosed();
    void requestLog();

private:
    WebServerOptions options(bool listing = false) const;
    std::unique_ptr<WebServer> startServer(const WebServerOptions &options);
    std::optional<HttpReply> fetch(quint16 port, const QByteArray &request, bool headOnly = false);

    TestEnvironment m_env;
    WebTestSite m_site;
    std::unique_ptr<WebServer> m_server;   // the plain server most tests share
    quint16 m_port = 0;
    QByteArray m_large;
};

WebServerOptions tst_WebServer::options(bool listing) const
{
    WebServerOptions o;
    o.root = m_site.root();
    o.bindAddress = QHostAddress(QHostAddress::LocalHost);
    o.port = 0;
    o.listing = listing;
    return o;
}

std::unique_ptr<WebServer> tst_WebServer::startServer(const WebServerOptions &o)
{
    auto server = std::make_unique<WebServer>();
    QSignalSpy started(server.get(), &WebServer::started);
    server->start(o);
    if (started.isEmpty() && !started.wait(10000))
        return nullptr;
    return server;
}

std::optional<HttpReply> tst_WebServer::fetch(quint16 port, const QByteArray &request, bool headOnly)
{
    HttpTestClient client;
    if (!client.connectTo(port))
        return std::nullopt;
    client.send(request);
    return client.next(headOnly);
}

void tst_WebServer::initTestCase()
{
    QVERIFY(m_site.write(QStringLiteral("index.html"), "<!DOCTYPE html><title>index</title>\n"));
    QVERIFY(m_site.write(QStringLiteral("style.css"), "body { color: red }\n"));
    QVERIFY(m_site.write(QStringLiteral("script.js"), "console.log('hi');\n"));
    QVERIFY(m_site.write(QStringLiteral("data.json"), "{\"a\": 1}\n"));
    QVERIFY(m_site.write(QStringLiteral("notes.txt"), "plain text\n"));
    QVERIFY(m_site.write(QStringLiteral("logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n"));
    QVERIFY(m_site.write(QStringLiteral("photo.jpg"), QByteArray("\xff\xd8\xff\xe0") + WebTestSite::pattern(500)));
    QVERIFY(m_site.write(QStringLiteral("picture.png"), QByteArray("\x89PNG\r\n\x1a\n") + WebTestSite::pattern(100)));
    QVERIFY(m_site.write(QStringLiteral("blob"), WebTestSite::pattern(300)));
    QVERIFY(m_site.write(QStringLiteral("empty.txt"), QByteArray()));
    QVERIFY(m_site.write(QStringLiteral("range.bin"), WebTestSite::pattern(1000)));
    m_large = WebTestSite::pattern(3 * 1024 * 1024 + 17);
    QVERIFY(m_site.write(QStringLiteral("large.bin"), m_large));
    QVERIFY(m_site.write(QString::fromUtf8("你好.html"), "<p>\xe4\xbd\xa0\xe5\xa5\xbd</p>\n"));
    QVERIFY(m_site.write(QStringLiteral("a b.txt"), "space file"));
    QVERIFY(m_site.write(QStringLiteral("a+b.txt"), "plus file"));
    QVERIFY(m_site.write(QStringLiteral("sub/index.html"), "sub index"));
    QVERIFY(m_site.write(QStringLiteral("sub/page.html"), "sub page"));
    QVERIFY(m_site.write(QStringLiteral("evil.com/index.html"), "not evil"));
    QVERIFY(m_site.write(QStringLiteral("nolisting/b.txt"), "b"));
    QVERIFY(m_site.write(QStringLiteral("nolisting/A.txt"), QByteArray(1234, 'A')));
    QVERIFY(m_site.write(QStringLiteral("nolisting/<x>&\".txt"), "escaped"));
    QVERIFY(m_site.mkdir(QStringLiteral("nolisting/z dir")));

    // A long idle timeout: a connection that should close must close because of the answer,
    // not because the server eventually gave up on it.
    WebServerOptions shared = options();
    shared.idleTimeoutMs = 120000;
    m_server = startServer(shared);
    QVERIFY(m_server);
    m_port = m_server->port();
}

void tst_WebServer::urlsFollowTheBoundFamilies()
{
    const bool hasIPv6Loopback = QNetworkInterface::allAddresses().contains(QHostAddress(QHostAddress::LocalHostIPv6));
    const QString v4 = QStringLiteral("http://127.0.0.1:8000/");
    const QString v6 = QStringLiteral("http://[::1]:8000/");
    auto hasIPv6 = [](const QStringList &urls) {
        return std::any_of(urls.cbegin(), urls.cend(), [](const QString &u) { return u.startsWith(QLatin1String("http://[")); });
    };
    auto hasIPv4 = [](const QStringList &urls) {
        return std::any_of(urls.cbegin(), urls.cend(), [](const QString &u) { return !u.startsWith(QLatin1String("http://[")); });
    };

    // "Any address" is dual stack: both loopbacks, IPv4 first.
    const QStringList any = WebServer::urlsFor(QHostAddress(QHostAddress::Any), 8000);
    QCOMPARE(any.value(0), v4);
    if (hasIPv6Loopback)
        QCOMPARE(any.value(1), v6);
    QCOMPARE(QSet<QString>(any.cbegin(), any.cend()).size(), any.size());   // no URL twice
    for (const QString &u : any)
        QVERIFY2(!u.contains(QLatin1Char('%')) && !u.contains(QLatin1String("[fe80")), qPrintable(u));

    const QStringList anyV4 = WebServer::urlsFor(QHostAddress(QHostAddress::AnyIPv4), 8000);
    QCOMPARE(anyV4.value(0), v4);
    QVERIFY(!hasIPv6(anyV4));

    const QStringList anyV6 = WebServer::urlsFor(QHostAddress(QHostAddress::AnyIPv6), 8000);
    QVERIFY(!hasIPv4(anyV6));
    if (hasIPv6Loopback)
        QCOMPARE(anyV6.value(0), v6);

    QCOMPARE(WebServer::urlsFor(QHostAddress(QHostAddress::LocalHostIPv6), 8000), QStringList{v6});
    QCOMPARE(WebServer::urlsFor(QHostAddress(QHostAddress::LocalHost), 8000), QStringList{v4});
}

void tst_WebServer::startsOnOsChosenPortAndStops()
{
    auto server = startServer(options());
    QVERIFY(server);
    QVERIFY(server->isListening());
    const quint16 port = server->port();
    QVERIFY(port != 0);
    QCOMPARE(server->options().root, m_site.root());

    const QStringList urls = WebServer::urlsFor(QHostAddress(QHostAddress::Any), port);
    QCOMPARE(urls.value(0), QStringLiteral("http://127.0.0.1:%1/").arg(port));
    QCOMPARE(WebServer::urlsFor(QHostAddress(QStringLiteral("::1")), 8000),
             QStringList{QStringLiteral("http://[::1]:8000/")});

    const std::optional<HttpReply> reply = fetch(port, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);

    // stop() closes kept-alive connections too, and the port is free again.
    HttpTestClient open;
    QVERIFY(open.connectTo(port));
    QVERIFY(open.request("GET", "/index.html"));
    QSignalSpy stopped(server.get(), &WebServer::stopped);
    server->stop();
    QCOMPARE(stopped.size(), 1);
    QVERIFY(!server->isListening());
    QVERIFY(open.waitForClose());
    QTcpServer again;
    QVERIFY2(again.listen(QHostAddress(QHostAddress::LocalHost), port), qPrintable(again.errorString()));
}

void tst_WebServer::startFailures()
{
    WebServer server;
    QSignalSpy failed(&server, &WebServer::startFailed);
    QSignalSpy started(&server, &WebServer::started);

    WebServerOptions o = options();
    o.root = m_site.path(QStringLiteral("does-not-exist"));
    server.start(o);
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("does-not-exist")));

    o.root = m_site.path(QStringLiteral("index.html"));
    server.start(o);
    QCOMPARE(failed.size(), 2);
    QVERIFY(failed.at(1).at(0).toString().contains(QStringLiteral("index.html")));

    o = options();
    o.port = m_port;   // taken by the shared server
    server.start(o);
    QCOMPARE(failed.size(), 3);
    QVERIFY(!failed.at(2).at(0).toString().isEmpty());
    QVERIFY(failed.at(2).at(0).toString().contains(QString::number(m_port)));
    QCOMPARE(started.size(), 0);
    QVERIFY(!server.isListening());
}

void tst_WebServer::stoppedOnlyAfterStarted()
{
    WebServer server;
    QSignalSpy stopped(&server, &WebServer::stopped);
    server.stop();   // never started
    QCOMPARE(stopped.size(), 0);

    WebServerOptions o = options();
    o.port = m_port;   // taken: start fails, so there is nothing to stop
    server.start(o);
    QVERIFY(!server.isListening());
    server.stop();
    QCOMPARE(stopped.size(), 0);

    QSignalSpy started(&server, &WebServer::started);
    server.start(options());
    QCOMPARE(started.size(), 1);
    server.start(options());   // a running server is stopped before it starts again
    QCOMPARE(started.size(), 2);
    QCOMPARE(stopped.size(), 1);
    server.stop();
    QCOMPARE(stopped.size(), 2);
    server.stop();
    QCOMPARE(stopped.size(), 2);
}

void tst_WebServer::refusedDescriptorIsClosedOnce()
{
    WebServer server;
    QVERIFY(server.findChild<StreamListener *>());
    const int closes = RefusedDescriptor::closesAfterRefusal(server.findChild<StreamListener *>());
    if (closes < 0)
        QSKIP("Counting closes needs Linux and the POSIX platform layer.");
    QCOMPARE(closes, 1);
    QCOMPARE(server.stats().openConnections, 0);
}

void tst_WebServer::fileHeaders()
{
    HttpTestClient client;
    QVERIFY(client.connectTo(m_port));
    const std::optional<HttpReply> reply = client.request("GET", "/index.html");
    QVERIFY(reply);
    QCOMPARE(reply->version, QByteArray("HTTP/1.1"));
    QCOMPARE(reply->status, 200);
    QCOMPARE(reply->reason, QByteArray("OK"));
    QVERIFY(reply->head.startsWith("HTTP/1.1 200 OK\r\n"));
    QCOMPARE(reply->body, QByteArray("<!DOCTYPE html><title>index</title>\n"));
    QCOMPARE(reply->header("Content-Type"), QByteArray("text/html; charset=utf-8"));
    QCOMPARE(reply->header("Content-Length"), QByteArray::number(reply->body.size()));
    QCOMPARE(reply->header("Last-Modified"), QByteArray("Thu, 02 Jan 2020 03:04:05 GMT"));
    QCOMPARE(reply->header("Accept-Ranges"), QByteArray("bytes"));
    const QByteArray etag = reply->header("ETag");
    QVERIFY2(etag.size() > 2 && etag.startsWith('"') && etag.endsWith('"'), etag.constData());
    const qint64 date = HttpDate::parse(reply->header("Date"));
    QVERIFY2(date > 0, reply->header("Date").constData());
    QVERIFY(qAbs(date - QDateTime::currentSecsSinceEpoch()) < 24 * 3600);
    QCOMPARE(HttpDate::format(date), reply->header("Date"));   // IMF-fixdate exactly
    for (const QByteArray &name : {QByteArray("Content-Type"), QByteArray("Content-Length"), QByteArray("Date"),
                                   QByteArray("ETag"), QByteArray("Last-Modified")})
        QCOMPARE(reply->headerCount(name), 1);
    QVERIFY(!reply->hasHeader("Connection"));   // HTTP/1.1 keeps the connection by default
    QVERIFY(client.isOpen());

    // The same file again on the same connection: the same validators.
    const std::optional<HttpReply> again = client.request("GET", "/index.html");
    QVERIFY(again);
    QCOMPARE(again->header("ETag"), etag);
    QCOMPARE(again->body, reply->body);
}

void tst_WebServer::contentTypes_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("type");

    QTest::newRow("html") << QByteArray("/index.html") << QByteArray("text/html; charset=utf-8");
    QTest::newRow("css") << QByteArray("/style.css") << QByteArray("text/css; charset=utf-8");
    QTest::newRow("txt") << QByteArray("/notes.txt") << QByteArray("text/plain; charset=utf-8");
    QTest::newRow("js") << QByteArray("/script.js") << QByteArray("application/javascript; charset=utf-8");
    QTest::newRow("json") << QByteArray("/data.json") << QByteArray("application/json; charset=utf-8");
    QTest::newRow("svg") << QByteArray("/logo.svg") << QByteArray("image/svg+xml; charset=utf-8");
    QTest::newRow("jpg") << QByteArray("/photo.jpg") << QByteArray("image/jpeg");
    QTest::newRow("png") << QByteArray("/picture.png") << QByteArray("image/png");
    QTest::newRow("chinese name") << QByteArray("/%E4%BD%A0%E5%A5%BD.html") << QByteArray("text/html; charset=utf-8");
    QTest::newRow("binary, no suffix") << QByteArray("/blob") << QByteArray("application/octet-stream");
    QTest::newRow("bin") << QByteArray("/range.bin") << QByteArray("application/octet-stream");
}

void tst_WebServer::contentTypes()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, type);
    const std::optional<HttpReply> reply = fetch(m_port, "GET " + target + " HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);
    QCOMPARE(reply->header("Content-Type"), type);
}

void tst_WebServer::headMatchesGet()
{
    for (const QByteArray &target : {QByteArray("/index.html"), QByteArray("/large.bin"), QByteArray("/missing"),
                                     QByteArray("/sub")}) {
        HttpTestClient client;
        QVERIFY(client.connectTo(m_port));
        const std::optional<HttpReply> get = client.request("GET", target);
        const std::optional<HttpReply> head = client.request("HEAD", target);
        QVERIFY(get && head);
        QCOMPARE(head->status, get->status);
        QVERIFY(head->body.isEmpty());
        QCOMPARE(head->header("Content-Length"), get->header("Content-Length"));
        QCOMPARE(head->header("Content-Type"), get->header("Content-Type"));
        QCOMPARE(head->header("ETag"), get->header("ETag"));
        // Nothing followed the HEAD answer: the next answer on the connection starts cleanly.
        const std::optional<HttpReply> after = client.request("GET", "/style.css");
        QVERIFY(after);
        QCOMPARE(after->status, 200);
        QCOMPARE(after->body, QByteArray("body { color: red }\n"));
        QVERIFY(client.pending.isEmpty());
    }
}

void tst_WebServer::emptyFile()
{
    HttpTestClient client;
    QVERIFY(client.connectTo(m_port));
    const std::optional<HttpReply> reply = client.request("GET", "/empty.txt");
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);
    QCOMPARE(reply->header("Content-Length"), QByteArray("0"));
    QVERIFY(reply->body.isEmpty());
    const std::optional<HttpReply> next = client.request("GET", "/notes.txt");
    QVERIFY(next);
    QCOMPARE(next->body, QByteArray("plain text\n"));
}

void tst_WebServer::changedFileIsServedFresh()
{
    QVERIFY(m_site.write(QStringLiteral("changing.txt"), "first version"));
    const std::optional<HttpReply> first = fetch(m_port, "GET /changing.txt HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(first);
    QCOMPARE(first->body, QByteArray("first version"));

    QVERIFY(m_site.write(QStringLiteral("changing.txt"), "the second, longer version"));
    const std::optional<HttpReply> second = fetch(m_port, "GET /changing.txt HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(second);
    QCOMPARE(second->body, QByteArray("the second, longer version"));
    QVERIFY(second->header("ETag") != first->header("ETag"));

    QVERIFY(QFile::remove(m_site.path(QStringLiteral("changing.txt"))));
    const std::optional<HttpReply> gone = fetch(m_port, "GET /changing.txt HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(gone);
    QCOMPARE(gone->status, 404);
}

void tst_WebServer::keepAlive_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<QByteArray>("connection");   // request header value, empty: none
    QTest::addColumn<QByteArray>("answer");       // expected Connection field, empty: none
    QTest::addColumn<bool>("staysOpen");

    QTest::newRow("1.1") << QByteArray("HTTP/1.1") << QByteArray() << QByteArray() << true;
    QTest::newRow("1.1 keep-alive") << QByteArray("HTTP/1.1") << QByteArray("keep-alive") << QByteArray() << true;
    QTest::newRow("1.1 close") << QByteArray("HTTP/1.1") << QByteArray("close") << QByteArray("close") << false;
    QTest::newRow("1.1 Close") << QByteArray("HTTP/1.1") << QByteArray("Close") << QByteArray("close") << false;
    QTest::newRow("1.0") << QByteArray("HTTP/1.0") << QByteArray() << QByteArray("close") << false;
    QTest::newRow("1.0 keep-alive") << QByteArray("HTTP/1.0") << QByteArray("keep-alive") << QByteArray("keep-alive")
                                    << true;
    QTest::newRow("1.0 close") << QByteArray("HTTP/1.0") << QByteArray("close") << QByteArray("close") << false;
}

void tst_WebServer::keepAlive()
{
    QFETCH(QByteArray, version);
    QFETCH(QByteArray, connection);
    QFETCH(QByteArray, answer);
    QFETCH(bool, staysOpen);

    for (const QByteArray &target : {QByteArray("/index.html"), QByteArray("/large.bin"), QByteArray("/nothing")}) {
        HttpTestClient client;
        QVERIFY(client.connectTo(m_port));
        QByteArray request = "GET " + target + ' ' + version + "\r\n";
        if (version == "HTTP/1.1")
            request += "Host: localhost\r\n";
        if (!connection.isEmpty())
            request += "Connection: " + connection + "\r\n";
        client.send(request + "\r\n");
        const std::optional<HttpReply> reply = client.next();
        QVERIFY(reply);
        QCOMPARE(reply->version, QByteArray("HTTP/1.1"));   // our version, whatever the client's
        QCOMPARE(reply->header("Connection"), answer);
        if (target == "/large.bin")
            QVERIFY(reply->body == m_large);
        if (staysOpen) {
            const QByteArray again = connection.isEmpty() ? QByteArray() : "Connection: " + connection + "\r\n";
            const std::optional<HttpReply> second = client.request("HEAD", "/index.html", again, version);
            QVERIFY(second);
            QCOMPARE(second->status, 200);
            QVERIFY(client.isOpen());
        } else {
            QVERIFY(client.waitForClose());
            QVERIFY(client.pending.isEmpty());
        }
    }
}

void tst_WebServer::pipelinedInOrder()
{
    HttpTestClient client;
    QVERIFY(client.connectTo(m_port));
    // A streamed file in the middle: what follows must wait for its last byte.
    client.send("GET /index.html HTTP/1.1\r\nHost: a\r\n\r\n"
                "GET /large.bin HTTP/1.1\r\nHost: a\r\n\r\n"
                "HEAD /style.css HTTP/1.1\r\nHost: a\r\n\r\n"
                "GET /missing HTTP/1.1\r\nHost: a\r\n\r\n"
                "GET /range.bin HTTP/1.1\r\nHost: a\r\nRange: bytes=10-19\r\n\r\n"
                "GET /sub HTTP/1.1\r\nHost: a\r\n\r\n"
                "GET /notes.txt HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
    std::optional<HttpReply> r = client.next();
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QCOMPARE(r->body, QByteArray("<!DOCTYPE html><title>index</title>\n"));
    r = client.next();
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QVERIFY(r->body == m_large);
    r = client.next(true);
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QCOMPARE(r->header("Content-Type"), QByteArray("text/css; charset=utf-8"));
    r = client.next();
    QVERIFY(r);
    QCOMPARE(r->status, 404);
    r = client.next();
    QVERIFY(r);
    QCOMPARE(r->status, 206);
    QCOMPARE(r->body, WebTestSite::pattern(1000).mid(10, 10));
    r = client.next();
    QVERIFY(r);
    QCOMPARE(r->status, 301);
    QCOMPARE(r->header("Location"), QByteArray("/sub/"));
    r = client.next();
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QCOMPARE(r->body, QByteArray("plain text\n"));
    QVERIFY(client.waitForClose());
    QVERIFY(client.pending.isEmpty());
}

void tst_WebServer::pipelinedByteByByte()
{
    HttpTestClient client;
    QVERIFY(client.connectTo(m_port));
    const QByteArray requests = "GET /notes.txt HTTP/1.1\r\nHost: a\r\n\r\n"
                                "GET /style.css HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"
                                "HEAD /index.html HTTP/1.1\r\nHost: a\r\n\r\n";
    for (char c : requests) {
        client.send(QByteArray(1, c));
        QCoreApplication::processEvents();
    }
    std::optional<HttpReply> r = client.next();
    QVERIFY(r);
    QCOMPARE(r->body, QByteArray("plain text\n"));
    r = client.next();
    QVERIFY(r);
    QCOMPARE(r->body, QByteArray("body { color: red }\n"));
    r = client.next(true);
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QVERIFY(r->body.isEmpty());
    QVERIFY(client.isOpen());
}

void tst_WebServer::ranges_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("range");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");

    // range.bin (1,000 bytes) is served from memory; large.bin (3 MiB + 17) is streamed.
    for (const auto &file : {std::pair<QByteArray, qint64>{"/range.bin", 1000},
                             std::pair<QByteArray, qint64>{"/large.bin", 3 * 1024 * 1024 + 17}}) {
        const QByteArray target = file.first;
        const qint64 size = file.second;
        auto row = [&](const char *name, const QByteArray &range, int status, qint64 first, qint64 last) {
            QTest::addRow("%s %s", target.constData() + 1, name) << target << range << status << first << last;
        };
        row("first byte", "bytes=0-0", 206, 0, 0);
        row("closed", "bytes=100-199", 206, 100, 199);
        row("open", "bytes=" + QByteArray::number(size - 10) + "-", 206, size - 10, size - 1);
        row("last byte", "bytes=" + QByteArray::number(size - 1) + "-" + QByteArray::number(size - 1), 206,
            size - 1, size - 1);
        row("end past size", "bytes=500-99999999", 206, 500, size - 1);
        row("suffix", "bytes=-7", 206, size - 7, size - 1);
        row("suffix longer", "bytes=-99999999", 206, 0, size - 1);
        row("whole as range", "bytes=0-", 206, 0, size - 1);
        row("start at size", "bytes=" + QByteArray::number(size) + "-", 416, 0, -1);
        row("start past size", "bytes=99999999-", 416, 0, -1);
        row("zero suffix", "bytes=-0", 416, 0, -1);
        row("reversed: ignored", "bytes=9-3", 200, 0, size - 1);
        row("several: whole file", "bytes=0-1,4-5", 200, 0, size - 1);
        row("other unit: ignored", "lines=1-2", 200, 0, size - 1);
        row("garbage: ignored", "bytes=x-y", 200, 0, size - 1);
    }
    QTest::newRow("empty file") << QByteArray("/empty.txt") << QByteArray("bytes=0-") << 416 << qint64(0)
                                << qint64(-1);
}

void tst_WebServer::ranges()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, range);
    QFETCH(int, status);
    QFETCH(qint64, first);
    QFETCH(qint64, last);

    const QByteArray content = target == "/range.bin" ? WebTestSite::pattern(1000)
                             : target == "/large.bin" ? m_large
                                                      : QByteArray();
    HttpTestClient client;
    QVERIFY(client.connectTo(m_port));
    for (const QByteArray &method : {QByteArray("GET"), QByteArray("HEAD")}) {
        const std::optional<HttpReply> reply = client.request(method, target, "Range: " + range + "\r\n");
        QVERIFY(reply);
        QCOMPARE(reply->status, status);
        const QByteArray total = QByteArray::number(content.size());
        if (status == 206) {
            QCOMPARE(reply->header("Content-Range"),
                     "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/' + total);
            QCOMPARE(reply->header("Content-Length"), QByteArray::number(last - first + 1));
            if (method == "GET")
                QVERIFY(reply->body == content.mid(first, last - first + 1));
        } else if (status == 416) {
            QCOMPARE(reply->header("Content-Range"), "bytes */" + total);
            QCOMPARE(reply->header("Content-Type"), QByteArray("text/html; charset=utf-8"));
        } else {
            QVERIFY(!reply->hasHeader("Content-Range"));
            QCOMPARE(reply->header("Content-Length"), total);
            if (method == "GET")
                QVERIFY(reply->body == content);
        }
        if (method == "HEAD")
            QVERIFY(reply->body.isEmpty());
    }
    // The connection is still in step.
    const std::optional<HttpReply> after = client.request("GET", "/notes.txt");
    QVERIFY(after);
    QCOMPARE(after->body, QByteArray("plain text\n"));
}

void tst_WebServer::ifRange_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("range");     // empty: no Range field
    QTest::addColumn<QByteArray>("ifRange");   // "ETAG" stands for the file's current ETag
    QTest::addColumn<int>("status");

    for (const QByteArray &target : {QByteArray("/range.bin"), QByteArray("/large.bin")}) {
        auto row = [&](const char *name, const QByteArray &range, const QByteArray &ifRange, int status) {
            QTest::addRow("%s %s", target.constData() + 1, name) << target << range << ifRange << status;
        };
        const QByteArray r = "bytes=100-199";
        row("strong ETag matches", r, "ETAG", 206);
        row("weak ETag", r, "W/ETAG", 200);
        row("other ETag (the file changed)", r, "\"1-2\"", 200);
        row("ETag without quotes", r, "UNQUOTED", 200);
        row("list of ETags", r, "ETAG, \"1-2\"", 200);
        row("Last-Modified date", r, "Thu, 02 Jan 2020 03:04:05 GMT", 206);
        row("a second later", r, "Thu, 02 Jan 2020 03:04:06 GMT", 200);
        row("a second earlier", r, "Thu, 02 Jan 2020 03:04:04 GMT", 200);
        row("unparsable", r, "yesterday", 200);
        row("match, unsatisfiable range", "bytes=99999999-", "ETAG", 416);
        row("no match, unsatisfiable range", "bytes=99999999-", "\"1-2\"", 200);
        row("If-Range without Range", QByteArray(), "ETAG", 200);
    }
}

void tst_WebServer::ifRange()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, range);
    QFETCH(QByteArray, ifRange);
    QFETCH(int, status);

    const QByteArray content = target == "/range.bin" ? WebTestSite::pattern(1000) : m_large;
    HttpTestClient client;
    QVERIFY(client.connectTo(m_port));
    const std::optional<HttpReply> head = client.request("HEAD", target);
    QVERIFY(head);
    const QByteArray etag = head->header("ETag");
    QVERIFY(etag.startsWith('"') && etag.endsWith('"'));
    ifRange.replace("UNQUOTED", etag.mid(1, etag.size() - 2)).replace("ETAG", etag);
    for (const QByteArray &method : {QByteArray("GET"), QByteArray("HEAD")}) {
        const QByteArray fields = (range.isEmpty() ? QByteArray() : "Range: " + range + "\r\n") + "If-Range: " + ifRange + "\r\n";
        const std::optional<HttpReply> reply = client.request(method, target, fields);
        QVERIFY(reply);
        QCOMPARE(reply->status, status);
        if (status == 206) {
            QCOMPARE(reply->header("Content-Range"), "bytes 100-199/" + QByteArray::number(content.size()));
            if (method == "GET")
                QVERIFY(reply->body == content.mid(100, 100));
        } else if (status == 200) {
            QVERIFY(!reply->hasHeader("Content-Range"));
            QCOMPARE(reply->header("Content-Length"), QByteArray::number(content.size()));
            if (method == "GET")
                QVERIFY(reply->body == content);
        }
    }
}

void tst_WebServer::ifRangeDateMustBeStrong()
{
    // A Last-Modified that is not at least a second old is a weak validator: the same second
    // may hold two versions. A modification time in the future is never that old.
    const qint64 future = QDateTime::currentSecsSinceEpoch() + 3600;
    QVERIFY(m_site.write(QStringLiteral("fresh.bin"), WebTestSite::pattern(500)));
    {
        QFile f(m_site.path(QStringLiteral("fresh.bin")));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::fromSecsSinceEpoch(future, Qt::UTC), QFileDevice::FileModificationTime));
    }
    HttpTestClient client;
    QVERIFY(client.connectTo(m_port));
    const std::optional<HttpReply> head = client.request("HEAD", "/fresh.bin");
    QVERIFY(head);
    QCOMPARE(head->header("Last-Modified"), HttpDate::format(future));
    std::optional<HttpReply> reply
        = client.request("GET", "/fresh.bin", "Range: bytes=0-9\r\nIf-Range: " + HttpDate::format(future) + "\r\n");
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);
    QCOMPARE(reply->body, WebTestSite::pattern(500));
    // Its ETag is strong all the same.
    reply = client.request("GET", "/fresh.bin", "Range: bytes=0-9\r\nIf-Range: " + head->header("ETag") + "\r\n");
    QVERIFY(reply);
    QCOMPARE(reply->status, 206);
    QCOMPARE(reply->body, WebTestSite::pattern(500).left(10));
}

void tst_WebServer::conditional_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("headers");   // ETAG / LASTMOD are replaced by the file's own
    QTest::addColumn<int>("status");

    const QByteArray get = "GET";
    QTest::newRow("etag") << get << QByteArray("If-None-Match: ETAG") << 304;
    QTest::newRow("weak etag") << get << QByteArray("If-None-Match: W/ETAG") << 304;
    QTest::newRow("etag in a list") << get << QByteArray("If-None-Match: \"nope\", ETAG") << 304;
    QTest::newRow("star") << get << QByteArray("If-None-Match: *") << 304;
    QTest::newRow("other etag") << get << QByteArray("If-None-Match: \"nope\"") << 200;
    QTest::newRow("unquoted etag") << get << QByteArray("If-None-Match: nope") << 200;
    QTest::newRow("same date") << get << QByteArray("If-Modified-Since: LASTMOD") << 304;
    QTest::newRow("later date") << get << QByteArray("If-Modified-Since: Fri, 03 Jan 2020 00:00:00 GMT") << 304;
    QTest::newRow("rfc850 date") << get << QByteArray("If-Modified-Since: Thursday, 02-Jan-20 03:04:05 GMT") << 304;
    QTest::newRow("one second earlier") << get << QByteArray("If-Modified-Since: Thu, 02 Jan 2020 03:04:04 GMT")
                                        << 200;
    QTest::newRow("bad date") << get << QByteArray("If-Modified-Since: yesterday") << 200;
    QTest::newRow("etag wins over date")
        << get << QByteArray("If-None-Match: \"nope\"\r\nIf-Modified-Since: LASTMOD") << 200;
    QTest::newRow("head etag") << QByteArray("HEAD") << QByteArray("If-None-Match: ETAG") << 304;
    QTest::newRow("etag beats range") << get << QByteArray("If-None-Match: ETAG\r\nRange: bytes=0-3") << 304;
}

void tst_WebServer::conditional()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, headers);
    QFETCH(int, status);

    HttpTestClient client;
    QVERIFY(client.connectTo(m_port));
    const std::optional<HttpReply> plain = client.request("GET", "/style.css");
    QVERIFY(plain);
    const QByteArray etag = plain->header("ETag");
    const QByteArray lastModified = plain->header("Last-Modified");
    QByteArray extra = headers;
    extra.replace("ETAG", etag).replace("LASTMOD", lastModified);

    const std::optional<HttpReply> reply = client.request(method, "/style.css", extra + "\r\n");
    QVERIFY(reply);
    QCOMPARE(reply->status, status);
    if (status == 304) {
        QCOMPARE(reply->reason, QByteArray("Not Modified"));
        QCOMPARE(reply->header("ETag"), etag);
        QCOMPARE(reply->header("Last-Modified"), lastModified);
        QVERIFY(reply->hasHeader("Date"));
        QVERIFY(reply->body.isEmpty());
    } else {
        QCOMPARE(reply->body, QByteArray("body { color: red }\n"));
    }
    // No stray body after a 304: the next answer parses cleanly.
    const std::optional<HttpReply> after = client.request("GET", "/notes.txt");
    QVERIFY(after);
    QCOMPARE(after->status, 200);
    QCOMPARE(after->body, QByteArray("plain text\n"));
    QVERIFY(client.pending.isEmpty());
}

void tst_WebServer::folders_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("expected");   // Location for 301, the body for 200

    QTest::newRow("root") << QByteArray("/") << 200 << QByteArray("<!DOCTYPE html><title>index</title>\n");
    QTest::newRow("folder with slash") << QByteArray("/sub/") << 200 << QByteArray("sub index");
    QTest::newRow("folder without slash") << QByteArray("/sub") << 301 << QByteArray("/sub/");
    QTest::newRow("query kept") << QByteArray("/sub?x=1&y=%20") << 301 << QByteArray("/sub/?x=1&y=%20");
    QTest::newRow("encoded name kept") << QByteArray("/nolisting/z%20dir") << 301 << QByteArray("/nolisting/z%20dir/");
    QTest::newRow("absolute form") << QByteArray("http://localhost:1/sub") << 301 << QByteArray("/sub/");
    QTest::newRow("never protocol-relative") << QByteArray("//evil.com") << 301 << QByteArray("/evil.com/");
    QTest::newRow("page in folder") << QByteArray("/sub/page.html") << 200 << QByteArray("sub page");
    QTest::newRow("dot segment") << QByteArray("/sub/./page.html") << 200 << QByteArray("sub page");
    QTest::newRow("double slash") << QByteArray("/sub//page.html") << 200 << QByteArray("sub page");
    QTest::newRow("folder, no index, no listing") << QByteArray("/nolisting/") << 403 << QByteArray();
    QTest::newRow("missing file") << QByteArray("/missing.html") << 404 << QByteArray();
    QTest::newRow("missing folder") << QByteArray("/missing/") << 404 << QByteArray();
    QTest::newRow("file with slash") << QByteArray("/notes.txt/") << 404 << QByteArray();
    QTest::newRow("case matters") << QByteArray("/INDEX.HTML") << 404 << QByteArray();
}

void tst_WebServer::folders()
{
    QFETCH(QByteArray, target);
    QFETCH(int, status);
    QFETCH(QByteArray, expected);

    HttpTestClient client;
    QVERIFY(client.connectTo(m_port));
    const std::optional<HttpReply> reply = client.request("GET", target);
    QVERIFY(reply);
    QCOMPARE(reply->status, status);
    QCOMPARE(reply->header("Content-Length"), QByteArray::number(reply->body.size()));
    if (status == 301) {
        QCOMPARE(reply->reason, QByteArray("Moved Permanently"));
        QCOMPARE(reply->header("Location"), expected);
    } else if (status == 200) {
        QCOMPARE(reply->body, expected);
    } else {
        // Errors are small HTML pages that name the status.
        QCOMPARE(reply->header("Content-Type"), QByteArray("text/html; charset=utf-8"));
        QVERIFY(reply->body.contains("<html"));
        QVERIFY(reply->body.contains(QByteArray::number(status)));
    }
    QVERIFY(client.isOpen());   // none of these ends the connection
}

void tst_WebServer::listing()
{
    auto server = startServer(options(true));
    QVERIFY(server);
    HttpTestClient client;
    QVERIFY(client.connectTo(server->port()));
    const std::optional<HttpReply> reply = client.request("GET", "/nolisting/");
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);
    QCOMPARE(reply->header("Content-Type"), QByteArray("text/html; charset=utf-8"));
    const QByteArray page = reply->body;
    QVERIFY(page.contains("<title>Index of /nolisting/</title>"));
    QVERIFY(page.contains("href=\"../\""));
    // Names are HTML-escaped and links percent-encoded; nothing is injected as markup.
    QVERIFY(page.contains(">&lt;x&gt;&amp;&quot;.txt<"));
    QVERIFY(page.contains("href=\"%3Cx%3E%26%22.txt\""));
    QVERIFY(!page.contains("<x>"));
    QVERIFY(page.contains("href=\"z%20dir/\""));
    // Folders first, then files without regard to case.
    const qsizetype dir = page.indexOf(">z dir/<");
    const qsizetype odd = page.indexOf(">&lt;x&gt;");
    const qsizetype a = page.indexOf(">A.txt<");
    const qsizetype b = page.indexOf(">b.txt<");
    QVERIFY(dir > 0 && odd > 0 && a > 0 && b > 0);
    QVERIFY(dir < odd && odd < a && a < b);
    // Sizes.
    const QByteArray size1234 = QLocale::c().formattedDataSize(1234).toUtf8();
    QVERIFY2(page.mid(a, 200).contains(size1234), page.mid(a, 200).constData());
    QVERIFY2(page.mid(b, 200).contains(">1 byte<"), page.mid(b, 200).constData());   // not "1 bytes"

    // A folder with index.html still shows the index; the root has no "../".
    const std::optional<HttpReply> sub = client.request("GET", "/sub/");
    QVERIFY(sub);
    QCOMPARE(sub->body, QByteArray("sub index"));
    const std::optional<HttpReply> head = client.request("HEAD", "/nolisting/");
    QVERIFY(head);
    QCOMPARE(head->status, 200);
    QCOMPARE(head->header("Content-Length"), QByteArray::number(page.size()));

    QVERIFY(m_site.mkdir(QStringLiteral("nolisting/z dir/<script>alert(1)")));
    const std::optional<HttpReply> nested = client.request("GET", "/nolisting/z%20dir/");
    QVERIFY(nested);
    QCOMPARE(nested->status, 200);
    QVERIFY(!nested->body.contains("<script>"));
    QVERIFY(nested->body.contains("&lt;script&gt;"));
    QVERIFY(nested->body.contains("Index of /nolisting/z dir/"));
}

void tst_WebServer::percentDecoding_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    const QByteArray nihao = "<p>\xe4\xbd\xa0\xe5\xa5\xbd</p>\n";
    QTest::newRow("utf-8 encoded") << QByteArray("/%E4%BD%A0%E5%A5%BD.html") << 200 << nihao;
    QTest::newRow("lowercase hex") << QByteArray("/%e4%bd%a0%e5%a5%bd.html") << 200 << nihao;
    QTest::newRow("raw utf-8") << QByteArray("/\xe4\xbd\xa0\xe5\xa5\xbd.html") << 200 << nihao;
    QTest::newRow("half encoded") << QByteArray("/%E4%BD%A0\xe5\xa5\xbd.html") << 200 << nihao;
    QTest::newRow("encoded space") << QByteArray("/a%20b.txt") << 200 << QByteArray("space file");
    QTest::newRow("plus is a plus") << QByteArray("/a+b.txt") << 200 << QByteArray("plus file");
    QTest::newRow("encoded plus") << QByteArray("/a%2Bb.txt") << 200 << QByteArray("plus file");
    QTest::newRow("encoded plus lowercase") << QByteArray("/a%2bb.txt") << 200 << QByteArray("plus file");
    QTest::newRow("encoded letters") << QByteArray("/%6eotes%2Etxt") << 200 << QByteArray("plain text\n");
    QTest::newRow("query ignored") << QByteArray("/notes.txt?x=%ZZ&y=../..") << 200 << QByteArray("plain text\n");
    QTest::newRow("fragment ignored") << QByteArray("/notes.txt#top") << 200 << QByteArray("plain text\n");
    QTest::newRow("double encoding is one level") << QByteArray("/a%2520b.txt") << 404 << QByteArray();
    QTest::newRow("lone percent") << QByteArray("/%") << 400 << QByteArray();
    QTest::newRow("short escape") << QByteArray("/a%4") << 400 << QByteArray();
    QTest::newRow("bad hex") << QByteArray("/%zz") << 400 << QByteArray();
    QTest::newRow("invalid utf-8") << QByteArray("/%FF.html") << 400 << QByteArray();
    QTest::newRow("overlong utf-8") << QByteArray("/%C0%AE%C0%AE/") << 400 << QByteArray();
    QTest::newRow("truncated utf-8") << QByteArray("/%E4%BD.html") << 400 << QByteArray();
    QTest::newRow("encoded control") << QByteArray("/a%0Ab.txt") << 400 << QByteArray();
    QTest::newRow("encoded NUL") << QByteArray("/notes.txt%00.html") << 400 << QByteArray();
}

void tst_WebServer::percentDecoding()
{
    QFETCH(QByteArray, target);
    QFETCH(int, status);
    QFETCH(QByteArray, body);

    const std::optional<HttpReply> reply = fetch(m_port, "GET " + target + " HTTP/1.1\r\nHost: x\r\n\r\n");
    QVERIFY(reply);
    QCOMPARE(reply->status, status);
    if (status == 200)
        QCOMPARE(reply->body, body);
}

void tst_WebServer::errorStatuses_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("closes");

    auto row = [](const char *name, const QByteArray &request, int status, bool closes) {
        QTest::newRow(name) << request << status << closes;
    };
    row("POST", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n", 405, false);
    row("POST with a body", "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\n\r\nabcd", 405, true);
    row("PUT chunked", "PUT /x HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nabcd\r\n0\r\n\r\n", 405,
        true);
    row("DELETE", "DELETE /index.html HTTP/1.1\r\nHost: a\r\n\r\n", 405, false);
    row("OPTIONS", "OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n", 405, false);
    row("TRACE", "TRACE / HTTP/1.1\r\nHost: a\r\n\r\n", 405, false);
    row("PATCH", "PATCH / HTTP/1.1\r\nHost: a\r\n\r\n", 405, false);
    row("CONNECT", "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n", 405, false);
    row("unknown method", "BREW /pot HTTP/1.1\r\nHost: a\r\n\r\n", 501, true);
    row("lowercase get", "get / HTTP/1.1\r\nHost: a\r\n\r\n", 501, true);
    row("HTTP/2.0", "GET / HTTP/2.0\r\nHost: a\r\n\r\n", 505, true);
    row("HTTP/1.2", "GET / HTTP/1.2\r\nHost: a\r\n\r\n", 505, true);
    row("HTTP/0.9 line", "GET /\r\n\r\n", 400, true);
    row("no host", "GET / HTTP/1.1\r\n\r\n", 400, true);
    row("bad header", "GET / HTTP/1.1\r\nHost: a\r\nBad Header: x\r\n\r\n", 400, true);
    row("garbage", "\x16\x03\x01\x02\x01 junk junk junk\r\n\r\n", 400, true);
    row("relative target", "GET index.html HTTP/1.1\r\nHost: a\r\n\r\n", 400, true);
    row("other scheme", "GET file:///etc/passwd HTTP/1.1\r\nHost: a\r\n\r\n", 400, true);
    row("bad escape", "GET /%zz HTTP/1.1\r\nHost: a\r\n\r\n", 400, true);
}

void tst_WebServer::errorStatuses()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(bool, closes);

    HttpTestClient client;
    QVERIFY(client.connectTo(m_port));
    client.send(request);
    const std::optional<HttpReply> reply = client.next();
    QVERIFY(reply);
    QCOMPARE(reply->status, status);
    QCOMPARE(reply->version, QByteArray("HTTP/1.1"));
    QCOMPARE(reply->header("Content-Type"), QByteArray("text/html; charset=utf-8"));
    QCOMPARE(reply->header("Content-Length"), QByteArray::number(reply->body.size()));
    QVERIFY(reply->hasHeader("Date"));
    QVERIFY(reply->body.contains("<html"));
    QVERIFY(reply->body.contains(QByteArray::number(status) + ' ' + reply->reason));
    if (status == 405)
        QCOMPARE(reply->header("Allow"), QByteArray("GET, HEAD"));
    else
        QVERIFY(!reply->hasHeader("Allow"));
    if (closes) {
        QCOMPARE(reply->header("Connection"), QByteArray("close"));
        QVERIFY(client.waitForClose());
        QVERIFY2(client.pending.isEmpty(), client.pending.constData());
    } else {
        const std::optional<HttpReply> next = client.request("GET", "/notes.txt");
        QVERIFY(next);
        QCOMPARE(next->body, QByteArray("plain text\n"));
    }
}

void tst_WebServer::oversizedHeads_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");

    QTest::newRow("long target") << ("GET /" + QByteArray(9000, 'a') + " HTTP/1.1\r\nHost: a\r\n\r\n") << 414;
    QTest::newRow("endless target") << ("GET /" + QByteArray(40000, 'a')) << 414;
    QTest::newRow("large header") << ("GET / HTTP/1.1\r\nHost: a\r\nX-Big: " + QByteArray(20000, 'b') + "\r\n\r\n")
                                  << 431;
    QTest::newRow("endless headers") << ("GET / HTTP/1.1\r\n" + QByteArray("X-A: b\r\n").repeated(50000)) << 431;
    QByteArray many = "GET / HTTP/1.1\r\nHost: a\r\n";
    for (int i = 0; i < 200; ++i)
        many += "X-" + QByteArray::number(i) + ": v\r\n";
    QTest::newRow("many headers") << many + "\r\n" << 431;
}

void tst_WebServer::oversizedHeads()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);

    HttpTestClient client;
    QVERIFY(client.connectTo(m_port));
    client.send(request);
    const std::optional<HttpReply> reply = client.next();
    QVERIFY(reply);
    QCOMPARE(reply->status, status);
    QCOMPARE(reply->header("Connection"), QByteArray("close"));
    QVERIFY(client.waitForClose());
    QVERIFY(client.pending.isEmpty());
}

void tst_WebServer::slowHeadGets408()
{
    WebServerOptions o = options();
    o.headTimeoutMs = 400;
    o.idleTimeoutMs = 60000;
    auto server = startServer(o);
    QVERIFY(server);

    // Slowloris: a header line now and then, never the blank line. Progress does not extend
    // the deadline, which runs from the first byte of the head.
    HttpTestClient client;
    QVERIFY(client.connectTo(server->port()));
    client.send("GET / HTTP/1.1\r\nHost: a\r\n");
    QTimer drip;
    int dripped = 0;
    connect(&drip, &QTimer::timeout, &client, [&] {
        if (client.isOpen())
            client.send("X-" + QByteArray::number(++dripped) + ": v\r\n");
    });
    drip.start(40);
    const std::optional<HttpReply> reply = client.next(false, 30000);
    QVERIFY(reply);
    QCOMPARE(reply->status, 408);
    QCOMPARE(reply->header("Connection"), QByteArray("close"));
    QVERIFY(client.waitForClose());
    drip.stop();
    QVERIFY(dripped > 0);

    // Other connections were served all along.
    const std::optional<HttpReply> other = fetch(server->port(), "GET /notes.txt HTTP/1.1\r\nHost: a\r\n\r\n");
    QVERIFY(other);
    QCOMPARE(other->status, 200);
}

void tst_WebServer::idleKeepAliveIsClosed()
{
    WebServerOptions o = options();
    o.idleTimeoutMs = 300;
    auto server = startServer(o);
    QVERIFY(server);
    HttpTestClient client;
    QVERIFY(client.connectTo(server->port()));
    const std::optional<HttpReply> reply = client.request("GET", "/notes.txt");
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);
    QVERIFY(client.waitForClose());
    QVERIFY(client.pending.isEmpty());   // closed quietly, no 408 after a finished request
    QTRY_COMPARE_WITH_TIMEOUT(server->stats().openConnections, 0, 20000);
}

void tst_WebServer::silentConnectionIsClosed()
{
    WebServerOptions o = options();
    o.idleTimeoutMs = 300;
    auto server = startServer(o);
    QVERIFY(server);
    HttpTestClient client;
    QVERIFY(client.connectTo(server->port()));
    QVERIFY(client.waitForClose());
    QCOMPARE(client.receivedBytes, qint64(0));
}

void tst_WebServer::requestLog()
{
    auto server = startServer(options());
    QVERIFY(server);
    QSignalSpy logged(server.get(), &WebServer::requestsLogged);
    QList<RequestLogEntry> entries;
    connect(server.get(), &WebServer::requestsLogged, this,
            [&entries](const QList<RequestLogEntry> &batch) { entries += batch; });

    HttpTestClient client;
    QVERIFY(client.connectTo(server->port()));
    const QByteArray first = "GET /notes.txt?x=1 HTTP/1.1\r\nHost: a\r\nUser-Agent: test\r\n\r\n";
    const QByteArray second = "HEAD /missing HTTP/1.1\r\nHost: a\r\n\r\n";
    client.send(first + second);
    const std::optional<HttpReply> r1 = client.next();
    const std::optional<HttpReply> r2 = client.next(true);
    QVERIFY(r1 && r2);
    HttpTestClient bad;
    QVERIFY(bad.connectTo(server->port()));
    bad.send("BREW /pot HTTP/1.1\r\nHost: a\r\n\r\n");
    const quint16 badPort = bad.socket.localPort();
    const std::optional<HttpReply> r3 = bad.next();
    QVERIFY(r3);

    QTRY_COMPARE_WITH_TIMEOUT(entries.size(), 3, 20000);
    QVERIFY(logged.size() <= 3);   // batched
    const QString clientName = QStringLiteral("127.0.0.1:%1").arg(client.socket.localPort());

    const RequestLogEntry &e1 = entries.at(0);
    QCOMPARE(e1.client, clientName);
    QCOMPARE(e1.method, QByteArray("GET"));
    QCOMPARE(e1.target, QByteArray("/notes.txt?x=1"));
    QCOMPARE(e1.version, QByteArray("HTTP/1.1"));
    QCOMPARE(e1.status, 200);
    QCOMPARE(e1.bytesSent, qint64(11));
    QVERIFY(e1.completed);
    QCOMPARE(e1.requestHead, first);
    QCOMPARE(e1.responseHead, r1->head);
    QVERIFY(qAbs(e1.msecsSinceEpoch - QDateTime::currentMSecsSinceEpoch()) < 24 * 3600 * 1000LL);
    QVERIFY(e1.durationMs >= 0);

    const RequestLogEntry &e2 = entries.at(1);
    QCOMPARE(e2.method, QByteArray("HEAD"));
    QCOMPARE(e2.status, 404);
    QCOMPARE(e2.bytesSent, qint64(0));
    QCOMPARE(e2.requestHead, second);
    QCOMPARE(e2.responseHead, r2->head);

    const RequestLogEntry &e3 = entries.at(2);
    QCOMPARE(e3.status, 501);
    QCOMPARE(e3.method, QByteArray("BREW"));
    QCOMPARE(e3.target, QByteArray("/pot"));
    QVERIFY(e3.requestHead.startsWith("BREW /pot HTTP/1.1\r\n"));
    QCOMPARE(e3.responseHead, r3->head);
    QCOMPARE(e3.client, QStringLiteral("127.0.0.1:%1").arg(badPort));

    QTRY_COMPARE_WITH_TIMEOUT(server->stats().requests, qint64(3), 20000);
    QVERIFY(server->stats().bytesSent >= r1->raw.size() + r2->raw.size() + r3->raw.size());

    // Logging off: no batches, counters still count.
    WebServerOptions quiet = options();
    quiet.logRequests = false;
    auto silent = startServer(quiet);
    QVERIFY(silent);
    QSignalSpy none(silent.get(), &WebServer::requestsLogged);
    QVERIFY(fetch(silent->port(), "GET / HTTP/1.1\r\nHost: a\r\n\r\n"));
    QTRY_COMPARE_WITH_TIMEOUT(silent->stats().requests, qint64(1), 20000);
    QCOMPARE(none.size(), 0);
}

QTEST_GUILESS_MAIN(tst_WebServer)
#include "tst_webserver.moc"
