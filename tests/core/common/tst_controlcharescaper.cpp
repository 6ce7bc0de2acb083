#include <QTest>

#include "ControlCharEscaper.h"
#include "TextCodec.h"
#include "TrafficEvent.h"
#include "TrafficEventFormatter.h"

// Peer-supplied text made visible: ESC, the other C0 controls, DEL and C1 never reach a
// terminal or a view as they are (issue 10, item 7).
class TestControlCharEscaper : public QObject
{
    Q_OBJECT

private slots:
    void escaped_data();
    void escaped();
    void escapingIsIdempotent();
    void lineBreaksCanBeKept();
    void utf8Bytes_data();
    void utf8Bytes();
    void utf8WithoutControlsIsNotCopied();
    void textCodecEscapesC1InUtf8();
    void formatterEscapesStateAndErrorTexts();
};

void TestControlCharEscaper::escaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("notes.txt") << QStringLiteral("notes.txt");
    QTest::newRow("chinese kept") << QStringLiteral("笔记 ①.txt") << QStringLiteral("笔记 ①.txt");
    QTest::newRow("ESC sequence") << QStringLiteral("a\x1b[2Jb") << QStringLiteral("a\\x1b[2Jb");
    QTest::newRow("title change") << QStringLiteral("\x1b]0;pwned\x07") << QStringLiteral("\\x1b]0;pwned\\x07");
    QTest::newRow("named C0") << QStringLiteral("1\r2\n3\t4") + QChar(0) << QStringLiteral("1\\r2\\n3\\t4\\0");
    QTest::newRow("DEL") << QStringLiteral("x\x7fy") << QStringLiteral("x\\x7fy");
    QTest::newRow("C1 CSI") << QString(QChar(0x9b)) + QStringLiteral("31m") << QStringLiteral("\\x9b31m");
    QTest::newRow("C1 edges") << QString(QChar(0x80)) + QChar(0x9f) + QChar(0xa0) << QStringLiteral("\\x80\\x9f") + QChar(0xa0);
    QTest::newRow("backslash kept") << QStringLiteral("C:\\dir\\x1b") << QStringLiteral("C:\\dir\\x1b");
    QTest::newRow("emoji kept") << QStringLiteral("😀") << QStringLiteral("😀");
}

void TestControlCharEscaper::escaped()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QString out = ControlCharEscaper::escaped(text);
    QCOMPARE(out, expected);
    QCOMPARE(ControlCharEscaper::needsEscaping(text), out != text);
    for (const QChar c : out)
        QVERIFY2(!ControlCharEscaper::isControl(c.unicode()), qPrintable(out));
}

void TestControlCharEscaper::escapingIsIdempotent()
{
    const QString once = ControlCharEscaper::escaped(QStringLiteral("a\x1b[1mb\\c") + QChar(0x9b));
    QCOMPARE(ControlCharEscaper::escaped(once), once);
    // Data as TextCodec shows it is left as it is.
    const QString data = TextCodec::decode(QByteArray("x\x1b\\y\r\n"), TextCodec::Encoding::Utf8, true);
    QCOMPARE(data, QStringLiteral("x\\x1b\\\\y\\r\\n"));
    QCOMPARE(ControlCharEscaper::escaped(data), data);
}

void TestControlCharEscaper::lineBreaksCanBeKept()
{
    const QString text = QStringLiteral("line 1\nline\x1b 2\r\n");
    QCOMPARE(ControlCharEscaper::escaped(text, ControlCharEscaper::LineBreaks::Keep),
             QStringLiteral("line 1\nline\\x1b 2\\r\n"));
    QVERIFY(!ControlCharEscaper::needsEscaping(QStringLiteral("a\nb"), ControlCharEscaper::LineBreaks::Keep));
    QVERIFY(ControlCharEscaper::needsEscaping(QStringLiteral("a\nb")));
}

void TestControlCharEscaper::utf8Bytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("keepLineBreaks");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QByteArray("GET / 200") << false << QByteArray("GET / 200");
    QTest::newRow("ESC") << QByteArray("a\x1b[31mb") << false << QByteArray("a\\x1b[31mb");
    QTest::newRow("C1 as UTF-8") << QByteArray("a\xc2\x9b" "31m") << false << QByteArray("a\\x9b31m");
    QTest::newRow("C2 A0 kept") << QByteArray("a\xc2\xa0" "b") << false << QByteArray("a\xc2\xa0" "b");
    QTest::newRow("chinese kept") << QByteArray("你好") << false << QByteArray("你好");
    QTest::newRow("lines kept") << QByteArray("one\ntwo\x07\n") << true << QByteArray("one\ntwo\\x07\n");
    QTest::newRow("lines escaped") << QByteArray("one\ntwo") << false << QByteArray("one\\ntwo");
    QTest::newRow("trailing C2") << QByteArray("a\xc2") << false << QByteArray("a\xc2");
    QTest::newRow("DEL and NUL") << QByteArray("\x7f\0", 2) << false << QByteArray("\\x7f\\0");
}

void TestControlCharEscaper::utf8Bytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, keepLineBreaks);
    QFETCH(QByteArray, expected);
    const auto mode = keepLineBreaks ? ControlCharEscaper::LineBreaks::Keep : ControlCharEscaper::LineBreaks::Escape;
    const QByteArray out = ControlCharEscaper::escapedUtf8(bytes, mode);
    QCOMPARE(out, expected);
    QCOMPARE(ControlCharEscaper::escapedUtf8(out, mode), out);
    // The same as escaping the decoded text (for valid UTF-8).
    if (QString::fromUtf8(bytes).toUtf8() == bytes)
        QCOMPARE(out, ControlCharEscaper::escaped(QString::fromUtf8(bytes), mode).toUtf8());
}

void TestControlCharEscaper::utf8WithoutControlsIsNotCopied()
{
    const QByteArray clean("12:00:00.000 127.0.0.1:5000 \"GET / HTTP/1.1\" 200 5 0ms\nsecond line");
    const QByteArray out = ControlCharEscaper::escapedUtf8(clean, ControlCharEscaper::LineBreaks::Keep);
    QCOMPARE(out.constData(), clean.constData());
}

void TestControlCharEscaper::textCodecEscapesC1InUtf8()
{
    // U+009B (CSI) encoded in UTF-8 used to be shown as it is.
    QCOMPARE(TextCodec::decode(QByteArray("\xc2\x9b" "2J"), TextCodec::Encoding::Utf8, true), QStringLiteral("\\x9b2J"));
    QCOMPARE(TextCodec::decode(QByteArray("\x9b" "2J"), TextCodec::Encoding::Latin1, true), QStringLiteral("\\x9b2J"));
    QCOMPARE(TextCodec::decode(QByteArray("\x1b[2J"), TextCodec::Encoding::Gbk, true), QStringLiteral("\\x1b[2J"));
    // Without escaping (the send box's own view of what it sends), nothing changes.
    QCOMPARE(TextCodec::decode(QByteArray("\xc2\x9b"), TextCodec::Encoding::Utf8, false), QString(QChar(0x9b)));
}

void TestControlCharEscaper::formatterEscapesStateAndErrorTexts()
{
    const QString name = QStringLiteral("evil\x1b]0;owned\x07.txt");
    for (const TrafficEvent &e : {TrafficEvent::state(QStringLiteral("127.0.0.1:5000"), QStringLiteral("Sending “%1”.").arg(name)),
                                  TrafficEvent::error(QString(), QStringLiteral("No file “%1”.").arg(name)),
                                  TrafficEvent::data(QStringLiteral("127.0.0.1:5000"), TrafficEvent::Direction::In,
                                                     QByteArray("\x1b[2J"), name)}) {
        const QString line = TrafficEventFormatter::line(e, TextCodec::Encoding::Utf8, false);
        QVERIFY2(!line.contains(QChar(0x1b)) && !line.contains(QChar(0x07)), qPrintable(line));
        QVERIFY2(line.contains(QStringLiteral("evil\\x1b]0;owned\\x07.txt")), qPrintable(line));
    }
}

QTEST_GUILESS_MAIN(TestControlCharEscaper)
#include "tst_controlcharescaper.moc"
