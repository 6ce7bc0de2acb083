// QuickSendItem: the bytes a saved message sends (every encoding, hex, line endings, checksums),
// and the reasons it refuses to send (invalid hex, a character the encoding cannot hold, nothing
// to send): never a half message.
#include <QtTest>

#include "QuickSendItem.h"

using LineEnding = QuickSendItem::LineEnding;
using Encoding = TextCodec::Encoding;
using Algorithm = Checksum::Algorithm;

class tst_QuickSendItem : public QObject
{
    Q_OBJECT

private slots:
    void payload_data();
    void payload();
    void refused_data();
    void refused();
    void messageMayBeEmptyButPayloadNot();
    void lineEndingKeys();
    void namesAndPreview();
    void equality();
};

void tst_QuickSendItem::payload_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("hex");
    QTest::addColumn<LineEnding>("eol");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<Algorithm>("checksum");
    QTest::addColumn<QByteArray>("expected");

    const auto none = LineEnding::None;
    const auto noSum = Algorithm::None;
    QTest::newRow("utf8") << QStringLiteral("hello") << false << none << Encoding::Utf8 << noSum << QByteArray("hello");
    QTest::newRow("utf8 lf") << QStringLiteral("hello") << false << LineEnding::Lf << Encoding::Utf8 << noSum << QByteArray("hello\n");
    QTest::newRow("utf8 crlf") << QStringLiteral("hello") << false << LineEnding::CrLf << Encoding::Utf8 << noSum
                               << QByteArray("hello\r\n");
    QTest::newRow("utf8 chinese") << QStringLiteral("你好") << false << none << Encoding::Utf8 << noSum
                                  << QByteArray("\xe4\xbd\xa0\xe5\xa5\xbd");
    QTest::newRow("gbk chinese") << QStringLiteral("你好") << false << none << Encoding::Gbk << noSum << QByteArray("\xc4\xe3\xba\xc3");
    QTest::newRow("gbk ascii crlf") << QStringLiteral("ok") << false << LineEnding::CrLf << Encoding::Gbk << noSum
                                    << QByteArray("ok\r\n");
    QTest::newRow("latin1") << QStringLiteral("café") << false << none << Encoding::Latin1 << noSum << QByteArray("caf\xe9");
    QTest::newRow("two lines") << QStringLiteral("a\nb") << false << LineEnding::Lf << Encoding::Utf8 << noSum << QByteArray("a\nb\n");
    QTest::newRow("hex") << QStringLiteral("48 65 6c") << true << none << Encoding::Utf8 << noSum << QByteArray("Hel");
    QTest::newRow("hex ignores encoding") << QStringLiteral("c4e3") << true << none << Encoding::Latin1 << noSum
                                          << QByteArray("\xc4\xe3");
    QTest::newRow("hex 0x crlf") << QStringLiteral("0x48,0x69") << true << LineEnding::CrLf << Encoding::Utf8 << noSum
                                 << QByteArray("Hi\r\n");
    QTest::newRow("hex nul") << QStringLiteral("00 ff") << true << none << Encoding::Utf8 << noSum << QByteArray("\0\xff", 2);
    QTest::newRow("only lf") << QString() << false << LineEnding::Lf << Encoding::Utf8 << noSum << QByteArray("\n");
    // Modbus "read 10 holding registers": CRC-16/MODBUS appended little-endian (C5 CD).
    QTest::newRow("modbus crc") << QStringLiteral("01 03 00 00 00 0A") << true << none << Encoding::Utf8 << Algorithm::Crc16Modbus
                                << QByteArray::fromHex("01030000000AC5CD");
    QTest::newRow("crc32 of 123456789") << QStringLiteral("123456789") << false << none << Encoding::Utf8 << Algorithm::Crc32
                                        << QByteArray("123456789\xcb\xf4\x39\x26");
    QTest::newRow("sum8 after crlf") << QStringLiteral("A") << false << LineEnding::CrLf << Encoding::Utf8 << Algorithm::Sum8
                                     << QByteArray("A\r\n\x58");
}

void tst_QuickSendItem::payload()
{
    QFETCH(QString, text);
    QFETCH(bool, hex);
    QFETCH(LineEnding, eol);
    QFETCH(Encoding, encoding);
    QFETCH(Algorithm, checksum);
    QFETCH(QByteArray, expected);

    QuickSendItem item;
    item.name = QStringLiteral("x");
    item.text = text;
    item.hex = hex;
    item.lineEnding = eol;
    item.encoding = encoding;
    item.checksum = checksum;
    QString error = QStringLiteral("untouched");
    QCOMPARE(item.payload(&error).value_or(QByteArray("<none>")), expected);
    QCOMPARE(error, QStringLiteral("untouched"));
    // The checksum covers the message and its line ending, and comes last.
    QVERIFY(expected.startsWith(*item.message()));
    QCOMPARE(expected.size() - item.message()->size(), qsizetype(Checksum::size(checksum)));
}

void tst_QuickSendItem::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("hex");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<QString>("reasonPart");

    QTest::newRow("not hex") << QStringLiteral("48 zz") << true << Encoding::Utf8 << QStringLiteral("zz");
    QTest::newRow("half a byte") << QStringLiteral("48 6") << true << Encoding::Utf8 << QStringLiteral("half");
    QTest::newRow("chinese in latin1") << QStringLiteral("a中b") << false << Encoding::Latin1 << QStringLiteral("中");
    QTest::newRow("emoji in gbk") << QStringLiteral("ok😀") << false << Encoding::Gbk << QStringLiteral("😀");
    QTest::newRow("empty") << QString() << false << Encoding::Utf8 << QStringLiteral("Nothing to send");
    QTest::newRow("empty hex") << QStringLiteral("  ") << true << Encoding::Utf8 << QStringLiteral("Nothing to send");
}

void tst_QuickSendItem::refused()
{
    QFETCH(QString, text);
    QFETCH(bool, hex);
    QFETCH(Encoding, encoding);
    QFETCH(QString, reasonPart);

    QuickSendItem item;
    item.text = text;
    item.hex = hex;
    item.encoding = encoding;
    item.checksum = Algorithm::Crc32;   // a checksum is never sent alone either
    QString error;
    QVERIFY(!item.payload(&error).has_value());
    QVERIFY2(error.contains(reasonPart), qPrintable(error));
}

void tst_QuickSendItem::messageMayBeEmptyButPayloadNot()
{
    QuickSendItem item;
    QCOMPARE(item.message().value_or(QByteArray("<none>")), QByteArray());
    QVERIFY(!item.payload());
}

void tst_QuickSendItem::lineEndingKeys()
{
    for (const LineEnding e : {LineEnding::None, LineEnding::Lf, LineEnding::CrLf})
        QCOMPARE(QuickSendItem::lineEndingFromKey(QuickSendItem::lineEndingKey(e)), std::optional<LineEnding>(e));
    QCOMPARE(QuickSendItem::lineEndingKey(LineEnding::CrLf), QStringLiteral("crlf"));
    QVERIFY(!QuickSendItem::lineEndingFromKey(QStringLiteral("cr")));
    QCOMPARE(QuickSendItem::lineEndingName(LineEnding::Lf), QStringLiteral("LF (\\n)"));
}

void tst_QuickSendItem::namesAndPreview()
{
    QuickSendItem item;
    item.text = QStringLiteral("GET / HTTP/1.1\r\nHost: x\n\tend");
    QCOMPARE(item.preview(), QStringLiteral("GET / HTTP/1.1⏎Host: x⏎ end"));
    QCOMPARE(item.displayName(), QStringLiteral("GET / HTTP/1.1⏎Host: x⏎ end"));   // no name: the message
    QCOMPARE(item.preview(10), QStringLiteral("GET / HTT…"));
    item.name = QStringLiteral("  Fetch  ");
    QCOMPARE(item.displayName(), QStringLiteral("Fetch"));
}

void tst_QuickSendItem::equality()
{
    QuickSendItem a;
    a.name = QStringLiteral("a");
    a.text = QStringLiteral("x");
    QuickSendItem b = a;
    QVERIFY(a == b);
    b.checksum = Algorithm::Xor8;
    QVERIFY(a != b);
    b = a;
    b.encoding = Encoding::Gbk;
    QVERIFY(a != b);
}

QTEST_APPLESS_MAIN(tst_QuickSendItem)
#include "tst_quicksenditem.moc"
