#include <QtTest>

#include "ReplyPolicy.h"

using Mode = ReplyPolicy::Mode;

class tst_ReplyPolicy : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void replyTo_data();
    void replyTo();
    void replyCarriesTheChecksum();
};

void tst_ReplyPolicy::parse_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("none") << QStringLiteral("none") << true << Mode::None << QByteArray();
    QTest::newRow("echo") << QStringLiteral("echo") << true << Mode::Echo << QByteArray();
    QTest::newRow("upper") << QStringLiteral("upper") << true << Mode::Upper << QByteArray();
    QTest::newRow("text chinese") << QStringLiteral("text:已送达") << true << Mode::Text << QByteArray("已送达");
    QTest::newRow("text with colon") << QStringLiteral("text:a:b") << true << Mode::Text << QByteArray("a:b");
    QTest::newRow("text empty") << QStringLiteral("text:") << true << Mode::Text << QByteArray();
    QTest::newRow("unknown") << QStringLiteral("shout") << false << Mode::None << QByteArray();
    QTest::newRow("text without colon") << QStringLiteral("text") << false << Mode::None << QByteArray();
    QTest::newRow("empty") << QString() << false << Mode::None << QByteArray();
}

void tst_ReplyPolicy::parse()
{
    QFETCH(QString, spec);
    QFETCH(bool, valid);
    QFETCH(Mode, mode);
    QFETCH(QByteArray, text);
    const std::optional<ReplyPolicy> p = ReplyPolicy::parse(spec);
    QCOMPARE(p.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(p->mode, mode);
    QCOMPARE(p->text, text);
    QCOMPARE(p->isActive(), mode != Mode::None);
    QCOMPARE(p->toSpec(), spec);   // round trip
}

void tst_ReplyPolicy::replyTo_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<bool>("answers");
    QTest::addColumn<QByteArray>("reply");
    QTest::newRow("none") << QStringLiteral("none") << QByteArray("hi") << false << QByteArray();
    QTest::newRow("echo binary") << QStringLiteral("echo") << QByteArray("a\0b", 3) << true << QByteArray("a\0b", 3);
    QTest::newRow("upper ascii only") << QStringLiteral("upper") << QByteArray("abc 中文 xyz") << true << QByteArray("ABC 中文 XYZ");
    QTest::newRow("text ignores message") << QStringLiteral("text:已送达") << QByteArray("q") << true << QByteArray("已送达");
    QTest::newRow("echo empty") << QStringLiteral("echo") << QByteArray() << true << QByteArray();
}

void tst_ReplyPolicy::replyTo()
{
    QFETCH(QString, spec);
    QFETCH(QByteArray, message);
    QFETCH(bool, answers);
    QFETCH(QByteArray, reply);
    const std::optional<QByteArray> r = ReplyPolicy::parse(spec)->replyTo(message);
    QCOMPARE(r.has_value(), answers);
    if (answers)
        QCOMPARE(*r, reply);
}

void tst_ReplyPolicy::replyCarriesTheChecksum()
{
    ReplyPolicy p = *ReplyPolicy::parse(QStringLiteral("upper"));
    p.checksum = Checksum::Algorithm::Crc16Modbus;
    // "123456789" is already upper case: the reply is it and its CRC-16/MODBUS, low byte first.
    QCOMPARE(p.replyTo(QByteArray("123456789")), QByteArray("123456789\x37\x4b"));
    QCOMPARE(p.toSpec(), QStringLiteral("upper"));
    ReplyPolicy none;
    none.checksum = Checksum::Algorithm::Crc32;
    QVERIFY(!none.replyTo(QByteArray("x")));   // no reply, so no checksum either
}

QTEST_GUILESS_MAIN(tst_ReplyPolicy)
#include "tst_replypolicy.moc"
