#include <QTest>

#include "ClassicProtocol.h"
#include "SlftProtocol.h"

// Inputs the libFuzzer targets in tests/fuzz found mishandled, kept as regression tests.
class TestProtocolFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void slftStatusCodeIsThreeDigits_data();
    void slftStatusCodeIsThreeDigits();
};

void TestProtocolFuzzRegressions::slftStatusCodeIsThreeDigits_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("code");
    QTest::newRow("200") << QByteArray("SLFT/1 200 5 1700000000") << 200;
    QTest::newRow("999") << QByteArray("SLFT/1 999") << 999;
    // fuzz_slftprotocol: QByteArray::toInt() read these as 12, -12 and 12.
    QTest::newRow("plus sign") << QByteArray("SLFT/1 +12 x") << 0;
    QTest::newRow("minus sign") << QByteArray("SLFT/1 -12 x") << 0;
    QTest::newRow("leading zero") << QByteArray("SLFT/1 012 x") << 0;
    QTest::newRow("four digits") << QByteArray("SLFT/1 2000 x") << 0;
}

void TestProtocolFuzzRegressions::slftStatusCodeIsThreeDigits()
{
    QFETCH(QByteArray, line);
    QFETCH(int, code);
    QCOMPARE(SlftProtocol::parseStatus(line).code, code);
}

QTEST_GUILESS_MAIN(TestProtocolFuzzRegressions)
#include "tst_protocol_fuzz_regressions.moc"
