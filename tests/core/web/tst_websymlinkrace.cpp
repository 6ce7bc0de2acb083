#include <QtTest>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <atomic>
#include <cstdio>
#include <memory>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "PlatformPaths.h"
#include "SymlinkSwap.h"
#include "HttpTestClient.h"
#include "TestEnvironment.h"
#include "WebServer.h"
#include "WebTestSite.h"

// A local user who can write inside the served folder swaps a folder with a symlink to a folder
// outside, over and over, while requests arrive: no byte from outside may ever be served, not
// even later through the file cache, and the listing never shows a symlink that leads outside
// (nor its target's size or date).
class tst_WebSymlinkRace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void swappedFolderNeverServesOutside();
    void replacedFileIsNotServedFromTheCache();
    void replacedFolderIsNotServedFromTheCache();
    void listingHidesLinksThatLeadOutside();

private:
    std::unique_ptr<WebServer> startServer(bool listing);
    static bool writeFile(const QString &path, const QByteArray &content, qint64 mtimeSecs);

    TestEnvironment m_env;
    WebTestSite m_site;
};

namespace {

constexpr qint64 SameMtime = 1577934245;
const QByteArray InsideSmall = "inside public file\n";
const QByteArray OutsideSmall = "OUTSIDE SECRET file\n";   // same size as InsideSmall

using SymlinkSwap::exchange;
using SymlinkSwap::isSymlink;

} // namespace

bool tst_WebSymlinkRace::writeFile(const QString &path, const QByteArray &content, qint64 mtimeSecs)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size() || !f.flush())
        return false;
    return f.setFileTime(QDateTime::fromSecsSinceEpoch(mtimeSecs, Qt::UTC), QFileDevice::FileModificationTime);
}

std::unique_ptr<WebServer> tst_WebSymlinkRace::startServer(bool listing)
{
    WebServerOptions o;
    o.root = m_site.root();
    o.bindAddress = QHostAddress(QHostAddress::LocalHost);
    o.port = 0;
    o.listing = listing;
    o.idleTimeoutMs = 60000;
    auto server = std::make_unique<WebServer>();
    QSignalSpy started(server.get(), &WebServer::started);
    server->start(o);
    if (started.isEmpty() && !started.wait(10000))
        return nullptr;
    return server;
}

void tst_WebSymlinkRace::initTestCase()
{
    const QString outside = m_site.outside();
    QVERIFY(writeFile(outside + QStringLiteral("/od/f.txt"), OutsideSmall, SameMtime));
    QVERIFY(writeFile(outside + QStringLiteral("/od/big.bin"), QByteArray(200 * 1024, 'O'), SameMtime));
    QVERIFY(writeFile(outside + QStringLiteral("/od/only-outside.txt"), OutsideSmall, SameMtime));   // for the listing
    QVERIFY(writeFile(m_site.path(QStringLiteral("d/f.txt")), InsideSmall, SameMtime));
    QVERIFY(writeFile(m_site.path(QStringLiteral("d/big.bin")), QByteArray(200 * 1024, 'i'), SameMtime));
    QVERIFY(writeFile(m_site.path(QStringLiteral("index.html")), "index", SameMtime));
}

void tst_WebSymlinkRace::swappedFolderNeverServesOutside()
{
    SKIP_WITHOUT_POSIX_PATHS("the portable RootedFile checks the path, then opens it by name");
    auto server = startServer(true);
    QVERIFY(server);
    const QByteArray dir = QFile::encodeName(m_site.path(QStringLiteral("d")));
    const QByteArray link = QFile::encodeName(m_site.path(QStringLiteral("swap")));
    QVERIFY(QFile::link(QStringLiteral("../od"), m_site.path(QStringLiteral("swap"))));

    std::atomic<bool> stop{false};
    std::atomic<qint64> swaps{0};
    std::thread swapper([&] {
        while (!stop.load(std::memory_order_relaxed)) {
            if (exchange(dir, link))
                ++swaps;
        }
    });

    constexpr int Clients = 6;
    std::vector<std::unique_ptr<HttpTestClient>> clients;
    for (int i = 0; i < Clients; ++i) {
        clients.push_back(std::make_unique<HttpTestClient>());
        QVERIFY(clients.back()->connectTo(server->port()));
    }
    const QByteArray targets[] = {"/d/f.txt", "/d/big.bin", "/d/", "/d/f.txt"};
    int requests = 0;
    int served = 0;
    int leaked = 0;
    QByteArray firstLeak;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 4000 && requests < 20000) {
        for (int i = 0; i < Clients; ++i) {
            HttpTestClient &c = *clients[i];
            if (!c.isOpen()) {
                clients[i] = std::make_unique<HttpTestClient>();
                QVERIFY(clients[i]->connectTo(server->port()));
            }
            clients[i]->send("GET " + targets[(requests + i) % 4] + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        }
        for (int i = 0; i < Clients; ++i) {
            const std::optional<HttpReply> reply = clients[i]->next(false, 20000);
            ++requests;
            if (!reply)
                continue;
            if (reply->status == 200)
                ++served;
            if (reply->body.contains("OUTSIDE") || reply->body.contains("OOOO") || reply->body.contains("only-outside")) {
                if (firstLeak.isEmpty())
                    firstLeak = reply->head + reply->body.left(200);
                ++leaked;
            }
        }
    }
    stop = true;
    swapper.join();
    qInfo("%d requests, %d served, %lld swaps, %d served from outside", requests, served, qint64(swaps), leaked);
    QVERIFY2(leaked == 0, firstLeak.constData());
    QVERIFY(swaps > 100);
    QVERIFY(served > 0);

    // Leave "d" a plain symlink to the outside folder: whatever the race left in the cache,
    // it is never served from now on.
    if (!isSymlink(dir))
        QVERIFY(exchange(dir, link));
    QVERIFY(isSymlink(dir));
    for (int i = 0; i < 20; ++i) {
        for (const QByteArray &target : {QByteArray("/d/f.txt"), QByteArray("/d/big.bin")}) {
            const std::optional<HttpReply> reply = clients[0]->request("GET", target);
            QVERIFY(reply);
            QVERIFY2(reply->status == 403 || reply->status == 404, reply->head.constData());
            QVERIFY(!reply->body.contains("OUTSIDE"));
            QVERIFY(!reply->body.contains("OOOO"));
        }
    }
    QVERIFY(exchange(dir, link));   // back to the folder for the other tests
}

void tst_WebSymlinkRace::replacedFileIsNotServedFromTheCache()
{
    // Same size and modification time inside and outside: only what was opened tells them apart.
    const QString outsideFile = m_site.outside() + QStringLiteral("/same.txt");
    const QString insideFile = m_site.path(QStringLiteral("same.txt"));
    QVERIFY(writeFile(outsideFile, OutsideSmall, SameMtime));
    QVERIFY(writeFile(insideFile, InsideSmall, SameMtime));
    const QString outsideBig = m_site.outside() + QStringLiteral("/samebig.bin");
    const QString insideBig = m_site.path(QStringLiteral("samebig.bin"));
    QVERIFY(writeFile(outsideBig, QByteArray(300 * 1024, 'O'), SameMtime));
    QVERIFY(writeFile(insideBig, QByteArray(300 * 1024, 'i'), SameMtime));

    auto server = startServer(false);
    QVERIFY(server);
    HttpTestClient client;
    QVERIFY(client.connectTo(server->port()));
    std::optional<HttpReply> reply = client.request("GET", "/same.txt");
    QVERIFY(reply);
    QCOMPARE(reply->body, InsideSmall);
    reply = client.request("GET", "/samebig.bin");
    QVERIFY(reply);
    QCOMPARE(reply->body, QByteArray(300 * 1024, 'i'));

    QVERIFY(QFile::remove(insideFile));
    QVERIFY(QFile::link(outsideFile, insideFile));
    QVERIFY(QFile::remove(insideBig));
    QVERIFY(QFile::link(QStringLiteral("../samebig.bin"), insideBig));
    for (int i = 0; i < 3; ++i) {
        for (const QByteArray &target : {QByteArray("/same.txt"), QByteArray("/samebig.bin")}) {
            for (const QByteArray &method : {QByteArray("GET"), QByteArray("HEAD")}) {
                reply = client.request(method, target);
                QVERIFY(reply);
                QVERIFY2(reply->status == 403 || reply->status == 404, reply->head.constData());
                QVERIFY(!reply->body.contains("OUTSIDE"));
                QVERIFY(!reply->body.contains("OOOO"));
            }
        }
    }
}

void tst_WebSymlinkRace::replacedFolderIsNotServedFromTheCache()
{
    const QString outsideDir = m_site.outside() + QStringLiteral("/cd");
    QVERIFY(writeFile(outsideDir + QStringLiteral("/x.txt"), OutsideSmall, SameMtime));
    QVERIFY(writeFile(m_site.path(QStringLiteral("cd/x.txt")), InsideSmall, SameMtime));

    auto server = startServer(true);
    QVERIFY(server);
    HttpTestClient client;
    QVERIFY(client.connectTo(server->port()));
    std::optional<HttpReply> reply = client.request("GET", "/cd/x.txt");
    QVERIFY(reply);
    QCOMPARE(reply->body, InsideSmall);
    reply = client.request("GET", "/cd/");
    QVERIFY(reply);
    QVERIFY(reply->body.contains("x.txt"));

    QVERIFY(QDir(m_site.path(QStringLiteral("cd"))).removeRecursively());
    QVERIFY(QFile::link(outsideDir, m_site.path(QStringLiteral("cd"))));
    for (const QByteArray &target : {QByteArray("/cd/x.txt"), QByteArray("/cd/"), QByteArray("/cd")}) {
        reply = client.request("GET", target);
        QVERIFY(reply);
        QVERIFY2(reply->status == 403 || reply->status == 404, reply->head.constData());
        QVERIFY(!reply->body.contains("OUTSIDE"));
        QVERIFY(!reply->body.contains("x.txt"));
    }
}

void tst_WebSymlinkRace::listingHidesLinksThatLeadOutside()
{
    const QString outside = m_site.outside();
    constexpr qint64 OldSecs = 946598400;   // 1999-12-31 00:00 UTC: a date nothing inside has
    QVERIFY(writeFile(outside + QStringLiteral("/odd-size.bin"), QByteArray(777777, 'O'), OldSecs));
    QVERIFY(writeFile(outside + QStringLiteral("/odir/y.txt"), OutsideSmall, OldSecs));
    QVERIFY(writeFile(m_site.path(QStringLiteral("list/in.txt")), InsideSmall, SameMtime));
    QVERIFY(QFile::link(QStringLiteral("in.txt"), m_site.path(QStringLiteral("list/inlink.txt"))));
    QVERIFY(QFile::link(QStringLiteral("../../odd-size.bin"), m_site.path(QStringLiteral("list/outlink.bin"))));
    QVERIFY(QFile::link(outside + QStringLiteral("/odd-size.bin"), m_site.path(QStringLiteral("list/absout.bin"))));
    QVERIFY(QFile::link(QStringLiteral("../../odir"), m_site.path(QStringLiteral("list/outdir"))));
    QVERIFY(QFile::link(QStringLiteral("nowhere"), m_site.path(QStringLiteral("list/dangling"))));
    QVERIFY(QFile::link(QStringLiteral(".."), m_site.path(QStringLiteral("list/up"))));

    auto server = startServer(true);
    QVERIFY(server);
    HttpTestClient client;
    QVERIFY(client.connectTo(server->port()));
    const std::optional<HttpReply> reply = client.request("GET", "/list/");
    QVERIFY(reply);
    QCOMPARE(reply->status, 200);
    const QByteArray page = reply->body;
    QVERIFY2(page.contains(">in.txt<"), page.constData());
    QVERIFY2(page.contains(">inlink.txt<"), page.constData());
    QVERIFY2(page.contains(">up/<"), page.constData());   // leads to the root: inside
    QVERIFY2(!page.contains("outlink"), page.constData());
    QVERIFY2(!page.contains("absout"), page.constData());
    QVERIFY2(!page.contains("outdir"), page.constData());
    QVERIFY2(!page.contains("dangling"), page.constData());
    QVERIFY2(!page.contains("1999-12-3"), page.constData());
    QVERIFY2(!page.contains(QLocale::c().formattedDataSize(777777).toUtf8()), page.constData());
}

QTEST_GUILESS_MAIN(tst_WebSymlinkRace)
#include "tst_websymlinkrace.moc"
