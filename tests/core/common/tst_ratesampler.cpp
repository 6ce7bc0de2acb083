// RateSampler without widgets: per-second rates from cumulative counters, the one-minute ring,
// counter resets (never a negative rate), missed ticks spread over the gap; and RateUnit's choice
// of unit for a chart's axis.
#include <QtTest>

#include "RateSampler.h"
#include "RateUnit.h"

class TestRateSampler : public QObject
{
    Q_OBJECT

private slots:
    void firstFeedOnlyStarts();
    void ratesPerSecond();
    void ringKeepsTheLastMinute();
    void resetIsNotNegative();
    void missedTicksSpreadOverTheGap();
    void tooSoonIsIgnored();
    void clearStartsOver();
    void units_data();
    void units();
};

void TestRateSampler::firstFeedOnlyStarts()
{
    RateSampler sampler;
    QVERIFY(!sampler.hasStart());
    sampler.add(1000, {5000, 100, 3});
    QVERIFY(sampler.hasStart());
    QCOMPARE(sampler.size(), 0);
}

void TestRateSampler::ratesPerSecond()
{
    RateSampler sampler;
    sampler.add(0, {0, 0, 0});
    sampler.add(1000, {2048, 512, 4});
    sampler.add(2000, {2048, 1536, 4});
    QCOMPARE(sampler.size(), 2);
    QCOMPARE(sampler.at(0).timeMs, 1000);
    QCOMPARE(sampler.at(0).bytesInPerSecond, 2048.0);
    QCOMPARE(sampler.at(0).bytesOutPerSecond, 512.0);
    QCOMPARE(sampler.at(0).countPerSecond, 4.0);
    QCOMPARE(sampler.at(1).bytesInPerSecond, 0.0);
    QCOMPARE(sampler.at(1).bytesOutPerSecond, 1024.0);
    QCOMPARE(sampler.at(1).countPerSecond, 0.0);
    QCOMPARE(sampler.peakBytesPerSecond(), 2048.0);
    QCOMPARE(sampler.peakCountPerSecond(), 4.0);
    // A tick that came late (1.25 s) still gives bytes per second.
    sampler.add(3250, {2048 + 1250, 1536, 4});
    QCOMPARE(sampler.at(2).bytesInPerSecond, 1000.0);
}

void TestRateSampler::ringKeepsTheLastMinute()
{
    RateSampler sampler;
    QCOMPARE(sampler.capacity(), 60);
    sampler.add(0, {});
    for (qint64 s = 1; s <= 90; ++s)
        sampler.add(s * 1000, {s * s, 0, 0});   // s² bytes: the rate of second s is 2s-1
    QCOMPARE(sampler.size(), 60);
    QCOMPARE(sampler.at(0).timeMs, 31000);
    QCOMPARE(sampler.at(0).bytesInPerSecond, 61.0);
    QCOMPARE(sampler.at(59).timeMs, 90000);
    QCOMPARE(sampler.at(59).bytesInPerSecond, 179.0);
    const std::vector<RateSampler::Sample> all = sampler.samples();
    QCOMPARE(int(all.size()), 60);
    QCOMPARE(all.front().timeMs, 31000);
    QCOMPARE(all.back().timeMs, 90000);
}

void TestRateSampler::resetIsNotNegative()
{
    RateSampler sampler;
    sampler.add(0, {10000, 8000, 50});
    sampler.add(1000, {12000, 9000, 60});
    // Reset counters: everything back to zero, then 300 bytes in and 1 request before the tick.
    sampler.add(2000, {300, 0, 1});
    QCOMPARE(sampler.size(), 2);
    QCOMPARE(sampler.at(1).bytesInPerSecond, 300.0);
    QCOMPARE(sampler.at(1).bytesOutPerSecond, 0.0);
    QCOMPARE(sampler.at(1).countPerSecond, 1.0);
    // And it counts on from there.
    sampler.add(3000, {700, 100, 1});
    QCOMPARE(sampler.at(2).bytesInPerSecond, 400.0);
    QCOMPARE(sampler.at(2).bytesOutPerSecond, 100.0);
    for (const RateSampler::Sample &s : sampler.samples())
        QVERIFY(s.bytesInPerSecond >= 0 && s.bytesOutPerSecond >= 0 && s.countPerSecond >= 0);
}

void TestRateSampler::missedTicksSpreadOverTheGap()
{
    RateSampler sampler;
    sampler.add(0, {});
    sampler.add(1000, {100, 0, 0});
    // Four seconds without a tick: 4000 bytes arrived meanwhile.
    sampler.add(5000, {4100, 0, 0});
    QCOMPARE(sampler.size(), 5);
    for (int i = 1; i < 5; ++i) {
        QCOMPARE(sampler.at(i).timeMs, 1000 + i * 1000);
        QCOMPARE(sampler.at(i).bytesInPerSecond, 1000.0);
    }
    // A gap longer than the ring: the ring holds only that gap, at its average.
    sampler.add(5000 + 600000, {4100 + 600000, 0, 0});
    QCOMPARE(sampler.size(), 60);
    QCOMPARE(sampler.at(59).timeMs, 605000);
    QCOMPARE(sampler.at(0).bytesInPerSecond, 1000.0);
    QCOMPARE(sampler.at(0).timeMs, 605000 - 59 * 10000);
}

void TestRateSampler::tooSoonIsIgnored()
{
    RateSampler sampler;
    sampler.add(0, {});
    sampler.add(200, {500, 0, 0});
    QCOMPARE(sampler.size(), 0);
    sampler.add(1000, {1000, 0, 0});
    QCOMPARE(sampler.size(), 1);
    QCOMPARE(sampler.at(0).bytesInPerSecond, 1000.0);
    sampler.add(900, {2000, 0, 0});   // a clock that went back: ignored too
    QCOMPARE(sampler.size(), 1);
}

void TestRateSampler::clearStartsOver()
{
    RateSampler sampler(10);
    sampler.add(0, {});
    sampler.add(1000, {100, 100, 0});
    sampler.clear();
    QCOMPARE(sampler.size(), 0);
    QVERIFY(!sampler.hasStart());
    QCOMPARE(sampler.peakBytesPerSecond(), 0.0);
    sampler.add(5000, {50, 0, 0});
    sampler.add(6000, {150, 0, 0});
    QCOMPARE(sampler.size(), 1);
    QCOMPARE(sampler.at(0).bytesInPerSecond, 100.0);
}

void TestRateSampler::units_data()
{
    QTest::addColumn<double>("peak");
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("divisor");
    QTest::newRow("zero") << 0.0 << QStringLiteral("bytes/s") << 1.0;
    QTest::newRow("bytes") << 1023.0 << QStringLiteral("bytes/s") << 1.0;
    QTest::newRow("KiB") << 1024.0 << QStringLiteral("KiB/s") << 1024.0;
    QTest::newRow("MiB") << 5.0 * 1024 * 1024 << QStringLiteral("MiB/s") << 1024.0 * 1024;
    QTest::newRow("GiB") << 3e12 << QStringLiteral("GiB/s") << 1024.0 * 1024 * 1024;
}

void TestRateSampler::units()
{
    QFETCH(double, peak);
    QFETCH(QString, name);
    QFETCH(double, divisor);
    const RateUnit unit = RateUnit::forPeak(peak);
    QCOMPARE(unit.name(), name);
    QCOMPARE(unit.divisor(), divisor);
    QCOMPARE(unit.scaled(divisor * 3), 3.0);
}

QTEST_GUILESS_MAIN(TestRateSampler)
#include "tst_ratesampler.moc"
