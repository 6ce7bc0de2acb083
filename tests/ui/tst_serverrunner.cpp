// ServerRunner, the life cycle every server panel shares, driven with real engines in their
// worker threads: start → running → stop; a start on a busy port ends stopped with the reason; a
// stop while starting never runs; fields that cannot be read fail at once; a restart while
// running; an engine that starts by itself (UDP binds for a send); the destructor stops the
// engine; the idle state line in another language.
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUdpSocket>
#include <QtTest>

#include <memory>

#include "LanguageManager.h"
#include "ServerRunner.h"
#include "TcpServer.h"
#include "TestEnvironment.h"
#include "UdpPeer.h"

using State = ServerRunner::State;

namespace {

constexpr int Timeout = 10000;

// A TCP server engine in a runner, with what the runner said.
class TcpRun
{
public:
    TcpRun()
        : runner(QStringLiteral("test-server"), engine, &TcpServer::stop)
    {
        runner.follow(&TcpServer::started, &TcpServer::startFailed, &TcpServer::stopped,
                      [this](const QHostAddress &, quint16 p) {
                          ++startedCalls;
                          port = p;
                      });
        QObject::connect(&runner, &ServerRunner::stateChanged, &runner,
                         [this](State now, State) { states.append(now); });
    }

    bool start(quint16 wanted)
    {
        return runner.start(&TcpServer::start, [wanted](QString *) {
            TcpServerOptions options;
            options.bindAddress = QHostAddress::LocalHost;
            options.port = wanted;
            return std::optional<TcpServerOptions>(options);
        });
    }

    TcpServer *engine = new TcpServer;
    ServerRunner runner;
    QList<State> states;
    int startedCalls = 0;
    quint16 port = 0;
};

bool accepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(Timeout);
}

// A port nothing listens on now (the system's choice, released again).
quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

} // namespace

class TestServerRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startRunStop();
    void busyPortEndsStoppedWithTheReason();
    void stopWhileStartingNeverRuns();
    void unreadableFieldsFailAtOnce();
    void restartWhileRunning();
    void engineThatStartsByItself();
    void destructorStopsTheEngine();
    void failureWordedInAnotherLanguage();

private:
    std::unique_ptr<TestEnvironment> m_env;
};

void TestServerRunner::initTestCase()
{
    m_env = std::make_unique<TestEnvironment>();
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

void TestServerRunner::startRunStop()
{
    TcpRun run;
    QCOMPARE(run.runner.state(), State::Stopped);
    QVERIFY(!run.runner.isBusy());

    QVERIFY(run.start(0));
    QCOMPARE(run.runner.state(), State::Starting);   // at once, before the engine answers
    QVERIFY(run.runner.isBusy());
    QVERIFY(!run.runner.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(run.runner.state(), State::Running, Timeout);
    QCOMPARE(run.startedCalls, 1);
    QVERIFY(run.port != 0);   // the callback had the port the system chose
    QVERIFY(accepts(run.port));
    QVERIFY(run.runner.failure().isEmpty());

    run.runner.stop();
    QCOMPARE(run.runner.state(), State::Stopping);
    QVERIFY(run.runner.isRunning());   // until the engine says it stopped
    QTRY_COMPARE_WITH_TIMEOUT(run.runner.state(), State::Stopped, Timeout);
    QVERIFY(!accepts(run.port));
    QCOMPARE(run.states, (QList<State>{State::Starting, State::Running, State::Stopping, State::Stopped}));

    run.runner.stop();   // nothing runs: nothing to do
    QCOMPARE(run.runner.state(), State::Stopped);
    QCOMPARE(run.states.size(), 4);
}

void TestServerRunner::busyPortEndsStoppedWithTheReason()
{
    QTcpServer holder;
    QVERIFY2(holder.listen(QHostAddress::LocalHost, 0), qPrintable(holder.errorString()));
    TcpRun run;
    QVERIFY(run.start(holder.serverPort()));
    QTRY_COMPARE_WITH_TIMEOUT(run.runner.state(), State::Stopped, Timeout);
    QCOMPARE(run.startedCalls, 0);
    const QString reason = run.runner.failure().current();
    QVERIFY2(reason.contains(QString::number(holder.serverPort())), qPrintable(reason));
    QCOMPARE(run.states, (QList<State>{State::Starting, State::Stopped}));
    // The state line a panel shows: the reason, in its own words around it.
    QCOMPARE(run.runner.idleLine(QStringLiteral("starting"), QStringLiteral("idle"), QStringLiteral("elsewhere"),
                                 QStringLiteral("Not running: %1")),
             QStringLiteral("Not running: ") + reason);

    // The next start clears the reason.
    holder.close();
    QVERIFY(run.start(0));
    QVERIFY(run.runner.failure().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(run.runner.state(), State::Running, Timeout);
}

void TestServerRunner::stopWhileStartingNeverRuns()
{
    const quint16 port = freePort();
    QVERIFY(port != 0);
    TcpRun run;
    QVERIFY(run.start(port));
    run.runner.stop();   // queued behind the start: the engine starts, then stops
    QCOMPARE(run.runner.state(), State::Stopping);
    QTRY_COMPARE_WITH_TIMEOUT(run.runner.state(), State::Stopped, Timeout);
    QCOMPARE(run.states, (QList<State>{State::Starting, State::Stopping, State::Stopped}));
    QCOMPARE(run.startedCalls, 0);   // the panel never saw it running
    QVERIFY(run.runner.failure().isEmpty());
    QVERIFY(!accepts(port));
}

void TestServerRunner::unreadableFieldsFailAtOnce()
{
    TcpRun run;
    QSignalSpy changed(&run.runner, &ServerRunner::stateChanged);
    const bool handed = run.runner.start(&TcpServer::start, [](QString *error) {
        *error = QStringLiteral("“nowhere” is not an IP address.");
        return std::optional<TcpServerOptions>();
    });
    QVERIFY(!handed);
    QCOMPARE(run.runner.state(), State::Stopped);
    QCOMPARE(changed.count(), 1);   // the panel shows the reason
    QCOMPARE(run.runner.failure().current(), QStringLiteral("“nowhere” is not an IP address."));
    QCOMPARE(run.runner.idleLine(QStringLiteral("starting"), QStringLiteral("idle"), QStringLiteral("elsewhere")),
             QStringLiteral("“nowhere” is not an IP address."));
}

void TestServerRunner::restartWhileRunning()
{
    TcpRun run;
    QVERIFY(run.start(0));
    QTRY_COMPARE_WITH_TIMEOUT(run.runner.state(), State::Running, Timeout);
    const quint16 first = run.port;
    // --open while the server runs: the engine stops the first run, then starts again.
    QVERIFY(run.start(0));
    QCOMPARE(run.runner.state(), State::Starting);
    QTRY_COMPARE_WITH_TIMEOUT(run.startedCalls, 2, Timeout);
    QCOMPARE(run.runner.state(), State::Running);
    QCOMPARE(run.states, (QList<State>{State::Starting, State::Running, State::Starting, State::Running}));
    QVERIFY(accepts(run.port));
    if (run.port != first)
        QVERIFY(!accepts(first));
}

void TestServerRunner::engineThatStartsByItself()
{
    auto *peer = new UdpPeer;
    ServerRunner runner(QStringLiteral("test-udp"), peer, &UdpPeer::unbind);
    bool automatic = false;
    runner.follow(&UdpPeer::bound, &UdpPeer::bindFailed, &UdpPeer::unbound,
                  [&automatic](const QHostAddress &, quint16, bool byItself) { automatic = byItself; });
    QUdpSocket target;
    QVERIFY(target.bind(QHostAddress::LocalHost, 0));
    // A send before any bind binds a free port by itself.
    runner.call([peer, port = target.localPort()] { peer->sendTo(QStringLiteral("127.0.0.1"), port, "hi"); });
    QTRY_COMPARE_WITH_TIMEOUT(runner.state(), State::Running, Timeout);
    QVERIFY(automatic);
    QTRY_VERIFY_WITH_TIMEOUT(target.hasPendingDatagrams(), Timeout);
    runner.stop();
    QTRY_COMPARE_WITH_TIMEOUT(runner.state(), State::Stopped, Timeout);
}

void TestServerRunner::destructorStopsTheEngine()
{
    auto run = std::make_unique<TcpRun>();
    QVERIFY(run->start(0));
    QTRY_COMPARE_WITH_TIMEOUT(run->runner.state(), State::Running, Timeout);
    const quint16 port = run->port;
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(Timeout));
    run.reset();   // stops the engine in its thread, waits, deletes it
    QVERIFY(client.state() == QAbstractSocket::UnconnectedState || client.waitForDisconnected(Timeout));
    QVERIFY(!accepts(port));
}

void TestServerRunner::failureWordedInAnotherLanguage()
{
    TcpRun run;
    run.runner.fail(QStringLiteral("Port 80 needs administrator rights."));
    LanguageManager::instance().setLanguage(QStringLiteral("zh_CN"));
    // The reason cannot be worded again: the panel's stand-in says so in this language.
    QCOMPARE(run.runner.idleLine(QStringLiteral("starting"), QStringLiteral("idle"), QStringLiteral("elsewhere")),
             QStringLiteral("elsewhere"));
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    QCOMPARE(run.runner.idleLine(QStringLiteral("starting"), QStringLiteral("idle"), QStringLiteral("elsewhere")),
             QStringLiteral("Port 80 needs administrator rights."));
    QVERIFY(run.start(0));
    QCOMPARE(run.runner.idleLine(QStringLiteral("starting"), QStringLiteral("idle"), QStringLiteral("elsewhere")),
             QStringLiteral("starting"));
    QTRY_COMPARE_WITH_TIMEOUT(run.runner.state(), State::Running, Timeout);
    run.runner.stop();
    QTRY_COMPARE_WITH_TIMEOUT(run.runner.state(), State::Stopped, Timeout);
    QCOMPARE(run.runner.idleLine(QStringLiteral("starting"), QStringLiteral("idle"), QStringLiteral("elsewhere")),
             QStringLiteral("idle"));
}

QTEST_MAIN(TestServerRunner)
#include "tst_serverrunner.moc"
