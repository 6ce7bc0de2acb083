// TrafficEventFormatter::timeText caches the local "HH:mm:ss" of the last second it formatted:
// it must give exactly what QDateTime gives, in any order of calls (same second, next second,
// back in time, before 1970).
#include <QDateTime>
#include <QtTest>

#include "TrafficEventFormatter.h"

class TestTrafficEventFormatter : public QObject
{
    Q_OBJECT

private slots:
    void timeTextMatchesQDateTime_data();
    void timeTextMatchesQDateTime();
    void lineHasTimePeerMarkAndBody();
};

void TestTrafficEventFormatter::timeTextMatchesQDateTime_data()
{
    QTest::addColumn<QList<qint64>>("times");
    const qint64 t = 1700000000000;
    QTest::newRow("same second") << QList<qint64>{t + 5, t + 123, t + 999};
    QTest::newRow("next second and back") << QList<qint64>{t + 999, t + 1000, t + 1, t + 61001};
    QTest::newRow("hours apart") << QList<qint64>{t, t + 3600 * 1000 + 7, t + 12 * 3600 * 1000 + 70};
    QTest::newRow("before 1970") << QList<qint64>{-1, -999, -1000, -1001};
    QTest::newRow("epoch") << QList<qint64>{0, 999, 1000};
}

void TestTrafficEventFormatter::timeTextMatchesQDateTime()
{
    QFETCH(QList<qint64>, times);
    for (qint64 msecs : std::as_const(times)) {
        const QString expected = QDateTime::fromMSecsSinceEpoch(msecs).toString(QStringLiteral("HH:mm:ss.zzz"));
        QCOMPARE(TrafficEventFormatter::timeText(msecs), expected);
    }
}

void TestTrafficEventFormatter::lineHasTimePeerMarkAndBody()
{
    TrafficEvent e = TrafficEvent::data(QStringLiteral("127.0.0.1:5000"), TrafficEvent::Direction::In,
                                        QByteArrayLiteral("hi"), QStringLiteral("2 byte(s)"));
    e.msecsSinceEpoch = 1700000000042;
    const QString time = QDateTime::fromMSecsSinceEpoch(e.msecsSinceEpoch).toString(QStringLiteral("HH:mm:ss.zzz"));
    QCOMPARE(TrafficEventFormatter::line(e, TextCodec::Encoding::Utf8, false),
             time + QStringLiteral("  127.0.0.1:5000  <  hi  [2 byte(s)]"));
}

QTEST_GUILESS_MAIN(TestTrafficEventFormatter)
#include "tst_trafficeventformatter.moc"
