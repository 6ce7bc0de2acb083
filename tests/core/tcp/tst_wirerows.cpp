// One event, one row, and the rows add up to the counters: the Framer reports what each message
// took on the wire, the traffic events of the TCP server and client carry those bytes (a line
// with its CRLF or LF, a length-prefixed message with its header), their sizes sum to the
// connection's byte counters, a CRLF line is answered with CRLF, and a refused connect is one
// error row and no state row repeating it.
#include <QtTest>

#include <QTcpServer>
#include <QTcpSocket>

#include "Framer.h"
#include "TcpClient.h"
#include "TcpServer.h"

namespace {

QList<TrafficEvent> eventsOf(const QSignalSpy &spy)
{
    QList<TrafficEvent> all;
    for (const QList<QVariant> &args : spy)
        all += args.first().value<QList<TrafficEvent>>();
    return all;
}

qint64 dataBytes(const QList<TrafficEvent> &events, TrafficEvent::Direction direction)
{
    qint64 sum = 0;
    for (const TrafficEvent &e : events) {
        if (e.kind == TrafficEvent::Kind::Data && e.direction == direction)
            sum += e.size;
    }
    return sum;
}

QList<QByteArray> dataRows(const QList<TrafficEvent> &events, TrafficEvent::Direction direction)
{
    QList<QByteArray> rows;
    for (const TrafficEvent &e : events) {
        if (e.kind == TrafficEvent::Kind::Data && e.direction == direction)
            rows.append(e.bytes);
    }
    return rows;
}

QByteArray lengthPrefixed(const QByteArray &payload)
{
    return Framer(Framer::Mode::LengthPrefixed).frame(payload);
}

} // namespace

class tst_WireRows : public QObject
{
    Q_OBJECT

private slots:
    void framerReportsWireBytes_data();
    void framerReportsWireBytes();
    void framerRepliesWithTheLineEnding();
    void serverRowsMatchCounters_data();
    void serverRowsMatchCounters();
    void refusedConnectIsOneRow();
};

void tst_WireRows::framerReportsWireBytes_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QList<QByteArray>>("chunks");
    QTest::addColumn<QList<QByteArray>>("messages");
    QTest::addColumn<QList<QByteArray>>("wire");

    QTest::newRow("raw") << int(Framer::Mode::Raw) << QList<QByteArray>{"ab", "c\n"}
                         << QList<QByteArray>{"ab", "c\n"} << QList<QByteArray>{"ab", "c\n"};
    QTest::newRow("lines lf and crlf") << int(Framer::Mode::Lines) << QList<QByteArray>{"ALPHA\nbe", "ta\r\n\n"}
                                       << QList<QByteArray>{"ALPHA", "beta", ""}
                                       << QList<QByteArray>{"ALPHA\n", "beta\r\n", "\n"};
    QTest::newRow("lines split crlf") << int(Framer::Mode::Lines) << QList<QByteArray>{"x\r", "\ny\n"}
                                      << QList<QByteArray>{"x", "y"} << QList<QByteArray>{"x\r\n", "y\n"};
    QTest::newRow("length") << int(Framer::Mode::LengthPrefixed)
                            << QList<QByteArray>{lengthPrefixed("hello").left(2), lengthPrefixed("hello").mid(2) + lengthPrefixed("")}
                            << QList<QByteArray>{"hello", ""}
                            << QList<QByteArray>{lengthPrefixed("hello"), lengthPrefixed("")};
}

void tst_WireRows::framerReportsWireBytes()
{
    QFETCH(int, mode);
    QFETCH(QList<QByteArray>, chunks);
    QFETCH(QList<QByteArray>, messages);
    QFETCH(QList<QByteArray>, wire);
    Framer framer{Framer::Mode(mode)};
    QList<QByteArray> out;
    QList<QByteArray> outWire;
    qint64 fed = 0;
    for (const QByteArray &chunk : std::as_const(chunks)) {
        QString error;
        QVERIFY(framer.feed(chunk, &out, &error, &outWire));
        fed += chunk.size();
    }
    QCOMPARE(out, messages);
    QCOMPARE(outWire, wire);
    qint64 wireTotal = 0;
    for (const QByteArray &w : std::as_const(outWire))
        wireTotal += w.size();
    QCOMPARE(wireTotal, fed);   // every byte fed is in exactly one message's wire form
}

void tst_WireRows::framerRepliesWithTheLineEnding()
{
    Framer lines(Framer::Mode::Lines);
    QCOMPARE(Framer::lineEndingOf("a\r\n"), QByteArray("\r\n"));
    QCOMPARE(Framer::lineEndingOf("a\n"), QByteArray("\n"));
    QCOMPARE(Framer::lineEndingOf("a"), QByteArray());
    QCOMPARE(lines.frame("A", "\r\n"), QByteArray("A\r\n"));
    QCOMPARE(lines.frame("A"), QByteArray("A\n"));
    QCOMPARE(lines.frame("A", {}), QByteArray("A\n"));
    // A last line without LF at the end of the stream: its wire bytes, a trailing CR included.
    QList<QByteArray> out;
    QString error;
    QVERIFY(lines.feed("tail\r", &out, &error));
    QByteArray wire;
    QCOMPARE(lines.takeIncompleteLine(&wire).value_or("?"), QByteArray("tail"));
    QCOMPARE(wire, QByteArray("tail\r"));
    // Other modes ignore a line ending.
    QCOMPARE(Framer(Framer::Mode::Raw).frame("A", "\r\n"), QByteArray("A"));
}

void tst_WireRows::serverRowsMatchCounters_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QList<QByteArray>>("inRows");

    QTest::newRow("lines crlf and lf") << int(Framer::Mode::Lines) << QByteArray("alpha\r\nbeta\n")
                                       << QByteArray("ALPHA\r\nBETA\n")
                                       << QList<QByteArray>{"alpha\r\n", "beta\n"};
    QTest::newRow("length") << int(Framer::Mode::LengthPrefixed) << QByteArray(lengthPrefixed("abc"))
                            << QByteArray(lengthPrefixed("ABC")) << QList<QByteArray>{lengthPrefixed("abc")};
    QTest::newRow("raw") << int(Framer::Mode::Raw) << QByteArray("q\r\n") << QByteArray("Q\r\n")
                         << QList<QByteArray>{"q\r\n"};
}

void tst_WireRows::serverRowsMatchCounters()
{
    QFETCH(int, mode);
    QFETCH(QByteArray, sent);
    QFETCH(QByteArray, answer);
    QFETCH(QList<QByteArray>, inRows);

    TcpServer server;
    QSignalSpy events(&server, &TcpServer::trafficEvents);
    QSignalSpy started(&server, &TcpServer::started);
    TcpServerOptions options;
    options.bindAddress = QHostAddress::LocalHost;
    options.framing = Framer::Mode(mode);
    options.reply.mode = ReplyPolicy::Mode::Upper;
    server.start(options);
    QTRY_COMPARE(started.size(), 1);

    QTcpSocket peer;
    peer.connectToHost(QHostAddress::LocalHost, server.port());
    QVERIFY(peer.waitForConnected(5000));
    peer.write(sent);
    QByteArray got;
    QTRY_VERIFY((got += peer.readAll()).size() >= answer.size());
    QCOMPARE(got, answer);

    QTRY_COMPARE(dataRows(eventsOf(events), TrafficEvent::Direction::In), inRows);
    QTRY_COMPARE(dataBytes(eventsOf(events), TrafficEvent::Direction::Out), qint64(answer.size()));
    const QList<ConnectionStats> clients = server.clients();
    QCOMPARE(clients.size(), 1);
    QCOMPARE(clients.first().bytesIn, dataBytes(eventsOf(events), TrafficEvent::Direction::In));
    QTRY_COMPARE(server.clients().first().bytesOut, dataBytes(eventsOf(events), TrafficEvent::Direction::Out));
}

void tst_WireRows::refusedConnectIsOneRow()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    TcpClient client;
    QSignalSpy events(&client, &TcpClient::trafficEvents);
    QSignalSpy states(&client, &TcpClient::stateChanged);
    TcpClientOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = port;
    client.connectToServer(options);
    QTRY_COMPARE(client.state(), TcpClient::State::Disconnected);
    QTRY_VERIFY(!eventsOf(events).isEmpty());
    QTest::qWait(200);   // the batcher flushes every 50 ms: anything late would be here now

    const QList<TrafficEvent> all = eventsOf(events);
    const QString refusal = QStringLiteral("No server is listening on 127.0.0.1:%1").arg(port);
    int errors = 0;
    int repeats = 0;
    for (const TrafficEvent &e : all) {
        if (e.kind == TrafficEvent::Kind::Error && e.text.contains(refusal))
            ++errors;
        if (e.kind == TrafficEvent::Kind::State && e.text.contains(refusal))
            ++repeats;
    }
    QCOMPARE(errors, 1);
    QCOMPARE(repeats, 0);
    // The state line still says why.
    QVERIFY(states.last().at(1).toString().contains(refusal));

    // restate() words the state again, without a row.
    const qsizetype rows = eventsOf(events).size();
    client.restate();
    QCOMPARE(states.last().at(1).toString(), states.at(states.size() - 2).at(1).toString());
    QTest::qWait(100);
    QCOMPARE(eventsOf(events).size(), rows);
}

QTEST_MAIN(tst_WireRows)
#include "tst_wirerows.moc"
