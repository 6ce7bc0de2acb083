#include <QtTest>

#include "TextCodec.h"

using Encoding = TextCodec::Encoding;

class tst_TextCodec : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void invalidBytesAreNeverDropped_data();
    void invalidBytesAreNeverDropped();
    void encodeRoundTrip_data();
    void encodeRoundTrip();
    void names();
    void toHex();
    void fromHex_data();
    void fromHex();
    void hexDump();
    void asciiUpper_data();
    void asciiUpper();
};

void tst_TextCodec::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<bool>("escape");
    QTest::addColumn<QString>("expected");

    QTest::newRow("utf8 text") << QByteArray("hello 中文") << Encoding::Utf8 << true << QStringLiteral("hello 中文");
    QTest::newRow("utf8 4-byte") << QByteArray("\xf0\x9f\x98\x80") << Encoding::Utf8 << true << QStringLiteral("\U0001F600");
    QTest::newRow("utf8 invalid byte") << QByteArray("a\xff" "b") << Encoding::Utf8 << true << QStringLiteral("a\\xffb");
    QTest::newRow("utf8 truncated sequence") << QByteArray("\xe4\xb8") << Encoding::Utf8 << true << QStringLiteral("\\xe4\\xb8");
    QTest::newRow("utf8 overlong") << QByteArray("\xc0\xaf") << Encoding::Utf8 << true << QStringLiteral("\\xc0\\xaf");
    QTest::newRow("utf8 surrogate") << QByteArray("\xed\xa0\x80") << Encoding::Utf8 << true << QStringLiteral("\\xed\\xa0\\x80");
    QTest::newRow("utf8 cut after valid char") << QByteArray("中\xe6") << Encoding::Utf8 << true << QStringLiteral("中\\xe6");
    QTest::newRow("controls escaped") << QByteArray("a\r\n\tb\0c\x01\x7f", 9) << Encoding::Utf8 << true
                                      << QStringLiteral("a\\r\\n\\tb\\0c\\x01\\x7f");
    QTest::newRow("backslash escaped") << QByteArray("a\\x41") << Encoding::Utf8 << true << QStringLiteral("a\\\\x41");
    QTest::newRow("controls kept") << QByteArray("a\r\nb\\") << Encoding::Utf8 << false << QStringLiteral("a\r\nb\\");
    QTest::newRow("gbk text") << QByteArray("\xc4\xe3\xba\xc3 ok") << Encoding::Gbk << true << QStringLiteral("你好 ok");
    QTest::newRow("gbk lone lead byte at end") << QByteArray("\xc4\xe3\xba") << Encoding::Gbk << true << QStringLiteral("你\\xba");
    QTest::newRow("gbk invalid trail") << QByteArray("\xc4\x20x") << Encoding::Gbk << true << QStringLiteral("\\xc4 x");
    QTest::newRow("gbk 0x80 and 0xff") << QByteArray("\x80\xff") << Encoding::Gbk << true << QStringLiteral("\\x80\\xff");
    QTest::newRow("gbk newline escaped") << QByteArray("\xc4\xe3\n") << Encoding::Gbk << true << QStringLiteral("你\\n");
    QTest::newRow("latin1") << QByteArray("caf\xe9") << Encoding::Latin1 << true << QStringLiteral("café");
    QTest::newRow("latin1 C1 control shown") << QByteArray("a\x85" "b") << Encoding::Latin1 << true << QStringLiteral("a\\x85b");
    QTest::newRow("latin1 tab") << QByteArray("\t") << Encoding::Latin1 << true << QStringLiteral("\\t");
    QTest::newRow("empty") << QByteArray() << Encoding::Utf8 << true << QString();
}

void tst_TextCodec::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Encoding, encoding);
    QFETCH(bool, escape);
    QFETCH(QString, expected);
    QCOMPARE(TextCodec::decode(bytes, encoding, escape), expected);
}

// Whatever the bytes, the display accounts for every one of them: decoding random data and
// counting the characters and escapes reproduces each byte exactly once.
void tst_TextCodec::invalidBytesAreNeverDropped_data()
{
    QTest::addColumn<Encoding>("encoding");
    QTest::newRow("utf8") << Encoding::Utf8;
    QTest::newRow("gbk") << Encoding::Gbk;
    QTest::newRow("latin1") << Encoding::Latin1;
}

void tst_TextCodec::invalidBytesAreNeverDropped()
{
    QFETCH(Encoding, encoding);
    QByteArray all;
    for (int i = 0; i < 256; ++i)
        all += char(i);
    const QString text = TextCodec::decode(all, encoding, true);
    // Every byte that is not printable in the encoding is shown as \xNN (or a named escape).
    for (int i = 0; i < 0x20; ++i) {
        if (i == '\n' || i == '\r' || i == '\t' || i == 0)
            continue;
        QVERIFY2(text.contains(QStringLiteral("\\x%1").arg(i, 2, 16, QLatin1Char('0'))), qPrintable(QString::number(i)));
    }
    for (const char *name : {"\\n", "\\r", "\\t", "\\0"})
        QVERIFY(text.contains(QLatin1String(name)));
    if (encoding == Encoding::Utf8) {
        // None of 0x80-0xff alone is valid UTF-8: all 128 are escaped.
        for (int i = 0x80; i < 0x100; ++i)
            QVERIFY(text.contains(QStringLiteral("\\x%1").arg(i, 2, 16)));
    }
    QVERIFY(!text.contains(QChar::ReplacementCharacter));
    // Without escaping, valid text decodes 1:1 too.
    QCOMPARE(TextCodec::decode("plain", encoding, false), QStringLiteral("plain"));
}

void tst_TextCodec::encodeRoundTrip_data()
{
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("utf8") << Encoding::Utf8 << QStringLiteral("已送达") << QByteArray("\xe5\xb7\xb2\xe9\x80\x81\xe8\xbe\xbe");
    QTest::newRow("gbk") << Encoding::Gbk << QStringLiteral("你好") << QByteArray("\xc4\xe3\xba\xc3");
    QTest::newRow("latin1") << Encoding::Latin1 << QStringLiteral("café") << QByteArray("caf\xe9");
}

void tst_TextCodec::encodeRoundTrip()
{
    QFETCH(Encoding, encoding);
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    QCOMPARE(TextCodec::encode(text, encoding), bytes);
    QCOMPARE(TextCodec::decode(bytes, encoding, false), text);
}

void tst_TextCodec::names()
{
    for (Encoding e : TextCodec::encodings())
        QCOMPARE(TextCodec::fromName(TextCodec::name(e)), std::optional<Encoding>(e));
    QCOMPARE(TextCodec::fromName(QStringLiteral("utf8")), std::optional<Encoding>(Encoding::Utf8));
    QCOMPARE(TextCodec::fromName(QStringLiteral("GB2312")), std::optional<Encoding>(Encoding::Gbk));
    QCOMPARE(TextCodec::fromName(QStringLiteral("ISO-8859-1")), std::optional<Encoding>(Encoding::Latin1));
    QVERIFY(!TextCodec::fromName(QStringLiteral("ebcdic")).has_value());
    QCOMPARE(TextCodec::encodings().size(), 3);
}

void tst_TextCodec::toHex()
{
    QCOMPARE(TextCodec::toHex("hello"), QStringLiteral("68 65 6c 6c 6f"));
    QCOMPARE(TextCodec::toHex(QByteArray("\0\xff", 2)), QStringLiteral("00 ff"));
    QCOMPARE(TextCodec::toHex("hello", 2), QStringLiteral("68 65 …"));
    QCOMPARE(TextCodec::toHex("hi", 2), QStringLiteral("68 69"));
    QCOMPARE(TextCodec::toHex(QByteArray()), QString());
}

void tst_TextCodec::fromHex_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("packed") << QStringLiteral("68656c6c6f") << true << QByteArray("hello") << QString();
    QTest::newRow("spaced") << QStringLiteral("68 65 6C") << true << QByteArray("hel") << QString();
    QTest::newRow("0x and commas") << QStringLiteral("0x68,0x65") << true << QByteArray("he") << QString();
    QTest::newRow("colons") << QStringLiteral("68:65") << true << QByteArray("he") << QString();
    QTest::newRow("dashes and newlines") << QStringLiteral("00-ff\n10") << true << QByteArray("\x00\xff\x10", 3) << QString();
    QTest::newRow("empty") << QString() << true << QByteArray() << QString();
    QTest::newRow("not hex") << QStringLiteral("68 zz") << false << QByteArray() << QStringLiteral("“zz” at position 4");
    QTest::newRow("half byte at end") << QStringLiteral("68 6") << false << QByteArray() << QStringLiteral("half a byte (“6”)");
    QTest::newRow("half byte in the middle") << QStringLiteral("6 65") << false << QByteArray() << QStringLiteral("“6” at position 1");
    QTest::newRow("odd packed") << QStringLiteral("686") << false << QByteArray() << QStringLiteral("half a byte");
    QTest::newRow("chinese") << QStringLiteral("中文") << false << QByteArray() << QStringLiteral("position 1");
}

void tst_TextCodec::fromHex()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, errorPart);
    QString error;
    const std::optional<QByteArray> out = TextCodec::fromHex(text, &error);
    QCOMPARE(out.has_value(), valid);
    if (valid) {
        QCOMPARE(*out, bytes);
        QVERIFY(error.isEmpty());
    } else {
        QVERIFY2(error.contains(errorPart), qPrintable(error));
    }
    QCOMPARE(TextCodec::fromHex(text).has_value(), valid);
}

void tst_TextCodec::hexDump()
{
    const QString dump = TextCodec::hexDump(QByteArray("0123456789abcdefXY\n", 19));
    const QStringList lines = dump.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QLatin1String("00000000  30 31 32")), qPrintable(lines.at(0)));
    QVERIFY(lines.at(0).endsWith(QLatin1String("|0123456789abcdef|")));
    QVERIFY2(lines.at(1).startsWith(QLatin1String("00000010  58 59 0a")), qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).endsWith(QLatin1String("|XY.|")));
    QCOMPARE(TextCodec::hexDump(QByteArray()), QString());
}

void tst_TextCodec::asciiUpper_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QByteArray>("out");
    QTest::newRow("ascii") << QByteArray("hello, World 123") << QByteArray("HELLO, WORLD 123");
    QTest::newRow("utf8 untouched") << QByteArray("straße 中文 é") << QByteArray("STRAßE 中文 é");
    QTest::newRow("latin1 bytes untouched") << QByteArray("\xe9\xff" "a") << QByteArray("\xe9\xff" "A");
    QTest::newRow("binary") << QByteArray("\0z{`", 4) << QByteArray("\0Z{`", 4);
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void tst_TextCodec::asciiUpper()
{
    QFETCH(QByteArray, in);
    QFETCH(QByteArray, out);
    QCOMPARE(TextCodec::asciiUpper(in), out);
}

QTEST_GUILESS_MAIN(tst_TextCodec)
#include "tst_textcodec.moc"
