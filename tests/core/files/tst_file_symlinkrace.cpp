// The file server against a local user who can write inside the shared folder and swaps a
// folder with a symlink to a folder outside, over and over, while SLFT/1 GET, LIST and classic
// downloads arrive: no byte (and no name) from outside may ever be sent.
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cstdio>
#include <memory>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "PlatformPaths.h"
#include "SymlinkSwap.h"
#include "FileServer.h"

namespace {

constexpr int Timeout = 20000;
const QByteArray InsideSmall = "inside public file\n";
const QByteArray OutsideSmall = "OUTSIDE SECRET file\n";

using SymlinkSwap::exchange;
using SymlinkSwap::isSymlink;

bool leaks(const QByteArray &received)
{
    return received.contains("OUTSIDE") || received.contains("OOOO") || received.contains("only-outside");
}

// One request on its own connection, answered in full (or refused, which closes it).
class Exchange
{
public:
    Exchange(quint16 port, const QByteArray &request, const QByteArray &endMarker)
        : m_endMarker(endMarker)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_request = request;
    }

    bool done() const { return m_done; }
    const QByteArray &received() const { return m_received; }

    void poll()
    {
        if (m_done)
            return;
        if (!m_sent && m_socket.state() == QAbstractSocket::ConnectedState) {
            m_socket.write(m_request);
            m_sent = true;
        }
        m_received += m_socket.readAll();
        if ((!m_endMarker.isEmpty() && m_received.contains(m_endMarker))
            || (m_sent && m_socket.state() == QAbstractSocket::UnconnectedState)) {
            m_done = true;
            m_socket.abort();
        }
    }

private:
    QTcpSocket m_socket;
    QByteArray m_request;
    QByteArray m_endMarker;
    QByteArray m_received;
    bool m_sent = false;
    bool m_done = false;
};

} // namespace

class TestFileSymlinkRace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void swappedFolderNeverServesOutside();

private:
    bool writeFile(const QString &path, const QByteArray &content);
    // Runs the requests at the same time; false when one did not finish in time.
    bool run(std::vector<std::unique_ptr<Exchange>> &exchanges);

    QTemporaryDir m_dir;
    QString m_root;
    QString m_outside;
    FileServer *m_server = nullptr;
    quint16 m_downloadPort = 0;
    quint16 m_protocolPort = 0;
};

bool TestFileSymlinkRace::writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size() && f.flush();
}

bool TestFileSymlinkRace::run(std::vector<std::unique_ptr<Exchange>> &exchanges)
{
    return QTest::qWaitFor([&] {
        bool all = true;
        for (auto &e : exchanges) {
            e->poll();
            all = all && e->done();
        }
        return all;
    }, Timeout);
}

void TestFileSymlinkRace::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_root = m_dir.path() + QStringLiteral("/root");
    m_outside = m_dir.path() + QStringLiteral("/outside");
    QVERIFY(writeFile(m_outside + QStringLiteral("/od/f.txt"), OutsideSmall));
    QVERIFY(writeFile(m_outside + QStringLiteral("/od/big.bin"), QByteArray(300 * 1024, 'O')));
    QVERIFY(writeFile(m_outside + QStringLiteral("/od/only-outside.txt"), OutsideSmall));
    QVERIFY(writeFile(m_root + QStringLiteral("/d/f.txt"), InsideSmall));
    QVERIFY(writeFile(m_root + QStringLiteral("/d/big.bin"), QByteArray(300 * 1024, 'i')));
    QVERIFY(QFile::link(QStringLiteral("../outside/od"), m_root + QStringLiteral("/swap")));

    m_server = new FileServer(this);
    FileServerOptions options;
    options.root = m_root;
    options.inbox = m_dir.path() + QStringLiteral("/inbox");
    QVERIFY(QDir().mkpath(options.inbox));
    options.bindAddress = QHostAddress(QHostAddress::LocalHost);
    options.downloadPort = 0;
    options.uploadPort = 0;
    options.protocolPort = 0;
    options.answerDelayMs = 0;
    QSignalSpy started(m_server, &FileServer::started);
    m_server->start(options);
    QCOMPARE(started.count(), 1);
    m_downloadPort = started.at(0).at(0).value<quint16>();
    m_protocolPort = started.at(0).at(2).value<quint16>();
}

void TestFileSymlinkRace::swappedFolderNeverServesOutside()
{
    SKIP_WITHOUT_POSIX_PATHS("the portable RootedFile checks the path, then opens it by name");
    const QByteArray dir = QFile::encodeName(m_root + QStringLiteral("/d"));
    const QByteArray link = QFile::encodeName(m_root + QStringLiteral("/swap"));
    std::atomic<bool> stop{false};
    std::atomic<qint64> swaps{0};
    std::thread swapper([&] {
        while (!stop.load(std::memory_order_relaxed)) {
            if (exchange(dir, link))
                ++swaps;
        }
    });

    int requests = 0;
    int served = 0;
    int leaked = 0;
    QByteArray firstLeak;
    QElapsedTimer clock;
    clock.start();
    bool finished = true;
    while (clock.elapsed() < 4000 && finished) {
        std::vector<std::unique_ptr<Exchange>> round;
        for (const char *name : {"d/f.txt", "d/big.bin", "d/f.txt"})
            round.push_back(std::make_unique<Exchange>(m_protocolPort, "SLFT/1 GET 0 " + QByteArray(name) + '\n', "SLFT/1 END"));
        round.push_back(std::make_unique<Exchange>(m_protocolPort, "SLFT/1 LIST d\nQUIT\n", QByteArray()));
        round.push_back(std::make_unique<Exchange>(m_downloadPort, "d/f.txt", QByteArray()));
        round.push_back(std::make_unique<Exchange>(m_downloadPort, "d/big.bin", QByteArray()));
        finished = run(round);
        for (const auto &e : round) {
            ++requests;
            if (e->received().startsWith("SLFT/1 200") || e->received().startsWith("0<SEPARATOR>"))
                ++served;
            if (leaks(e->received())) {
                if (firstLeak.isEmpty())
                    firstLeak = e->received().left(300);
                ++leaked;
            }
        }
    }
    stop = true;
    swapper.join();
    qInfo("%d requests, %d served, %lld swaps, %d with bytes or names from outside", requests, served,
          qint64(swaps), leaked);
    QVERIFY(finished);
    QVERIFY2(leaked == 0, firstLeak.constData());
    QVERIFY(swaps > 100);
    QVERIFY(served > 0);

    // "d" stays a symlink to the outside folder: refused, every protocol.
    if (!isSymlink(dir))
        QVERIFY(exchange(dir, link));
    QVERIFY(isSymlink(dir));
    std::vector<std::unique_ptr<Exchange>> after;
    after.push_back(std::make_unique<Exchange>(m_protocolPort, "SLFT/1 GET 0 d/f.txt\n", "SLFT/1 END"));
    after.push_back(std::make_unique<Exchange>(m_protocolPort, "SLFT/1 LIST d\nQUIT\n", QByteArray()));
    after.push_back(std::make_unique<Exchange>(m_downloadPort, "d/big.bin", QByteArray()));
    QVERIFY(run(after));
    QVERIFY2(after[0]->received().startsWith("SLFT/1 403"), after[0]->received().constData());
    QVERIFY2(after[1]->received().startsWith("SLFT/1 403"), after[1]->received().constData());
    QVERIFY2(after[2]->received().startsWith("-1<SEPARATOR>"), after[2]->received().constData());
    for (const auto &e : after)
        QVERIFY(!leaks(e->received()));
}

QTEST_GUILESS_MAIN(TestFileSymlinkRace)
#include "tst_file_symlinkrace.moc"
