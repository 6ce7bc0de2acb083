#include <QtTest>

#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>

#include "ConversationDiagram.h"
#include "EventLogReader.h"
#include "EventLogWriter.h"
#include "PlatformPaths.h"
#include "TcpClient.h"
#include "TcpServer.h"
#include "WorkerThread.h"

using State = TcpClient::State;

namespace {

// A port nobody listens on (bound, then released).
quint16 freePort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 0;
    return s.serverPort();
}

QList<State> states(const QSignalSpy &spy)
{
    QList<State> out;
    for (const QList<QVariant> &args : spy)
        out << args.first().value<State>();
    return out;
}

using Action = TrafficEvent::Action;

// The state and error events that mean something on the wire (action set), in order.
QList<TrafficEvent> actioned(const QList<TrafficEvent> &events)
{
    QList<TrafficEvent> out;
    for (const TrafficEvent &e : events) {
        if (e.action != Action::None)
            out.append(e);
    }
    return out;
}

QList<Action> actionsOf(const QList<TrafficEvent> &events)
{
    QList<Action> out;
    for (const TrafficEvent &e : actioned(events))
        out.append(e.action);
    return out;
}

bool hasAction(const QList<TrafficEvent> &events, Action action)
{
    return actionsOf(events).contains(action);
}

} // namespace

class tst_TcpClient : public QObject
{
    Q_OBJECT

private slots:
    void connectSendReceive_data();
    void connectSendReceive();
    void connectionRefusedExplained();
    void exchangeActions();
    void hostNotFoundExplained();
    void sendWhenNotConnected();
    void serverClosesConnection();
    void userDisconnect();
    void disconnectedOnlyAfterConnected();
    void autoReconnect();
    void ipv6Loopback();
    void framedMessagesAndFile();
    void worksInWorkerThread();

private:
    quint16 startServer(TcpServer &server, const QString &reply = QStringLiteral("echo"),
                        const QHostAddress &address = QHostAddress(QHostAddress::LocalHost), quint16 port = 0);
};

quint16 tst_TcpClient::startServer(TcpServer &server, const QString &reply, const QHostAddress &address,
                                       quint16 port)
{
    TcpServerOptions options;
    options.bindAddress = address;
    options.port = port;
    options.reply = *ReplyPolicy::parse(reply);
    QSignalSpy started(&server, &TcpServer::started);
    server.start(options);
    return started.isEmpty() ? 0 : started.first().at(1).value<quint16>();
}

void tst_TcpClient::connectSendReceive_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<State>("firstState");
    QTest::newRow("IPv4 address") << QStringLiteral("127.0.0.1") << State::Connecting;
    QTest::newRow("host name") << QStringLiteral("localhost") << State::LookingUp;
}

void tst_TcpClient::connectSendReceive()
{
    QFETCH(QString, host);
    QFETCH(State, firstState);
    TcpServer server;
    const quint16 port = startServer(server, QStringLiteral("upper"), QHostAddress(QHostAddress::Any));
    QVERIFY(port);

    TcpClient client;
    QSignalSpy stateSpy(&client, &TcpClient::stateChanged);
    QSignalSpy connected(&client, &TcpClient::connected);
    QSignalSpy received(&client, &TcpClient::messageReceived);
    QSignalSpy stats(&client, &TcpClient::statsChanged);
    TcpClientOptions options;
    options.host = host;
    options.port = port;
    client.connectToServer(options);
    QCOMPARE(stateSpy.first().first().value<State>(), firstState);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 10000);
    QCOMPARE(client.state(), State::Connected);
    QCOMPARE(states(stateSpy).last(), State::Connected);
    const QString description = stateSpy.last().at(1).toString();
    QVERIFY2(description.startsWith(QLatin1String("Connected to ")) && description.contains(QString::number(port)),
             qPrintable(description));

    client.send("hello 世界");   // exactly these bytes, no newline added
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
    QCOMPARE(received.first().first().toByteArray(), QByteArray("HELLO 世界"));
    QTRY_VERIFY_WITH_TIMEOUT(!stats.isEmpty() && stats.last().first().value<ConnectionStats>().bytesIn == 12, 10000);
    const ConnectionStats s = client.stats();
    QCOMPARE(s.bytesOut, qint64(12));
    QCOMPARE(s.messagesOut, qint64(1));
    QCOMPARE(s.messagesIn, qint64(1));
}

void tst_TcpClient::connectionRefusedExplained()
{
    const quint16 port = freePort();
    QVERIFY(port);
    TcpClient client;
    QSignalSpy errors(&client, &TcpClient::errorOccurred);
    QSignalSpy stateSpy(&client, &TcpClient::stateChanged);
    QList<TrafficEvent> events;
    connect(&client, &TcpClient::trafficEvents, this, [&](const QList<TrafficEvent> &batch) { events += batch; });
    TcpClientOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = port;
    client.connectToServer(options);
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 10000);
    const QString text = errors.first().first().toString();
    QVERIFY2(text.startsWith(QStringLiteral("No server is listening on 127.0.0.1:%1").arg(port)), qPrintable(text));
    QCOMPARE(client.state(), State::Disconnected);
    QCOMPARE(states(stateSpy), (QList<State>{State::Connecting, State::Disconnected}));
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(events.cbegin(), events.cend(), [&](const TrafficEvent &e) {
        return e.kind == TrafficEvent::Kind::Error && e.text == text;
    }), 5000);
    // What it means, whatever the language: we tried 127.0.0.1:port, and it refused.
    const QString target = QStringLiteral("127.0.0.1:%1").arg(port);
    QCOMPARE(actionsOf(events), (QList<Action>{Action::Connecting, Action::Refused}));
    QCOMPARE(actioned(events).at(1).peer, target);
    QCOMPARE(actioned(events).at(1).kind, TrafficEvent::Kind::Error);
}

void tst_TcpClient::exchangeActions()
{
    // Our client connects to our server, sends, and the server closes: each side's events say
    // what happened (connected / accepted, with both ends), in order.
    TcpServer server;
    QList<TrafficEvent> serverEvents;
    connect(&server, &TcpServer::trafficEvents, this, [&](const QList<TrafficEvent> &batch) { serverEvents += batch; });
    QSignalSpy accepted(&server, &TcpServer::clientConnected);
    QSignalSpy serverReceived(&server, &TcpServer::messageReceived);
    QSignalSpy serverGone(&server, &TcpServer::clientDisconnected);
    const quint16 port = startServer(server, QStringLiteral("none"));
    QVERIFY(port);
    const QString serverEnd = QStringLiteral("127.0.0.1:%1").arg(port);

    TcpClient client;
    QList<TrafficEvent> clientEvents;
    connect(&client, &TcpClient::trafficEvents, this, [&](const QList<TrafficEvent> &batch) { clientEvents += batch; });
    QSignalSpy connected(&client, &TcpClient::connected);
    QSignalSpy disconnected(&client, &TcpClient::disconnected);
    TcpClientOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = port;
    client.connectToServer(options);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 10000);
    client.send("hello");
    QTRY_COMPARE_WITH_TIMEOUT(serverReceived.size(), 1, 10000);
    server.disconnectClients({accepted.first().first().value<ConnectionStats>().id});
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(serverGone.size(), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(hasAction(clientEvents, Action::ClosedByPeer), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(hasAction(serverEvents, Action::ClosedByUs), 5000);

    // The client: it connected, then the server finished sending first and the connection ended.
    const QList<TrafficEvent> client1 = actioned(clientEvents);
    if (SOCKETLAB_POSIX_PATHS) {
        QCOMPARE(actionsOf(clientEvents),
                 (QList<Action>{Action::Connecting, Action::Connected, Action::HalfClosedByPeer, Action::ClosedByPeer}));
    } else {
        QCOMPARE(actionsOf(clientEvents).mid(0, 2), (QList<Action>{Action::Connecting, Action::Connected}));
        QCOMPARE(actionsOf(clientEvents).last(), Action::ClosedByPeer);
    }
    const TrafficEvent &madeIt = client1.at(1);
    QCOMPARE(madeIt.peer, serverEnd);
    QVERIFY2(madeIt.local.startsWith(QLatin1String("127.0.0.1:")) && madeIt.local != serverEnd, qPrintable(madeIt.local));
    QCOMPARE(client1.last().peer, serverEnd);
    QCOMPARE(client1.last().kind, TrafficEvent::Kind::State);

    // The server: listening, accepted (the same two ends, the other way round), closed by us.
    QCOMPARE(actionsOf(serverEvents), (QList<Action>{Action::Listening, Action::Accepted, Action::ClosedByUs}));
    const QList<TrafficEvent> server1 = actioned(serverEvents);
    QCOMPARE(server1.at(0).local, serverEnd);
    QCOMPARE(server1.at(1).peer, madeIt.local);
    QCOMPARE(server1.at(1).local, serverEnd);
    QCOMPARE(server1.at(2).peer, madeIt.local);
    // The data rows carry no action, and say their direction as before.
    const auto in = std::find_if(serverEvents.cbegin(), serverEvents.cend(),
                                 [](const TrafficEvent &e) { return e.kind == TrafficEvent::Kind::Data; });
    QVERIFY(in != serverEvents.cend());
    QCOMPARE(in->bytes, QByteArray("hello"));
    QCOMPARE(in->direction, TrafficEvent::Direction::In);
    QCOMPARE(in->action, Action::None);
    QCOMPARE(in->peer, madeIt.local);

    // Recorded and read back, the server's side draws as a textbook would: listening, the
    // client's connect, its "hello", and our close.
    EventLog log;
    log.header.role = QStringLiteral("tcp-server");
    log.events = serverEvents;
    EventLogReader::Error error;
    const std::optional<EventLog> read = EventLogReader::parse(EventLogWriter::serialize(log), &error);
    QVERIFY2(read, qPrintable(error.text()));
    QVERIFY(read->events == serverEvents);
    const ConversationDiagram diagram = ConversationDiagram::build(read->events, {});
    QCOMPARE(diagram.lifelines().size(), 2);
    QCOMPARE(diagram.lifelines().at(0).label, serverEnd);
    QCOMPARE(diagram.lifelines().at(1).label, madeIt.local);
    QList<ConversationDiagram::ArrowKind> kinds;
    for (const ConversationDiagram::Arrow &a : diagram.arrows())
        kinds.append(a.kind);
    using Kind = ConversationDiagram::ArrowKind;
    QCOMPARE(kinds, (QList<Kind>{Kind::Note, Kind::Accept, Kind::Data, Kind::Close}));
    QCOMPARE(diagram.arrows().at(2).preview, QStringLiteral("hello"));
    QCOMPARE(diagram.arrows().at(3).from, 0);
    QCOMPARE(diagram.arrows().at(3).to, 1);
}

void tst_TcpClient::hostNotFoundExplained()
{
    TcpClient client;
    QSignalSpy errors(&client, &TcpClient::errorOccurred);
    QSignalSpy stateSpy(&client, &TcpClient::stateChanged);
    TcpClientOptions options;
    options.host = QStringLiteral("no-such-host.invalid");   // RFC 2606: never resolves
    options.port = 9000;
    client.connectToServer(options);
    QCOMPARE(client.state(), State::LookingUp);
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 30000);
    const QString text = errors.first().first().toString();
    QVERIFY2(text.contains(QLatin1String("no-such-host.invalid")) && text.contains(QLatin1String("could not be found")),
             qPrintable(text));
    QCOMPARE(client.state(), State::Disconnected);
    QCOMPARE(states(stateSpy).first(), State::LookingUp);
}

void tst_TcpClient::sendWhenNotConnected()
{
    TcpClient client;
    QSignalSpy errors(&client, &TcpClient::errorOccurred);
    client.send("x");
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().first().toString().contains(QLatin1String("Not connected")));
    client.sendFile(QStringLiteral("/etc/hostname"));
    QCOMPARE(errors.size(), 2);

    TcpClientOptions options;   // no host, no port
    client.connectToServer(options);
    QCOMPARE(errors.size(), 3);
    QCOMPARE(client.state(), State::Disconnected);
}

void tst_TcpClient::serverClosesConnection()
{
    TcpServer server;
    QSignalSpy serverConnected(&server, &TcpServer::clientConnected);
    const quint16 port = startServer(server);
    QVERIFY(port);
    TcpClient client;
    QSignalSpy connected(&client, &TcpClient::connected);
    QSignalSpy disconnected(&client, &TcpClient::disconnected);
    TcpClientOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = port;
    client.connectToServer(options);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(serverConnected.size(), 1, 10000);
    server.disconnectClients({serverConnected.first().first().value<ConnectionStats>().id});
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, 10000);
    const QString reason = disconnected.first().first().toString();
    QVERIFY2(reason == QStringLiteral("The server 127.0.0.1:%1 closed the connection.").arg(port), qPrintable(reason));
    QCOMPARE(client.state(), State::Disconnected);
}

void tst_TcpClient::userDisconnect()
{
    TcpServer server;
    QSignalSpy serverGone(&server, &TcpServer::clientDisconnected);
    const quint16 port = startServer(server);
    QVERIFY(port);
    TcpClient client;
    QSignalSpy connected(&client, &TcpClient::connected);
    QSignalSpy stateSpy(&client, &TcpClient::stateChanged);
    TcpClientOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = port;
    options.autoReconnect = true;   // a user's disconnect never triggers a reconnect
    options.reconnectIntervalMs = 50;
    client.connectToServer(options);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 10000);
    client.send("last words");
    client.disconnectFromServer();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Disconnected, 10000);
    QVERIFY(states(stateSpy).contains(State::Closing));
    QTRY_COMPARE_WITH_TIMEOUT(serverGone.size(), 1, 10000);
    QCOMPARE(client.stats().bytesOut, qint64(10));   // flushed before closing
    QVERIFY(!states(stateSpy).contains(State::WaitingToReconnect));
}

void tst_TcpClient::disconnectedOnlyAfterConnected()
{
    TcpClient client;
    QSignalSpy disconnected(&client, &TcpClient::disconnected);
    QSignalSpy stateSpy(&client, &TcpClient::stateChanged);
    client.disconnectFromServer();   // never connected: nothing to say
    QCOMPARE(disconnected.size(), 0);
    QCOMPARE(stateSpy.size(), 0);

    // An attempt that fails is an error and a state, not a disconnection.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress(QHostAddress::LocalHost), 0));
    const quint16 refusedPort = closed.serverPort();
    closed.close();
    QSignalSpy errors(&client, &TcpClient::errorOccurred);
    TcpClientOptions refused;
    refused.host = QStringLiteral("127.0.0.1");
    refused.port = refusedPort;
    client.connectToServer(refused);
    QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 10000);
    QCOMPARE(client.state(), State::Disconnected);
    client.disconnectFromServer();
    QCOMPARE(disconnected.size(), 0);

    TcpServer server;
    const quint16 port = startServer(server);
    QVERIFY(port);
    QSignalSpy connected(&client, &TcpClient::connected);
    TcpClientOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = port;
    client.connectToServer(options);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 10000);
    client.disconnectFromServer();
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, 10000);
    QCOMPARE(client.state(), State::Disconnected);
    client.disconnectFromServer();
    QCOMPARE(disconnected.size(), 1);
}

void tst_TcpClient::autoReconnect()
{
    auto server = std::make_unique<TcpServer>();
    const quint16 port = startServer(*server);
    QVERIFY(port);
    TcpClient client;
    QSignalSpy connected(&client, &TcpClient::connected);
    QSignalSpy disconnected(&client, &TcpClient::disconnected);
    QSignalSpy errors(&client, &TcpClient::errorOccurred);
    QSignalSpy stateSpy(&client, &TcpClient::stateChanged);
    TcpClientOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = port;
    options.autoReconnect = true;
    options.reconnectIntervalMs = 100;
    client.connectToServer(options);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 10000);

    server->stop();
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(states(stateSpy).contains(State::WaitingToReconnect), 10000);
    // While the server is away, attempts fail with "connection refused" and are retried.
    QTRY_VERIFY_WITH_TIMEOUT(errors.size() >= 1, 10000);
    const auto waiting = std::find_if(stateSpy.cbegin(), stateSpy.cend(), [](const QList<QVariant> &a) {
        return a.first().value<State>() == State::WaitingToReconnect;
    });
    QVERIFY2(waiting->at(1).toString().contains(QLatin1String("Reconnecting")), qPrintable(waiting->at(1).toString()));

    // The server comes back on the same port: the client finds it again by itself.
    server = std::make_unique<TcpServer>();
    QCOMPARE(startServer(*server, QStringLiteral("upper"), QHostAddress(QHostAddress::LocalHost), port), port);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 2, 10000);
    QCOMPARE(client.state(), State::Connected);
    QSignalSpy received(&client, &TcpClient::messageReceived);
    client.send("back");
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
    QCOMPARE(received.first().first().toByteArray(), QByteArray("BACK"));

    // Turning it off while waiting stops the attempts.
    client.setAutoReconnect(false, 100);
    server->stop();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), State::Disconnected, 10000);
}

void tst_TcpClient::ipv6Loopback()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHostIPv6, 0))
        QSKIP("IPv6 loopback (::1) is not available on this machine.");
    probe.close();
    TcpServer server;
    const quint16 port = startServer(server, QStringLiteral("echo"), QHostAddress(QHostAddress::LocalHostIPv6));
    QVERIFY(port);
    TcpClient client;
    QSignalSpy connected(&client, &TcpClient::connected);
    QSignalSpy stateSpy(&client, &TcpClient::stateChanged);
    QSignalSpy received(&client, &TcpClient::messageReceived);
    TcpClientOptions options;
    options.host = QStringLiteral("::1");
    options.port = port;
    client.connectToServer(options);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 10000);
    QVERIFY2(stateSpy.last().at(1).toString().contains(QStringLiteral("[::1]:%1").arg(port)),
             qPrintable(stateSpy.last().at(1).toString()));
    QCOMPARE(client.stats().peer, QStringLiteral("[::1]:%1").arg(port));
    client.send("v6");
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
    QCOMPARE(received.first().first().toByteArray(), QByteArray("v6"));

    // "[::1]" as typed in an address box works too.
    TcpClient bracketed;
    QSignalSpy connected2(&bracketed, &TcpClient::connected);
    options.host = QStringLiteral("[::1]");
    bracketed.connectToServer(options);
    QTRY_COMPARE_WITH_TIMEOUT(connected2.size(), 1, 10000);
}

void tst_TcpClient::framedMessagesAndFile()
{
    TcpServerOptions serverOptions;
    serverOptions.bindAddress = QHostAddress(QHostAddress::LocalHost);
    serverOptions.framing = Framer::Mode::Lines;
    TcpServer server;
    QSignalSpy started(&server, &TcpServer::started);
    QSignalSpy serverReceived(&server, &TcpServer::messageReceived);
    server.start(serverOptions);
    QCOMPARE(started.size(), 1);

    TcpClient client;
    QSignalSpy connected(&client, &TcpClient::connected);
    TcpClientOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = started.first().at(1).value<quint16>();
    options.framing = Framer::Mode::Lines;
    client.connectToServer(options);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 10000);
    client.send("one");
    client.send("two");

    QTemporaryFile file;
    QVERIFY(file.open());
    QByteArray content;
    for (int i = 0; i < 200000; ++i)
        content += char('a' + i % 26);
    file.write(content);
    file.flush();
    client.sendFile(file.fileName());
    client.send("three");
    QTRY_COMPARE_WITH_TIMEOUT(serverReceived.size(), 4, 10000);
    QCOMPARE(serverReceived.at(0).at(1).toByteArray(), QByteArray("one"));
    QCOMPARE(serverReceived.at(1).at(1).toByteArray(), QByteArray("two"));
    QCOMPARE(serverReceived.at(2).at(1).toByteArray(), content);
    QCOMPARE(serverReceived.at(3).at(1).toByteArray(), QByteArray("three"));

    QSignalSpy errors(&client, &TcpClient::errorOccurred);
    client.sendFile(QStringLiteral("/nonexistent/x"));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().first().toString().contains(QLatin1String("/nonexistent/x")));
}

void tst_TcpClient::worksInWorkerThread()
{
    TcpServer server;
    const quint16 port = startServer(server, QStringLiteral("upper"));
    QVERIFY(port);
    WorkerThread thread(QStringLiteral("tcp-client"));
    auto *client = new TcpClient;
    thread.adopt(client);
    thread.start();
    int connectedCount = 0;
    QByteArray received;
    QList<State> seen;
    connect(client, &TcpClient::connected, this, [&] { ++connectedCount; });
    connect(client, &TcpClient::messageReceived, this, [&](const QByteArray &m) { received += m; });
    connect(client, &TcpClient::stateChanged, this, [&](State s, const QString &) { seen << s; });
    TcpClientOptions options;
    options.host = QStringLiteral("localhost");
    options.port = port;
    QMetaObject::invokeMethod(client, "connectToServer", Qt::QueuedConnection, Q_ARG(TcpClientOptions, options));
    QTRY_COMPARE_WITH_TIMEOUT(connectedCount, 1, 10000);
    QMetaObject::invokeMethod(client, "send", Qt::QueuedConnection, Q_ARG(QByteArray, QByteArray("worker")));
    QTRY_COMPARE_WITH_TIMEOUT(received, QByteArray("WORKER"), 10000);
    QMetaObject::invokeMethod(client, "disconnectFromServer", Qt::QueuedConnection);
    QTRY_VERIFY_WITH_TIMEOUT(!seen.isEmpty() && seen.last() == State::Disconnected, 10000);
}

QTEST_GUILESS_MAIN(tst_TcpClient)
#include "tst_tcpclient.moc"
