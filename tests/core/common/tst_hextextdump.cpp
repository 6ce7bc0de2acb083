// The rows of the traffic view's "Both" mode: offset, hex and text side by side, the text in the
// chosen encoding, a multi-byte character on the row of its first byte, non-printables as '.'.
#include <QtTest>

#include "HexTextDump.h"

using Encoding = TextCodec::Encoding;

class tst_HexTextDump : public QObject
{
    Q_OBJECT

private slots:
    void knownBytes();
    void offsetsAndPadding();
    void narrowRows();
    void characterAcrossTheRowBoundary_data();
    void characterAcrossTheRowBoundary();
    void encodings_data();
    void encodings();
    void nonPrintablesAreDots();
    void maxLinesStopsEarly();
    void emptyHasNoRows();
    void lineCharsMatchesAFullRow();
    void offsetsWidenBeyond64KiB();
};

void tst_HexTextDump::knownBytes()
{
    const QStringList lines = HexTextDump::lines(QByteArray("hello\x01\x02 world"), Encoding::Utf8);
    QCOMPARE(lines.size(), 1);
    // 13 bytes: three empty hex cells keep the text where a full row has it.
    QCOMPARE(lines.at(0), QStringLiteral("0000  68 65 6c 6c 6f 01 02 20  77 6f 72 6c 64           hello.. world"));
}

void tst_HexTextDump::offsetsAndPadding()
{
    QByteArray bytes;
    for (int i = 0; i < 40; ++i)
        bytes.append(char('A' + i % 26));
    const QStringList lines = HexTextDump::lines(bytes, Encoding::Utf8);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("0000  41 42 43 44 45 46 47 48  49 4a 4b 4c 4d 4e 4f 50  ")));
    QVERIFY(lines.at(0).endsWith(QStringLiteral("  ABCDEFGHIJKLMNOP")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("0010  51 52")));
    QVERIFY(lines.at(1).endsWith(QStringLiteral("  QRSTUVWXYZABCDEF")));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("0020  47 48 49 4a 4b 4c 4d 4e  ")));
    QVERIFY(lines.at(2).endsWith(QStringLiteral("  GHIJKLMN")));
    // The text starts in the same column on every row, the short last one included.
    const qsizetype column = lines.at(0).indexOf(QStringLiteral("ABCD"));
    QCOMPARE(lines.at(1).indexOf(QStringLiteral("QRST")), column);
    QCOMPARE(lines.at(2).indexOf(QStringLiteral("GHIJ")), column);
    QCOMPARE(HexTextDump::dump(bytes, Encoding::Utf8), lines.join(QLatin1Char('\n')));
}

void tst_HexTextDump::narrowRows()
{
    const QStringList lines = HexTextDump::lines(QByteArray("0123456789"), Encoding::Utf8, 8);
    QCOMPARE(lines, QStringList({QStringLiteral("0000  30 31 32 33 34 35 36 37  01234567"),
                                 QStringLiteral("0008  38 39                    89")}));
    QCOMPARE(HexTextDump::lines(QByteArray("abcdef"), Encoding::Utf8, 4),
             QStringList({QStringLiteral("0000  61 62 63 64  abcd"), QStringLiteral("0004  65 66        ef")}));
}

void tst_HexTextDump::characterAcrossTheRowBoundary_data()
{
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("firstText");
    QTest::addColumn<QString>("secondText");
    // 15 ASCII bytes, then a character whose first byte is the 16th: it is shown whole on row 1,
    // and row 2 shows nothing for its other bytes.
    const QByteArray a15(15, 'a');
    QTest::newRow("utf-8 3 bytes") << Encoding::Utf8 << a15 + QByteArray("\xe4\xb8\xad" "b")
                                   << QString::fromLatin1(a15) + QStringLiteral("中") << QStringLiteral("b");
    QTest::newRow("utf-8 4 bytes") << Encoding::Utf8 << a15 + QByteArray("\xf0\x9f\x98\x80" "b")
                                   << QString::fromLatin1(a15) + QStringLiteral("😀") << QStringLiteral("b");
    QTest::newRow("gbk") << Encoding::Gbk << a15 + QByteArray("\xd6\xd0" "b")
                         << QString::fromLatin1(a15) + QStringLiteral("中") << QStringLiteral("b");
    // The character ends on row 1 exactly: row 2 starts with a character of its own.
    QTest::newRow("utf-8 ends on the row") << Encoding::Utf8 << QByteArray(13, 'a') + QByteArray("\xe4\xb8\xad" "b")
                                           << QString(13, QLatin1Char('a')) + QStringLiteral("中") << QStringLiteral("b");
}

void tst_HexTextDump::characterAcrossTheRowBoundary()
{
    QFETCH(Encoding, encoding);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, firstText);
    QFETCH(QString, secondText);
    const QStringList lines = HexTextDump::lines(bytes, encoding);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).endsWith(QStringLiteral("  ") + firstText), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).endsWith(QStringLiteral("  ") + secondText), qPrintable(lines.at(1)));
    // The hex is every byte, on the row of its offset, whatever the text does.
    QCOMPARE(lines.at(1).left(8), QStringLiteral("0010  %1").arg(uchar(bytes.at(16)), 2, 16, QLatin1Char('0')));
}

void tst_HexTextDump::encodings_data()
{
    QTest::addColumn<Encoding>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("utf-8 chinese") << Encoding::Utf8 << QByteArray("\xe4\xb8\xad\xe6\x96\x87") << QStringLiteral("中文");
    QTest::newRow("gbk chinese") << Encoding::Gbk << QByteArray("\xc4\xe3\xba\xc3") << QStringLiteral("你好");
    QTest::newRow("gbk read as utf-8") << Encoding::Utf8 << QByteArray("\xc4\xe3\xba\xc3") << QStringLiteral("....");
    QTest::newRow("utf-8 cut short") << Encoding::Utf8 << QByteArray("ok\xe4\xbd") << QStringLiteral("ok..");
    QTest::newRow("gbk lone lead byte") << Encoding::Gbk << QByteArray("ok\x81") << QStringLiteral("ok.");
    QTest::newRow("latin-1") << Encoding::Latin1 << QByteArray("caf\xe9") << QStringLiteral("café");
    QTest::newRow("latin-1 c1 control") << Encoding::Latin1 << QByteArray("a\x85") << QStringLiteral("a.");
}

void tst_HexTextDump::encodings()
{
    QFETCH(Encoding, encoding);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    const QStringList lines = HexTextDump::lines(bytes, encoding);
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.at(0).endsWith(QStringLiteral("  ") + text), qPrintable(lines.at(0)));
}

void tst_HexTextDump::nonPrintablesAreDots()
{
    // Control characters, DEL, a UTF-8 C1 control (CSI) and a line separator would act on the
    // view or break the row; a space and a backslash are shown as they are.
    const QByteArray bytes("\r\n\t\0\x1b\x7f" "\xc2\x9b" "\xe2\x80\xa8" " \\", 13);
    const QString line = HexTextDump::lines(bytes, Encoding::Utf8).value(0);
    QVERIFY2(line.endsWith(QStringLiteral("  ........ \\")), qPrintable(line));
    QVERIFY(!line.contains(QLatin1Char('\n')));
}

void tst_HexTextDump::maxLinesStopsEarly()
{
    const QByteArray bytes(100, 'x');
    QCOMPARE(HexTextDump::lines(bytes, Encoding::Utf8).size(), 7);
    const QStringList two = HexTextDump::lines(bytes, Encoding::Utf8, 16, 2);
    QCOMPARE(two.size(), 2);
    QVERIFY(two.at(1).startsWith(QStringLiteral("0010  ")));
}

void tst_HexTextDump::emptyHasNoRows()
{
    QVERIFY(HexTextDump::lines(QByteArray(), Encoding::Utf8).isEmpty());
    QCOMPARE(HexTextDump::dump(QByteArray(), Encoding::Utf8), QString());
}

void tst_HexTextDump::lineCharsMatchesAFullRow()
{
    for (int n : {4, 8, 12, 16}) {
        const QString line = HexTextDump::lines(QByteArray(n, 'x'), Encoding::Utf8, n).value(0);
        QCOMPARE(HexTextDump::lineChars(n, n), int(line.size()));
    }
}

void tst_HexTextDump::offsetsWidenBeyond64KiB()
{
    QCOMPARE(HexTextDump::offsetDigits(0x10000), 4);
    QCOMPARE(HexTextDump::offsetDigits(0x10001), 5);
    const QStringList lines = HexTextDump::lines(QByteArray(0x10010, 'x'), Encoding::Latin1);
    QVERIFY(lines.first().startsWith(QStringLiteral("00000  ")));
    QVERIFY(lines.last().startsWith(QStringLiteral("10000  ")));
}

QTEST_MAIN(tst_HexTextDump)
#include "tst_hextextdump.moc"
