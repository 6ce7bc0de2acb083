// ConversationDiagram without widgets: recorded events become lifelines (this side, then each
// peer in order of first appearance) and arrows in time order: connect / accept, one arrow per
// chunk (the 粘包 "helloworld" is one), half-close and close from the right side with who closed
// first, marked errors, UDP datagrams from their senders; a peer filter, a time window, the
// newest N; long gaps as break rows, so that rows depend on order and breaks, not on time.
#include <QtTest>

#include "ConversationDiagram.h"

using Action = TrafficEvent::Action;
using Kind = ConversationDiagram::ArrowKind;
using Arrow = ConversationDiagram::Arrow;

namespace {

constexpr qint64 T0 = 1714564984567LL;
const QString Server = QStringLiteral("127.0.0.1:9000");
const QString Client = QStringLiteral("127.0.0.1:53422");

TrafficEvent at(qint64 msecs, TrafficEvent e)
{
    e.msecsSinceEpoch = msecs;
    return e;
}

TrafficEvent in(qint64 msecs, const QString &peer, const QByteArray &bytes)
{
    return at(msecs, TrafficEvent::data(peer, TrafficEvent::Direction::In, bytes));
}

TrafficEvent out(qint64 msecs, const QString &peer, const QByteArray &bytes)
{
    return at(msecs, TrafficEvent::data(peer, TrafficEvent::Direction::Out, bytes));
}

TrafficEvent state(qint64 msecs, const QString &peer, Action action, const QString &local = {})
{
    return at(msecs, TrafficEvent::state(peer, QStringLiteral("sentence for %1").arg(int(action)), action, local));
}

TrafficEvent error(qint64 msecs, const QString &peer, Action action, const QString &text = QStringLiteral("it failed"))
{
    return at(msecs, TrafficEvent::error(peer, text, action));
}

QList<Kind> kinds(const QList<Arrow> &arrows)
{
    QList<Kind> out;
    for (const Arrow &a : arrows)
        out.append(a.kind);
    return out;
}

QList<int> rowsOf(const QList<Arrow> &arrows)
{
    QList<int> out;
    for (const Arrow &a : arrows)
        out.append(a.slot);
    return out;
}

QStringList labels(const ConversationDiagram &d)
{
    QStringList out;
    for (const ConversationDiagram::Lifeline &l : d.lifelines())
        out.append(l.label);
    return out;
}

// from -> to, for comparing directions at a glance.
QList<QPair<int, int>> ends(const QList<Arrow> &arrows)
{
    QList<QPair<int, int>> out;
    for (const Arrow &a : arrows)
        out.append({a.from, a.to});
    return out;
}

// Seed 002's chat as `socketlab tcp-server --reply text:已送达` recorded it: the student's
// tcp_send.py connects, "hello" and "world" arrive as one chunk, the server answers, ten
// minutes later "q", and the script closes its socket first.
QList<TrafficEvent> seed002ChatAtTheServer()
{
    return {
        state(T0, {}, Action::Listening, Server),
        state(T0 + 5445, Client, Action::Accepted, Server),
        in(T0 + 11913, Client, "helloworld"),
        out(T0 + 11914, Client, QStringLiteral("已送达").toUtf8()),
        at(T0 + 11915, TrafficEvent::state(Client, QStringLiteral("a note, nothing on the wire"))),
        in(T0 + 611914, Client, "q"),
        state(T0 + 611915, Client, Action::HalfClosedByPeer),
        state(T0 + 611916, Client, Action::ClosedByPeer),
    };
}

} // namespace

class tst_ConversationDiagram : public QObject
{
    Q_OBJECT

private slots:
    void seed002ChatAtTheServer();
    void seed002ChatAtTheClient();
    void closesComeFromTheRightSide();
    void errorsAreMarked();
    void udpDatagramsFromTheirSenders();
    void eventsWithoutMeaningAreLeftOut();
    void peerFilter();
    void timeWindow();
    void newestArrowsOnly();
    void gapsBecomeBreaks();
    void gapTexts_data();
    void gapTexts();
    void previews_data();
    void previews();
    void dataLabels();
    void thisSideLabel();
};

void tst_ConversationDiagram::seed002ChatAtTheServer()
{
    const QList<TrafficEvent> events = ::seed002ChatAtTheServer();
    const ConversationDiagram d = ConversationDiagram::build(events, {});
    QCOMPARE(labels(d), (QStringList{Server, Client}));
    QVERIFY(d.lifelines().at(0).thisSide);
    QVERIFY(!d.lifelines().at(1).thisSide);
    const QList<Arrow> a = d.arrows();
    QCOMPARE(kinds(a), (QList<Kind>{Kind::Note, Kind::Accept, Kind::Data, Kind::Data, Kind::Data, Kind::HalfClose, Kind::Close}));
    QCOMPARE(ends(a), (QList<QPair<int, int>>{{0, 0}, {1, 0}, {1, 0}, {0, 1}, {1, 0}, {1, 0}, {0, 1}}));
    QCOMPARE(a.at(0).label, QStringLiteral("listening on 127.0.0.1:9000"));
    QCOMPARE(a.at(1).label, QStringLiteral("connect"));
    // The 粘包 chunk is one arrow, with its size and its text.
    QCOMPARE(a.at(2).preview, QStringLiteral("helloworld"));
    QCOMPARE(a.at(2).bytes, qint64(10));
    QVERIFY2(a.at(2).label.startsWith(QStringLiteral("“helloworld” (10 byte")), qPrintable(a.at(2).label));
    QCOMPARE(a.at(3).preview, QStringLiteral("已送达"));
    QCOMPARE(a.at(4).preview, QStringLiteral("q"));
    // The client finished sending first; our close follows it.
    QCOMPARE(a.at(5).closedFirstBy, 1);
    QCOMPARE(a.at(6).closedFirstBy, 1);
    QCOMPARE(a.at(5).label, QStringLiteral("FIN (finished sending)"));
    QCOMPARE(a.at(6).label, QStringLiteral("close"));
    // Breaks: 5.4 s before the accept, 6.5 s before the chunk, 10 min before "q".
    QCOMPARE(rowsOf(a), (QList<int>{0, 2, 4, 5, 7, 8, 9}));
    QCOMPARE(d.slotCount(), 10);
    QVERIFY(a.at(1).breakBefore && a.at(2).breakBefore && a.at(4).breakBefore);
    QVERIFY(!a.at(3).breakBefore && !a.at(5).breakBefore && !a.at(6).breakBefore);
    QCOMPARE(a.at(4).gapMsecs, qint64(600000));
    QCOMPARE(a.at(4).gapText, QStringLiteral("… 10 min …"));
    QCOMPARE(a.at(1).gapText, QStringLiteral("… 5.4 s …"));
    for (const Arrow &arrow : a)
        QVERIFY(!arrow.marked);
    // Each arrow knows its row in the log; the note in between is not drawn.
    QCOMPARE(a.at(4).eventIndex, 5);
    QCOMPARE(a.at(4).msecs, T0 + 611914);
    QCOMPARE(a.at(6).detail, events.at(7).text);
    QCOMPARE(d.omittedArrows(), 0);
}

void tst_ConversationDiagram::seed002ChatAtTheClient()
{
    // The other side: SocketLab's client against seed 002's tcp_receive.py, which closes first.
    const QString local = QStringLiteral("127.0.0.1:51234");
    const QList<TrafficEvent> events = {
        state(T0, {}, Action::Connecting),
        state(T0 + 1, Server, Action::Connected, local),
        out(T0 + 500, Server, "hello"),
        in(T0 + 501, Server, QStringLiteral("已送达").toUtf8()),
        out(T0 + 900, Server, "q"),
        state(T0 + 901, Server, Action::HalfClosedByPeer),
        state(T0 + 902, Server, Action::ClosedByPeer),
    };
    const ConversationDiagram d = ConversationDiagram::build(events, {});
    QCOMPARE(labels(d), (QStringList{local, Server}));
    QCOMPARE(kinds(d.arrows()), (QList<Kind>{Kind::Connect, Kind::Data, Kind::Data, Kind::Data, Kind::HalfClose, Kind::Close}));
    QCOMPARE(ends(d.arrows()), (QList<QPair<int, int>>{{0, 1}, {0, 1}, {1, 0}, {0, 1}, {1, 0}, {0, 1}}));
    QCOMPARE(rowsOf(d.arrows()), (QList<int>{0, 1, 2, 3, 4, 5}));
    QCOMPARE(d.arrows().last().closedFirstBy, 1);
}

void tst_ConversationDiagram::closesComeFromTheRightSide()
{
    const QString a = QStringLiteral("10.0.0.1:1");
    const QString b = QStringLiteral("10.0.0.2:2");
    const QString c = QStringLiteral("10.0.0.3:3");
    const QString e = QStringLiteral("10.0.0.5:5");
    const QList<TrafficEvent> events = {
        state(T0, a, Action::Accepted), state(T0 + 1, a, Action::ClosedByUs),            // we close
        state(T0 + 2, b, Action::Accepted), state(T0 + 3, b, Action::ClosedByPeer),      // it closes (no half-close seen)
        state(T0 + 4, c, Action::Accepted), state(T0 + 5, c, Action::HalfClosedByUs),    // we finish sending first,
        state(T0 + 6, c, Action::ClosedByUs),                                            // it follows
        state(T0 + 7, e, Action::Accepted), error(T0 + 8, e, Action::Reset),             // it resets
    };
    const ConversationDiagram d = ConversationDiagram::build(events, {});
    QCOMPARE(labels(d), (QStringList{QStringLiteral("this side"), a, b, c, e}));
    const QList<Arrow> arrows = d.arrows();
    QCOMPARE(kinds(arrows), (QList<Kind>{Kind::Accept, Kind::Close, Kind::Accept, Kind::Close, Kind::Accept, Kind::HalfClose,
                                         Kind::Close, Kind::Accept, Kind::Reset}));
    QCOMPARE(ends(arrows), (QList<QPair<int, int>>{{1, 0}, {0, 1}, {2, 0}, {2, 0}, {3, 0}, {0, 3}, {3, 0}, {4, 0}, {4, 0}}));
    QCOMPARE(arrows.at(1).closedFirstBy, 0);
    QCOMPARE(arrows.at(3).closedFirstBy, 2);
    QCOMPARE(arrows.at(5).closedFirstBy, 0);
    QCOMPARE(arrows.at(6).closedFirstBy, 0);
    QCOMPARE(arrows.at(8).closedFirstBy, -1);
    QVERIFY(arrows.at(8).marked);
    QCOMPARE(arrows.at(8).label, QStringLiteral("RST (reset)"));
    QVERIFY(!arrows.at(1).marked);

    // A new connection from the same address starts afresh: its close is not "followed".
    const QList<TrafficEvent> again = {
        state(T0, a, Action::Accepted), state(T0 + 1, a, Action::HalfClosedByPeer), error(T0 + 2, a, Action::Reset),
        state(T0 + 3, a, Action::Accepted), state(T0 + 4, a, Action::ClosedByPeer),
    };
    const QList<Arrow> second = ConversationDiagram::build(again, {}).arrows();
    QCOMPARE(ends(second).last(), (QPair<int, int>{1, 0}));
    // A close that is an error (we dropped the peer) is marked.
    const QList<Arrow> dropped = ConversationDiagram::build({state(T0, a, Action::Accepted), error(T0 + 1, a, Action::ClosedByUs)}, {}).arrows();
    QVERIFY(dropped.last().marked);
    QCOMPARE(ends(dropped).last(), (QPair<int, int>{0, 1}));
}

void tst_ConversationDiagram::errorsAreMarked()
{
    const QString target = QStringLiteral("127.0.0.1:1246");
    const QString datagramTo = QStringLiteral("127.0.0.1:9");
    const QList<TrafficEvent> events = {
        error(T0, target, Action::Refused),
        error(T0 + 1, QStringLiteral("10.9.9.9:80"), Action::TimedOut),
        error(T0 + 2, QStringLiteral("nowhere.invalid:80"), Action::HostNotFound),
        error(T0 + 3, datagramTo, Action::PortUnreachable),
        error(T0 + 4, {}, Action::PortUnreachable),   // the portable build does not know where
        error(T0 + 5, QStringLiteral("10.1.1.1:7"), Action::HostUnreachable),
        error(T0 + 6, Client, Action::Rejected),
        error(T0 + 7, Client, Action::OtherError, QString(100, QLatin1Char('w'))),
        error(T0 + 8, {}, Action::BindFailed),
    };
    const ConversationDiagram d = ConversationDiagram::build(events, {});
    const QList<Arrow> a = d.arrows();
    QCOMPARE(kinds(a), (QList<Kind>{Kind::Refused, Kind::TimedOut, Kind::Error, Kind::Unreachable, Kind::Unreachable,
                                    Kind::Unreachable, Kind::Rejected, Kind::Error, Kind::Note}));
    for (const Arrow &arrow : a)
        QVERIFY2(arrow.marked, qPrintable(arrow.label));
    QCOMPARE(labels(d), (QStringList{QStringLiteral("this side"), target, QStringLiteral("10.9.9.9:80"), datagramTo,
                                     QStringLiteral("10.1.1.1:7"), Client}));
    QCOMPARE(ends(a), (QList<QPair<int, int>>{{0, 1}, {0, 2}, {0, 0}, {3, 0}, {0, 0}, {4, 0}, {0, 5}, {0, 0}, {0, 0}}));
    QCOMPARE(a.at(0).label, QStringLiteral("connect refused"));
    QCOMPARE(a.at(1).label, QStringLiteral("no answer (timed out)"));
    QCOMPARE(a.at(2).label, QStringLiteral("host not found: nowhere.invalid:80"));
    QCOMPARE(a.at(3).label, QStringLiteral("ICMP: port unreachable"));
    QCOMPARE(a.at(5).label, QStringLiteral("ICMP: host unreachable"));
    QCOMPARE(a.at(6).label, QStringLiteral("turned away (client limit)"));
    QCOMPARE(a.at(7).label.size(), 60);
    QVERIFY(a.at(7).label.endsWith(QChar(0x2026)));
    QCOMPARE(a.at(7).detail, QString(100, QLatin1Char('w')));
    QCOMPARE(a.at(8).label, QStringLiteral("could not listen or bind"));
}

void tst_ConversationDiagram::udpDatagramsFromTheirSenders()
{
    const QString here = QStringLiteral("0.0.0.0:5000");
    const QString alice = QStringLiteral("127.0.0.1:40001");
    const QString bob = QStringLiteral("[::1]:40002");
    TrafficEvent fromAlice = in(T0 + 1, alice, "hi");
    fromAlice.note = TrafficEvent::Note::Size;
    TrafficEvent reply = out(T0 + 2, alice, "HI");
    reply.note = TrafficEvent::Note::AutoReplySize;
    const QList<TrafficEvent> events = {
        state(T0, {}, Action::Bound, here), fromAlice, reply, in(T0 + 3, bob, "yo"), out(T0 + 4, bob, "x"),
        state(T0 + 5, {}, Action::Unbound),
    };
    const ConversationDiagram d = ConversationDiagram::build(events, {});
    QCOMPARE(labels(d), (QStringList{here, alice, bob}));
    QCOMPARE(ends(d.arrows()), (QList<QPair<int, int>>{{0, 0}, {1, 0}, {0, 1}, {2, 0}, {0, 2}, {0, 0}}));
    QCOMPARE(d.arrows().at(0).label, QStringLiteral("bound to 0.0.0.0:5000"));
    QVERIFY2(d.arrows().at(2).label.contains(QLatin1String("auto-reply")), qPrintable(d.arrows().at(2).label));
    QCOMPARE(d.arrows().at(5).label, QStringLiteral("socket closed"));
}

void tst_ConversationDiagram::eventsWithoutMeaningAreLeftOut()
{
    const QList<TrafficEvent> events = {
        state(T0, Server, Action::Connecting),
        at(T0 + 1, TrafficEvent::state(Server, QStringLiteral("Sending “a.txt” to 127.0.0.1:9000…"))),
        at(T0 + 2, TrafficEvent::error({}, QStringLiteral("Not connected: connect to a server before sending."))),
        at(T0 + 3, TrafficEvent::data({}, TrafficEvent::Direction::In, "no peer")),
        at(T0 + 4, TrafficEvent::data(Server, TrafficEvent::Direction::None, "no direction")),
        out(T0 + 5, Server, "drawn"),
    };
    const ConversationDiagram d = ConversationDiagram::build(events, {});
    QCOMPARE(d.arrows().size(), 1);
    QCOMPARE(d.arrows().at(0).eventIndex, 5);
    QCOMPARE(d.arrows().at(0).slot, 0);
    QCOMPARE(d.slotCount(), 1);
    QCOMPARE(ConversationDiagram::build({}, {}).lifelines().size(), 1);
    QCOMPARE(ConversationDiagram::build({}, {}).slotCount(), 0);
}

void tst_ConversationDiagram::peerFilter()
{
    const QString other = QStringLiteral("127.0.0.1:53500");
    const QList<TrafficEvent> events = {
        state(T0, {}, Action::Listening, Server),
        state(T0 + 1, Client, Action::Accepted, Server),
        state(T0 + 2, other, Action::Accepted, Server),
        in(T0 + 3, Client, "a"),
        in(T0 + 4, other, "b"),
        state(T0 + 5, other, Action::HalfClosedByPeer),
        state(T0 + 6, other, Action::ClosedByPeer),
    };
    ConversationDiagram::Options options;
    options.peer = other;
    const ConversationDiagram d = ConversationDiagram::build(events, {}, options);
    QCOMPARE(labels(d), (QStringList{Server, other}));   // as the log's filter: that peer's rows only
    QCOMPARE(kinds(d.arrows()), (QList<Kind>{Kind::Accept, Kind::Data, Kind::HalfClose, Kind::Close}));
    QCOMPARE(rowsOf(d.arrows()), (QList<int>{0, 1, 2, 3}));
    QCOMPARE(ends(d.arrows()).last(), (QPair<int, int>{0, 1}));
    // Without a filter both clients, in order of first appearance.
    QCOMPARE(labels(ConversationDiagram::build(events, {})), (QStringList{Server, Client, other}));
}

void tst_ConversationDiagram::timeWindow()
{
    QList<TrafficEvent> events;
    for (int i = 0; i < 10; ++i)
        events.append(in(T0 + i * 100, Client, QByteArray::number(i)));
    ConversationDiagram::Options options;
    options.fromMsecs = T0 + 300;
    options.toMsecs = T0 + 500;   // both ends included
    const QList<Arrow> a = ConversationDiagram::build(events, {}, options).arrows();
    QCOMPARE(a.size(), 3);
    QCOMPARE(a.first().preview, QStringLiteral("3"));
    QCOMPARE(a.last().preview, QStringLiteral("5"));
    QCOMPARE(a.first().slot, 0);

    // The half-close before the window still decides which way the close goes.
    const QList<TrafficEvent> closing = {
        state(T0, Client, Action::Accepted), state(T0 + 10, Client, Action::HalfClosedByPeer),
        state(T0 + 20, Client, Action::ClosedByPeer),
    };
    options.fromMsecs = T0 + 15;
    options.toMsecs = T0 + 100;
    const QList<Arrow> last = ConversationDiagram::build(closing, {}, options).arrows();
    QCOMPARE(last.size(), 1);
    QCOMPARE(ends(last).first(), (QPair<int, int>{0, 1}));
}

void tst_ConversationDiagram::newestArrowsOnly()
{
    QList<TrafficEvent> events;
    for (int i = 0; i < 10; ++i)
        events.append(out(T0 + i * 5000, Client, QByteArray::number(i)));
    ConversationDiagram::Options options;
    options.maxArrows = 3;
    const ConversationDiagram d = ConversationDiagram::build(events, {}, options);
    QCOMPARE(d.arrows().size(), 3);
    QCOMPARE(d.omittedArrows(), 7);
    QCOMPARE(d.arrows().first().preview, QStringLiteral("7"));
    QCOMPARE(d.arrows().first().eventIndex, 7);
    QVERIFY(!d.arrows().first().breakBefore);   // nothing drawn above it to be apart from
    QCOMPARE(rowsOf(d.arrows()), (QList<int>{0, 2, 4}));
    options.maxArrows = 0;   // all
    QCOMPARE(ConversationDiagram::build(events, {}, options).arrows().size(), 10);
    // Older events the caller left out (a view's window over a long log) are counted too.
    options.maxArrows = 3;
    options.omittedBefore = 40;
    QCOMPARE(ConversationDiagram::build(events, {}, options).omittedArrows(), 47);
    options.maxArrows = 0;
    QCOMPARE(ConversationDiagram::build(events, {}, options).omittedArrows(), 40);
}

void tst_ConversationDiagram::gapsBecomeBreaks()
{
    // Rows depend on the order and the breaks, not on how long the gaps were.
    const auto recording = [](qint64 longGap) {
        return QList<TrafficEvent>{in(T0, Client, "a"), in(T0 + 1999, Client, "b"), in(T0 + 3999, Client, "c"),
                                   in(T0 + 3999 + longGap, Client, "d"), in(T0 + 3999 + longGap + 1, Client, "e")};
    };
    const ConversationDiagram shortIdle = ConversationDiagram::build(recording(2001), {});
    const ConversationDiagram longIdle = ConversationDiagram::build(recording(36 * 3600 * 1000), {});
    QCOMPARE(rowsOf(shortIdle.arrows()), (QList<int>{0, 1, 2, 4, 5}));   // 1999 and 2000 ms: no break
    QCOMPARE(rowsOf(longIdle.arrows()), rowsOf(shortIdle.arrows()));
    QCOMPARE(longIdle.slotCount(), 6);
    QCOMPARE(shortIdle.arrows().at(3).gapText, QStringLiteral("… 2.0 s …"));
    QCOMPARE(longIdle.arrows().at(3).gapText, QStringLiteral("… 1 d 12 h …"));
    QCOMPARE(longIdle.arrows().at(3).gapMsecs, qint64(36) * 3600 * 1000);
    // The threshold is an option.
    ConversationDiagram::Options options;
    options.breakAfterMsecs = 500;
    QCOMPARE(rowsOf(ConversationDiagram::build(recording(2001), {}, options).arrows()), (QList<int>{0, 2, 4, 6, 7}));
}

void tst_ConversationDiagram::gapTexts_data()
{
    QTest::addColumn<qint64>("msecs");
    QTest::addColumn<QString>("text");
    QTest::newRow("2.5 s") << qint64(2500) << QStringLiteral("… 2.5 s …");
    QTest::newRow("45 s") << qint64(45900) << QStringLiteral("… 45 s …");
    QTest::newRow("1 min 30 s") << qint64(90000) << QStringLiteral("… 1 min 30 s …");
    QTest::newRow("2 min") << qint64(120000) << QStringLiteral("… 2 min …");
    QTest::newRow("10 min") << qint64(600000) << QStringLiteral("… 10 min …");
    QTest::newRow("59 min") << qint64(3599000) << QStringLiteral("… 59 min …");
    QTest::newRow("1 h 5 min") << qint64(3900000) << QStringLiteral("… 1 h 5 min …");
    QTest::newRow("2 h") << qint64(7200000) << QStringLiteral("… 2 h …");
    QTest::newRow("3 d") << qint64(3) * 86400000 << QStringLiteral("… 3 d …");
}

void tst_ConversationDiagram::gapTexts()
{
    QFETCH(qint64, msecs);
    QFETCH(QString, text);
    QCOMPARE(ConversationDiagram::gapText(msecs), text);
}

void tst_ConversationDiagram::previews_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("chars");
    QTest::addColumn<bool>("hex");
    QTest::addColumn<QString>("preview");
    QTest::newRow("short") << QByteArray("hello") << qint64(5) << 20 << false << QStringLiteral("hello");
    QTest::newRow("line end escaped") << QByteArray("hi\r\n") << qint64(4) << 20 << false << QStringLiteral("hi\\r\\n");
    QTest::newRow("terminal escape") << QByteArray("\x1b[2Jx") << qint64(5) << 20 << false << QStringLiteral("\\x1b[2Jx");
    QTest::newRow("cut at N") << QByteArray("abcdefghij") << qint64(10) << 4 << false << QStringLiteral("abcd…");
    QTest::newRow("exactly N") << QByteArray("abcd") << qint64(4) << 4 << false << QStringLiteral("abcd");
    QTest::newRow("Chinese cut") << QStringLiteral("你好世界朋友").toUtf8() << qint64(18) << 3 << false << QStringLiteral("你好世…");
    QTest::newRow("long Chinese") << QString(100, QChar(0x4e2d)).toUtf8() << qint64(300) << 5 << false
                                  << QString(5, QChar(0x4e2d)) + QChar(0x2026);
    QTest::newRow("truncated payload") << QByteArray("abc") << qint64(100000) << 20 << false << QStringLiteral("abc…");
    QTest::newRow("hex") << QByteArray("hello") << qint64(5) << 9 << true << QStringLiteral("68 65 6c …");
    QTest::newRow("hex truncated") << QByteArray("hi") << qint64(9) << 9 << true << QStringLiteral("68 69 …");
    QTest::newRow("empty") << QByteArray() << qint64(0) << 20 << false << QString();
}

void tst_ConversationDiagram::previews()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, size);
    QFETCH(int, chars);
    QFETCH(bool, hex);
    QFETCH(QString, preview);
    QCOMPARE(ConversationDiagram::preview(bytes, size, chars, TextCodec::Encoding::Utf8, hex), preview);
}

void tst_ConversationDiagram::dataLabels()
{
    ConversationDiagram::Options options;
    options.previewChars = 5;
    const QList<TrafficEvent> events = {out(T0, Client, "hello, world"), out(T0 + 1, Client, QByteArray()),
                                        in(T0 + 2, Client, QByteArray(1, '\0'))};
    const QList<Arrow> a = ConversationDiagram::build(events, {}, options).arrows();
    QVERIFY2(a.at(0).label.startsWith(QStringLiteral("“hello…” (12 byte")), qPrintable(a.at(0).label));
    QVERIFY2(a.at(1).label.startsWith(QStringLiteral("0 byte")), qPrintable(a.at(1).label));   // an empty send: its size alone
    QCOMPARE(a.at(2).preview, QStringLiteral("\\0"));
    options.hex = true;
    options.previewChars = 6;
    QCOMPARE(ConversationDiagram::build(events, {}, options).arrows().at(0).preview, QStringLiteral("68 65 …"));
    // GBK, as the log can decode it.
    options.hex = false;
    options.encoding = TextCodec::Encoding::Gbk;
    const QList<TrafficEvent> gbk = {in(T0, Client, QByteArray::fromHex("c4e3bac3"))};   // 你好
    QCOMPARE(ConversationDiagram::build(gbk, {}, options).arrows().at(0).preview, QStringLiteral("你好"));
}

void tst_ConversationDiagram::thisSideLabel()
{
    const QList<TrafficEvent> events = {state(T0, Client, Action::Accepted, Server), in(T0 + 1, Client, "x")};
    QCOMPARE(ConversationDiagram::build(events, QStringLiteral("192.168.1.5:9000")).lifelines().at(0).label,
             QStringLiteral("192.168.1.5:9000"));
    QCOMPARE(ConversationDiagram::build(events, {}).lifelines().at(0).label, Server);
    // Only the data in the window: the address still comes from the recording.
    ConversationDiagram::Options options;
    options.fromMsecs = T0 + 1;
    QCOMPARE(ConversationDiagram::build(events, {}, options).lifelines().at(0).label, Server);
    QCOMPARE(ConversationDiagram::build({in(T0, Client, "x")}, {}).lifelines().at(0).label, QStringLiteral("this side"));
}

QTEST_GUILESS_MAIN(tst_ConversationDiagram)
#include "tst_conversationdiagram.moc"
