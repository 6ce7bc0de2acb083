#include <QtTest>

#include "Checksum.h"

using Algorithm = Checksum::Algorithm;

class tst_Checksum : public QObject
{
    Q_OBJECT

private slots:
    void checkValues_data();
    void checkValues();
    void emptyInput_data();
    void emptyInput();
    void modbusRtuFrame();
    void crcOfLongInput();
    void verifyOk_data();
    void verifyOk();
    void verifyMismatch();
    void verifyTooShort();
    void keys();
    void unknownKey();
    void names();
};

// The published check values: the checksum of the nine ASCII bytes "123456789".
void tst_Checksum::checkValues_data()
{
    QTest::addColumn<Algorithm>("algorithm");
    QTest::addColumn<quint32>("value");
    QTest::addColumn<QByteArray>("appended");
    QTest::newRow("sum8") << Algorithm::Sum8 << 0xDDu << QByteArray::fromHex("DD");
    QTest::newRow("xor8") << Algorithm::Xor8 << 0x31u << QByteArray::fromHex("31");
    QTest::newRow("crc16-modbus") << Algorithm::Crc16Modbus << 0x4B37u << QByteArray::fromHex("374B");
    QTest::newRow("crc16-ccitt-false") << Algorithm::Crc16CcittFalse << 0x29B1u << QByteArray::fromHex("29B1");
    QTest::newRow("crc32") << Algorithm::Crc32 << 0xCBF43926u << QByteArray::fromHex("CBF43926");
    QTest::newRow("none") << Algorithm::None << 0u << QByteArray();
}

void tst_Checksum::checkValues()
{
    QFETCH(Algorithm, algorithm);
    QFETCH(quint32, value);
    QFETCH(QByteArray, appended);
    const QByteArray data("123456789");
    QCOMPARE(Checksum::value(algorithm, data), value);
    QCOMPARE(Checksum::appended(algorithm, data), appended);
    QCOMPARE(Checksum::size(algorithm), appended.size());
    QCOMPARE(Checksum::withChecksum(algorithm, data), data + appended);
}

void tst_Checksum::emptyInput_data()
{
    QTest::addColumn<Algorithm>("algorithm");
    QTest::addColumn<QByteArray>("appended");
    QTest::newRow("sum8") << Algorithm::Sum8 << QByteArray::fromHex("00");
    QTest::newRow("xor8") << Algorithm::Xor8 << QByteArray::fromHex("00");
    QTest::newRow("crc16-modbus") << Algorithm::Crc16Modbus << QByteArray::fromHex("FFFF");   // the init value
    QTest::newRow("crc16-ccitt-false") << Algorithm::Crc16CcittFalse << QByteArray::fromHex("FFFF");
    QTest::newRow("crc32") << Algorithm::Crc32 << QByteArray::fromHex("00000000");   // init ^ xorout
}

void tst_Checksum::emptyInput()
{
    QFETCH(Algorithm, algorithm);
    QFETCH(QByteArray, appended);
    QCOMPARE(Checksum::appended(algorithm, QByteArray()), appended);
}

// Modbus RTU "read holding registers": slave 1, function 3, start 0, count 10; CRC C5 CD on the wire.
void tst_Checksum::modbusRtuFrame()
{
    const QByteArray request = QByteArray::fromHex("01030000000A");
    QCOMPARE(Checksum::appended(Algorithm::Crc16Modbus, request), QByteArray::fromHex("C5CD"));
    QCOMPARE(Checksum::value(Algorithm::Crc16Modbus, request), 0xCDC5u);
}

// Any length and every byte value: sum8 wraps, xor8 cancels, CRC-32 agrees with zlib.
void tst_Checksum::crcOfLongInput()
{
    QByteArray data;
    for (int i = 0; i < 1000; ++i)
        data.append(char(i & 0xFF));
    quint32 sum = 0;
    for (int i = 0; i < 1000; ++i)
        sum += quint32(i & 0xFF);
    QCOMPARE(Checksum::value(Algorithm::Sum8, data), sum & 0xFF);
    QCOMPARE(Checksum::value(Algorithm::Xor8, QByteArray("\xFF\x0F", 2)), 0xF0u);
    // A second well-known CRC-32 (zlib, Python binascii.crc32).
    QCOMPARE(Checksum::value(Algorithm::Crc32, QByteArray("The quick brown fox jumps over the lazy dog")), 0x414FA339u);
}

void tst_Checksum::verifyOk_data()
{
    QTest::addColumn<Algorithm>("algorithm");
    QTest::addColumn<QString>("text");
    QTest::newRow("sum8") << Algorithm::Sum8 << QStringLiteral("8-bit sum ok");
    QTest::newRow("xor8") << Algorithm::Xor8 << QStringLiteral("8-bit XOR ok");
    QTest::newRow("crc16-modbus") << Algorithm::Crc16Modbus << QStringLiteral("CRC-16/MODBUS ok");
    QTest::newRow("crc16-ccitt-false") << Algorithm::Crc16CcittFalse << QStringLiteral("CRC-16/CCITT-FALSE ok");
    QTest::newRow("crc32") << Algorithm::Crc32 << QStringLiteral("CRC-32 ok");
}

void tst_Checksum::verifyOk()
{
    QFETCH(Algorithm, algorithm);
    QFETCH(QString, text);
    const QByteArray message = Checksum::withChecksum(algorithm, QByteArray("hello\r\n"));
    const std::optional<Checksum::Verdict> verdict = Checksum::verify(algorithm, message);
    QVERIFY(verdict);
    QVERIFY(verdict->ok);
    QCOMPARE(verdict->text, text);
    // A checksum alone is the checksum of nothing.
    QVERIFY(Checksum::verify(algorithm, Checksum::appended(algorithm, QByteArray()))->ok);
}

void tst_Checksum::verifyMismatch()
{
    // "123456789" followed by the Modbus CRC with its bytes swapped (4B 37 instead of 37 4B).
    const std::optional<Checksum::Verdict> modbus
        = Checksum::verify(Algorithm::Crc16Modbus, QByteArray("123456789") + QByteArray::fromHex("4B37"));
    QVERIFY(modbus);
    QVERIFY(!modbus->ok);
    QCOMPARE(modbus->text, QStringLiteral("CRC-16/MODBUS: expected 0x4B37, got 0x374B"));

    const std::optional<Checksum::Verdict> crc32
        = Checksum::verify(Algorithm::Crc32, QByteArray("123456789") + QByteArray::fromHex("CBF43927"));
    QVERIFY(crc32);
    QVERIFY(!crc32->ok);
    QCOMPARE(crc32->text, QStringLiteral("CRC-32: expected 0xCBF43926, got 0xCBF43927"));

    const std::optional<Checksum::Verdict> sum = Checksum::verify(Algorithm::Sum8, QByteArray("123456789\x01"));
    QVERIFY(sum);
    QVERIFY(!sum->ok);
    QCOMPARE(sum->text, QStringLiteral("8-bit sum: expected 0xDD, got 0x01"));
}

void tst_Checksum::verifyTooShort()
{
    QVERIFY(!Checksum::verify(Algorithm::Crc32, QByteArray("abc")));
    QVERIFY(!Checksum::verify(Algorithm::Crc16Modbus, QByteArray("a")));
    QVERIFY(!Checksum::verify(Algorithm::Sum8, QByteArray()));
    QVERIFY(Checksum::verify(Algorithm::Crc32, QByteArray("abcd")));   // exactly the size: a checksum of nothing
}

void tst_Checksum::keys()
{
    const QStringList expected{QStringLiteral("sum8"), QStringLiteral("xor8"), QStringLiteral("crc16-modbus"),
                               QStringLiteral("crc16-ccitt"), QStringLiteral("crc32")};
    QStringList actual;
    for (const Algorithm algorithm : Checksum::algorithms()) {
        actual << Checksum::key(algorithm);
        QCOMPARE(Checksum::fromKey(Checksum::key(algorithm)), algorithm);
    }
    QCOMPARE(actual, expected);
    QVERIFY(!Checksum::algorithms().contains(Algorithm::None));
    QCOMPARE(Checksum::fromKey(QStringLiteral("none")), Algorithm::None);
    QCOMPARE(Checksum::fromKey(QStringLiteral("CRC32")), Algorithm::Crc32);
}

void tst_Checksum::unknownKey()
{
    QVERIFY(!Checksum::fromKey(QStringLiteral("crc8")));
    QVERIFY(!Checksum::fromKey(QStringLiteral("md5")));
    QVERIFY(!Checksum::fromKey(QString()));
}

void tst_Checksum::names()
{
    QCOMPARE(Checksum::displayName(Algorithm::Sum8), QStringLiteral("8-bit sum"));
    QCOMPARE(Checksum::displayName(Algorithm::Xor8), QStringLiteral("8-bit XOR"));
    QCOMPARE(Checksum::displayName(Algorithm::Crc16Modbus), QStringLiteral("CRC-16/MODBUS"));
    QCOMPARE(Checksum::displayName(Algorithm::Crc16CcittFalse), QStringLiteral("CRC-16/CCITT-FALSE"));
    QCOMPARE(Checksum::displayName(Algorithm::Crc32), QStringLiteral("CRC-32"));
}

QTEST_GUILESS_MAIN(tst_Checksum)
#include "tst_checksum.moc"
