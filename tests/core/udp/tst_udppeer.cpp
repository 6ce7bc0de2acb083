#include <QNetworkDatagram>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>

#include <unistd.h>

#include "PlatformPaths.h"
#include "Endpoint.h"
#include "NetworkAddresses.h"
#include "UdpPeer.h"
#include "WorkerThread.h"

namespace {

UdpOptions optionsFor(const QHostAddress &address, quint16 port = 0)
{
    UdpOptions o;
    o.bindAddress = address;
    o.port = port;
    return o;
}

bool hasIPv6Loopback()
{
    QUdpSocket probe;
    return probe.bind(QHostAddress(QHostAddress::LocalHostIPv6), 0);
}

// Waits for one datagram on `socket` and returns it (null datagram on timeout).
QNetworkDatagram receiveOne(QUdpSocket &socket, int timeoutMs = 5000)
{
    if (!socket.hasPendingDatagrams()) {
        QSignalSpy spy(&socket, &QUdpSocket::readyRead);
        if (!spy.wait(timeoutMs) && !socket.hasPendingDatagrams())
            return {};
    }
    return socket.receiveDatagram();
}

// Every traffic event a peer has emitted so far (after a flush).
QList<TrafficEvent> allEvents(UdpPeer &peer, const QSignalSpy &spy)
{
    peer.flush();
    QList<TrafficEvent> all;
    for (const QList<QVariant> &args : spy)
        all += args.at(0).value<QList<TrafficEvent>>();
    return all;
}

int countTexts(const QList<TrafficEvent> &events, const QString &start)
{
    return int(std::count_if(events.cbegin(), events.cend(),
                             [&](const TrafficEvent &e) { return e.text.startsWith(start); }));
}

// A non-loopback IPv4 address of this machine, or null.
QHostAddress interfaceIPv4()
{
    for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
            return a;
    }
    return {};
}

QString joined(const QSignalSpy &spy)
{
    QStringList all;
    for (const QList<QVariant> &args : spy)
        all.append(args.at(0).toString());
    return all.join(QLatin1Char('\n'));
}

} // namespace

class TestUdpPeer : public QObject
{
    Q_OBJECT

private slots:
    void loopbackRoundTrip_data();
    void loopbackRoundTrip();
    void replyModes_data();
    void replyModes();
    void largestDatagramRoundTrip();
    void oversizeIsRefused_data();
    void oversizeIsRefused();
    void sendBeforeBindGetsEphemeralPortAndReply();
    void sendToHostName();
    void unknownHostIsExplained();
    void portUnreachableIsReported();
    void exchangeActions();
    void receivingGoesOnAfterPortUnreachable_data();
    void receivingGoesOnAfterPortUnreachable();
    void peersSeenAreCounted();
    void broadcastSendWorks();
    void multicastJoinOnLoopback_data();
    void multicastJoinOnLoopback();
    void multicastLoopbackOffKeepsOwnDatagramsAway();
    void joinNeedsMulticastAddress();
    void ipv4GroupFromDualStackSocket_data();
    void ipv4GroupFromDualStackSocket();
    void floodIsCountedExactlyInWorkerThread();
    void queuedDatagramsKeepSendersSizesAndOrder();
    void bindToForeignAddressIsExplained();
    void portInUseNamesTheOwner();
    void privilegedPortIsExplained();
    void unbindClosesAndRebindWorks();
    void unboundOnlyAfterBound();
    void ownAddressIsNeverAnswered_data();
    void ownAddressIsNeverAnswered();
    void peersAnsweringEachOtherSettleDown_data();
    void peersAnsweringEachOtherSettleDown();
};

void TestUdpPeer::loopbackRoundTrip_data()
{
    QTest::addColumn<QHostAddress>("bindAddress");
    QTest::addColumn<QHostAddress>("target");
    QTest::newRow("IPv4 localhost") << QHostAddress(QHostAddress::LocalHost) << QHostAddress(QHostAddress::LocalHost);
    QTest::newRow("any, to IPv4") << QHostAddress(QHostAddress::Any) << QHostAddress(QHostAddress::LocalHost);
    QTest::newRow("IPv6 localhost") << QHostAddress(QHostAddress::LocalHostIPv6) << QHostAddress(QHostAddress::LocalHostIPv6);
    QTest::newRow("any, to IPv6") << QHostAddress(QHostAddress::Any) << QHostAddress(QHostAddress::LocalHostIPv6);
}

void TestUdpPeer::loopbackRoundTrip()
{
    QFETCH(QHostAddress, bindAddress);
    QFETCH(QHostAddress, target);
    if (target.protocol() == QAbstractSocket::IPv6Protocol && !hasIPv6Loopback())
        QSKIP("This machine has no IPv6 loopback (::1).");

    UdpPeer peer;
    QSignalSpy bound(&peer, &UdpPeer::bound);
    QSignalSpy received(&peer, &UdpPeer::datagramReceived);
    QSignalSpy events(&peer, &UdpPeer::trafficEvents);
    peer.bind(optionsFor(bindAddress));
    QCOMPARE(bound.count(), 1);
    const quint16 port = bound.at(0).at(1).value<quint16>();
    QVERIFY(port != 0);
    QCOMPARE(peer.localPort(), port);
    QCOMPARE(bound.at(0).at(2).toBool(), false);

    QUdpSocket client;
    QVERIFY2(client.bind(target, 0), qPrintable(client.errorString()));
    QCOMPARE(client.writeDatagram("hello 你好", target, port), qint64(QByteArray("hello 你好").size()));
    QTRY_COMPARE(received.count(), 1);
    QCOMPARE(received.at(0).at(2).toByteArray(), QByteArray("hello 你好"));
    QCOMPARE(received.at(0).at(1).value<quint16>(), client.localPort());
    const QString expectedPeer = Endpoint::format(target, client.localPort());
    QCOMPARE(peer.lastSender(), expectedPeer);

    peer.replyToLastSender("back");
    const QNetworkDatagram reply = receiveOne(client);
    QCOMPARE(reply.data(), QByteArray("back"));
    QCOMPARE(quint16(reply.senderPort()), port);

    peer.flush();
    QList<TrafficEvent> all;
    for (const QList<QVariant> &args : std::as_const(events))
        all += args.at(0).value<QList<TrafficEvent>>();
    const auto in = std::find_if(all.cbegin(), all.cend(), [](const TrafficEvent &e) {
        return e.kind == TrafficEvent::Kind::Data && e.direction == TrafficEvent::Direction::In;
    });
    QVERIFY(in != all.cend());
    QCOMPARE(in->peer, expectedPeer);
    QCOMPARE(in->size, qint64(QByteArray("hello 你好").size()));
    QVERIFY2(in->noteText().contains(QString::number(in->size)), qPrintable(in->noteText()));

    const UdpCounters c = peer.counters();
    QCOMPARE(c.datagramsIn, 1);
    QCOMPARE(c.datagramsOut, 1);
    QCOMPARE(c.bytesOut, 4);
}

void TestUdpPeer::replyModes_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("expected");   // empty: no reply at all
    QTest::newRow("none") << QStringLiteral("none") << QByteArray("hi") << QByteArray();
    QTest::newRow("echo") << QStringLiteral("echo") << QByteArray("Hello, 世界") << QByteArray("Hello, 世界");
    QTest::newRow("upper") << QStringLiteral("upper") << QByteArray("abc xyz 世") << QByteArray("ABC XYZ 世");
    QTest::newRow("text ok (seed 003)") << QStringLiteral("text:ok") << QByteArray("anything") << QByteArray("ok");
    QTest::newRow("text 已送达") << QStringLiteral("text:已送达") << QByteArray("q") << QByteArray("已送达");
}

void TestUdpPeer::replyModes()
{
    QFETCH(QString, spec);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, expected);

    UdpOptions options = optionsFor(QHostAddress(QHostAddress::LocalHost));
    options.reply = *ReplyPolicy::parse(spec);
    UdpPeer peer;
    QSignalSpy received(&peer, &UdpPeer::datagramReceived);
    peer.bind(options);
    QVERIFY(peer.isBound());

    QUdpSocket client;
    QVERIFY(client.bind(QHostAddress(QHostAddress::LocalHost), 0));
    client.writeDatagram(message, QHostAddress(QHostAddress::LocalHost), peer.localPort());
    QTRY_COMPARE(received.count(), 1);
    if (expected.isEmpty()) {
        // No reply: a marker sent after it must be the first thing the client sees.
        peer.sendToAddress(client.localAddress(), client.localPort(), "marker");
        QCOMPARE(receiveOne(client).data(), QByteArray("marker"));
        QCOMPARE(peer.counters().datagramsOut, 1);
    } else {
        const QNetworkDatagram reply = receiveOne(client);
        QCOMPARE(reply.data(), expected);
        QCOMPARE(quint16(reply.senderPort()), peer.localPort());
    }
}

void TestUdpPeer::largestDatagramRoundTrip()
{
    UdpOptions echo = optionsFor(QHostAddress(QHostAddress::LocalHost));
    echo.reply.mode = ReplyPolicy::Mode::Echo;
    UdpPeer server;
    server.bind(echo);
    UdpPeer client;
    client.bind(optionsFor(QHostAddress(QHostAddress::LocalHost)));
    QSignalSpy received(&client, &UdpPeer::datagramReceived);
    QSignalSpy failed(&client, &UdpPeer::sendFailed);

    QByteArray payload(int(UdpPeer::MaxIPv4Payload), Qt::Uninitialized);
    for (int i = 0; i < payload.size(); ++i)
        payload[i] = char(i * 7 + 3);
    client.sendToAddress(QHostAddress(QHostAddress::LocalHost), server.localPort(), payload);
    QVERIFY2(failed.isEmpty(), qPrintable(joined(failed)));
    QTRY_COMPARE(received.count(), 1);
    QCOMPARE(received.at(0).at(2).toByteArray().size(), payload.size());
    QCOMPARE(received.at(0).at(2).toByteArray(), payload);
    QCOMPARE(server.counters().bytesIn, qint64(65507));
}

void TestUdpPeer::oversizeIsRefused_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("limit");
    QTest::newRow("IPv4, one byte over") << QStringLiteral("127.0.0.1") << 65508 << QStringLiteral("65[,.\\s]?507");
    QTest::newRow("IPv4, 100 KiB") << QStringLiteral("127.0.0.1") << 100 * 1024 << QStringLiteral("65[,.\\s]?507");
    QTest::newRow("name, 70000") << QStringLiteral("localhost") << 70000 << QStringLiteral("65[,.\\s]?5[02]7");
    // Between the IPv4 and the IPv6 limit: refused once the name turned out to be IPv4.
    QTest::newRow("name (IPv4), one byte over") << QStringLiteral("localhost") << 65508 << QStringLiteral("65[,.\\s]?507");
}

void TestUdpPeer::oversizeIsRefused()
{
    QFETCH(QString, host);
    QFETCH(int, size);
    QFETCH(QString, limit);
    UdpPeer receiver;
    receiver.bind(optionsFor(QHostAddress(QHostAddress::LocalHost)));
    QSignalSpy received(&receiver, &UdpPeer::datagramReceived);

    UdpPeer peer;
    QSignalSpy failed(&peer, &UdpPeer::sendFailed);
    peer.sendTo(host, receiver.localPort(), QByteArray(size, 'x'));
    QTRY_COMPARE(failed.count(), 1);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QRegularExpression(limit)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral(":%1").arg(receiver.localPort())), qPrintable(message));
    if (host != QLatin1String("localhost") || size > UdpPeer::MaxIPv6Payload)   // says where it was going
        QVERIFY2(message.contains(host), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Nothing was sent")), qPrintable(message));
    QCOMPARE(peer.counters().datagramsOut, 0);
    QCOMPARE(peer.counters().sendErrors, 1);
    // A following small datagram still goes through: nothing was queued or truncated.
    peer.sendTo(host, receiver.localPort(), "small");
    QTRY_COMPARE(received.count(), 1);
    QCOMPARE(received.at(0).at(2).toByteArray(), QByteArray("small"));
}

void TestUdpPeer::sendBeforeBindGetsEphemeralPortAndReply()
{
    // Seed 003's server: answers every datagram with "ok" to the sender's address.
    QUdpSocket server;
    QVERIFY(server.bind(QHostAddress(QHostAddress::LocalHost), 0));

    UdpPeer peer;
    QSignalSpy bound(&peer, &UdpPeer::bound);
    QSignalSpy received(&peer, &UdpPeer::datagramReceived);
    QVERIFY(!peer.isBound());
    peer.sendTo(QStringLiteral("127.0.0.1"), server.localPort(), "hello");
    QCOMPARE(bound.count(), 1);
    QCOMPARE(bound.at(0).at(2).toBool(), true);
    const quint16 ephemeral = bound.at(0).at(1).value<quint16>();
    QVERIFY(ephemeral != 0);

    const QNetworkDatagram got = receiveOne(server);
    QCOMPARE(got.data(), QByteArray("hello"));
    QCOMPARE(quint16(got.senderPort()), ephemeral);
    server.writeDatagram(got.makeReply("ok"));
    QTRY_COMPARE(received.count(), 1);
    QCOMPARE(received.at(0).at(2).toByteArray(), QByteArray("ok"));
}

void TestUdpPeer::sendToHostName()
{
    UdpPeer receiver;
    receiver.bind(optionsFor(QHostAddress(QHostAddress::Any)));
    QSignalSpy received(&receiver, &UdpPeer::datagramReceived);
    UdpPeer peer;
    for (int i = 0; i < 3; ++i)
        peer.sendTo(QStringLiteral("localhost"), receiver.localPort(), QByteArray::number(i));
    QTRY_COMPARE(received.count(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(received.at(i).at(2).toByteArray(), QByteArray::number(i));
    // Cached now: the next send goes out at once.
    peer.sendTo(QStringLiteral("localhost"), receiver.localPort(), "cached");
    QCOMPARE(peer.counters().datagramsOut, 4);
}

void TestUdpPeer::unknownHostIsExplained()
{
    UdpPeer peer;
    QSignalSpy failed(&peer, &UdpPeer::sendFailed);
    peer.sendTo(QStringLiteral("no-such-host.invalid"), 9999, "x");
    QVERIFY(failed.wait(30000));
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("no-such-host.invalid")) && message.contains(QStringLiteral("could not be found")),
             qPrintable(message));
    QCOMPARE(peer.counters().datagramsOut, 0);
    QCOMPARE(peer.counters().sendErrors, 1);
}

void TestUdpPeer::portUnreachableIsReported()
{
    SKIP_WITHOUT_LINUX_PATHS("ICMP errors on an unconnected socket come from the IP_RECVERR error queue");
    quint16 closedPort = 0;
    {
        QUdpSocket probe;
        QVERIFY(probe.bind(QHostAddress(QHostAddress::LocalHost), 0));
        closedPort = probe.localPort();
    }
    UdpPeer receiver;
    receiver.bind(optionsFor(QHostAddress(QHostAddress::LocalHost)));
    QSignalSpy received(&receiver, &UdpPeer::datagramReceived);

    UdpPeer peer;
    QSignalSpy unreachable(&peer, &UdpPeer::unreachable);
    QSignalSpy failed(&peer, &UdpPeer::sendFailed);
    QSignalSpy eventSpy(&peer, &UdpPeer::trafficEvents);
    peer.sendTo(QStringLiteral("127.0.0.1"), closedPort, "anyone?");
    if (!unreachable.wait(3000))
        QSKIP("This system does not report ICMP port unreachable for unconnected UDP sockets.");
    const QString expected = QStringLiteral("Nobody is listening on 127.0.0.1:%1 (the system reported port unreachable).").arg(closedPort);
    QCOMPARE(unreachable.at(0).at(0).toString(), expected);
    QCOMPARE(peer.counters().receiveErrors, 1);
    // What it means, whatever the language: the port we sent to is unreachable.
    const QList<TrafficEvent> events = allEvents(peer, eventSpy);
    const auto refusal = std::find_if(events.cbegin(), events.cend(), [&](const TrafficEvent &e) { return e.text == expected; });
    QVERIFY(refusal != events.cend());
    QCOMPARE(refusal->action, TrafficEvent::Action::PortUnreachable);
    QCOMPARE(refusal->kind, TrafficEvent::Kind::Error);
    QCOMPARE(refusal->peer, QStringLiteral("127.0.0.1:%1").arg(closedPort));

    // Send again while the kernel may hold a pending error: the datagram must still go out.
    peer.sendTo(QStringLiteral("127.0.0.1"), closedPort, "again");
    peer.sendTo(QStringLiteral("127.0.0.1"), receiver.localPort(), "to a listener");
    QTRY_COMPARE(received.count(), 1);
    QCOMPARE(received.at(0).at(2).toByteArray(), QByteArray("to a listener"));
    QVERIFY2(failed.isEmpty(), qPrintable(joined(failed)));
}

void TestUdpPeer::exchangeActions()
{
    // Bound (where), the datagrams with their senders and no action, unbound; a send before
    // any bind binds an ephemeral port and says so the same way.
    UdpPeer receiver;
    QSignalSpy receiverEvents(&receiver, &UdpPeer::trafficEvents);
    receiver.bind(optionsFor(QHostAddress(QHostAddress::LocalHost)));
    QVERIFY(receiver.isBound());
    const QString receiverEnd = QStringLiteral("127.0.0.1:%1").arg(receiver.localPort());
    UdpPeer sender;
    QSignalSpy senderEvents(&sender, &UdpPeer::trafficEvents);
    QSignalSpy received(&receiver, &UdpPeer::datagramReceived);
    sender.sendTo(QStringLiteral("127.0.0.1"), receiver.localPort(), "hello");
    QTRY_COMPARE(received.count(), 1);
    receiver.unbind();

    const QList<TrafficEvent> in = allEvents(receiver, receiverEvents);
    QCOMPARE(in.size(), 3);
    QCOMPARE(in.at(0).action, TrafficEvent::Action::Bound);
    QCOMPARE(in.at(0).local, receiverEnd);
    QCOMPARE(in.at(1).kind, TrafficEvent::Kind::Data);
    QCOMPARE(in.at(1).action, TrafficEvent::Action::None);
    QCOMPARE(in.at(1).direction, TrafficEvent::Direction::In);
    QCOMPARE(in.at(1).peer, QStringLiteral("127.0.0.1:%1").arg(sender.localPort()));
    QCOMPARE(in.at(2).action, TrafficEvent::Action::Unbound);

    const QList<TrafficEvent> out = allEvents(sender, senderEvents);
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.at(0).action, TrafficEvent::Action::Bound);
    QVERIFY2(out.at(0).local.endsWith(QStringLiteral(":%1").arg(sender.localPort())), qPrintable(out.at(0).local));
    QCOMPARE(out.at(1).direction, TrafficEvent::Direction::Out);
    QCOMPARE(out.at(1).peer, receiverEnd);
    QCOMPARE(out.at(1).action, TrafficEvent::Action::None);

    // A port that is taken: the bind fails, and the event says so.
    UdpPeer late;
    QSignalSpy lateEvents(&late, &UdpPeer::trafficEvents);
    QUdpSocket holder;
    QVERIFY(holder.bind(QHostAddress(QHostAddress::LocalHost), 0, QAbstractSocket::DontShareAddress));
    late.bind(optionsFor(QHostAddress(QHostAddress::LocalHost), holder.localPort()));
    const QList<TrafficEvent> failed = allEvents(late, lateEvents);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).action, TrafficEvent::Action::BindFailed);
    QCOMPARE(failed.at(0).kind, TrafficEvent::Kind::Error);
}

void TestUdpPeer::receivingGoesOnAfterPortUnreachable_data()
{
    // bindAddress null: not bound before the first send (bound automatically to any address).
    QTest::addColumn<QHostAddress>("bindAddress");
    QTest::addColumn<QHostAddress>("target");
    QTest::newRow("IPv4 localhost") << QHostAddress(QHostAddress::LocalHost) << QHostAddress(QHostAddress::LocalHost);
    QTest::newRow("any IPv4") << QHostAddress(QHostAddress::AnyIPv4) << QHostAddress(QHostAddress::LocalHost);
    QTest::newRow("any (dual stack), IPv4") << QHostAddress(QHostAddress::Any) << QHostAddress(QHostAddress::LocalHost);
    QTest::newRow("not bound yet, IPv4") << QHostAddress() << QHostAddress(QHostAddress::LocalHost);
    QTest::newRow("IPv6 localhost") << QHostAddress(QHostAddress::LocalHostIPv6) << QHostAddress(QHostAddress::LocalHostIPv6);
    QTest::newRow("any IPv6 (IPv6 only)") << QHostAddress(QHostAddress::AnyIPv6) << QHostAddress(QHostAddress::LocalHostIPv6);
    QTest::newRow("any (dual stack), IPv6") << QHostAddress(QHostAddress::Any) << QHostAddress(QHostAddress::LocalHostIPv6);
    QTest::newRow("not bound yet, IPv6") << QHostAddress() << QHostAddress(QHostAddress::LocalHostIPv6);
}

// Issue 11, defect 1: after "Nobody is listening on …" the socket went deaf until rebound.
void TestUdpPeer::receivingGoesOnAfterPortUnreachable()
{
    SKIP_WITHOUT_LINUX_PATHS("ICMP errors on an unconnected socket come from the IP_RECVERR error queue");
    QFETCH(QHostAddress, bindAddress);
    QFETCH(QHostAddress, target);
    if (target.protocol() == QAbstractSocket::IPv6Protocol && !hasIPv6Loopback())
        QSKIP("This machine has no IPv6 loopback (::1).");
    quint16 closedPort = 0;
    {
        QUdpSocket probe;
        QVERIFY(probe.bind(target, 0));
        closedPort = probe.localPort();
    }

    UdpPeer peer;
    peer.setReplyPolicy(ReplyPolicy::parse(QStringLiteral("echo")).value_or(ReplyPolicy()));
    peer.setReplyLimit(0);
    QSignalSpy received(&peer, &UdpPeer::datagramReceived);
    QSignalSpy unreachable(&peer, &UdpPeer::unreachable);
    QSignalSpy failed(&peer, &UdpPeer::sendFailed);
    QSignalSpy events(&peer, &UdpPeer::trafficEvents);
    if (!bindAddress.isNull()) {
        UdpOptions options = optionsFor(bindAddress);
        options.reply = ReplyPolicy::parse(QStringLiteral("echo")).value_or(ReplyPolicy());
        options.replyLimit = 0;
        peer.bind(options);
        QVERIFY(peer.isBound());
    }

    // 1. Nobody listens: the report comes, then datagrams are received, counted and answered.
    peer.sendToAddress(target, closedPort, "anyone?");
    QVERIFY(peer.isBound());
    if (!unreachable.wait(3000))
        QSKIP("This system does not report ICMP port unreachable for unconnected UDP sockets.");
    QCOMPARE(unreachable.at(0).at(0).toString(),
             QStringLiteral("Nobody is listening on %1 (the system reported port unreachable).")
                 .arg(Endpoint::format(target, closedPort)));

    QUdpSocket client;
    QVERIFY2(client.bind(target, 0), qPrintable(client.errorString()));
    for (int round = 1; round <= 3; ++round) {
        const QByteArray payload = "after " + QByteArray::number(round);
        QCOMPARE(client.writeDatagram(payload, target, peer.localPort()), qint64(payload.size()));
        QTRY_COMPARE(received.count(), round);
        QCOMPARE(received.last().at(2).toByteArray(), payload);
        QCOMPARE(receiveOne(client).data(), payload);   // the echo went out
        if (round == 1) {
            // 2. Another report, this time with a datagram already waiting behind it.
            peer.sendToAddress(target, closedPort, "still nobody?");
            QCOMPARE(client.writeDatagram("queued", target, peer.localPort()), qint64(6));
            QTRY_COMPARE(received.count(), 2);
            QCOMPARE(received.last().at(2).toByteArray(), QByteArray("queued"));
            QCOMPARE(receiveOne(client).data(), QByteArray("queued"));
            QTRY_COMPARE(unreachable.count(), 2);
            ++round;
        }
    }
    QVERIFY2(failed.isEmpty(), qPrintable(joined(failed)));
    const UdpCounters c = peer.counters();
    QCOMPARE(c.datagramsIn, qint64(3));
    QCOMPARE(c.bytesIn, qint64(QByteArray("after 1queuedafter 3").size()));
    QCOMPARE(c.receiveErrors, qint64(2));
    QCOMPARE(c.datagramsOut, qint64(2 + 3));    // two to the closed port, three echoes
    const QList<TrafficEvent> all = allEvents(peer, events);
    const qint64 shownIn = std::count_if(all.cbegin(), all.cend(), [](const TrafficEvent &e) {
        return e.kind == TrafficEvent::Kind::Data && e.direction == TrafficEvent::Direction::In;
    });
    QCOMPARE(shownIn, qint64(3));
    QCOMPARE(countTexts(all, QStringLiteral("Nobody is listening on")), 2);
}

void TestUdpPeer::peersSeenAreCounted()
{
    UdpPeer peer;
    peer.bind(optionsFor(QHostAddress(QHostAddress::LocalHost)));
    QSignalSpy peers(&peer, &UdpPeer::peersChanged);
    QUdpSocket a;
    QUdpSocket b;
    QVERIFY(a.bind(QHostAddress(QHostAddress::LocalHost), 0));
    QVERIFY(b.bind(QHostAddress(QHostAddress::LocalHost), 0));
    a.writeDatagram("12345", QHostAddress(QHostAddress::LocalHost), peer.localPort());
    a.writeDatagram("678", QHostAddress(QHostAddress::LocalHost), peer.localPort());
    b.writeDatagram("x", QHostAddress(QHostAddress::LocalHost), peer.localPort());
    QTRY_COMPARE(peer.counters().datagramsIn, 3);
    QVERIFY(peers.wait(2000) || !peers.isEmpty());
    const QList<PeerStats> list = peers.last().at(0).value<QList<PeerStats>>();
    QCOMPARE(list.size(), 2);
    const QString aText = QStringLiteral("127.0.0.1:%1").arg(a.localPort());
    const auto it = std::find_if(list.cbegin(), list.cend(), [&](const PeerStats &s) { return s.peer == aText; });
    QVERIFY(it != list.cend());
    QCOMPARE(it->datagrams, 2);
    QCOMPARE(it->bytes, 8);
    QVERIFY(it->lastSeenMsecs > 0);
}

void TestUdpPeer::broadcastSendWorks()
{
    // 127.255.255.255 is the loopback network's broadcast address: a broadcast route that
    // needs SO_BROADCAST but never leaves this machine.
    QUdpSocket listener;
    QVERIFY(listener.bind(QHostAddress(QHostAddress::AnyIPv4), 0));
    UdpPeer peer;
    QSignalSpy failed(&peer, &UdpPeer::sendFailed);
    peer.bind(optionsFor(QHostAddress(QHostAddress::AnyIPv4)));
    peer.sendTo(QStringLiteral("127.255.255.255"), listener.localPort(), "to all");
    QVERIFY2(failed.isEmpty(), qPrintable(joined(failed)));
    QCOMPARE(peer.counters().datagramsOut, 1);
    QCOMPARE(receiveOne(listener).data(), QByteArray("to all"));
    // The choices offered by the tab include the limited broadcast address.
    const QList<BindChoice> choices = NetworkAddresses::broadcastChoices();
    QVERIFY(!choices.isEmpty());
    QCOMPARE(choices.first().address, QHostAddress(QHostAddress::Broadcast));
}

void TestUdpPeer::multicastJoinOnLoopback_data()
{
    QTest::addColumn<QHostAddress>("bindAddress");
    QTest::addColumn<QHostAddress>("group");
    QTest::newRow("IPv4") << QHostAddress(QHostAddress::AnyIPv4) << QHostAddress(QStringLiteral("239.255.43.21"));
    QTest::newRow("IPv6") << QHostAddress(QHostAddress::AnyIPv6) << QHostAddress(QStringLiteral("ff02::4321"));
}

void TestUdpPeer::multicastJoinOnLoopback()
{
    QFETCH(QHostAddress, bindAddress);
    QFETCH(QHostAddress, group);
    // IPv4 on the loopback interface. IPv6 needs an interface with the MULTICAST flag (Linux's lo
    // has none): the first such interface with an IPv6 address; hop limit 0 keeps it on this host.
    const bool v6 = group.protocol() == QAbstractSocket::IPv6Protocol;
    QString ifaceName;
    for (const QNetworkInterface &i : QNetworkInterface::allInterfaces()) {
        if (!(i.flags() & QNetworkInterface::IsUp) || !ifaceName.isEmpty())
            continue;
        if (!v6 && i.name() == QLatin1String("lo"))
            ifaceName = i.name();
        if (v6 && (i.flags() & QNetworkInterface::CanMulticast) && !(i.flags() & QNetworkInterface::IsLoopBack)) {
            for (const QNetworkAddressEntry &e : i.addressEntries()) {
                if (e.ip().protocol() == QAbstractSocket::IPv6Protocol)
                    ifaceName = i.name();
            }
        }
    }
    if (ifaceName.isEmpty())
        QSKIP(v6 ? "No multicast-capable interface with an IPv6 address." : "No interface named lo.");

    UdpOptions options = optionsFor(bindAddress);
    options.multicastTtl = 0;               // never leave this host
    options.multicastLoopback = true;
    options.multicastInterface = ifaceName;
    UdpPeer peer;
    QSignalSpy failed(&peer, &UdpPeer::sendFailed);
    QSignalSpy joinFailed(&peer, &UdpPeer::groupFailed);
    QSignalSpy groups(&peer, &UdpPeer::groupsChanged);
    QSignalSpy received(&peer, &UdpPeer::datagramReceived);
    peer.bind(options);
    QVERIFY(peer.isBound());
    peer.joinGroup(group, ifaceName);
    if (!joinFailed.isEmpty())
        QSKIP(qPrintable(QStringLiteral("The platform refused the join on %1: %2").arg(ifaceName, joined(joinFailed))));
    QCOMPARE(groups.count(), 1);
    QCOMPARE(peer.groups().size(), 1);
    QCOMPARE(peer.groups().first().group, group);

    QHostAddress target = group;
    if (v6)
        target.setScopeId(ifaceName);   // a link-local group: say on which link
    peer.sendToAddress(target, peer.localPort(), "to the group");
    if (!failed.isEmpty())
        QSKIP(qPrintable(QStringLiteral("The platform cannot send multicast on %1: %2").arg(ifaceName, joined(failed))));
    if (!received.wait(3000) && received.isEmpty())
        QSKIP("Multicast on the loopback interface is not delivered on this system (lo has no MULTICAST flag).");
    QCOMPARE(received.at(0).at(2).toByteArray(), QByteArray("to the group"));

    peer.leaveGroup(group, ifaceName);
    QCOMPARE(groups.count(), 2);
    QVERIFY(peer.groups().isEmpty());
}

void TestUdpPeer::multicastLoopbackOffKeepsOwnDatagramsAway()
{
    // IPv6 on a multicast-capable interface (on lo every group datagram comes back through the
    // interface itself, whatever the option says), hop limit 0 so nothing leaves this host.
    QString ifaceName;
    for (const QNetworkInterface &i : QNetworkInterface::allInterfaces()) {
        if (!ifaceName.isEmpty() || !(i.flags() & QNetworkInterface::IsUp) || !(i.flags() & QNetworkInterface::CanMulticast)
            || (i.flags() & QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &e : i.addressEntries()) {
            if (e.ip().protocol() == QAbstractSocket::IPv6Protocol)
                ifaceName = i.name();
        }
    }
    if (ifaceName.isEmpty() || !hasIPv6Loopback())
        QSKIP("No multicast-capable interface with an IPv6 address, or no ::1.");

    const QHostAddress group(QStringLiteral("ff02::4325"));
    UdpOptions options = optionsFor(QHostAddress(QHostAddress::AnyIPv6));
    options.multicastTtl = 0;
    options.multicastLoopback = true;
    options.multicastInterface = ifaceName;
    UdpPeer peer;
    QSignalSpy failed(&peer, &UdpPeer::sendFailed);
    QSignalSpy received(&peer, &UdpPeer::datagramReceived);
    peer.bind(options);
    QVERIFY(peer.isBound());
    peer.joinGroup(group, ifaceName);
    QHostAddress target = group;
    target.setScopeId(ifaceName);

    // Loopback on: our own group datagram comes back (otherwise this system cannot show it).
    peer.sendToAddress(target, peer.localPort(), "looped");
    if (!failed.isEmpty() || (!received.wait(3000) && received.isEmpty()))
        QSKIP(qPrintable(QStringLiteral("Multicast on %1 is not delivered here: %2").arg(ifaceName, joined(failed))));
    QCOMPARE(received.at(0).at(2).toByteArray(), QByteArray("looped"));

    // Loopback off: the group datagram stays away. A unicast marker sent right after it (both
    // pass the same loopback queue) tells when it would have arrived.
    received.clear();
    peer.setMulticastLoopback(false);
    peer.sendToAddress(target, peer.localPort(), "not looped");
    peer.sendToAddress(QHostAddress(QHostAddress::LocalHostIPv6), peer.localPort(), "marker");
    QVERIFY2(failed.isEmpty(), qPrintable(joined(failed)));
    QTRY_VERIFY(!received.isEmpty());
    QCOMPARE(received.at(0).at(2).toByteArray(), QByteArray("marker"));
    QCOMPARE(received.count(), 1);

    // And on again at run time.
    received.clear();
    peer.setMulticastLoopback(true);
    peer.sendToAddress(target, peer.localPort(), "looped again");
    QTRY_VERIFY(!received.isEmpty());
    QCOMPARE(received.at(0).at(2).toByteArray(), QByteArray("looped again"));
}

void TestUdpPeer::joinNeedsMulticastAddress()
{
    UdpPeer peer;
    QSignalSpy failed(&peer, &UdpPeer::groupFailed);
    QSignalSpy sendFailed(&peer, &UdpPeer::sendFailed);
    peer.joinGroup(QHostAddress(QStringLiteral("239.1.2.3")), QString());
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("Bind a port first")));
    peer.bind(optionsFor(QHostAddress(QHostAddress::AnyIPv4)));
    peer.joinGroup(QHostAddress(QStringLiteral("10.1.2.3")), QString());
    QCOMPARE(failed.count(), 2);
    QVERIFY(failed.at(1).at(0).toString().contains(QStringLiteral("not a multicast group")));
    QVERIFY(peer.groups().isEmpty());
    QVERIFY(sendFailed.isEmpty());   // a join problem is not a send problem

    // A single-stack socket and a group of the other family: said without contradiction.
    peer.joinGroup(QHostAddress(QStringLiteral("ff02::4323")), QString());
    QCOMPARE(failed.count(), 3);
    QVERIFY2(failed.at(2).at(0).toString().startsWith(
                 QStringLiteral("The IPv6 group ff02::4323 cannot be joined from a socket bound to the IPv4 address 0.0.0.0 (IPv4 only): bind to any address (IPv4 + IPv6) or to an IPv6 address")),
             qPrintable(failed.at(2).at(0).toString()));
    if (hasIPv6Loopback()) {
        peer.bind(optionsFor(QHostAddress(QHostAddress::AnyIPv6)));
        peer.joinGroup(QHostAddress(QStringLiteral("239.255.43.28")), QString());
        QCOMPARE(failed.count(), 4);
        QVERIFY2(failed.at(3).at(0).toString().startsWith(
                     QStringLiteral("The IPv4 group 239.255.43.28 cannot be joined from a socket bound to the IPv6 address :: (IPv6 only): bind to any address (IPv4 + IPv6) or to an IPv4 address")),
                 qPrintable(failed.at(3).at(0).toString()));
    }
    QVERIFY(peer.groups().isEmpty());
}

void TestUdpPeer::ipv4GroupFromDualStackSocket_data()
{
    QTest::addColumn<QString>("interfaceName");   // empty: the system's choice (the route to the group)
    QTest::newRow("on lo") << QStringLiteral("lo");
    QTest::newRow("default interface") << QString();
}

// Issue 11, defect 4: the default bind (any address, IPv4 + IPv6) joins IPv4 groups too.
void TestUdpPeer::ipv4GroupFromDualStackSocket()
{
    SKIP_WITHOUT_LINUX_PATHS("Qt refuses an IPv4 group on a dual-stack socket");
    QFETCH(QString, interfaceName);
    QHostAddress sourceAddress(QHostAddress::LocalHost);
    if (interfaceName.isEmpty()) {
        // Sent by the interface the system picks for the group, from its address.
        sourceAddress = interfaceIPv4();
        if (sourceAddress.isNull())
            QSKIP("This machine has no multicast-capable interface with an IPv4 address (only lo).");
    } else if (!QNetworkInterface::interfaceFromName(interfaceName).isValid()) {
        QSKIP("No interface named lo.");
    }
    const QHostAddress group(QStringLiteral("239.255.43.26"));
    UdpPeer peer;
    QSignalSpy joinFailed(&peer, &UdpPeer::groupFailed);
    QSignalSpy groups(&peer, &UdpPeer::groupsChanged);
    QSignalSpy received(&peer, &UdpPeer::datagramReceived);
    peer.bind(optionsFor(QHostAddress(QHostAddress::Any)));
    QVERIFY(peer.isBound());
    peer.joinGroup(group, interfaceName);
    if (interfaceName.isEmpty() && !joinFailed.isEmpty() && joined(joinFailed).contains(QStringLiteral("No such device")))
        QSKIP(qPrintable(QStringLiteral("No route for multicast on this machine: %1").arg(joined(joinFailed))));
    QVERIFY2(joinFailed.isEmpty(), qPrintable(joined(joinFailed)));
    QCOMPARE(groups.count(), 1);
    QCOMPARE(peer.groups().size(), 1);

    QUdpSocket sender;
    QVERIFY(sender.bind(QHostAddress(QHostAddress::AnyIPv4), 0));
    sender.setSocketOption(QAbstractSocket::MulticastTtlOption, 0);        // never leave this host
    sender.setSocketOption(QAbstractSocket::MulticastLoopbackOption, 1);
    if (!interfaceName.isEmpty())
        sender.setMulticastInterface(QNetworkInterface::interfaceFromName(interfaceName));
    QCOMPARE(sender.writeDatagram("to the group", group, peer.localPort()), qint64(12));
    if (!received.wait(3000) && received.isEmpty())
        QSKIP("This system did not deliver the multicast datagram (no multicast route).");
    QCOMPARE(received.at(0).at(2).toByteArray(), QByteArray("to the group"));
    QCOMPARE(received.at(0).at(1).value<quint16>(), sender.localPort());

    peer.leaveGroup(group, interfaceName);
    QCOMPARE(groups.count(), 2);
    QVERIFY(peer.groups().isEmpty());
    QVERIFY2(joinFailed.isEmpty(), qPrintable(joined(joinFailed)));
    peer.flush();
    // Left for real: a datagram to the group no longer arrives.
    QCOMPARE(sender.writeDatagram("after leaving", group, peer.localPort()), qint64(13));
    // A unicast datagram sent after it, from the same socket, marks the end of the wait.
    QCOMPARE(sender.writeDatagram("marker", sourceAddress, peer.localPort()), qint64(6));
    QTRY_COMPARE(received.count(), 2);
    QCOMPARE(received.at(1).at(2).toByteArray(), QByteArray("marker"));
}

void TestUdpPeer::floodIsCountedExactlyInWorkerThread()
{
    constexpr int Total = 6000;
    WorkerThread thread(QStringLiteral("udp-test"));
    auto *peer = new UdpPeer;
    peer->setEventCapacity(500);            // small, so the log may drop; the counters must not
    QSignalSpy bound(peer, &UdpPeer::bound);
    UdpCounters last;
    qint64 eventsSeen = 0;
    QObject context;
    connect(peer, &UdpPeer::countersChanged, &context, [&last](const UdpCounters &c) { last = c; });
    connect(peer, &UdpPeer::trafficEvents, &context, [&eventsSeen](const QList<TrafficEvent> &events) {
        for (const TrafficEvent &e : events)
            eventsSeen += e.kind == TrafficEvent::Kind::Data ? 1 : 0;
    });
    thread.adopt(peer);
    thread.start();
    QMetaObject::invokeMethod(peer, "bind", Qt::QueuedConnection,
                              Q_ARG(UdpOptions, optionsFor(QHostAddress(QHostAddress::LocalHost))));
    QVERIFY(bound.wait(5000));
    const quint16 port = bound.at(0).at(1).value<quint16>();

    QUdpSocket sender;
    QVERIFY(sender.bind(QHostAddress(QHostAddress::LocalHost), 0));
    const QByteArray payload(64, 'f');
    int sent = 0;
    // As fast as possible, but never more than 400 ahead of what the engine has counted
    // (counters arrive 5 times a second), so even the smallest default receive buffer an
    // unprivileged user gets (Linux: 2 x 208 KiB, about 500 such datagrams) cannot overflow.
    while (sent < Total) {
        if (sent - last.datagramsIn < 400) {
            const int burst = qMin(100, Total - sent);
            for (int i = 0; i < burst; ++i)
                QVERIFY(sender.writeDatagram(payload, QHostAddress(QHostAddress::LocalHost), port) == 64);
            sent += burst;
        } else {
            QTest::qWait(5);
        }
        QCoreApplication::processEvents();
    }
    QTRY_COMPARE_WITH_TIMEOUT(last.datagramsIn, qint64(Total), 30000);
    QCOMPARE(last.bytesIn, qint64(Total) * 64);
    QMetaObject::invokeMethod(peer, "flush", Qt::QueuedConnection);
    // Every datagram was either shown or counted as dropped from the log (the drop count may
    // also include the "bound" state event, hence >=).
    QTRY_VERIFY_WITH_TIMEOUT(eventsSeen + last.eventsDropped >= qint64(Total), 10000);
    QVERIFY(eventsSeen <= qint64(Total));
}

void TestUdpPeer::queuedDatagramsKeepSendersSizesAndOrder()
{
    // Datagrams that wait in the socket are read several per system call (recvmmsg on Linux):
    // each must still arrive whole, in order, with its own sender, IPv4 and IPv6 mixed.
    UdpPeer peer;
    peer.bind(optionsFor(QHostAddress(QHostAddress::Any)));
    QVERIFY(peer.isBound());
    QSignalSpy received(&peer, &UdpPeer::datagramReceived);
    QUdpSocket v4;
    QVERIFY(v4.bind(QHostAddress::LocalHost, 0));
    QUdpSocket v6;
    const bool six = hasIPv6Loopback() && v6.bind(QHostAddress::LocalHostIPv6, 0);
    constexpr int Rounds = 150;
    QList<QByteArray> expected;
    for (int i = 0; i < Rounds; ++i) {
        // Sizes from 16 bytes to the IPv4 maximum (the 6: ones half as long).
        const int size = i == Rounds - 1 ? int(UdpPeer::MaxIPv4Payload) : 16 + (i * 37) % 1500;
        const QByteArray four = QByteArray::number(i).prepend("4:").leftJustified(size, char('a' + i % 26), true);
        QCOMPARE(v4.writeDatagram(four, QHostAddress::LocalHost, peer.localPort()), qint64(four.size()));
        expected.append(four);
        if (six) {
            const QByteArray sixData = QByteArray::number(i).prepend("6:").leftJustified(size / 2, 'z', true);
            QCOMPARE(v6.writeDatagram(sixData, QHostAddress::LocalHostIPv6, peer.localPort()), qint64(sixData.size()));
            expected.append(sixData);
        }
    }
    QTRY_COMPARE(received.count(), expected.size());
    for (int i = 0; i < received.count(); ++i) {
        const QList<QVariant> &args = received.at(i);
        const QHostAddress from = args.at(0).value<QHostAddress>();
        const quint16 port = args.at(1).value<quint16>();
        const QByteArray data = args.at(2).toByteArray();
        QCOMPARE(data, expected.at(i));
        if (data.startsWith("4:")) {
            QVERIFY2(from.isEqual(QHostAddress::LocalHost, QHostAddress::ConvertV4MappedToIPv4), qPrintable(from.toString()));
            QCOMPARE(port, v4.localPort());
        } else {
            QCOMPARE(from, QHostAddress(QHostAddress::LocalHostIPv6));
            QCOMPARE(port, v6.localPort());
        }
    }
    QCOMPARE(peer.counters().datagramsIn, qint64(expected.size()));
    QCOMPARE(peer.peers().size(), six ? 2 : 1);
}

void TestUdpPeer::bindToForeignAddressIsExplained()
{
    UdpPeer peer;
    QSignalSpy failed(&peer, &UdpPeer::bindFailed);
    peer.bind(optionsFor(QHostAddress(QStringLiteral("203.0.113.7")), 0));   // TEST-NET-3
    QCOMPARE(failed.count(), 1);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("has no address 203.0.113.7")), qPrintable(message));
    QVERIFY(!peer.isBound());
}

void TestUdpPeer::portInUseNamesTheOwner()
{
    QUdpSocket holder;
    QVERIFY(holder.bind(QHostAddress(QHostAddress::LocalHost), 0, QAbstractSocket::DontShareAddress));
    UdpPeer peer;
    QSignalSpy failed(&peer, &UdpPeer::bindFailed);
    peer.bind(optionsFor(QHostAddress(QHostAddress::LocalHost), holder.localPort()));
    QCOMPARE(failed.count(), 1);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("Port %1 is already in use").arg(holder.localPort())), qPrintable(message));
    if (SOCKETLAB_LINUX_PATHS)   // found in /proc; a portable build names no program
        QVERIFY2(message.contains(QStringLiteral("PID %1").arg(QCoreApplication::applicationPid())), qPrintable(message));
}

void TestUdpPeer::privilegedPortIsExplained()
{
    if (::geteuid() == 0)
        QSKIP("Running as root: ports below 1024 can be bound, nothing to explain.");
    UdpPeer peer;
    QSignalSpy failed(&peer, &UdpPeer::bindFailed);
    peer.bind(optionsFor(QHostAddress(QHostAddress::LocalHost), 80));
    if (failed.isEmpty())
        QSKIP("This system lets unprivileged programs bind low ports (net.ipv4.ip_unprivileged_port_start).");
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("administrator")), qPrintable(joined(failed)));
}

void TestUdpPeer::unbindClosesAndRebindWorks()
{
    UdpPeer peer;
    QSignalSpy unbound(&peer, &UdpPeer::unbound);
    peer.bind(optionsFor(QHostAddress(QHostAddress::LocalHost)));
    const quint16 port = peer.localPort();
    peer.unbind();
    QCOMPARE(unbound.count(), 1);
    QVERIFY(!peer.isBound());
    // The port is free again: anyone (here: the same engine) can bind it.
    peer.bind(optionsFor(QHostAddress(QHostAddress::LocalHost), port));
    QVERIFY(peer.isBound());
    QCOMPARE(peer.localPort(), port);
}

void TestUdpPeer::unboundOnlyAfterBound()
{
    UdpPeer peer;
    QSignalSpy unbound(&peer, &UdpPeer::unbound);
    peer.unbind();   // never bound
    QCOMPARE(unbound.count(), 0);

    QUdpSocket holder;
    QVERIFY(holder.bind(QHostAddress(QHostAddress::LocalHost), 0, QAbstractSocket::DontShareAddress));
    QSignalSpy failed(&peer, &UdpPeer::bindFailed);
    peer.bind(optionsFor(QHostAddress(QHostAddress::LocalHost), holder.localPort()));
    QCOMPARE(failed.count(), 1);   // nothing bound, so nothing to unbind
    peer.unbind();
    QCOMPARE(unbound.count(), 0);

    peer.bind(optionsFor(QHostAddress(QHostAddress::LocalHost)));
    QVERIFY(peer.isBound());
    peer.bind(optionsFor(QHostAddress(QHostAddress::LocalHost)));   // the open socket is closed first
    QCOMPARE(unbound.count(), 1);
    peer.unbind();
    QCOMPARE(unbound.count(), 2);
    peer.unbind();
    QCOMPARE(unbound.count(), 2);
}

void TestUdpPeer::ownAddressIsNeverAnswered_data()
{
    QTest::addColumn<QHostAddress>("bindAddress");
    QTest::addColumn<QHostAddress>("target");   // where our own datagram goes: it comes from there
    QTest::newRow("localhost, to itself") << QHostAddress(QHostAddress::LocalHost) << QHostAddress(QHostAddress::LocalHost);
    QTest::newRow("any, from 127.0.0.1") << QHostAddress(QHostAddress::Any) << QHostAddress(QHostAddress::LocalHost);
    QTest::newRow("any, from 127.0.0.2") << QHostAddress(QHostAddress::Any) << QHostAddress(QStringLiteral("127.0.0.2"));
    QTest::newRow("any IPv4, from 127.0.0.1") << QHostAddress(QHostAddress::AnyIPv4) << QHostAddress(QHostAddress::LocalHost);
    if (hasIPv6Loopback())
        QTest::newRow("any, from ::1") << QHostAddress(QHostAddress::Any) << QHostAddress(QHostAddress::LocalHostIPv6);
    const QHostAddress own = interfaceIPv4();
    if (!own.isNull())
        QTest::newRow("any, from an interface address") << QHostAddress(QHostAddress::Any) << own;
}

void TestUdpPeer::ownAddressIsNeverAnswered()
{
    // `udp --reply echo --to` itself, or one datagram spoofed with our own address as its
    // source: answering it would answer the answer, forever, at full speed.
    QFETCH(QHostAddress, bindAddress);
    QFETCH(QHostAddress, target);
    for (const ReplyPolicy::Mode mode : {ReplyPolicy::Mode::Echo, ReplyPolicy::Mode::Text}) {
        UdpOptions options = optionsFor(bindAddress);
        options.reply.mode = mode;
        options.reply.text = "ok";
        UdpPeer peer;
        QSignalSpy events(&peer, &UdpPeer::trafficEvents);
        peer.bind(options);
        QVERIFY(peer.isBound());
        peer.sendToAddress(target, peer.localPort(), "hello myself");
        QTRY_COMPARE(peer.counters().datagramsIn, 1);

        // A real peer sent after it is still answered; by the time its answer arrives, any
        // answer to ourselves would have been sent, received and answered too.
        QUdpSocket client;
        QVERIFY(client.bind(QHostAddress(QHostAddress::LocalHost), 0));
        client.writeDatagram("hi", QHostAddress(QHostAddress::LocalHost), peer.localPort());
        QVERIFY(!receiveOne(client).isNull());
        for (int i = 0; i < 20; ++i)   // give a loop a chance to show (it does not wait for anything)
            QCoreApplication::processEvents();
        const UdpCounters c = peer.counters();
        QCOMPARE(c.datagramsIn, 2);
        QCOMPARE(c.datagramsOut, 2);   // our own datagram and the answer to the client
        const QList<TrafficEvent> all = allEvents(peer, events);
        QCOMPARE(countTexts(all, QStringLiteral("Not answering datagrams from")), 1);
    }
}

void TestUdpPeer::peersAnsweringEachOtherSettleDown_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("echo and echo") << QStringLiteral("echo") << QStringLiteral("echo");
    QTest::newRow("echo and text:ok") << QStringLiteral("echo") << QStringLiteral("text:ok");
    QTest::newRow("upper and text:ok") << QStringLiteral("upper") << QStringLiteral("text:ok");
}

void TestUdpPeer::peersAnsweringEachOtherSettleDown()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    UdpOptions optionsA = optionsFor(QHostAddress(QHostAddress::LocalHost));
    optionsA.reply = *ReplyPolicy::parse(first);
    UdpOptions optionsB = optionsFor(QHostAddress(QHostAddress::LocalHost));
    optionsB.reply = *ReplyPolicy::parse(second);
    UdpPeer a;
    UdpPeer b;
    // Counted as they come (a spy would hold every event of a runaway loop).
    QList<TrafficEvent> pauses;
    for (UdpPeer *peer : {&a, &b}) {
        connect(peer, &UdpPeer::trafficEvents, this, [&pauses](const QList<TrafficEvent> &events) {
            for (const TrafficEvent &e : events) {
                if (e.text.startsWith(QStringLiteral("Auto-reply paused for")))
                    pauses.append(e);
            }
        });
    }
    a.bind(optionsA);
    b.bind(optionsB);
    QVERIFY(a.isBound() && b.isBound());
    const int limit = optionsA.replyLimit;
    QCOMPARE(limit, 100);   // the default

    a.sendToAddress(QHostAddress(QHostAddress::LocalHost), b.localPort(), "ping");
    // Within the first second, one side runs out of its budget and stops answering.
    QTRY_VERIFY_WITH_TIMEOUT(!pauses.isEmpty(), 3000);
    // Then nothing moves any more (what is in flight arrives and is not answered).
    const qint64 total = a.counters().datagramsOut + b.counters().datagramsOut;
    QVERIFY2(total <= 2 * limit + 2, qPrintable(QString::number(total)));
    QTest::qWait(300);
    a.flush();
    b.flush();
    const UdpCounters ca = a.counters();
    const UdpCounters cb = b.counters();
    QCOMPARE(ca.datagramsOut + cb.datagramsOut, total);
    QCOMPARE(ca.datagramsOut, cb.datagramsIn);
    QCOMPARE(cb.datagramsOut, ca.datagramsIn);
    // The peer that paused says so once, naming the other side.
    QCOMPARE(pauses.size(), 1);
    QVERIFY2(pauses.at(0).text.contains(QStringLiteral("127.0.0.1:")), qPrintable(pauses.at(0).text));
    QCOMPARE(pauses.at(0).kind, TrafficEvent::Kind::State);
}

QTEST_GUILESS_MAIN(TestUdpPeer)
#include "tst_udppeer.moc"
