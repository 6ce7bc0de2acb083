// LabRunner against small in-test peers that behave like students' programs: an upper-case
// server, one that answers once and closes, an echo server, a silent one, a flood, a header
// glued to its data, an HTTP server answering in pieces, a server that stops listening, and a
// TCP and a UDP client for client labs.
#include <QtTest>

#include <QNetworkDatagram>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUdpSocket>

#include "LabRunner.h"
#include "PlatformPaths.h"
#include "StreamSocket.h"
#include "TextCodec.h"

namespace {

LabStep makeStep(LabStep::Kind kind, const QString &connection = QStringLiteral("a"))
{
    LabStep s;
    s.kind = kind;
    s.connection = connection;
    return s;
}
LabStep connectTo(LabStep::Protocol protocol = LabStep::Protocol::Tcp)
{
    LabStep s = makeStep(LabStep::Kind::Connect);
    s.protocol = protocol;
    return s;
}
LabStep accept(LabStep::Protocol protocol = LabStep::Protocol::Tcp)
{
    LabStep s = makeStep(LabStep::Kind::Accept);
    s.protocol = protocol;
    return s;
}
LabStep send(const QString &text)
{
    LabStep s = makeStep(LabStep::Kind::Send);
    s.text = text;
    return s;
}
LabStep expect(LabStep::Match match, int timeoutMs = 0)
{
    LabStep s = makeStep(LabStep::Kind::Expect);
    s.match = match;
    s.timeoutMs = timeoutMs;
    return s;
}
LabStep expectText(const QString &text, int timeoutMs = 0)
{
    LabStep s = expect(LabStep::Match::Exact, timeoutMs);
    s.text = text;
    return s;
}
LabCheck check(const QString &id, const QList<LabStep> &steps, const QString &explain = {})
{
    LabCheck c;
    c.id = id;
    c.title = LocalizedText::english(QStringLiteral("Check ") + id);
    c.steps = steps;
    if (!explain.isEmpty())
        c.explain = LocalizedText::english(explain);
    return c;
}
LabDefinition lab(const QList<LabCheck> &checks, LabDefinition::Role role = LabDefinition::Role::Server)
{
    LabDefinition d;
    d.id = QStringLiteral("test");
    d.title = LocalizedText::english(QStringLiteral("Test lab"));
    d.role = role;
    d.checks = checks;
    return d;
}

// A TCP server whose connections are handed to `serve`.
template<typename F> void serveWith(QTcpServer *server, F serve)
{
    QObject::connect(server, &QTcpServer::newConnection, server, [server, serve] {
        while (QTcpSocket *s = server->nextPendingConnection()) {
            QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            serve(s);
        }
    });
}

void upperCase(QTcpSocket *s)
{
    QObject::connect(s, &QTcpSocket::readyRead, s, [s] { s->write(TextCodec::asciiUpper(s->readAll())); });
}

bool hasData(const QList<TrafficEvent> &events, TrafficEvent::Direction direction, const QByteArray &bytes)
{
    for (const TrafficEvent &e : events)
        if (e.kind == TrafficEvent::Kind::Data && e.direction == direction && e.bytes == bytes && e.peer == QLatin1String("a"))
            return true;
    return false;
}

} // namespace

#define RUN_LAB(runner)                                                    \
    QSignalSpy finishedSpy(&(runner), &LabRunner::finished);               \
    (runner).start();                                                      \
    QTRY_COMPARE_WITH_TIMEOUT(finishedSpy.count(), 1, 30000);              \
    const LabReport report = (runner).report()

class TestLabRunner : public QObject
{
    Q_OBJECT

private slots:
    void upperCaseServerPasses();
    void serverThatAnswersOnceFailsTheSecondMessage();
    void echoServerFailsUpperCase();
    void silentServerTimesOut();
    void floodIsBounded();
    void headerGluedToData();
    void headerAloneThenCountBySize();
    void httpResponseInPieces();
    void refusedConnectFails();
    void notRunAfterTheServerStops();
    void sendToClosedPeerFails();
    void peerThatAnsweredTheFirstPieceIsJudgedByItsAnswer();
    void halfCloseGetsTheAnswer();
    void udpServer();
    void tcpClientLab();
    void udpClientLab();
    void lastSendOfACheckArrives();
    void clientThatNeverComes();
    void listenFailed();
    void cancelStops();
};

void TestLabRunner::upperCaseServerPasses()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    serveWith(&server, upperCase);

    LabStep big = makeStep(LabStep::Kind::Send);
    big.fillText = QStringLiteral("abcdefghij");
    big.fillCount = 3000;
    big.pieces = {1000, 1000};
    big.pauseMs = 50;
    LabDefinition d = lab({check(QStringLiteral("one"), {connectTo(), send(QStringLiteral("hello")), expect(LabStep::Match::Upper),
                                                          send(QStringLiteral("ni 你好")), expect(LabStep::Match::Upper)}),
                           check(QStringLiteral("big"), {connectTo(), big, expect(LabStep::Match::Upper)})});
    LabRunner runner(d);
    runner.setTarget(QStringLiteral("127.0.0.1"), server.serverPort());
    QSignalSpy started(&runner, &LabRunner::checkStarted);
    QSignalSpy finishedChecks(&runner, &LabRunner::checkFinished);
    RUN_LAB(runner);
    QCOMPARE(started.count(), 2);
    QCOMPARE(finishedChecks.count(), 2);
    QVERIFY(report.passed());
    QCOMPARE(report.target, QStringLiteral("127.0.0.1:%1").arg(server.serverPort()));
    const LabCheckResult &one = report.checks.at(0);
    QCOMPARE(one.outcome, LabCheckResult::Outcome::Passed);
    QVERIFY(hasData(one.exchange, TrafficEvent::Direction::Out, "hello"));
    QVERIFY(hasData(one.exchange, TrafficEvent::Direction::In, "HELLO"));
    QVERIFY(hasData(one.exchange, TrafficEvent::Direction::In, QStringLiteral("NI 你好").toUtf8()));
    // The 3,000 bytes went out in three pieces.
    int out = 0;
    for (const TrafficEvent &e : report.checks.at(1).exchange)
        out += e.direction == TrafficEvent::Direction::Out;
    QCOMPARE(out, 3);
}

void TestLabRunner::serverThatAnswersOnceFailsTheSecondMessage()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    serveWith(&server, [](QTcpSocket *s) {
        QObject::connect(s, &QTcpSocket::readyRead, s, [s] {
            s->write(TextCodec::asciiUpper(s->readAll()));
            s->disconnectFromHost();
        });
    });
    LabDefinition d = lab({check(QStringLiteral("first"), {connectTo(), send(QStringLiteral("hello")), expect(LabStep::Match::Upper)}),
                           check(QStringLiteral("second"),
                                 {connectTo(), send(QStringLiteral("one")), expect(LabStep::Match::Upper),
                                  send(QStringLiteral("two")), expect(LabStep::Match::Upper, 2000)},
                                 QStringLiteral("Sent ${sent}, got ${received} instead of ${expected} at: ${step}."))});
    LabRunner runner(d);
    runner.setTarget(QStringLiteral("127.0.0.1"), server.serverPort());
    RUN_LAB(runner);
    QVERIFY(!report.passed());
    QCOMPARE(report.checks.at(0).outcome, LabCheckResult::Outcome::Passed);
    const LabCheckResult &second = report.checks.at(1);
    QCOMPARE(second.outcome, LabCheckResult::Outcome::Failed);
    // The close is told with the server's address as the user typed it.
    const QString server127 = QStringLiteral("127.0.0.1:%1").arg(server.serverPort());
    bool closeTold = false;
    for (const TrafficEvent &e : second.exchange)
        closeTold |= e.kind != TrafficEvent::Kind::Data && e.text.startsWith(server127 + QLatin1Char(' '));
    QVERIFY(closeTold);
    // Either the send finds the connection closed, or the answer never comes.
    QVERIFY2(second.failedStep == 3 || second.failedStep == 4, qPrintable(QString::number(second.failedStep)));
    if (second.failedStep == 4) {
        QCOMPARE(second.reason, QStringLiteral("The connection was closed before anything arrived."));
        QCOMPARE(second.expected, QByteArray("TWO"));
        QCOMPARE(second.step, QStringLiteral("Wait for the upper-case of what was sent on a"));
        QCOMPARE(second.explanation.text(),
                 QStringLiteral("Sent “two”, got nothing instead of “TWO” at: Wait for the upper-case of what was sent on a."));
    } else {
        QVERIFY2(second.reason.contains(QStringLiteral("closed connection a")), qPrintable(second.reason));
    }
    QVERIFY(hasData(second.exchange, TrafficEvent::Direction::In, "ONE"));
}

void TestLabRunner::echoServerFailsUpperCase()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    serveWith(&server, [](QTcpSocket *s) {
        QObject::connect(s, &QTcpSocket::readyRead, s, [s] { s->write(s->readAll()); });
    });
    LabDefinition d = lab({check(QStringLiteral("upper"), {connectTo(), send(QStringLiteral("hello\r\n")), expect(LabStep::Match::Upper)},
                                 QStringLiteral("Expected ${expected}, received ${received}."))});
    LabRunner runner(d);
    runner.setTarget(QStringLiteral("127.0.0.1"), server.serverPort());
    RUN_LAB(runner);
    const LabCheckResult &r = report.checks.at(0);
    QCOMPARE(r.outcome, LabCheckResult::Outcome::Failed);
    QCOMPARE(r.failedStep, 2);
    QCOMPARE(r.expected, QByteArray("HELLO\r\n"));
    QCOMPARE(r.received, QByteArray("hello\r\n"));
    QCOMPARE(r.receivedSize, 7);
    QCOMPARE(r.reason, QStringLiteral("What arrived differs from what was expected from byte 1 on."));
    QCOMPARE(r.explanation.text(), QStringLiteral("Expected “HELLO\\r\\n”, received “hello\\r\\n”."));
}

void TestLabRunner::silentServerTimesOut()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    LabDefinition d = lab({check(QStringLiteral("silent"), {connectTo(), send(QStringLiteral("hi")), expectText(QStringLiteral("ok"))},
                                 QStringLiteral("Waited ${timeout} ms."))});
    LabRunner runner(d);
    runner.setTarget(QStringLiteral("127.0.0.1"), server.serverPort());
    runner.setDefaultTimeoutMs(200);
    RUN_LAB(runner);
    const LabCheckResult &r = report.checks.at(0);
    QCOMPARE(r.outcome, LabCheckResult::Outcome::Failed);
    QCOMPARE(r.reason, QStringLiteral("Nothing arrived within 200 ms."));
    QCOMPARE(r.explanation.text(), QStringLiteral("Waited 200 ms."));
    QCOMPARE(r.step, QStringLiteral("Wait for “ok” on a"));
}

void TestLabRunner::floodIsBounded()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    serveWith(&server, [](QTcpSocket *s) {
        const QByteArray chunk(64 * 1024, 'a');
        auto more = [s, chunk] {
            if (s->state() == QAbstractSocket::ConnectedState && s->bytesToWrite() < 256 * 1024)
                s->write(chunk);
        };
        QObject::connect(s, &QTcpSocket::bytesWritten, s, more);
        more();
    });
    LabStep prefix = expect(LabStep::Match::Prefix, 20000);
    prefix.text = QStringLiteral("aaa");
    LabDefinition d = lab({check(QStringLiteral("flood"), {connectTo(), prefix})});
    LabRunner runner(d);
    runner.setTarget(QStringLiteral("127.0.0.1"), server.serverPort());
    RUN_LAB(runner);
    const LabCheckResult &r = report.checks.at(0);
    QCOMPARE(r.outcome, LabCheckResult::Outcome::Failed);
    QVERIFY2(r.reason.startsWith(QStringLiteral("More than 1")), qPrintable(r.reason));
    QVERIFY(r.receivedSize > LabExpectation::MaxBuffered);
    QCOMPARE(r.received.size(), TrafficEvent::MaxStoredBytes);
    qint64 recorded = 0;
    for (const TrafficEvent &e : r.exchange)
        recorded += e.bytes.size();
    QVERIFY(recorded <= 1024 * 1024);
}

void TestLabRunner::headerGluedToData()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    serveWith(&server, [](QTcpSocket *s) {
        QObject::connect(s, &QTcpSocket::readyRead, s, [s] {
            s->readAll();
            s->write("5<SEPARATOR>hello");
        });
    });
    LabStep header = expect(LabStep::Match::Regex);
    header.pattern = QStringLiteral("(?<size>\\d+)<SEPARATOR>");
    header.alone = true;
    header.quietMs = 100;
    LabDefinition d = lab({check(QStringLiteral("glued"), {connectTo(), send(QStringLiteral("get")), header})});
    LabRunner runner(d);
    runner.setTarget(QStringLiteral("127.0.0.1"), server.serverPort());
    RUN_LAB(runner);
    const LabCheckResult &r = report.checks.at(0);
    QCOMPARE(r.outcome, LabCheckResult::Outcome::Failed);
    QVERIFY2(r.reason.contains(QStringLiteral("glued to 5 byte")), qPrintable(r.reason));
    QCOMPARE(r.expectedText, QStringLiteral("text matching (?<size>\\d+)<SEPARATOR>"));
    QCOMPARE(r.received, QByteArray("5<SEPARATOR>hello"));
}

void TestLabRunner::headerAloneThenCountBySize()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    serveWith(&server, [](QTcpSocket *s) {
        QObject::connect(s, &QTcpSocket::readyRead, s, [s] {
            const QByteArray name = s->readAll();
            s->write("5<SEPARATOR>");
            // The data once the header was read on its own (a peer's pause, not a sleep).
            QTimer::singleShot(300, s, [s, name] { s->write(name == "file" ? "hello" : "?????"); });
        });
    });
    LabStep header = expect(LabStep::Match::Regex);
    header.pattern = QStringLiteral("(?<size>\\d+)<SEPARATOR>");
    header.alone = true;
    header.quietMs = 100;
    LabStep body = expect(LabStep::Match::Count);
    body.count = QStringLiteral("${size}");
    LabStep name = send(QStringLiteral("${name}"));
    LabDefinition d = lab({check(QStringLiteral("apart"), {connectTo(), name, header, body, expect(LabStep::Match::Silence)})});
    d.parameters = {LabParameter{QStringLiteral("name"), QStringLiteral("nothing"), {}}};
    d.checks[0].steps[4].silenceMs = 100;
    LabRunner runner(d);
    runner.setTarget(QStringLiteral("127.0.0.1"), server.serverPort());
    runner.setParameters({{QStringLiteral("name"), QStringLiteral("file")}, {QStringLiteral("unknown"), QStringLiteral("x")}});
    RUN_LAB(runner);
    QCOMPARE(report.checks.at(0).outcome, LabCheckResult::Outcome::Passed);
    QVERIFY(hasData(report.checks.at(0).exchange, TrafficEvent::Direction::Out, "file"));
}

void TestLabRunner::httpResponseInPieces()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    serveWith(&server, [](QTcpSocket *s) {
        QObject::connect(s, &QTcpSocket::readyRead, s, [s] {
            if (!s->readAll().contains("\r\n\r\n"))
                return;
            s->write("HTTP/1.0 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5\r\n");
            QTimer::singleShot(50, s, [s] { s->write("\r\nhel"); });
            QTimer::singleShot(100, s, [s] { s->write("lo"); });
        });
    });
    LabStep ok = expect(LabStep::Match::Http);
    ok.httpStatus = 200;
    ok.httpHeaders = {QStringLiteral("content-type")};
    ok.httpBody = true;
    LabStep missing = ok;
    missing.httpStatus = 404;
    LabStep request = send(QStringLiteral("GET / HTTP/1.0\r\n\r\n"));
    request.pieces = {5};
    request.pauseMs = 50;
    LabDefinition d = lab({check(QStringLiteral("ok"), {connectTo(), request, ok, expect(LabStep::Match::Silence)}),
                           check(QStringLiteral("missing"), {connectTo(), send(QStringLiteral("GET /x HTTP/1.0\r\n\r\n")), missing})});
    d.checks[0].steps[3].silenceMs = 100;
    LabRunner runner(d);
    runner.setTarget(QStringLiteral("127.0.0.1"), server.serverPort());
    RUN_LAB(runner);
    QCOMPARE(report.checks.at(0).outcome, LabCheckResult::Outcome::Passed);
    const LabCheckResult &r = report.checks.at(1);
    QCOMPARE(r.outcome, LabCheckResult::Outcome::Failed);
    QCOMPARE(r.reason, QStringLiteral("The status is 200, not 404 (“HTTP/1.0 200 OK”)."));
    QCOMPARE(r.expectedText, QStringLiteral("an HTTP response with status 404"));
    QCOMPARE(r.step, QStringLiteral("Wait for an HTTP response with status 404 on a"));
}

void TestLabRunner::refusedConnectFails()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    LabDefinition d = lab({check(QStringLiteral("connect"), {connectTo()}), check(QStringLiteral("again"), {connectTo()})});
    LabRunner runner(d);
    runner.setTarget(QStringLiteral("127.0.0.1"), port);
    RUN_LAB(runner);
    const LabCheckResult &r = report.checks.at(0);
    QCOMPARE(r.outcome, LabCheckResult::Outcome::Failed);
    QCOMPARE(r.failedStep, 0);
    QCOMPARE(r.step, QStringLiteral("Connect to the server (connection a)"));
    QVERIFY2(r.reason.startsWith(QStringLiteral("No server is listening on 127.0.0.1:%1 (connection refused).").arg(port)),
             qPrintable(r.reason));
    // The first check failed: the second is not run against a server that is not there.
    QCOMPARE(report.checks.at(1).outcome, LabCheckResult::Outcome::NotRun);
}

void TestLabRunner::notRunAfterTheServerStops()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    serveWith(&server, [&server](QTcpSocket *s) {
        server.close();   // a server that crashes on its first client
        s->abort();
    });
    LabDefinition d = lab({check(QStringLiteral("first"), {connectTo(), send(QStringLiteral("x")), expectText(QStringLiteral("X"), 500)}),
                           check(QStringLiteral("second"), {connectTo()}), check(QStringLiteral("third"), {connectTo()})});
    LabRunner runner(d);
    runner.setTarget(QStringLiteral("127.0.0.1"), port);
    QSignalSpy finishedChecks(&runner, &LabRunner::checkFinished);
    RUN_LAB(runner);
    QCOMPARE(finishedChecks.count(), 3);
    QCOMPARE(report.checks.at(0).outcome, LabCheckResult::Outcome::Failed);
    for (int i : {1, 2}) {
        QCOMPARE(report.checks.at(i).outcome, LabCheckResult::Outcome::NotRun);
        QCOMPARE(report.checks.at(i).reason,
                 QStringLiteral("The server stopped accepting connections after check “Check first” failed."));
    }
}

void TestLabRunner::sendToClosedPeerFails()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    serveWith(&server, [](QTcpSocket *s) { s->disconnectFromHost(); });
    LabDefinition d = lab({check(QStringLiteral("closed"), {connectTo(), expect(LabStep::Match::Closed), send(QStringLiteral("late"))})});
    LabRunner runner(d);
    runner.setTarget(QStringLiteral("127.0.0.1"), server.serverPort());
    RUN_LAB(runner);
    const LabCheckResult &r = report.checks.at(0);
    QCOMPARE(r.outcome, LabCheckResult::Outcome::Failed);
    QCOMPARE(r.failedStep, 2);
    QCOMPARE(r.reason, QStringLiteral("127.0.0.1:%1 had already closed connection a, so SocketLab could not send.")
                           .arg(server.serverPort()));
    QVERIFY2(r.step.startsWith(QStringLiteral("Send 4 byte")) && r.step.endsWith(QStringLiteral(" on a: late")), qPrintable(r.step));
}

// Seed 002's web server reads a request with one recv(), answers and closes: when a request
// sent in two pieces meets that, the unsent second piece is dropped and the answer is judged.
void TestLabRunner::peerThatAnsweredTheFirstPieceIsJudgedByItsAnswer()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    serveWith(&server, [](QTcpSocket *s) {
        QObject::connect(s, &QTcpSocket::readyRead, s, [s] {
            s->readAll();
            s->write("HTTP/1.1 400 Bad Request\r\n\r\n");
            s->disconnectFromHost();
        });
    });
    LabStep request = send(QStringLiteral("GET / HTTP/1.1\r\nHost: x\r\n\r\n"));
    request.pieces = {16};
    request.pauseMs = 500;
    LabStep response = expect(LabStep::Match::Http);
    response.httpStatus = 200;
    LabDefinition d = lab({check(QStringLiteral("split"), {connectTo(), request, response})});
    LabRunner runner(d);
    runner.setTarget(QStringLiteral("127.0.0.1"), server.serverPort());
    RUN_LAB(runner);
    const LabCheckResult &r = report.checks.at(0);
    QCOMPARE(r.outcome, LabCheckResult::Outcome::Failed);
    QCOMPARE(r.failedStep, 2);   // the status, not the send
    QVERIFY2(r.reason.contains(QStringLiteral("400")), qPrintable(r.reason));
    QVERIFY(hasData(r.exchange, TrafficEvent::Direction::Out, "GET / HTTP/1.1\r\n"));
}

void TestLabRunner::halfCloseGetsTheAnswer()
{
    SKIP_WITHOUT_POSIX_PATHS("the test server is a StreamSocket, which keeps writing after the client's half-close only there");
    // A server that answers once the client has finished sending (reads until EOF), then
    // closes: StreamSocket keeps writing after the peer's half-close, as a Python socket does.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::newConnection, &server, [&server] {
        while (QTcpSocket *s = server.nextPendingConnection()) {
            auto *stream = new StreamSocket(&server);
            QVERIFY(stream->adopt(s));
            auto *got = new QByteArray;
            connect(stream, &QObject::destroyed, stream, [got] { delete got; });
            connect(stream, &StreamSocket::readyRead, stream, [stream, got] { *got += stream->readAll(); });
            connect(stream, &StreamSocket::readFinished, stream, [stream, got] {
                *got += stream->readAll();
                stream->write(TextCodec::asciiUpper(*got));
                stream->disconnectFromHost();
            });
            connect(stream, &StreamSocket::disconnected, stream, &QObject::deleteLater);
        }
    });
    LabDefinition d = lab({check(QStringLiteral("half"), {connectTo(), send(QStringLiteral("abc")), makeStep(LabStep::Kind::Shutdown),
                                                           expect(LabStep::Match::Upper), expect(LabStep::Match::Closed)})});
    LabRunner runner(d);
    runner.setTarget(QStringLiteral("127.0.0.1"), server.serverPort());
    RUN_LAB(runner);
    const LabCheckResult &r = report.checks.at(0);
    QVERIFY2(r.passed(), qPrintable(r.reason));
    QVERIFY(hasData(r.exchange, TrafficEvent::Direction::In, "ABC"));
}

void TestLabRunner::udpServer()
{
    QUdpSocket server;
    QVERIFY(server.bind(QHostAddress::LocalHost, 0));
    connect(&server, &QUdpSocket::readyRead, &server, [&server] {
        while (server.hasPendingDatagrams()) {
            const QNetworkDatagram d = server.receiveDatagram();
            server.writeDatagram(d.makeReply("ok"));
        }
    });
    LabDefinition d = lab({check(QStringLiteral("ok"), {connectTo(LabStep::Protocol::Udp), send(QStringLiteral("one")),
                                                         expectText(QStringLiteral("ok")), send(QStringLiteral("two")),
                                                         expectText(QStringLiteral("ok"))})});
    LabRunner runner(d);
    runner.setTarget(QStringLiteral("127.0.0.1"), server.localPort());
    RUN_LAB(runner);
    QCOMPARE(report.checks.at(0).outcome, LabCheckResult::Outcome::Passed);
    QVERIFY(hasData(report.checks.at(0).exchange, TrafficEvent::Direction::In, "ok"));
}

void TestLabRunner::tcpClientLab()
{
    LabStep closed = expect(LabStep::Match::Closed);
    LabDefinition d = lab({check(QStringLiteral("client"), {accept(), expectText(QStringLiteral("hello")), send(QStringLiteral("ok")), closed})},
                          LabDefinition::Role::Client);
    LabRunner runner(d);
    runner.setListen(QHostAddress::LocalHost, 0);
    QSignalSpy waiting(&runner, &LabRunner::waitingForClient);
    QTcpSocket client;
    connect(&runner, &LabRunner::listening, &client, [&client](quint16 port) { client.connectToHost(QHostAddress::LocalHost, port); });
    connect(&client, &QTcpSocket::connected, &client, [&client] { client.write("hello"); });
    connect(&client, &QTcpSocket::readyRead, &client, [&client] {
        if (client.readAll() == "ok")
            client.disconnectFromHost();
    });
    QSignalSpy listening(&runner, &LabRunner::listening);
    RUN_LAB(runner);
    QCOMPARE(listening.count(), 1);
    QVERIFY(listening.at(0).at(0).value<quint16>() != 0);
    QVERIFY(report.target.startsWith(QStringLiteral("listening on 127.0.0.1:")));
    QCOMPARE(report.checks.at(0).outcome, LabCheckResult::Outcome::Passed);
    QVERIFY(waiting.count() <= 1);
}

// A check that ends with a send (a client lab answering `ok` last, a download server's data):
// what is still queued when the check ends goes out, then a FIN, never a reset.
void TestLabRunner::lastSendOfACheckArrives()
{
    LabStep big = makeStep(LabStep::Kind::Send);
    big.fillText = QStringLiteral("0123456789");
    big.fillCount = 4 * 1024 * 1024;
    LabDefinition d = lab({check(QStringLiteral("client"), {accept(), expectText(QStringLiteral("hello")), big})},
                          LabDefinition::Role::Client);
    LabRunner runner(d);
    runner.setListen(QHostAddress::LocalHost, 0);
    QTcpSocket client;
    qint64 received = 0;
    bool closed = false;
    connect(&runner, &LabRunner::listening, &client, [&client](quint16 port) { client.connectToHost(QHostAddress::LocalHost, port); });
    connect(&client, &QTcpSocket::connected, &client, [&client] { client.write("hello"); });
    connect(&client, &QTcpSocket::readyRead, &client, [&client, &received] { received += client.readAll().size(); });
    connect(&client, &QTcpSocket::disconnected, &client, [&closed] { closed = true; });
    RUN_LAB(runner);
    QCOMPARE(report.checks.at(0).outcome, LabCheckResult::Outcome::Passed);
    QTRY_VERIFY_WITH_TIMEOUT(closed, 10000);
    QCOMPARE(received, qint64(big.fillCount));
    QCOMPARE(client.error(), QAbstractSocket::RemoteHostClosedError);
}

void TestLabRunner::udpClientLab()
{
    LabDefinition d = lab({check(QStringLiteral("udp"), {accept(LabStep::Protocol::Udp), expectText(QStringLiteral("hi")),
                                                          send(QStringLiteral("ok")), expectText(QStringLiteral("bye"))})},
                          LabDefinition::Role::Client);
    LabRunner runner(d);
    runner.setListen(QHostAddress::LocalHost, 0);
    QUdpSocket client;
    QVERIFY(client.bind(QHostAddress::LocalHost, 0));
    connect(&runner, &LabRunner::listening, &client, [&client](quint16 port) {
        client.writeDatagram("hi", QHostAddress::LocalHost, port);
    });
    connect(&client, &QUdpSocket::readyRead, &client, [&client] {
        while (client.hasPendingDatagrams()) {
            const QNetworkDatagram datagram = client.receiveDatagram();
            if (datagram.data() == "ok")
                client.writeDatagram(datagram.makeReply("bye"));
        }
    });
    RUN_LAB(runner);
    const LabCheckResult &r = report.checks.at(0);
    QCOMPARE(r.outcome, LabCheckResult::Outcome::Passed);
    QVERIFY(hasData(r.exchange, TrafficEvent::Direction::In, "hi"));
    QVERIFY(hasData(r.exchange, TrafficEvent::Direction::Out, "ok"));
    QVERIFY(hasData(r.exchange, TrafficEvent::Direction::In, "bye"));
}

void TestLabRunner::clientThatNeverComes()
{
    LabDefinition d = lab({check(QStringLiteral("client"), {accept()})}, LabDefinition::Role::Client);
    LabRunner runner(d);
    runner.setListen(QHostAddress::LocalHost, 0);
    runner.setClientWaitMs(200);
    QSignalSpy waiting(&runner, &LabRunner::waitingForClient);
    RUN_LAB(runner);
    QCOMPARE(waiting.count(), 1);
    QCOMPARE(waiting.at(0).at(0).toInt(), 0);
    QCOMPARE(report.checks.at(0).outcome, LabCheckResult::Outcome::Failed);
    QCOMPARE(report.checks.at(0).reason, QStringLiteral("No client connected within 200 ms."));
}

void TestLabRunner::listenFailed()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost));
    LabDefinition d = lab({check(QStringLiteral("client"), {accept()})}, LabDefinition::Role::Client);
    LabRunner runner(d);
    runner.setListen(QHostAddress::LocalHost, taken.serverPort());
    QSignalSpy failed(&runner, &LabRunner::listenFailed);
    RUN_LAB(runner);
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("already in use")), qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(report.checks.at(0).outcome, LabCheckResult::Outcome::NotRun);
    QVERIFY(!report.passed());
}

void TestLabRunner::cancelStops()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    LabDefinition d = lab({check(QStringLiteral("slow"), {connectTo(), expectText(QStringLiteral("x"), 60000)}),
                           check(QStringLiteral("later"), {connectTo()})});
    LabRunner runner(d);
    runner.setTarget(QStringLiteral("127.0.0.1"), server.serverPort());
    QSignalSpy finished(&runner, &LabRunner::finished);
    connect(&server, &QTcpServer::newConnection, &runner, [&runner] { runner.cancel(); });
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(!runner.isRunning());
    for (const LabCheckResult &r : runner.report().checks) {
        QCOMPARE(r.outcome, LabCheckResult::Outcome::NotRun);
        QCOMPARE(r.reason, QStringLiteral("The run was stopped before this check finished."));
    }
    runner.cancel();   // nothing more happens
    QCOMPARE(finished.count(), 1);
}

QTEST_GUILESS_MAIN(TestLabRunner)
#include "tst_labrunner.moc"
