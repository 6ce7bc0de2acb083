// ByteCountText with the application's own catalogues (socketlab_translations, under :/i18n): the
// plural of "byte" is chosen by the count, in English and in Chinese.
#include <QLocale>
#include <QTranslator>
#include <QtTest>

#include "ByteCountText.h"

class TestByteCountText : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void english_data();
    void english();
    void chinese();

private:
    void install(const QString &language, const QLocale &locale);

    QTranslator m_translator;
};

void TestByteCountText::install(const QString &language, const QLocale &locale)
{
    QCoreApplication::removeTranslator(&m_translator);
    QVERIFY(m_translator.load(QStringLiteral(":/i18n/socketlab_%1.qm").arg(language)));
    QCoreApplication::installTranslator(&m_translator);
    QLocale::setDefault(locale);
}

void TestByteCountText::cleanup()
{
    QCoreApplication::removeTranslator(&m_translator);
    QLocale::setDefault(QLocale::c());
}

void TestByteCountText::english_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    install(QStringLiteral("en"), QLocale(QLocale::English, QLocale::UnitedStates));
    QTest::newRow("zero") << ByteCountText::count(0) << QStringLiteral("0 bytes");
    QTest::newRow("one") << ByteCountText::count(1) << QStringLiteral("1 byte");
    QTest::newRow("two") << ByteCountText::count(2) << QStringLiteral("2 bytes");
    QTest::newRow("grouped") << ByteCountText::count(1048576) << QStringLiteral("1,048,576 bytes");
    QTest::newRow("beyond int") << ByteCountText::count(5000000000LL) << QStringLiteral("5,000,000,000 bytes");
    QTest::newRow("of one") << ByteCountText::ofTotal(0, 1) << QStringLiteral("0 of 1 byte");
    QTest::newRow("of many") << ByteCountText::ofTotal(4000, 1000000) << QStringLiteral("4,000 of 1,000,000 bytes");
    QTest::newRow("of beyond int") << ByteCountText::ofTotal(1, 5000000000LL) << QStringLiteral("1 of 5,000,000,000 bytes");
    QTest::newRow("small with units") << ByteCountText::withUnits(1) << QStringLiteral("1 byte");
    QTest::newRow("below a KiB") << ByteCountText::withUnits(1023) << QStringLiteral("1,023 bytes");
    QTest::newRow("MiB") << ByteCountText::withUnits(1048576) << QStringLiteral("1.00 MiB (1,048,576 bytes)");
    QTest::newRow("compact one") << ByteCountText::compact(1) << QStringLiteral("1 byte");
    QTest::newRow("compact below a KiB") << ByteCountText::compact(1023) << QStringLiteral("1,023 bytes");
    QTest::newRow("compact KiB") << ByteCountText::compact(1536) << QStringLiteral("1.50 KiB");
    // One unit system everywhere: IEC (KiB, MiB), whatever the precision.
    QTest::newRow("compact one decimal") << ByteCountText::compact(1536, 1) << QStringLiteral("1.5 KiB");
    QTest::newRow("compact MiB") << ByteCountText::compact(3 * 1024 * 1024, 1) << QStringLiteral("3.0 MiB");
    cleanup();
}

void TestByteCountText::english()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(text, expected);
}

void TestByteCountText::chinese()
{
    install(QStringLiteral("zh_CN"), QLocale(QLocale::Chinese, QLocale::China));
    QCOMPARE(ByteCountText::count(1), QStringLiteral("1 字节"));
    QCOMPARE(ByteCountText::count(2), QStringLiteral("2 字节"));
    QCOMPARE(ByteCountText::ofTotal(312, 1024), QStringLiteral("312 字节（共 1,024 字节）"));
    QCOMPARE(ByteCountText::withUnits(1048576), QStringLiteral("1.00 MiB（1,048,576 字节）"));
    QCOMPARE(ByteCountText::compact(1), QStringLiteral("1 字节"));
}

QTEST_GUILESS_MAIN(TestByteCountText)
#include "tst_bytecounttext.moc"
