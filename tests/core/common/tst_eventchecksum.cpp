// Checksums verified on received rows: ok, wrong (with the values), and the rows that cannot be
// checked (truncated, too short, empty) say so instead of a false "ok"; sent data, state changes
// and errors are not checked.
#include <QtTest>

#include "EventChecksum.h"

using Algorithm = Checksum::Algorithm;
using Outcome = EventChecksum::Outcome;

namespace {

TrafficEvent received(const QByteArray &bytes)
{
    return TrafficEvent::data(QStringLiteral("127.0.0.1:5020"), TrafficEvent::Direction::In, bytes);
}

} // namespace

class tst_EventChecksum : public QObject
{
    Q_OBJECT

private slots:
    void validMessage_data();
    void validMessage();
    void wrongChecksumSaysBoth();
    void truncatedIsNeverOk();
    void tooShortAndEmpty();
    void notChecked();
};

void tst_EventChecksum::validMessage_data()
{
    QTest::addColumn<Algorithm>("algorithm");
    for (const Algorithm algorithm : Checksum::algorithms())
        QTest::newRow(qPrintable(Checksum::key(algorithm))) << algorithm;
}

void tst_EventChecksum::validMessage()
{
    QFETCH(Algorithm, algorithm);
    const EventChecksum::Result result = EventChecksum::check(algorithm, received(Checksum::withChecksum(algorithm, "123456789")));
    QCOMPARE(result.outcome, Outcome::Ok);
    QCOMPARE(result.text, QStringLiteral("%1 ok").arg(Checksum::displayName(algorithm)));
}

void tst_EventChecksum::wrongChecksumSaysBoth()
{
    // A Modbus RTU request with its CRC (low byte first) damaged in the last byte.
    const QByteArray frame = QByteArray::fromHex("01030000000AC5CD");
    QCOMPARE(EventChecksum::check(Algorithm::Crc16Modbus, received(frame)).outcome, Outcome::Ok);
    QByteArray damaged = frame;
    damaged[7] = char(0xCE);
    const EventChecksum::Result result = EventChecksum::check(Algorithm::Crc16Modbus, received(damaged));
    QCOMPARE(result.outcome, Outcome::Bad);
    QCOMPARE(result.text, QStringLiteral("CRC-16/MODBUS: expected 0xCDC5, got 0xCEC5"));
}

void tst_EventChecksum::truncatedIsNeverOk()
{
    // Long enough that only the first MaxStoredBytes are kept: the checksum bytes are gone, and
    // even stored bytes that happen to end in a valid checksum are not reported as valid.
    QByteArray kept = Checksum::withChecksum(Algorithm::Sum8, QByteArray(TrafficEvent::MaxStoredBytes - 1, 'x'));
    TrafficEvent event = received(kept + QByteArray(100, 'y'));
    QVERIFY(event.isTruncated());
    QCOMPARE(event.bytes, kept);
    const EventChecksum::Result result = EventChecksum::check(Algorithm::Sum8, event);
    QCOMPARE(result.outcome, Outcome::CannotCheck);
    QVERIFY2(result.text.startsWith(QStringLiteral("8-bit sum: cannot be checked")), qPrintable(result.text));
    QVERIFY2(result.text.contains(QLocale().toString(TrafficEvent::MaxStoredBytes)), qPrintable(result.text));
    QVERIFY2(result.text.contains(QLocale().toString(event.size)), qPrintable(result.text));
}

void tst_EventChecksum::tooShortAndEmpty()
{
    for (const QByteArray &bytes : {QByteArray("abc"), QByteArray()}) {
        const EventChecksum::Result result = EventChecksum::check(Algorithm::Crc32, received(bytes));
        QCOMPARE(result.outcome, Outcome::CannotCheck);
        QVERIFY2(result.text.startsWith(QStringLiteral("CRC-32: cannot be checked")), qPrintable(result.text));
    }
    // Exactly the checksum's size: the checksum of nothing.
    QCOMPARE(EventChecksum::check(Algorithm::Crc32, received(Checksum::appended(Algorithm::Crc32, {}))).outcome,
             Outcome::Ok);
}

void tst_EventChecksum::notChecked()
{
    const QByteArray good = Checksum::withChecksum(Algorithm::Xor8, "hello");
    QCOMPARE(EventChecksum::check(Algorithm::None, received(good)).outcome, Outcome::NotChecked);
    QVERIFY(EventChecksum::check(Algorithm::None, received(good)).text.isEmpty());
    const TrafficEvent sent = TrafficEvent::data(QStringLiteral("p:1"), TrafficEvent::Direction::Out, "no checksum");
    QCOMPARE(EventChecksum::check(Algorithm::Xor8, sent).outcome, Outcome::NotChecked);
    QCOMPARE(EventChecksum::check(Algorithm::Xor8, TrafficEvent::state(QString(), QStringLiteral("listening"))).outcome,
             Outcome::NotChecked);
    QCOMPARE(EventChecksum::check(Algorithm::Xor8, TrafficEvent::error(QString(), QStringLiteral("refused"))).outcome,
             Outcome::NotChecked);
}

QTEST_MAIN(tst_EventChecksum)
#include "tst_eventchecksum.moc"
