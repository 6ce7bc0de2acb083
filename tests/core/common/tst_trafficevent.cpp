#include <QtTest>

#include "TrafficEvent.h"

class tst_TrafficEvent : public QObject
{
    Q_OBJECT

private slots:
    void factories();
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
}

QTEST_GUILESS_MAIN(tst_TrafficEvent)
#include "tst_trafficevent.moc"
