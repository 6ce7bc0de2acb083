#include <QtTest>

#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>

#include <memory>

#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include "PlatformPaths.h"
#include "Framer.h"
#include "RefusedDescriptor.h"
#include "StreamListener.h"
#include "TcpServer.h"
#include "TcpConnection.h"
#include "WorkerThread.h"

using ByteList = QList<QByteArray>;

namespace {

// A plain QTcpSocket peer (what a student's script is) that records everything it receives.
class Peer : public QObject
{
public:
    explicit Peer(bool reading = true)
        : m_reading(reading)
    {
        // Qt reads into an unlimited buffer even when nobody calls read(); a peer that "does
        // not read" must leave the data in the kernel, so that TCP pushes back.
        if (!reading)
            socket.setReadBufferSize(64 * 1024);
        connect(&socket, &QIODevice::readyRead, this, [this] {
            if (m_reading)
                drain();
        });
    }
    void connectTo(quint16 port, const QHostAddress &address = QHostAddress(QHostAddress::LocalHost))
    {
        socket.connectToHost(address, port);
    }
    void startReading()
    {
        m_reading = true;
        socket.setReadBufferSize(0);
        drain();
    }
    void drain()
    {
        while (socket.bytesAvailable() > 0) {
            const QByteArray chunk = socket.read(256 * 1024);
            receivedBytes += chunk.size();
            if (keep)
                received += chunk;
        }
    }
    QString address() const
    {
        return QStringLiteral("127.0.0.1:%1").arg(socket.localPort());
    }

    QTcpSocket socket;
    QByteArray received;
    qint64 receivedBytes = 0;
    bool keep = true;

private:
    bool m_reading;
};

ConnectionStats statsOf(const TcpServer &server, quint64 id)
{
    const QList<ConnectionStats> clients = server.clients();
    for (const ConnectionStats &s : clients) {
        if (s.id == id)
            return s;
    }
    return {};
}

ByteList unframe(Framer::Mode mode, const QByteArray &bytes)
{
    Framer framer(mode, 64 * 1024 * 1024);
    ByteList out;
    QString error;
    framer.feed(bytes, &out, &error);
    return out;
}

QByteArray pattern(qint64 size)
{
    QByteArray b(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        b[i] = char('a' + (i * 7 + i / 251) % 26);
    return b;
}

} // namespace

class tst_TcpServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void startsOnOsChosenPort();
    void stoppedOnlyAfterStarted();
    void refusedDescriptorIsClosedOnce();
    void replyModes_data();
    void replyModes();
    void liveSetters();
    void greeting();
    void relayToEveryOtherClientTagged();
    void framingModes_data();
    void framingModes();
    void largeAndSplitMessages_data();
    void largeAndSplitMessages();
    void quickSendsArriveAsOneRawChunk();
    void sendToSelectedAndAll();
    void sendFileAsOneMessage();
    void disconnectClients();
    void protocolErrorDropsClient();
    void disconnectMidSendReportsUndelivered();
    void bindPortInUse();
    void bindAddressNotOnMachine();
    void bindInvalidAddress();
    void bindPrivilegedPort();
    void thousandClientsAtOnce();
    void floodKeepsMemoryBounded();
    void relayDropsStuckRecipient();
    void statsAndTrafficEvents();
    void worksInWorkerThread();
    void unfinishedMessagesShareABudget();
    void unfinishedMessageTimesOut();
    void halfClosedClientIsAnswered();
    void resetByClientIsReported();

private:
    quint16 startServer(TcpServer &server, TcpServerOptions options = {});
};

void tst_TcpServer::initTestCase()
{
    // 1,000 clients + 1,000 server sockets need more than the usual soft limit of 1024 files.
    rlimit limit{};
    QVERIFY(getrlimit(RLIMIT_NOFILE, &limit) == 0);
    limit.rlim_cur = limit.rlim_max;
    QVERIFY(setrlimit(RLIMIT_NOFILE, &limit) == 0);
}

quint16 tst_TcpServer::startServer(TcpServer &server, TcpServerOptions options)
{
    if (options.bindAddress == QHostAddress(QHostAddress::Any))
        options.bindAddress = QHostAddress(QHostAddress::LocalHost);
    QSignalSpy started(&server, &TcpServer::started);
    QSignalSpy failed(&server, &TcpServer::startFailed);
    server.start(options);
    if (!failed.isEmpty())
        qWarning() << failed.first().first().toString();
    if (started.size() != 1)
        return 0;
    return started.first().at(1).value<quint16>();
}

void tst_TcpServer::startsOnOsChosenPort()
{
    TcpServer server;
    QSignalSpy started(&server, &TcpServer::started);
    TcpServerOptions options;   // Any (dual stack), port 0
    server.start(options);
    QCOMPARE(started.size(), 1);
    const quint16 port = started.first().at(1).value<quint16>();
    QVERIFY(port != 0);
    QCOMPARE(server.port(), port);
    QVERIFY(server.isListening());

    // Dual stack: reachable over IPv4 (and IPv6 when the machine has it).
    Peer v4;
    v4.connectTo(port);
    QTRY_COMPARE_WITH_TIMEOUT(server.clients().size(), 1, 10000);
    QTcpServer probe;
    if (probe.listen(QHostAddress::LocalHostIPv6, 0)) {
        Peer v6;
        v6.connectTo(port, QHostAddress(QHostAddress::LocalHostIPv6));
        QTRY_COMPARE_WITH_TIMEOUT(server.clients().size(), 2, 10000);
    }

    QSignalSpy stopped(&server, &TcpServer::stopped);
    QSignalSpy gone(&server, &TcpServer::clientDisconnected);
    server.stop();
    QCOMPARE(stopped.size(), 1);
    QVERIFY(!server.isListening());
    QCOMPARE(server.clients().size(), 0);
    QVERIFY(gone.size() >= 1);
    QTRY_COMPARE_WITH_TIMEOUT(v4.socket.state(), QAbstractSocket::UnconnectedState, 10000);
}

void tst_TcpServer::stoppedOnlyAfterStarted()
{
    TcpServer server;
    QSignalSpy stopped(&server, &TcpServer::stopped);
    QSignalSpy events(&server, &TcpServer::trafficEvents);
    server.stop();   // never started
    QCOMPARE(stopped.size(), 0);

    QTcpServer blocker;
    QVERIFY2(blocker.listen(QHostAddress(QHostAddress::LocalHost), 0), qPrintable(blocker.errorString()));
    TcpServerOptions taken;
    taken.bindAddress = QHostAddress(QHostAddress::LocalHost);
    taken.port = blocker.serverPort();
    server.start(taken);   // fails: nothing to stop afterwards
    QVERIFY(!server.isListening());
    server.stop();
    QCOMPARE(stopped.size(), 0);

    QVERIFY(startServer(server) != 0);
    QVERIFY(startServer(server) != 0);   // a listening server is stopped before it starts again
    QCOMPARE(stopped.size(), 1);
    server.stop();
    QCOMPARE(stopped.size(), 2);
    server.stop();
    QCOMPARE(stopped.size(), 2);
    // "Stopped listening." is said once per stop that stopped something.
    QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), 5000);
    int stoppedRows = 0;
    for (const QList<QVariant> &batch : std::as_const(events)) {
        for (const TrafficEvent &e : batch.first().value<QList<TrafficEvent>>())
            stoppedRows += e.text == QStringLiteral("Stopped listening.") ? 1 : 0;
    }
    QCOMPARE(stoppedRows, 2);
}

void tst_TcpServer::refusedDescriptorIsClosedOnce()
{
    TcpServer server;
    QSignalSpy connected(&server, &TcpServer::clientConnected);
    QVERIFY(server.findChild<StreamListener *>());
    const int closes = RefusedDescriptor::closesAfterRefusal(server.findChild<StreamListener *>());
    if (closes < 0)
        QSKIP("Counting closes needs Linux and the POSIX platform layer.");
    QCOMPARE(closes, 1);
    QCOMPARE(connected.size(), 0);
    QCOMPARE(server.clients().size(), 0);
}

void tst_TcpServer::replyModes_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("none") << QStringLiteral("none") << QByteArray("hello") << QByteArray();
    QTest::newRow("echo") << QStringLiteral("echo") << QByteArray("Hello 中文\r\n\0x", 16) << QByteArray("Hello 中文\r\n\0x", 16);
    QTest::newRow("upper (seed 003)") << QStringLiteral("upper") << QByteArray("hello, 世界 abc") << QByteArray("HELLO, 世界 ABC");
    QTest::newRow("text (seed 002)") << QStringLiteral("text:已送达") << QByteArray("q") << QByteArray("已送达");
}

void tst_TcpServer::replyModes()
{
    QFETCH(QString, spec);
    QFETCH(QByteArray, sent);
    QFETCH(QByteArray, expected);

    TcpServerOptions options;
    options.reply = *ReplyPolicy::parse(spec);
    TcpServer server;
    const quint16 port = startServer(server, options);
    QVERIFY(port);
    QSignalSpy received(&server, &TcpServer::messageReceived);
    Peer peer;
    peer.connectTo(port);
    QVERIFY(peer.socket.waitForConnected(10000));
    peer.socket.write(sent);
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
    QCOMPARE(received.first().at(1).toByteArray(), sent);
    if (expected.isEmpty()) {
        // The server has handled the message; nothing was queued for the peer.
        QCOMPARE(server.clients().first().messagesOut, qint64(0));
        QCOMPARE(server.clients().first().bytesOut, qint64(0));
    } else {
        QTRY_COMPARE_WITH_TIMEOUT(peer.received, expected, 10000);
        QCOMPARE(server.clients().first().messagesOut, qint64(1));
    }
}

void tst_TcpServer::liveSetters()
{
    TcpServer server;
    const quint16 port = startServer(server);
    QVERIFY(port);
    QSignalSpy received(&server, &TcpServer::messageReceived);
    Peer peer;
    peer.connectTo(port);
    QVERIFY(peer.socket.waitForConnected(10000));

    server.setReplyPolicy(*ReplyPolicy::parse(QStringLiteral("upper")));
    peer.socket.write("abc");
    QTRY_COMPARE_WITH_TIMEOUT(peer.received, QByteArray("ABC"), 10000);
    server.setReplyPolicy(*ReplyPolicy::parse(QStringLiteral("text:ok")));
    peer.socket.write("x");
    QTRY_COMPARE_WITH_TIMEOUT(peer.received, QByteArray("ABCok"), 10000);

    server.setFraming(Framer::Mode::Lines);
    server.setReplyPolicy(*ReplyPolicy::parse(QStringLiteral("echo")));
    peer.socket.write("l1\nl2\n");
    QTRY_COMPARE_WITH_TIMEOUT(peer.received, QByteArray("ABCokl1\nl2\n"), 10000);
    QCOMPARE(received.size(), 4);
    QCOMPARE(server.options().framing, Framer::Mode::Lines);
    QCOMPARE(server.options().reply.mode, ReplyPolicy::Mode::Echo);

    server.setGreeting("hi");
    Peer second;
    second.connectTo(port);
    QTRY_COMPARE_WITH_TIMEOUT(second.received, QByteArray("hi\n"), 10000);

    server.setRelay(true);
    QVERIFY(server.options().relay);
    second.socket.write("from second\n");
    const QByteArray tagged = QStringLiteral("[%1] from second\n").arg(second.address()).toUtf8();
    QTRY_COMPARE_WITH_TIMEOUT(peer.received, QByteArray("ABCokl1\nl2\n") + tagged, 10000);
}

void tst_TcpServer::greeting()
{
    TcpServerOptions options;
    options.greeting = "hello";   // seed 003's select() server
    options.reply = *ReplyPolicy::parse(QStringLiteral("text:response"));
    TcpServer server;
    const quint16 port = startServer(server, options);
    QVERIFY(port);
    Peer peer;
    peer.connectTo(port);
    QTRY_COMPARE_WITH_TIMEOUT(peer.received, QByteArray("hello"), 10000);
    peer.socket.write("question");
    QTRY_COMPARE_WITH_TIMEOUT(peer.received, QByteArray("helloresponse"), 10000);
}

void tst_TcpServer::relayToEveryOtherClientTagged()
{
    TcpServerOptions options;
    options.relay = true;
    options.framing = Framer::Mode::Lines;
    TcpServer server;
    const quint16 port = startServer(server, options);
    QVERIFY(port);
    constexpr int Count = 4;
    std::vector<std::unique_ptr<Peer>> peers;
    for (int i = 0; i < Count; ++i) {
        peers.push_back(std::make_unique<Peer>());
        peers.back()->connectTo(port);
    }
    QTRY_COMPARE_WITH_TIMEOUT(server.clients().size(), Count, 10000);
    for (auto &p : peers)
        QVERIFY(p->socket.state() == QAbstractSocket::ConnectedState || p->socket.waitForConnected(10000));

    constexpr int PerClient = 3;
    for (int round = 0; round < PerClient; ++round) {
        for (int i = 0; i < Count; ++i)
            peers[i]->socket.write(QStringLiteral("msg %1.%2 你好\n").arg(i).arg(round).toUtf8());
    }
    for (int i = 0; i < Count; ++i) {
        QTRY_COMPARE_WITH_TIMEOUT(unframe(Framer::Mode::Lines, peers[i]->received).size(), (Count - 1) * PerClient, 10000);
        const ByteList got = unframe(Framer::Mode::Lines, peers[i]->received);
        for (int j = 0; j < Count; ++j) {
            for (int round = 0; round < PerClient; ++round) {
                const QByteArray expected = QStringLiteral("[%1] msg %2.%3 你好").arg(peers[j]->address()).arg(j).arg(round).toUtf8();
                // Every other client's message exactly once, and never our own.
                QCOMPARE(got.count(expected), i == j ? 0 : 1);
            }
        }
    }
}

void tst_TcpServer::framingModes_data()
{
    QTest::addColumn<Framer::Mode>("mode");
    QTest::newRow("raw") << Framer::Mode::Raw;
    QTest::newRow("lines") << Framer::Mode::Lines;
    QTest::newRow("length") << Framer::Mode::LengthPrefixed;
}

void tst_TcpServer::framingModes()
{
    QFETCH(Framer::Mode, mode);
    TcpServerOptions options;
    options.framing = mode;
    options.reply = *ReplyPolicy::parse(QStringLiteral("upper"));
    TcpServer server;
    const quint16 port = startServer(server, options);
    QVERIFY(port);
    QSignalSpy received(&server, &TcpServer::messageReceived);
    Peer peer;
    peer.connectTo(port);
    QVERIFY(peer.socket.waitForConnected(10000));

    Framer framer(mode);
    const ByteList messages = mode == Framer::Mode::Raw ? ByteList{"one message"}
                                                        : ByteList{"alpha", "", "beta gamma", "delta"};
    QByteArray stream;
    for (const QByteArray &m : messages)
        stream += framer.frame(m);
    // Written in awkward pieces; the framing decides where messages end, not the chunks.
    for (qsizetype i = 0; i < stream.size(); i += 3) {
        peer.socket.write(stream.mid(i, 3));
        if (mode != Framer::Mode::Raw)
            QVERIFY(peer.socket.waitForBytesWritten(5000));
    }
    if (mode == Framer::Mode::Raw) {
        QTRY_COMPARE_WITH_TIMEOUT(peer.received, QByteArray("ONE MESSAGE"), 10000);
        QByteArray joined;
        for (const QList<QVariant> &args : std::as_const(received))
            joined += args.at(1).toByteArray();
        QCOMPARE(joined, QByteArray("one message"));
        return;
    }
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), messages.size(), 10000);
    for (int i = 0; i < messages.size(); ++i)
        QCOMPARE(received.at(i).at(1).toByteArray(), messages.at(i));
    ByteList expected;
    for (const QByteArray &m : messages)
        expected << m.toUpper();
    QTRY_COMPARE_WITH_TIMEOUT(unframe(mode, peer.received), expected, 10000);
}

void tst_TcpServer::largeAndSplitMessages_data()
{
    QTest::addColumn<Framer::Mode>("mode");
    QTest::newRow("raw") << Framer::Mode::Raw;
    QTest::newRow("lines") << Framer::Mode::Lines;
    QTest::newRow("length") << Framer::Mode::LengthPrefixed;
}

void tst_TcpServer::largeAndSplitMessages()
{
    QFETCH(Framer::Mode, mode);
    TcpServerOptions options;
    options.framing = mode;
    options.reply = *ReplyPolicy::parse(QStringLiteral("echo"));
    TcpServer server;
    const quint16 port = startServer(server, options);
    QVERIFY(port);
    QSignalSpy received(&server, &TcpServer::messageReceived);
    Peer peer;
    peer.connectTo(port);
    QVERIFY(peer.socket.waitForConnected(10000));

    const QByteArray big = pattern(8 * 1024 * 1024);   // no '\n' in it
    const QByteArray framed = Framer(mode).frame(big);
    peer.socket.write(framed);
    QTRY_COMPARE_WITH_TIMEOUT(peer.received.size(), framed.size(), 60000);
    QCOMPARE(peer.received, framed);
    if (mode == Framer::Mode::Raw) {
        QVERIFY(received.size() >= 1);   // chunks of at most TcpConnection::ReadChunk
        qint64 total = 0;
        for (const QList<QVariant> &args : std::as_const(received)) {
            QVERIFY(args.at(1).toByteArray().size() <= TcpConnection::ReadChunk);
            total += args.at(1).toByteArray().size();
        }
        QCOMPARE(total, big.size());
    } else {
        QCOMPARE(received.size(), 1);
        QCOMPARE(received.first().at(1).toByteArray(), big);
    }
    QTRY_COMPARE_WITH_TIMEOUT(server.clients().first().bytesIn, qint64(framed.size()), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(server.clients().first().bytesOut, qint64(framed.size()), 10000);
}

void tst_TcpServer::quickSendsArriveAsOneRawChunk()
{
    TcpServer server;
    const quint16 port = startServer(server);
    QVERIFY(port);
    QSignalSpy received(&server, &TcpServer::messageReceived);
    Peer peer;
    peer.connectTo(port);
    QVERIFY(peer.socket.waitForConnected(10000));
    // Three send() calls reach the kernel before the server reads: one recv() chunk (粘包).
    peer.socket.write("first;");
    peer.socket.write("second;");
    peer.socket.write("third;");
    QVERIFY(peer.socket.flush());
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
    QCOMPARE(received.first().at(1).toByteArray(), QByteArray("first;second;third;"));

    // With line framing the same bytes are three messages.
    server.setFraming(Framer::Mode::Lines);
    peer.socket.write("first\n");
    peer.socket.write("second\n");
    peer.socket.write("third\n");
    QVERIFY(peer.socket.flush());
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 4, 10000);
    QCOMPARE(received.at(1).at(1).toByteArray(), QByteArray("first"));
    QCOMPARE(received.at(3).at(1).toByteArray(), QByteArray("third"));
}

void tst_TcpServer::sendToSelectedAndAll()
{
    TcpServer server;
    const quint16 port = startServer(server);
    QVERIFY(port);
    QSignalSpy connected(&server, &TcpServer::clientConnected);
    Peer a, b;
    a.connectTo(port);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 10000);
    b.connectTo(port);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 2, 10000);
    const quint64 idA = connected.at(0).first().value<ConnectionStats>().id;
    const quint64 idB = connected.at(1).first().value<ConnectionStats>().id;
    QVERIFY(idA != idB);

    server.sendTo({idB}, "only b");
    QTRY_COMPARE_WITH_TIMEOUT(b.received, QByteArray("only b"), 10000);
    server.sendToAll("all");
    QTRY_COMPARE_WITH_TIMEOUT(a.received, QByteArray("all"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(b.received, QByteArray("only ball"), 10000);
    QCOMPARE(statsOf(server, idA).messagesOut, qint64(1));
    QCOMPARE(statsOf(server, idB).messagesOut, qint64(2));
}

void tst_TcpServer::sendFileAsOneMessage()
{
    TcpServerOptions options;
    options.framing = Framer::Mode::LengthPrefixed;
    TcpServer server;
    const quint16 port = startServer(server, options);
    QVERIFY(port);
    QSignalSpy connected(&server, &TcpServer::clientConnected);
    Peer peer;
    peer.connectTo(port);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 10000);

    QTemporaryFile file;
    QVERIFY(file.open());
    const QByteArray content = pattern(5 * 1024 * 1024 + 17);
    QCOMPARE(file.write(content), content.size());
    file.flush();
    server.sendFileTo({}, file.fileName());
    server.sendToAll("after the file");   // queued behind it, never inside it
    QTRY_COMPARE_WITH_TIMEOUT(unframe(Framer::Mode::LengthPrefixed, peer.received).size(), 2, 30000);
    const ByteList got = unframe(Framer::Mode::LengthPrefixed, peer.received);
    QCOMPARE(got.at(0), content);
    QCOMPARE(got.at(1), QByteArray("after the file"));

    // A batch with the file's own traffic may still be on its way; look for the error among all events.
    QSignalSpy events(&server, &TcpServer::trafficEvents);
    server.sendFileTo({}, QStringLiteral("/nonexistent/file.bin"));
    const auto reportsMissingFile = [&events] {
        for (const QList<QVariant> &batch : std::as_const(events)) {
            const auto list = batch.first().value<QList<TrafficEvent>>();
            for (const TrafficEvent &e : list) {
                if (e.kind == TrafficEvent::Kind::Error && e.text.contains(QLatin1String("/nonexistent/file.bin")))
                    return true;
            }
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(reportsMissingFile(), 5000);
}

void tst_TcpServer::disconnectClients()
{
    TcpServer server;
    const quint16 port = startServer(server);
    QVERIFY(port);
    QSignalSpy connected(&server, &TcpServer::clientConnected);
    QSignalSpy gone(&server, &TcpServer::clientDisconnected);
    Peer a, b;
    a.connectTo(port);
    b.connectTo(port);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 2, 10000);
    const quint64 idA = connected.at(0).first().value<ConnectionStats>().id;
    server.sendTo({idA}, "bye");
    server.disconnectClients({idA});
    QTRY_COMPARE_WITH_TIMEOUT(gone.size(), 1, 10000);
    QCOMPARE(gone.first().at(0).value<quint64>(), idA);
    // What was queued before the close still arrives.
    QTRY_COMPARE_WITH_TIMEOUT(a.socket.state(), QAbstractSocket::UnconnectedState, 10000);
    QCOMPARE(a.received, QByteArray("bye"));
    QCOMPARE(server.clients().size(), 1);
    QVERIFY(b.socket.state() == QAbstractSocket::ConnectedState);
}

void tst_TcpServer::protocolErrorDropsClient()
{
    TcpServerOptions options;
    options.framing = Framer::Mode::LengthPrefixed;
    TcpServer server;
    const quint16 port = startServer(server, options);
    QVERIFY(port);
    QSignalSpy gone(&server, &TcpServer::clientDisconnected);
    QSignalSpy received(&server, &TcpServer::messageReceived);
    Peer peer;
    peer.connectTo(port);
    QVERIFY(peer.socket.waitForConnected(10000));
    // A valid message, then a header announcing 4 GiB - 1.
    peer.socket.write(QByteArray("\0\0\0\2ok\xff\xff\xff\xff", 10));
    QTRY_COMPARE_WITH_TIMEOUT(gone.size(), 1, 10000);
    QCOMPARE(received.size(), 1);
    const QString reason = gone.first().at(1).toString();
    QVERIFY2(reason.contains(QLatin1String("framing")) && reason.contains(QLatin1String("4294967295")), qPrintable(reason));
    QTRY_COMPARE_WITH_TIMEOUT(peer.socket.state(), QAbstractSocket::UnconnectedState, 10000);
}

void tst_TcpServer::disconnectMidSendReportsUndelivered()
{
    TcpServer server;
    const quint16 port = startServer(server);
    QVERIFY(port);
    QSignalSpy connected(&server, &TcpServer::clientConnected);
    QSignalSpy gone(&server, &TcpServer::clientDisconnected);
    Peer peer(false);   // never reads
    peer.connectTo(port);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 10000);
    const quint64 id = connected.first().first().value<ConnectionStats>().id;
    const qint64 size = 48 * 1024 * 1024;
    server.sendTo({id}, QByteArray(size, 'z'));
    QTRY_VERIFY_WITH_TIMEOUT(statsOf(server, id).bytesOut > 0, 10000);
    peer.socket.abort();   // unread data in its buffer: the kernel answers with a reset
    QTRY_COMPARE_WITH_TIMEOUT(gone.size(), 1, 20000);
    const QString reason = gone.first().at(1).toString();
    QVERIFY2(reason.contains(QLatin1String("not delivered")), qPrintable(reason));
    QVERIFY2(reason.contains(QStringLiteral("127.0.0.1:%1").arg(connected.first().first().value<ConnectionStats>().peer.section(QLatin1Char(':'), -1))),
             qPrintable(reason));
    QVERIFY(server.isListening());
    QCOMPARE(server.clients().size(), 0);
}

void tst_TcpServer::bindPortInUse()
{
    QTcpServer blocker;
    QVERIFY2(blocker.listen(QHostAddress::Any, 0), qPrintable(blocker.errorString()));
    TcpServer server;
    QSignalSpy failed(&server, &TcpServer::startFailed);
    QSignalSpy started(&server, &TcpServer::started);
    TcpServerOptions options;
    options.port = blocker.serverPort();
    server.start(options);
    QCOMPARE(started.size(), 0);
    QCOMPARE(failed.size(), 1);
    const QString reason = failed.first().first().toString();
    QVERIFY2(reason.contains(QString::number(blocker.serverPort())), qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("in use")), qPrintable(reason));
    // The owner is this very test process (found in /proc; a portable build names no program).
    if (SOCKETLAB_LINUX_PATHS)
        QVERIFY2(reason.contains(QStringLiteral("PID %1").arg(QCoreApplication::applicationPid())), qPrintable(reason));
    QVERIFY(!server.isListening());
}

void tst_TcpServer::bindAddressNotOnMachine()
{
    TcpServer server;
    QSignalSpy failed(&server, &TcpServer::startFailed);
    TcpServerOptions options;
    options.bindAddress = QHostAddress(QStringLiteral("192.0.2.1"));   // TEST-NET-1, never local
    server.start(options);
    QCOMPARE(failed.size(), 1);
    const QString reason = failed.first().first().toString();
    QVERIFY2(reason.contains(QLatin1String("192.0.2.1")) && reason.contains(QLatin1String("no address")), qPrintable(reason));
}

void tst_TcpServer::bindInvalidAddress()
{
    TcpServer server;
    QSignalSpy failed(&server, &TcpServer::startFailed);
    TcpServerOptions options;
    options.bindAddress = QHostAddress(QStringLiteral("300.1.2.3"));
    server.start(options);
    QCOMPARE(failed.size(), 1);
    QVERIFY(!failed.first().first().toString().isEmpty());
    QVERIFY(!server.isListening());
}

void tst_TcpServer::bindPrivilegedPort()
{
    if (geteuid() == 0)
        QSKIP("Running as root: ports below 1024 can be bound, nothing to test.");
    QTcpServer probe;
    if (probe.listen(QHostAddress::LocalHost, 1))
        QSKIP("This system lets unprivileged programs bind low ports (net.ipv4.ip_unprivileged_port_start).");
    TcpServer server;
    QSignalSpy failed(&server, &TcpServer::startFailed);
    TcpServerOptions options;
    options.bindAddress = QHostAddress(QHostAddress::LocalHost);
    options.port = 1;
    server.start(options);
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("administrator")), qPrintable(failed.first().first().toString()));
}

void tst_TcpServer::thousandClientsAtOnce()
{
    TcpServer server;
    const quint16 port = startServer(server);
    QVERIFY(port);
    QHash<QByteArray, int> seen;
    int total = 0;
    connect(&server, &TcpServer::messageReceived, this, [&](quint64, const QByteArray &message) {
        ++seen[message];
        ++total;
    });
    constexpr int Count = 1000;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    sockets.reserve(Count);
    for (int i = 0; i < Count; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QTcpSocket *s = socket.get();
        connect(s, &QAbstractSocket::connected, this, [s, i] { s->write(QStringLiteral("client %1").arg(i).toUtf8()); });
        s->connectToHost(QHostAddress::LocalHost, port);   // all at once, before any is accepted
        sockets.push_back(std::move(socket));
    }
    QTRY_COMPARE_WITH_TIMEOUT(total, Count, 120000);
    QCOMPARE(seen.size(), Count);
    for (int i = 0; i < Count; ++i)
        QCOMPARE(seen.value(QStringLiteral("client %1").arg(i).toUtf8()), 1);
    QCOMPARE(server.clients().size(), Count);
    for (const auto &s : sockets)
        QCOMPARE(s->state(), QAbstractSocket::ConnectedState);
}

void tst_TcpServer::floodKeepsMemoryBounded()
{
    TcpServerOptions options;
    options.reply = *ReplyPolicy::parse(QStringLiteral("echo"));
    TcpServer server;
    const quint16 port = startServer(server, options);
    QVERIFY(port);
    QSignalSpy connected(&server, &TcpServer::clientConnected);
    Peer peer(false);   // writes without reading the echoes
    peer.keep = false;
    peer.connectTo(port);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 10000);
    const quint64 id = connected.first().first().value<ConnectionStats>().id;

    const qint64 size = 64 * 1024 * 1024;
    const QByteArray block(1024 * 1024, 'f');
    for (qint64 sent = 0; sent < size; sent += block.size())
        peer.socket.write(block);
    // The server echoes until its queue passes the high-water mark, then stops reading.
    QTRY_VERIFY_WITH_TIMEOUT(statsOf(server, id).peakQueuedBytes > TcpConnection::HighWater, 30000);
    QVERIFY(statsOf(server, id).bytesIn < size);
    const qint64 cap = TcpConnection::HighWater + 2 * TcpConnection::ReadChunk;
    QVERIFY2(statsOf(server, id).peakQueuedBytes <= cap, qPrintable(QString::number(statsOf(server, id).peakQueuedBytes)));

    // Once the peer reads, everything flows and every byte is counted.
    peer.startReading();
    QTRY_COMPARE_WITH_TIMEOUT(peer.receivedBytes, size, 120000);
    const ConnectionStats stats = statsOf(server, id);
    QCOMPARE(stats.bytesIn, size);
    QCOMPARE(stats.bytesOut, size);
    QVERIFY2(stats.peakQueuedBytes <= cap, qPrintable(QString::number(stats.peakQueuedBytes)));
}

void tst_TcpServer::relayDropsStuckRecipient()
{
    TcpServerOptions options;
    options.relay = true;
    TcpServer server;
    server.setStuckRecipientTimeout(300);
    const quint16 port = startServer(server, options);
    QVERIFY(port);
    QSignalSpy connected(&server, &TcpServer::clientConnected);
    QSignalSpy gone(&server, &TcpServer::clientDisconnected);
    Peer sender, reader, stuck(false);
    reader.keep = false;
    sender.keep = false;
    sender.connectTo(port);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 10000);
    reader.connectTo(port);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 2, 10000);
    stuck.connectTo(port);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 3, 10000);
    const quint64 stuckId = connected.at(2).first().value<ConnectionStats>().id;
    const quint64 senderId = connected.at(0).first().value<ConnectionStats>().id;

    const qint64 size = 48 * 1024 * 1024;
    const QByteArray block(1024 * 1024, 'r');
    for (qint64 sent = 0; sent < size; sent += block.size())
        sender.socket.write(block);
    QTRY_COMPARE_WITH_TIMEOUT(gone.size(), 1, 60000);
    QCOMPARE(gone.first().at(0).value<quint64>(), stuckId);
    const QString reason = gone.first().at(1).toString();
    QVERIFY2(reason.contains(QLatin1String("relayed")), qPrintable(reason));
    // The room goes on: everything the sender wrote is read and relayed to the reader.
    QTRY_COMPARE_WITH_TIMEOUT(statsOf(server, senderId).bytesIn, size, 120000);
    QTRY_VERIFY_WITH_TIMEOUT(reader.receivedBytes >= size, 120000);
    QCOMPARE(server.clients().size(), 2);
}

void tst_TcpServer::statsAndTrafficEvents()
{
    TcpServerOptions options;
    options.reply = *ReplyPolicy::parse(QStringLiteral("echo"));
    TcpServer server;
    QSignalSpy stats(&server, &TcpServer::statsChanged);
    QList<TrafficEvent> events;
    connect(&server, &TcpServer::trafficEvents, this, [&](const QList<TrafficEvent> &batch) { events += batch; });
    const quint16 port = startServer(server, options);
    QVERIFY(port);
    Peer peer;
    peer.connectTo(port);
    QVERIFY(peer.socket.waitForConnected(10000));
    peer.socket.write("ping");
    QTRY_COMPARE_WITH_TIMEOUT(peer.received, QByteArray("ping"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!stats.isEmpty() && stats.last().first().value<QList<ConnectionStats>>().value(0).bytesOut == 4, 10000);
    const ConnectionStats s = stats.last().first().value<QList<ConnectionStats>>().first();
    QCOMPARE(s.bytesIn, qint64(4));
    QCOMPARE(s.messagesIn, qint64(1));
    QCOMPARE(s.messagesOut, qint64(1));
    QCOMPARE(s.peer, peer.address());
    QVERIFY(s.connectedSinceMsecs > 0);

    const QString address = peer.address();
    peer.socket.disconnectFromHost();
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(events.cbegin(), events.cend(), [&](const TrafficEvent &e) {
        return e.kind == TrafficEvent::Kind::State && e.text.contains(QLatin1String("finished sending (half-close)"));
    }), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(events.cbegin(), events.cend(), [&](const TrafficEvent &e) {
        return e.kind == TrafficEvent::Kind::State && e.text.contains(QLatin1String("Closed the connection to ")
                                                                      + address + QLatin1String(" after it finished sending."));
    }), 10000);
    auto has = [&](TrafficEvent::Kind kind, TrafficEvent::Direction dir, const QByteArray &bytes) {
        return std::any_of(events.cbegin(), events.cend(), [&](const TrafficEvent &e) {
            return e.kind == kind && e.direction == dir && e.bytes == bytes && e.peer == address;
        });
    };
    QVERIFY(has(TrafficEvent::Kind::Data, TrafficEvent::Direction::In, "ping"));
    QVERIFY(has(TrafficEvent::Kind::Data, TrafficEvent::Direction::Out, "ping"));
    QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const TrafficEvent &e) {
        return e.kind == TrafficEvent::Kind::State && e.text.contains(QLatin1String("Listening"));
    }));
    QVERIFY(std::any_of(events.cbegin(), events.cend(), [&](const TrafficEvent &e) {
        return e.kind == TrafficEvent::Kind::State && e.text == QStringLiteral("%1 connected.").arg(address);
    }));
}

void tst_TcpServer::worksInWorkerThread()
{
    WorkerThread thread(QStringLiteral("tcp-server"));
    auto *server = new TcpServer;
    thread.adopt(server);
    thread.start();
    // Queued into this (the main) thread, as a GUI would receive them.
    quint16 port = 0;
    int received = 0;
    int stopped = 0;
    int eventBatches = 0;
    connect(server, &TcpServer::started, this, [&](const QHostAddress &, quint16 p) { port = p; });
    connect(server, &TcpServer::messageReceived, this, [&](quint64, const QByteArray &) { ++received; });
    connect(server, &TcpServer::stopped, this, [&] { ++stopped; });
    connect(server, &TcpServer::trafficEvents, this, [&](const QList<TrafficEvent> &) { ++eventBatches; });
    TcpServerOptions options;
    options.bindAddress = QHostAddress(QHostAddress::LocalHost);
    options.reply = *ReplyPolicy::parse(QStringLiteral("upper"));
    QMetaObject::invokeMethod(server, "start", Qt::QueuedConnection, Q_ARG(TcpServerOptions, options));
    QTRY_VERIFY_WITH_TIMEOUT(port != 0, 10000);
    Peer peer;
    peer.connectTo(port);
    QVERIFY(peer.socket.waitForConnected(10000));
    peer.socket.write("threaded");
    QTRY_COMPARE_WITH_TIMEOUT(peer.received, QByteArray("THREADED"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(received, 1, 10000);
    QMetaObject::invokeMethod(server, "setReplyPolicy", Qt::QueuedConnection,
                              Q_ARG(ReplyPolicy, *ReplyPolicy::parse(QStringLiteral("text:ok"))));
    QMetaObject::invokeMethod(server, [server] { server->sendToAll("!"); }, Qt::QueuedConnection);
    QTRY_COMPARE_WITH_TIMEOUT(peer.received, QByteArray("THREADED!"), 10000);
    peer.socket.write("x");
    QTRY_COMPARE_WITH_TIMEOUT(peer.received, QByteArray("THREADED!ok"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(eventBatches > 0, 10000);
    QMetaObject::invokeMethod(server, "stop", Qt::QueuedConnection);
    QTRY_COMPARE_WITH_TIMEOUT(stopped, 1, 10000);
}


void tst_TcpServer::unfinishedMessagesShareABudget()
{
    // Three clients each park 400 KiB of a line without its LF; together they may hold 1 MiB:
    // the one that goes past it is dropped, the others stay and finish their lines.
    TcpServerOptions options;
    options.framing = Framer::Mode::Lines;
    options.maxBufferedTotal = 1024 * 1024;
    options.reply = *ReplyPolicy::parse(QStringLiteral("echo"));
    TcpServer server;
    const quint16 port = startServer(server, options);
    QVERIFY(port);
    QSignalSpy connected(&server, &TcpServer::clientConnected);
    QSignalSpy gone(&server, &TcpServer::clientDisconnected);
    std::vector<std::unique_ptr<Peer>> peers;
    const QByteArray part(400 * 1024, 'x');
    for (int i = 0; i < 3; ++i) {
        peers.push_back(std::make_unique<Peer>());
        peers.back()->connectTo(port);
        QVERIFY(peers.back()->socket.waitForConnected(10000));
        QTRY_COMPARE_WITH_TIMEOUT(connected.size(), i + 1, 10000);
        peers.back()->socket.write(part);
        if (i < 2)
            QTRY_VERIFY_WITH_TIMEOUT(statsOf(server, connected.at(i).first().value<ConnectionStats>().id).bytesIn == part.size(), 10000);
    }
    QTRY_COMPARE_WITH_TIMEOUT(gone.size(), 1, 10000);
    QCOMPARE(gone.first().first().value<quint64>(), connected.at(2).first().value<ConnectionStats>().id);
    const QString reason = gone.first().at(1).toString();
    QVERIFY2(reason.contains(QLatin1String("of a message without its end while all clients together already hold 1.0 MiB of unfinished messages")), qPrintable(reason));
    QTRY_COMPARE_WITH_TIMEOUT(peers[2]->socket.state(), QAbstractSocket::UnconnectedState, 10000);
    // The first two are untouched: their lines complete and are echoed.
    for (int i = 0; i < 2; ++i)
        peers[i]->socket.write("\n");
    for (int i = 0; i < 2; ++i)
        QTRY_COMPARE_WITH_TIMEOUT(peers[i]->received.size(), part.size() + 1, 10000);
    QCOMPARE(server.clients().size(), 2);
}

void tst_TcpServer::unfinishedMessageTimesOut()
{
    TcpServerOptions options;
    options.framing = Framer::Mode::Lines;
    options.partialTimeoutMs = 300;
    TcpServer server;
    const quint16 port = startServer(server, options);
    QVERIFY(port);
    QSignalSpy gone(&server, &TcpServer::clientDisconnected);
    QSignalSpy received(&server, &TcpServer::messageReceived);
    Peer idle;   // complete lines only: never timed out
    idle.connectTo(port);
    QVERIFY(idle.socket.waitForConnected(10000));
    idle.socket.write("done\n");
    Peer slow;
    slow.connectTo(port);
    QVERIFY(slow.socket.waitForConnected(10000));
    slow.socket.write("first\nhalf a li");
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(gone.size(), 1, 10000);
    const QString reason = gone.first().at(1).toString();
    QVERIFY2(reason.contains(QLatin1String(" of a message and then nothing for 0.3 s")), qPrintable(reason));
    QTRY_COMPARE_WITH_TIMEOUT(slow.socket.state(), QAbstractSocket::UnconnectedState, 10000);
    QCOMPARE(server.clients().size(), 1);   // the idle client with no unfinished message stays
}

void tst_TcpServer::halfClosedClientIsAnswered()
{
    SKIP_WITHOUT_POSIX_PATHS("Qt closes the connection at the client's end of stream");
    // `printf hello | nc -N`: the request, then shutdown(SHUT_WR); the answer still comes,
    // then the server closes (a clean EOF, nothing undelivered).
    TcpServerOptions options;
    options.reply = *ReplyPolicy::parse(QStringLiteral("upper"));
    TcpServer server;
    const quint16 port = startServer(server, options);
    QVERIFY(port);
    QList<TrafficEvent> events;
    connect(&server, &TcpServer::trafficEvents, this, [&](const QList<TrafficEvent> &batch) { events += batch; });
    QSignalSpy gone(&server, &TcpServer::clientDisconnected);
    Peer peer;
    peer.connectTo(port);
    QVERIFY(peer.socket.waitForConnected(10000));
    const QString address = peer.address();
    peer.socket.write("hello");
    QVERIFY(peer.socket.waitForBytesWritten(10000));
    QCOMPARE(::shutdown(int(peer.socket.socketDescriptor()), SHUT_WR), 0);
    QTRY_COMPARE_WITH_TIMEOUT(gone.size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(peer.received, QByteArray("HELLO"), 10000);
    const QString reason = gone.first().at(1).toString();
    QVERIFY2(reason.endsWith(QLatin1String("after it finished sending.")) && !reason.contains(QLatin1String("not delivered")),
             qPrintable(reason));
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(events.cbegin(), events.cend(), [](const TrafficEvent &e) {
        return e.text.contains(QLatin1String("finished sending (half-close)"));
    }), 10000);
    // What that means: the client half-closed, and the connection ended with the client closing first.
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(events.cbegin(), events.cend(), [](const TrafficEvent &e) {
        return e.action == TrafficEvent::Action::ClosedByPeer;
    }), 10000);
    QList<TrafficEvent::Action> actions;
    for (const TrafficEvent &e : std::as_const(events)) {
        if (e.action != TrafficEvent::Action::None) {
            actions.append(e.action);
            QVERIFY(e.action == TrafficEvent::Action::Listening || e.peer == address);
        }
    }
    QCOMPARE(actions, (QList<TrafficEvent::Action>{TrafficEvent::Action::Listening, TrafficEvent::Action::Accepted,
                                                   TrafficEvent::Action::HalfClosedByPeer, TrafficEvent::Action::ClosedByPeer}));
}

void tst_TcpServer::resetByClientIsReported()
{
    SKIP_WITHOUT_POSIX_PATHS("Qt reports a reset like a close");
    TcpServer server;
    const quint16 port = startServer(server);
    QVERIFY(port);
    QList<TrafficEvent> events;
    connect(&server, &TcpServer::trafficEvents, this, [&](const QList<TrafficEvent> &batch) { events += batch; });
    QSignalSpy connected(&server, &TcpServer::clientConnected);
    QSignalSpy gone(&server, &TcpServer::clientDisconnected);
    Peer peer;
    peer.connectTo(port);
    QVERIFY(peer.socket.waitForConnected(10000));
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 10000);
    const QString address = peer.address();
    // Linger 0: close() sends a reset (RST) instead of an end of stream.
    const struct linger immediately = {1, 0};
    QCOMPARE(::setsockopt(int(peer.socket.socketDescriptor()), SOL_SOCKET, SO_LINGER, &immediately, sizeof immediately), 0);
    peer.socket.abort();
    QTRY_COMPARE_WITH_TIMEOUT(gone.size(), 1, 10000);
    const QString reason = gone.first().at(1).toString();
    QCOMPARE(reason, QStringLiteral("%1 reset the connection (the program there closed it abruptly or crashed).").arg(address));
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(events.cbegin(), events.cend(), [&](const TrafficEvent &e) {
        return e.text == reason;
    }), 10000);
    const auto closed = std::find_if(events.cbegin(), events.cend(), [&](const TrafficEvent &e) { return e.text == reason; });
    QCOMPARE(closed->action, TrafficEvent::Action::Reset);
    QCOMPARE(closed->kind, TrafficEvent::Kind::Error);
    QCOMPARE(closed->peer, address);
}

QTEST_MAIN(tst_TcpServer)
#include "tst_tcpserver.moc"
