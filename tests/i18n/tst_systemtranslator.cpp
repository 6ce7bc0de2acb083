// SystemTranslator, as the command line uses it: the catalogue of the system language comes from
// :/i18n (compiled into socketlab_translations, no window needed), English for any other
// language, and nothing is left installed once it is gone.
#include <QLocale>
#include <QtTest>

#include "ByteCountText.h"
#include "SystemTranslator.h"

class TestSystemTranslator : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void catalogueOfTheSystemLanguage_data();
    void catalogueOfTheSystemLanguage();
    void removedWhenGone();
};

void TestSystemTranslator::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestSystemTranslator::catalogueOfTheSystemLanguage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("catalogue");
    QTest::addColumn<QString>("oneByte");
    QTest::newRow("zh_CN") << QLocale(QLocale::Chinese, QLocale::China)
                           << QStringLiteral(":/i18n/socketlab_zh_CN.qm") << QStringLiteral("1 字节");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates)
                           << QStringLiteral(":/i18n/socketlab_en.qm") << QStringLiteral("1 byte");
    QTest::newRow("C") << QLocale::c() << QStringLiteral(":/i18n/socketlab_en.qm") << QStringLiteral("1 byte");
    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany)
                           << QStringLiteral(":/i18n/socketlab_en.qm") << QStringLiteral("1 byte");
}

void TestSystemTranslator::catalogueOfTheSystemLanguage()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, catalogue);
    QFETCH(QString, oneByte);
    QLocale::setDefault(locale);
    const SystemTranslator translator;
    QCOMPARE(translator.catalogue(), catalogue);
    QCOMPARE(ByteCountText::count(1), oneByte);
}

void TestSystemTranslator::removedWhenGone()
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    {
        const SystemTranslator translator;
        QCOMPARE(ByteCountText::count(1), QStringLiteral("1 字节"));
    }
    // The source text itself: no catalogue is installed any more.
    QCOMPARE(ByteCountText::count(1), QStringLiteral("1 byte(s)"));
}

QTEST_GUILESS_MAIN(TestSystemTranslator)
#include "tst_systemtranslator.moc"
