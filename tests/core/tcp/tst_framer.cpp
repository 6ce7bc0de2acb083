#include <QtTest>

#include "Framer.h"

using ByteList = QList<QByteArray>;

class tst_Framer : public QObject
{
    Q_OBJECT

private slots:
    void feed_data();
    void feed();
    void byteByByte_data();
    void byteByByte();
    void hugeAnnouncedLengthIsRejectedWithoutAllocation();
    void overLimitLineIsRejected();
    void setModeDropsPartialMessage();
    void frameAndHeaders();
    void names();
};

static QByteArray be32(quint32 n)
{
    QByteArray h(4, Qt::Uninitialized);
    qToBigEndian<quint32>(n, h.data());
    return h;
}

void tst_Framer::feed_data()
{
    QTest::addColumn<Framer::Mode>("mode");
    QTest::addColumn<qint64>("maxMessage");
    QTest::addColumn<ByteList>("chunks");
    QTest::addColumn<ByteList>("expected");
    QTest::addColumn<bool>("error");
    QTest::addColumn<qint64>("pending");

    const qint64 def = Framer::DefaultMaxMessage;
    QTest::newRow("raw: each chunk is a message")
        << Framer::Mode::Raw << def << ByteList{"hel", "lo", "hello world"} << ByteList{"hel", "lo", "hello world"} << false << qint64(0);
    QTest::newRow("raw: empty chunk is nothing")
        << Framer::Mode::Raw << def << ByteList{""} << ByteList{} << false << qint64(0);
    QTest::newRow("lines: split across chunks")
        << Framer::Mode::Lines << def << ByteList{"hel", "lo\nwor", "ld\n"} << ByteList{"hello", "world"} << false << qint64(0);
    QTest::newRow("lines: several in one chunk")
        << Framer::Mode::Lines << def << ByteList{"a\nbb\nccc\n"} << ByteList{"a", "bb", "ccc"} << false << qint64(0);
    QTest::newRow("lines: CRLF stripped")
        << Framer::Mode::Lines << def << ByteList{"one\r\ntwo\r", "\nthree\n"} << ByteList{"one", "two", "three"} << false << qint64(0);
    QTest::newRow("lines: empty lines kept")
        << Framer::Mode::Lines << def << ByteList{"\n\nx\n"} << ByteList{"", "", "x"} << false << qint64(0);
    QTest::newRow("lines: partial held back")
        << Framer::Mode::Lines << def << ByteList{"done\npart"} << ByteList{"done"} << false << qint64(4);
    QTest::newRow("lines: only CR in the middle kept")
        << Framer::Mode::Lines << def << ByteList{"a\rb\n"} << ByteList{"a\rb"} << false << qint64(0);
    QTest::newRow("lines: exactly at the limit")
        << Framer::Mode::Lines << qint64(5) << ByteList{"12", "345\r\n"} << ByteList{"12345"} << false << qint64(0);
    QTest::newRow("lines: over the limit in one chunk")
        << Framer::Mode::Lines << qint64(5) << ByteList{"123456\n"} << ByteList{} << true << qint64(0);
    QTest::newRow("lines: over the limit without LF")
        << Framer::Mode::Lines << qint64(5) << ByteList{"1234", "5678"} << ByteList{} << true << qint64(0);
    QTest::newRow("lines: messages before the bad line are delivered")
        << Framer::Mode::Lines << qint64(5) << ByteList{"ok\n", "1234567890"} << ByteList{"ok"} << true << qint64(0);
    QTest::newRow("length: one message")
        << Framer::Mode::LengthPrefixed << def << ByteList{be32(5) + "hello"} << ByteList{"hello"} << false << qint64(0);
    QTest::newRow("length: header split")
        << Framer::Mode::LengthPrefixed << def << ByteList{be32(3).left(1), be32(3).mid(1, 2), be32(3).mid(3) + "ab", "c"}
        << ByteList{"abc"} << false << qint64(0);
    QTest::newRow("length: several in one chunk, with an empty one")
        << Framer::Mode::LengthPrefixed << def << ByteList{be32(1) + "a" + be32(0) + be32(2) + "bc" + be32(4) + "de"}
        << ByteList{"a", "", "bc"} << false << qint64(2);
    QTest::newRow("length: payload with newlines and NULs")
        << Framer::Mode::LengthPrefixed << def << ByteList{be32(4) + QByteArray("a\n\0b", 4)}
        << ByteList{QByteArray("a\n\0b", 4)} << false << qint64(0);
    QTest::newRow("length: over the limit")
        << Framer::Mode::LengthPrefixed << qint64(10) << ByteList{be32(11) + "01234567890"} << ByteList{} << true << qint64(0);
    QTest::newRow("length: at the limit")
        << Framer::Mode::LengthPrefixed << qint64(10) << ByteList{be32(10), "0123456789"} << ByteList{"0123456789"} << false << qint64(0);
}

void tst_Framer::feed()
{
    QFETCH(Framer::Mode, mode);
    QFETCH(qint64, maxMessage);
    QFETCH(ByteList, chunks);
    QFETCH(ByteList, expected);
    QFETCH(bool, error);
    QFETCH(qint64, pending);

    Framer framer(mode, maxMessage);
    ByteList out;
    QString errorText;
    bool ok = true;
    for (const QByteArray &chunk : chunks) {
        ok = framer.feed(chunk, &out, &errorText);
        if (!ok)
            break;
    }
    QCOMPARE(out, expected);
    QCOMPARE(!ok, error);
    QCOMPARE(errorText.isEmpty(), !error);
    if (!error)
        QCOMPARE(framer.pendingBytes(), pending);
}

// Every framed mode must give the same messages whatever the chunking: feed one byte at a time.
void tst_Framer::byteByByte_data()
{
    QTest::addColumn<Framer::Mode>("mode");
    QTest::newRow("lines") << Framer::Mode::Lines;
    QTest::newRow("length") << Framer::Mode::LengthPrefixed;
}

void tst_Framer::byteByByte()
{
    QFETCH(Framer::Mode, mode);
    Framer sender(mode);
    const ByteList messages{"first", "", QByteArray(3000, 'x'), "中文 text", "last"};
    QByteArray stream;
    for (const QByteArray &m : messages)
        stream += sender.frame(m);
    Framer receiver(mode);
    ByteList out;
    QString error;
    for (char c : std::as_const(stream))
        QVERIFY2(receiver.feed(QByteArray(1, c), &out, &error), qPrintable(error));
    QCOMPARE(out, messages);
    QCOMPARE(receiver.pendingBytes(), qint64(0));

    // And all at once.
    out.clear();
    QVERIFY(receiver.feed(stream, &out, &error));
    QCOMPARE(out, messages);
}

void tst_Framer::hugeAnnouncedLengthIsRejectedWithoutAllocation()
{
    Framer framer(Framer::Mode::LengthPrefixed);   // default limit: 16 MiB
    ByteList out;
    QString error;
    QVERIFY(!framer.feed(QByteArray("\xff\xff\xff\xff" "abc", 7), &out, &error));
    QVERIFY(out.isEmpty());
    QVERIFY2(error.contains(QLatin1String("4294967295")), qPrintable(error));
    // Nothing was held back for it (no 4 GiB buffer, not even its first bytes).
    QCOMPARE(framer.pendingBytes(), qint64(0));
}

void tst_Framer::overLimitLineIsRejected()
{
    Framer framer(Framer::Mode::Lines, 1024);
    ByteList out;
    QString error;
    bool ok = true;
    int fed = 0;
    // A peer that never sends LF: we give up as soon as the limit is passed.
    while (ok && fed < 100) {
        ok = framer.feed(QByteArray(100, 'a'), &out, &error);
        ++fed;
        QVERIFY(framer.pendingBytes() <= 1025);
    }
    QVERIFY(!ok);
    QCOMPARE(fed, 11);
    QVERIFY(error.contains(QLatin1String("LF")));
}

void tst_Framer::setModeDropsPartialMessage()
{
    Framer framer(Framer::Mode::Lines);
    ByteList out;
    QString error;
    QVERIFY(framer.feed("partial", &out, &error));
    QCOMPARE(framer.pendingBytes(), qint64(7));
    framer.setMode(Framer::Mode::LengthPrefixed);
    QCOMPARE(framer.mode(), Framer::Mode::LengthPrefixed);
    QCOMPARE(framer.pendingBytes(), qint64(0));
    QVERIFY(framer.feed(be32(2) + "ok", &out, &error));
    QCOMPARE(out, ByteList{"ok"});
}

void tst_Framer::frameAndHeaders()
{
    QCOMPARE(Framer(Framer::Mode::Raw).frame("abc"), QByteArray("abc"));
    QCOMPARE(Framer(Framer::Mode::Lines).frame("abc"), QByteArray("abc\n"));
    QCOMPARE(Framer(Framer::Mode::LengthPrefixed).frame("abc"), QByteArray("\0\0\0\3abc", 7));
    QCOMPARE(Framer(Framer::Mode::LengthPrefixed).header(0x01020304), QByteArray("\1\2\3\4", 4));
    QCOMPARE(Framer(Framer::Mode::Raw).header(10), QByteArray());
    QCOMPARE(Framer(Framer::Mode::Lines).header(10), QByteArray());
    QCOMPARE(Framer(Framer::Mode::Lines).trailer(), QByteArray("\n"));
    QCOMPARE(Framer(Framer::Mode::LengthPrefixed).trailer(), QByteArray());
}

void tst_Framer::names()
{
    for (Framer::Mode mode : {Framer::Mode::Raw, Framer::Mode::Lines, Framer::Mode::LengthPrefixed})
        QCOMPARE(Framer::fromName(Framer::name(mode)), std::optional<Framer::Mode>(mode));
    QCOMPARE(Framer::name(Framer::Mode::LengthPrefixed), QStringLiteral("length"));
    QCOMPARE(Framer::fromName(QStringLiteral(" LINES ")), std::optional<Framer::Mode>(Framer::Mode::Lines));
    QVERIFY(!Framer::fromName(QStringLiteral("json")).has_value());
    QVERIFY(!Framer::fromName(QString()).has_value());
}

QTEST_GUILESS_MAIN(tst_Framer)
#include "tst_framer.moc"
