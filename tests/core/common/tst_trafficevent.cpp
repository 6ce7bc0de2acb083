#include <QtTest>

#include "TrafficEvent.h"

class tst_TrafficEvent : public QObject
{
    Q_OBJECT

private slots:
    void factories();
    void equality();
};

void tst_TrafficEvent::factories()
{
    const QByteArray big(TrafficEvent::MaxStoredBytes + 10, 'x');
    const TrafficEvent e = TrafficEvent::data(QStringLiteral("1.2.3.4:5"), TrafficEvent::Direction::In, big, QStringLiteral("note"));
    QCOMPARE(e.size, qint64(big.size()));
    QCOMPARE(e.bytes.size(), TrafficEvent::MaxStoredBytes);
    QVERIFY(e.isTruncated());
    QCOMPARE(e.kind, TrafficEvent::Kind::Data);
    QCOMPARE(e.text, QStringLiteral("note"));
    QVERIFY(e.msecsSinceEpoch > 0);
    const TrafficEvent small = TrafficEvent::data({}, TrafficEvent::Direction::Out, "abc");
    QVERIFY(!small.isTruncated());
    QCOMPARE(small.size, qint64(3));
    const TrafficEvent err = TrafficEvent::error(QStringLiteral("p"), QStringLiteral("bad"));
    QCOMPARE(err.kind, TrafficEvent::Kind::Error);
    QCOMPARE(err.direction, TrafficEvent::Direction::None);
    QVERIFY(!err.isTruncated());
    // What a state or error means: none unless the engine says so; our end where it knows it.
    QCOMPARE(err.action, TrafficEvent::Action::None);
    QCOMPARE(e.action, TrafficEvent::Action::None);
    const TrafficEvent accepted = TrafficEvent::state(QStringLiteral("1.2.3.4:5"), QStringLiteral("connected"),
                                                      TrafficEvent::Action::Accepted, QStringLiteral("10.0.0.1:9000"));
    QCOMPARE(accepted.kind, TrafficEvent::Kind::State);
    QCOMPARE(accepted.action, TrafficEvent::Action::Accepted);
    QCOMPARE(accepted.local, QStringLiteral("10.0.0.1:9000"));
    const TrafficEvent reset = TrafficEvent::error(QStringLiteral("p"), QStringLiteral("reset"), TrafficEvent::Action::Reset);
    QCOMPARE(reset.kind, TrafficEvent::Kind::Error);
    QCOMPARE(reset.action, TrafficEvent::Action::Reset);
    QVERIFY(reset.local.isEmpty());
}

void tst_TrafficEvent::equality()
{
    TrafficEvent a = TrafficEvent::state(QStringLiteral("p:1"), QStringLiteral("x"), TrafficEvent::Action::Connected,
                                         QStringLiteral("l:2"));
    TrafficEvent b = a;
    QVERIFY(a == b);
    b.local = QStringLiteral("l:3");
    QVERIFY(a != b);
    b = a;
    b.action = TrafficEvent::Action::Accepted;
    QVERIFY(a != b);
    b = a;
    b.msecsSinceEpoch += 1;
    QVERIFY(a != b);
    b = a;
    b.note = TrafficEvent::Note::Size;
    QVERIFY(a != b);
}

QTEST_GUILESS_MAIN(tst_TrafficEvent)
#include "tst_trafficevent.moc"
