#include <QtTest>

#include <QFile>

#include <memory>

#include "HttpTestClient.h"
#include "StaticFileResolver.h"
#include "TestEnvironment.h"
#include "WebServer.h"
#include "WebTestSite.h"

// No way out of the root: every traversal trick a student (or a scanner) tries ends in 400, 403
// or 404, and no byte of a file outside the root — not even a folder listing of it — is ever
// sent. The requests are written raw, as `curl --path-as-is` or a socket script would send them.
class tst_WebTraversal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refused_data();
    void refused();
    void symlinksInsideAreServed_data();
    void symlinksInsideAreServed();
    void rootGivenThroughASymlink();
    void decodePath_data();
    void decodePath();
    void listingHidesUnfinishedUploads();

private:
    std::optional<HttpReply> fetch(quint16 port, const QByteArray &method, const QByteArray &target,
                                   QByteArray *raw = nullptr);

    TestEnvironment m_env;
    WebTestSite m_site;
    std::unique_ptr<WebServer> m_server;
};

std::optional<HttpReply> tst_WebTraversal::fetch(quint16 port, const QByteArray &method, const QByteArray &target,
                                                 QByteArray *raw)
{
    HttpTestClient client;
    if (!client.connectTo(port))
        return std::nullopt;
    client.send(method + ' ' + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    std::optional<HttpReply> reply = client.next(method == "HEAD");
    client.waitForClose();
    if (raw)
        *raw = (reply ? reply->raw : QByteArray()) + client.pending;
    return reply;
}

void tst_WebTraversal::initTestCase()
{
    const QString outside = m_site.outside();
    auto writeOutside = [&](const QString &name, const QByteArray &content) {
        QDir().mkpath(QFileInfo(QDir(outside).filePath(name)).absolutePath());
        QFile f(QDir(outside).filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
    };
    QVERIFY(writeOutside(QStringLiteral("secret.txt"), "TOPSECRET outside the root\n"));
    QVERIFY(writeOutside(QStringLiteral("outdir/inner.txt"), "TOPSECRET in a folder outside\n"));
    QVERIFY(writeOutside(QStringLiteral("outdir/index.html"), "TOPSECRET index outside\n"));
    QVERIFY(writeOutside(QStringLiteral("rootsibling/file.txt"), "TOPSECRET in a sibling with a similar name\n"));

    QVERIFY(m_site.write(QStringLiteral("index.html"), "public index"));
    QVERIFY(m_site.write(QStringLiteral("pub/file.txt"), "public file"));
    const QString root = m_site.root();
    QVERIFY(QFile::link(QStringLiteral("../secret.txt"), m_site.path(QStringLiteral("link.txt"))));
    QVERIFY(QFile::link(QDir(outside).filePath(QStringLiteral("secret.txt")), m_site.path(QStringLiteral("abslink.txt"))));
    QVERIFY(QFile::link(QStringLiteral("../outdir"), m_site.path(QStringLiteral("dirlink"))));
    QVERIFY(QFile::link(QStringLiteral("../rootsibling"), m_site.path(QStringLiteral("siblink"))));
    QVERIFY(QFile::link(QStringLiteral("../../secret.txt"), m_site.path(QStringLiteral("pub/deeplink.txt"))));
    QVERIFY(QFile::link(QStringLiteral("/etc/passwd"), m_site.path(QStringLiteral("passwd"))));
    QVERIFY(QFile::link(QStringLiteral("nowhere"), m_site.path(QStringLiteral("dangling"))));
    QVERIFY(QFile::link(QStringLiteral("loop2"), m_site.path(QStringLiteral("loop1"))));
    QVERIFY(QFile::link(QStringLiteral("loop1"), m_site.path(QStringLiteral("loop2"))));
    // Links that stay inside are fine.
    QVERIFY(QFile::link(QStringLiteral("pub/file.txt"), m_site.path(QStringLiteral("inlink.txt"))));
    QVERIFY(QFile::link(QStringLiteral(".."), m_site.path(QStringLiteral("pub/up"))));
    QVERIFY(QFile::link(QStringLiteral("pub"), m_site.path(QStringLiteral("pubdir"))));
    // A web root that is also the file server's inbox: its unfinished uploads stay invisible.
    QVERIFY(m_site.write(QStringLiteral(".socketlab-partial/0123.part"), "TOPSECRET unfinished upload"));
    QVERIFY(m_site.write(QStringLiteral(".socketlab-partial/0123.meta"), "TOPSECRET record"));
    QVERIFY(QFile::link(QStringLiteral(".socketlab-partial"), m_site.path(QStringLiteral("partlink"))));
    Q_UNUSED(root);

    WebServerOptions o;
    o.root = m_site.root();
    o.bindAddress = QHostAddress(QHostAddress::LocalHost);
    o.port = 0;
    o.listing = true;   // the most revealing setting: a listing must not escape either
    m_server = std::make_unique<WebServer>();
    m_server->start(o);
    QVERIFY(m_server->isListening());
}

void tst_WebTraversal::refused_data()
{
    QTest::addColumn<QByteArray>("target");

    const char *const targets[] = {
        "/../secret.txt",
        "/../../../../../../../../etc/passwd",
        "/..",
        "/../",
        "/%2e%2e/secret.txt",
        "/%2E%2E/secret.txt",
        "/.%2e/secret.txt",
        "/%2e./secret.txt",
        "/%2e%2e",
        "/pub/../../secret.txt",
        "/pub/%2e%2e/%2e%2e/secret.txt",
        "/pub/./../../secret.txt",
        "/..%2fsecret.txt",
        "/%2e%2e%2fsecret.txt",
        "/pub%2f..%2f..%2fsecret.txt",
        "/%2f..%2fsecret.txt",
        "/..\\secret.txt",
        "/pub\\..\\..\\secret.txt",
        "/%5c..%5csecret.txt",
        "/..%5csecret.txt",
        "/%5C%2E%2E%5Csecret.txt",
        "/secret.txt%00",
        "/..%00/secret.txt",
        "/index.html%00/../../secret.txt",
        "/%c0%ae%c0%ae/secret.txt",
        "/%e0%80%ae%e0%80%ae/secret.txt",
        "/%252e%252e/secret.txt",
        "/%u002e%u002e/secret.txt",
        "http://localhost/../secret.txt",
        "http://localhost/%2e%2e/secret.txt",
        "http://localhost/../outdir/inner.txt",
        "https://localhost/..%2fsecret.txt",
        "http://../secret.txt",
        "http:/../secret.txt",
        "file:///etc/passwd",
        "/etc/passwd",
        "//etc/passwd",
        "///etc/passwd",
        "../secret.txt",
        "..",
        "secret.txt",
        "*",
        "\\..\\secret.txt",
        "/link.txt",
        "/abslink.txt",
        "/passwd",
        "/dirlink",
        "/dirlink/",
        "/dirlink/inner.txt",
        "/dirlink/index.html",
        "/dirlink/../secret.txt",
        "/siblink/",
        "/siblink/file.txt",
        "/pub/deeplink.txt",
        "/pub/up/../secret.txt",
        "/dangling",
        "/loop1",
        "/loop1/",
        "/.socketlab-partial/0123.part",
        "/.socketlab-partial/0123.meta",
        "/.socketlab-partial/",
        "/.SocketLab-Partial/0123.part",
        "/%2esocketlab-partial/0123.part",
        "/pub/../.socketlab-partial/0123.part",
        "/partlink/0123.part",
        "/partlink/",
    };
    for (const char *t : targets)
        QTest::newRow(t) << QByteArray(t);
}

void tst_WebTraversal::refused()
{
    QFETCH(QByteArray, target);
    for (const QByteArray &method : {QByteArray("GET"), QByteArray("HEAD")}) {
        QByteArray raw;
        const std::optional<HttpReply> reply = fetch(m_server->port(), method, target, &raw);
        QVERIFY(reply);
        QVERIFY2(reply->status == 400 || reply->status == 403 || reply->status == 404,
                 qPrintable(QStringLiteral("%1 %2").arg(QString::fromLatin1(method)).arg(reply->status)));
        QVERIFY2(!raw.contains("TOPSECRET"), raw.constData());
        QVERIFY(!raw.contains("inner.txt"));
        QVERIFY(!raw.contains("root:"));
    }
}

void tst_WebTraversal::symlinksInsideAreServed_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("file link") << QByteArray("/inlink.txt") << QByteArray("public file");
    QTest::newRow("folder link") << QByteArray("/pubdir/file.txt") << QByteArray("public file");
    QTest::newRow("link to the root") << QByteArray("/pub/up/index.html") << QByteArray("public index");
    QTest::newRow("root") << QByteArray("/") << QByteArray("public index");
}

void tst_WebTraversal::symlinksInsideAreServed()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, body);
    const std::optional<HttpReply> reply = fetch(m_server->port(), "GET", target);
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);
    QCOMPARE(reply->body, body);
}

void tst_WebTraversal::rootGivenThroughASymlink()
{
    const QString rootLink = QDir(m_site.outside()).filePath(QStringLiteral("rootlink"));
    QVERIFY(QFile::link(m_site.root(), rootLink));
    WebServerOptions o;
    o.root = rootLink;
    o.bindAddress = QHostAddress(QHostAddress::LocalHost);
    o.port = 0;
    WebServer server;
    server.start(o);
    QVERIFY(server.isListening());
    std::optional<HttpReply> reply = fetch(server.port(), "GET", "/pub/file.txt");
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);
    QCOMPARE(reply->body, QByteArray("public file"));
    reply = fetch(server.port(), "GET", "/link.txt");
    QVERIFY(reply);
    QCOMPARE(reply->status, 403);
}

void tst_WebTraversal::decodePath_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("path");

    QTest::newRow("root") << QByteArray("/") << 200 << QByteArray("/");
    QTest::newRow("file") << QByteArray("/a/b.txt") << 200 << QByteArray("/a/b.txt");
    QTest::newRow("folder") << QByteArray("/a/") << 200 << QByteArray("/a/");
    QTest::newRow("dots and slashes") << QByteArray("//a/./b//") << 200 << QByteArray("/a/b/");
    QTest::newRow("trailing dot") << QByteArray("/a/.") << 200 << QByteArray("/a/");
    QTest::newRow("query") << QByteArray("/a?b=/../c") << 200 << QByteArray("/a");
    QTest::newRow("plus") << QByteArray("/a+b") << 200 << QByteArray("/a+b");
    QTest::newRow("utf-8") << QByteArray("/%E4%BD%A0") << 200 << QByteArray("/\xe4\xbd\xa0");
    QTest::newRow("absolute") << QByteArray("http://h:1/x") << 200 << QByteArray("/x");
    QTest::newRow("absolute, no path") << QByteArray("http://h") << 200 << QByteArray("/");
    QTest::newRow("absolute, query only") << QByteArray("HTTP://h?q=1") << 200 << QByteArray("/");
    QTest::newRow("three dots is a name") << QByteArray("/...") << 200 << QByteArray("/...");
    QTest::newRow("dotdot name part") << QByteArray("/a..b") << 200 << QByteArray("/a..b");
    QTest::newRow("dotdot") << QByteArray("/a/../b") << 404 << QByteArray();
    QTest::newRow("encoded dotdot") << QByteArray("/a/%2e%2E/b") << 404 << QByteArray();
    QTest::newRow("encoded slash") << QByteArray("/a%2Fb") << 404 << QByteArray();
    QTest::newRow("backslash") << QByteArray("/a\\b") << 404 << QByteArray();
    QTest::newRow("encoded backslash") << QByteArray("/a%5Cb") << 404 << QByteArray();
    QTest::newRow("NUL") << QByteArray("/a%00") << 400 << QByteArray();
    QTest::newRow("bad escape") << QByteArray("/a%g0") << 400 << QByteArray();
    QTest::newRow("invalid utf-8") << QByteArray("/%80") << 400 << QByteArray();
    QTest::newRow("relative") << QByteArray("a/b") << 400 << QByteArray();
    QTest::newRow("other scheme") << QByteArray("ftp://h/x") << 400 << QByteArray();
}

void tst_WebTraversal::decodePath()
{
    QFETCH(QByteArray, target);
    QFETCH(int, status);
    QFETCH(QByteArray, path);
    int got = 0;
    const QByteArray decoded = StaticFileResolver::decodePath(target, &got);
    QCOMPARE(got, status);
    QCOMPARE(decoded, path);
    QCOMPARE(decoded.isNull(), status != 200);
}


void tst_WebTraversal::listingHidesUnfinishedUploads()
{
    QByteArray raw;
    const std::optional<HttpReply> reply = fetch(m_server->port(), "GET", "/pub/", &raw);
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);   // listings work…
    const std::optional<HttpReply> root = fetch(m_server->port(), "GET", "/", &raw);
    QVERIFY(root);
    // …and "/" has an index.html; the folder is hidden from every listing all the same.
    HttpTestClient client;
    QVERIFY(client.connectTo(m_server->port()));
    QVERIFY(QFile::remove(m_site.path(QStringLiteral("index.html"))));
    client.send("GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    const std::optional<HttpReply> listing = client.next(false);
    QVERIFY(m_site.write(QStringLiteral("index.html"), "public index"));
    QVERIFY(listing);
    QCOMPARE(listing->status, 200);
    QVERIFY2(listing->raw.contains("pub/"), listing->raw.constData());
    QVERIFY2(!listing->raw.toLower().contains("socketlab-partial") && !listing->raw.contains("partlink"),
             listing->raw.constData());
}

QTEST_GUILESS_MAIN(tst_WebTraversal)
#include "tst_webtraversal.moc"
