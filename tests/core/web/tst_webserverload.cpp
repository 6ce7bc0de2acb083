#include <QtTest>

#include <QCryptographicHash>
#include <QFile>

#include <memory>
#include <vector>

#include "HttpTestClient.h"
#include "TestEnvironment.h"
#include "WebServer.h"
#include "WebTestSite.h"
#include "WorkerThread.h"

// The web server under pressure: large files streamed with back-pressure (memory bounded),
// clients that leave or stall mid-response, the connection cap, 1,000 concurrent connections,
// stopping while streaming, and the engine running in a worker thread.
class tst_WebServerLoad : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void largeFileStreamsWithBackPressure();
    void pipelineFloodIsBounded();
    void clientLeavesMidResponse_data();
    void clientLeavesMidResponse();
    void stalledReaderIsDropped();
    void fileShrinksWhileStreaming();
    void connectionCap();
    void thousandConcurrentConnections();
    void stopWhileStreaming();
    void worksInWorkerThread();

private:
    WebServerOptions options() const;
    std::unique_ptr<WebServer> startServer(const WebServerOptions &options);

    TestEnvironment m_env;
    WebTestSite m_site;
    QByteArray m_hugeSha;
};

namespace {
constexpr qint64 HugeSize = 64 * 1024 * 1024 + 123;
const QByteArray HugeRequest = "GET /huge.bin HTTP/1.1\r\nHost: a\r\n\r\n";

// A client that does not read: its bytes stay in the kernel, whose buffer is kept small, so
// that TCP pushes back on the server.
void stopReading(HttpTestClient &client)
{
    client.reading = false;
    client.socket.setReadBufferSize(16 * 1024);
    client.socket.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 32 * 1024);
}
} // namespace

WebServerOptions tst_WebServerLoad::options() const
{
    WebServerOptions o;
    o.root = m_site.root();
    o.bindAddress = QHostAddress(QHostAddress::LocalHost);
    o.port = 0;
    return o;
}

std::unique_ptr<WebServer> tst_WebServerLoad::startServer(const WebServerOptions &o)
{
    auto server = std::make_unique<WebServer>();
    server->start(o);
    if (!server->isListening())
        return nullptr;
    return server;
}

void tst_WebServerLoad::initTestCase()
{
    QVERIFY(m_site.write(QStringLiteral("index.html"), "<p>index</p>\n"));
    QVERIFY(m_site.write(QStringLiteral("small.txt"), "small\n"));
    QVERIFY(m_site.write(QStringLiteral("cached.bin"), WebTestSite::pattern(60000)));
    // Written in pieces: the test itself must not need the whole file in memory twice.
    QFile huge(m_site.path(QStringLiteral("huge.bin")));
    QVERIFY(huge.open(QIODevice::WriteOnly));
    QCryptographicHash sha(QCryptographicHash::Sha256);
    const QByteArray block = WebTestSite::pattern(1024 * 1024);
    qint64 left = HugeSize;
    while (left > 0) {
        const QByteArray part = block.left(qMin<qint64>(left, block.size()));
        QCOMPARE(huge.write(part), qint64(part.size()));
        sha.addData(part);
        left -= part.size();
    }
    huge.close();
    m_hugeSha = sha.result();
}

void tst_WebServerLoad::largeFileStreamsWithBackPressure()
{
    auto server = startServer(options());
    QVERIFY(server);
    HttpTestClient client;
    QVERIFY(client.connectTo(server->port()));
    client.reading = false;
    client.socket.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 64 * 1024);

    // The reader hashes the body and records how far the server ever ran ahead of it. Without
    // back-pressure the server would queue the whole 64 MiB at once.
    QByteArray head;
    qint64 bodyBytes = 0;
    qint64 received = 0;
    qint64 maxAhead = 0;
    QCryptographicHash sha(QCryptographicHash::Sha256);
    connect(&client.socket, &QIODevice::readyRead, this, [&] {
        maxAhead = qMax(maxAhead, server->stats().bytesSent - received);
        while (client.socket.bytesAvailable() > 0) {
            QByteArray chunk = client.socket.read(64 * 1024);
            received += chunk.size();
            if (head.isEmpty() || !head.endsWith("\r\n\r\n")) {
                head += chunk;
                const qsizetype end = head.indexOf("\r\n\r\n");
                if (end < 0)
                    continue;
                chunk = head.mid(end + 4);
                head.truncate(end + 4);
            }
            bodyBytes += chunk.size();
            sha.addData(chunk);
        }
    });
    client.send(HugeRequest);
    QTRY_COMPARE_WITH_TIMEOUT(bodyBytes, HugeSize, 120000);
    QVERIFY(head.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(head.contains("\r\nContent-Length: " + QByteArray::number(HugeSize) + "\r\n"));
    QCOMPARE(sha.result(), m_hugeSha);
    qInfo("the server ran at most %lld KiB ahead of the reader", maxAhead / 1024);
    QVERIFY2(maxAhead < 24 * 1024 * 1024, qPrintable(QString::number(maxAhead)));
    QVERIFY(client.isOpen());
}

void tst_WebServerLoad::pipelineFloodIsBounded()
{
    // 2,000 pipelined requests for a 60 KB file sent at once (80 KB of requests, 120 MB of
    // answers): the server must not answer them all into its write buffer before the client
    // reads; it stops parsing while the socket is backed up.
    constexpr int Count = 2000;
    constexpr qint64 Answer = 60000;
    auto server = startServer(options());
    QVERIFY(server);
    HttpTestClient client;
    QVERIFY(client.connectTo(server->port()));
    client.reading = false;
    client.socket.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 64 * 1024);
    qint64 received = 0;
    qint64 maxAhead = 0;
    int answers = 0;
    QByteArray tail;   // counts "HTTP/1.1 200 OK" status lines across chunk borders
    connect(&client.socket, &QIODevice::readyRead, this, [&] {
        maxAhead = qMax(maxAhead, server->stats().bytesSent - received);
        while (client.socket.bytesAvailable() > 0) {
            const QByteArray chunk = client.socket.read(256 * 1024);
            received += chunk.size();
            const QByteArray scan = tail + chunk;
            answers += int(scan.count("HTTP/1.1 200 OK\r\n"));
            tail = scan.right(16);
            if (tail.contains("HTTP/1.1 200 OK\r\n"))
                tail = tail.mid(tail.lastIndexOf("HTTP/1.1 200 OK\r\n") + 1);
        }
    });
    client.send(QByteArray("GET /cached.bin HTTP/1.1\r\nHost: a\r\n\r\n").repeated(Count));
    QTRY_COMPARE_WITH_TIMEOUT(answers, Count, 60000);
    QVERIFY(received > Count * Answer);
    qInfo("the server ran at most %lld KiB ahead of the reader", maxAhead / 1024);
    QVERIFY2(maxAhead < 24 * 1024 * 1024, qPrintable(QString::number(maxAhead)));
}

void tst_WebServerLoad::clientLeavesMidResponse_data()
{
    QTest::addColumn<bool>("abort");           // reset instead of an orderly close
    QTest::addColumn<bool>("pipelineMore");    // more requests were queued behind

    QTest::newRow("close") << false << false;
    QTest::newRow("abort") << true << false;
    QTest::newRow("close with pipelined requests") << false << true;
    QTest::newRow("abort with pipelined requests") << true << true;
}

void tst_WebServerLoad::clientLeavesMidResponse()
{
    QFETCH(bool, abort);
    QFETCH(bool, pipelineMore);

    auto server = startServer(options());
    QVERIFY(server);
    QList<RequestLogEntry> entries;
    connect(server.get(), &WebServer::requestsLogged, this,
            [&entries](const QList<RequestLogEntry> &batch) { entries += batch; });

    for (int round = 0; round < 3; ++round) {
        const qint64 before = server->stats().bytesSent;
        HttpTestClient client;
        QVERIFY(client.connectTo(server->port()));
        stopReading(client);
        client.send(pipelineMore ? HugeRequest + HugeRequest + "GET /small.txt HTTP/1.1\r\nHost: a\r\n\r\n"
                                 : HugeRequest);
        // The server is streaming and pushed back: it has sent something, far from all.
        QTRY_VERIFY_WITH_TIMEOUT(server->stats().bytesSent - before > 256 * 1024, 20000);
        QVERIFY(server->stats().bytesSent - before < HugeSize);
        if (abort)
            client.socket.abort();
        else
            client.socket.close();
        QTRY_COMPARE_WITH_TIMEOUT(server->stats().openConnections, 0, 20000);
    }
    QTRY_COMPARE_WITH_TIMEOUT(entries.size(), 3, 20000);
    for (const RequestLogEntry &e : std::as_const(entries)) {
        QCOMPARE(e.status, 200);
        QVERIFY(!e.completed);
        QVERIFY(e.bytesSent < HugeSize);
    }
    // The server keeps serving.
    HttpTestClient after;
    QVERIFY(after.connectTo(server->port()));
    const std::optional<HttpReply> reply = after.request("GET", "/small.txt");
    QVERIFY(reply);
    QCOMPARE(reply->body, QByteArray("small\n"));
}

void tst_WebServerLoad::stalledReaderIsDropped()
{
    WebServerOptions o = options();
    o.idleTimeoutMs = 500;
    auto server = startServer(o);
    QVERIFY(server);
    QList<RequestLogEntry> entries;
    connect(server.get(), &WebServer::requestsLogged, this,
            [&entries](const QList<RequestLogEntry> &batch) { entries += batch; });
    HttpTestClient client;
    QVERIFY(client.connectTo(server->port()));
    stopReading(client);
    client.send(HugeRequest);
    // The client never reads: once the buffers are full nothing moves, and the server gives
    // up on it after the idle timeout instead of holding the file and the socket for ever.
    QTRY_COMPARE_WITH_TIMEOUT(server->stats().openConnections, 0, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(entries.size(), 1, 20000);
    QVERIFY(!entries.at(0).completed);
}

void tst_WebServerLoad::fileShrinksWhileStreaming()
{
    QFile::remove(m_site.path(QStringLiteral("shrinking.bin")));
    QVERIFY(QFile::copy(m_site.path(QStringLiteral("huge.bin")), m_site.path(QStringLiteral("shrinking.bin"))));
    auto server = startServer(options());
    QVERIFY(server);
    HttpTestClient client;
    QVERIFY(client.connectTo(server->port()));
    stopReading(client);
    client.keep = false;
    client.send("GET /shrinking.bin HTTP/1.1\r\nHost: a\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(server->stats().bytesSent > 256 * 1024, 20000);
    QFile shrink(m_site.path(QStringLiteral("shrinking.bin")));
    QVERIFY(shrink.resize(1024 * 1024));
    // Now read everything: the promised length cannot be kept, so the connection is cut
    // rather than padded or left hanging.
    client.reading = true;
    client.socket.setReadBufferSize(0);
    client.drain();
    QVERIFY(client.waitForClose(60000));
    QVERIFY(client.receivedBytes < HugeSize);
    QTRY_COMPARE_WITH_TIMEOUT(server->stats().openConnections, 0, 20000);
    const std::optional<HttpReply> again = [&] {
        HttpTestClient c;
        c.connectTo(server->port());
        return c.request("GET", "/small.txt");
    }();
    QVERIFY(again);
    QCOMPARE(again->status, 200);
}

void tst_WebServerLoad::connectionCap()
{
    WebServerOptions o = options();
    o.maxConnections = 3;
    auto server = startServer(o);
    QVERIFY(server);

    std::vector<std::unique_ptr<HttpTestClient>> clients;
    for (int i = 0; i < 3; ++i) {
        clients.push_back(std::make_unique<HttpTestClient>());
        QVERIFY(clients.back()->connectTo(server->port()));
        QVERIFY(clients.back()->request("GET", "/small.txt"));
    }
    QCOMPARE(server->stats().openConnections, 3);

    HttpTestClient extra;
    QVERIFY(extra.connectTo(server->port()));
    const std::optional<HttpReply> busy = extra.next();
    QVERIFY(busy);
    QCOMPARE(busy->status, 503);
    QCOMPARE(busy->header("Connection"), QByteArray("close"));
    QCOMPARE(busy->header("Content-Type"), QByteArray("text/html; charset=utf-8"));
    QVERIFY(extra.waitForClose());
    QTRY_COMPARE_WITH_TIMEOUT(server->stats().rejectedConnections, qint64(1), 20000);

    // The three are still served; when one leaves, a newcomer gets in.
    for (auto &c : clients) {
        const std::optional<HttpReply> r = c->request("GET", "/index.html");
        QVERIFY(r);
        QCOMPARE(r->status, 200);
    }
    clients.front()->socket.close();
    QTRY_COMPARE_WITH_TIMEOUT(server->stats().openConnections, 2, 20000);
    HttpTestClient newcomer;
    QVERIFY(newcomer.connectTo(server->port()));
    const std::optional<HttpReply> ok = newcomer.request("GET", "/small.txt");
    QVERIFY(ok);
    QCOMPARE(ok->status, 200);
}

void tst_WebServerLoad::thousandConcurrentConnections()
{
    constexpr int Count = 1000;
    auto server = startServer(options());
    QVERIFY(server);

    std::vector<std::unique_ptr<HttpTestClient>> clients;
    clients.reserve(Count);
    for (int i = 0; i < Count; ++i) {
        clients.push_back(std::make_unique<HttpTestClient>());
        clients.back()->socket.connectToHost(QHostAddress(QHostAddress::LocalHost), server->port());
    }
    // All of them open at the same time before anyone asks for anything.
    QTRY_COMPARE_WITH_TIMEOUT(server->stats().openConnections, Count, 120000);
    for (auto &c : clients)
        QCOMPARE(c->socket.state(), QAbstractSocket::ConnectedState);
    for (int i = 0; i < Count; ++i)
        clients[size_t(i)]->send(i % 2 ? QByteArray("GET /index.html HTTP/1.1\r\nHost: a\r\n\r\n")
                                       : QByteArray("GET /small.txt HTTP/1.1\r\nHost: a\r\n\r\n"));
    int complete = 0;
    QVERIFY(QTest::qWaitFor([&] {
        complete = 0;
        for (auto &c : clients)
            complete += c->pending.endsWith("\r\n\r\n<p>index</p>\n") || c->pending.endsWith("\r\n\r\nsmall\n") ? 1 : 0;
        return complete == Count;
    }, 120000));
    for (int i = 0; i < Count; ++i) {
        const std::optional<HttpReply> r = clients[size_t(i)]->take(false);
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QCOMPARE(r->body, i % 2 ? QByteArray("<p>index</p>\n") : QByteArray("small\n"));
    }
    QCOMPARE(server->stats().openConnections, Count);
    QCOMPARE(server->stats().rejectedConnections, qint64(0));
    clients.clear();
    QTRY_COMPARE_WITH_TIMEOUT(server->stats().openConnections, 0, 60000);
}

void tst_WebServerLoad::stopWhileStreaming()
{
    auto server = startServer(options());
    QVERIFY(server);
    HttpTestClient client;
    QVERIFY(client.connectTo(server->port()));
    stopReading(client);
    client.send(HugeRequest);
    QTRY_VERIFY_WITH_TIMEOUT(server->stats().bytesSent > 256 * 1024, 20000);
    QSignalSpy stopped(server.get(), &WebServer::stopped);
    server->stop();
    QCOMPARE(stopped.size(), 1);
    QCOMPARE(server->stats().openConnections, 0);
    client.reading = true;
    client.socket.setReadBufferSize(0);
    QVERIFY(client.waitForClose(60000));
    // And it starts again.
    server->start(options());
    QVERIFY(server->isListening());
    HttpTestClient again;
    QVERIFY(again.connectTo(server->port()));
    QVERIFY(again.request("GET", "/small.txt"));
}

void tst_WebServerLoad::worksInWorkerThread()
{
    WorkerThread thread(QStringLiteral("web-server"));
    auto *server = new WebServer;
    thread.adopt(server);
    thread.start();

    quint16 port = 0;
    int stopped = 0;
    QList<RequestLogEntry> entries;
    QList<WebServerStats> stats;
    QObject context;   // destroyed first: no queued call can reach the locals after the test
    connect(server, &WebServer::started, &context, [&](const QHostAddress &, quint16 p, const QStringList &) { port = p; });
    connect(server, &WebServer::stopped, &context, [&] { ++stopped; });
    connect(server, &WebServer::requestsLogged, &context, [&](const QList<RequestLogEntry> &batch) { entries += batch; });
    connect(server, &WebServer::statsChanged, &context, [&](const WebServerStats &s) { stats.append(s); });
    const WebServerOptions o = options();
    QMetaObject::invokeMethod(server, [server, o] { server->start(o); }, Qt::QueuedConnection);
    QTRY_VERIFY_WITH_TIMEOUT(port != 0, 20000);

    HttpTestClient client;
    QVERIFY(client.connectTo(port));
    std::optional<HttpReply> reply = client.request("GET", "/index.html");
    QVERIFY(reply);
    QCOMPARE(reply->body, QByteArray("<p>index</p>\n"));

    // A large file from the worker thread, hashed on arrival here.
    client.keep = false;
    client.reading = false;
    qint64 body = -1;
    QByteArray head;
    QCryptographicHash sha(QCryptographicHash::Sha256);
    connect(&client.socket, &QIODevice::readyRead, this, [&] {
        while (client.socket.bytesAvailable() > 0) {
            QByteArray chunk = client.socket.read(256 * 1024);
            if (body < 0) {
                head += chunk;
                const qsizetype end = head.indexOf("\r\n\r\n");
                if (end < 0)
                    continue;
                chunk = head.mid(end + 4);
                head.truncate(end + 4);
                body = 0;
            }
            body += chunk.size();
            sha.addData(chunk);
        }
    });
    client.send(HugeRequest);
    QTRY_COMPARE_WITH_TIMEOUT(body, HugeSize, 120000);
    QCOMPARE(sha.result(), m_hugeSha);

    QTRY_COMPARE_WITH_TIMEOUT(entries.size(), 2, 20000);
    QCOMPARE(entries.at(1).target, QByteArray("/huge.bin"));
    QVERIFY(entries.at(1).completed);
    QTRY_VERIFY_WITH_TIMEOUT(!stats.isEmpty() && stats.constLast().requests == 2, 20000);

    QMetaObject::invokeMethod(server, &WebServer::stop, Qt::QueuedConnection);
    QTRY_COMPARE_WITH_TIMEOUT(stopped, 1, 20000);
    QVERIFY(client.waitForClose());
}

QTEST_GUILESS_MAIN(tst_WebServerLoad)
#include "tst_webserverload.moc"
