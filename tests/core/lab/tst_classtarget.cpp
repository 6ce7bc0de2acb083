// ClassTarget::parseList: a targets file of `NAME HOST:PORT` lines, comments and blank lines
// skipped, and every malformed line refused with its number and the reason.
#include <QtTest>

#include "ClassTarget.h"

using namespace Qt::StringLiterals;

class TestClassTarget : public QObject
{
    Q_OBJECT

private slots:
    void readsAClass();
    void badFilesAreRefused_data();
    void badFilesAreRefused();
};

void TestClassTarget::readsAClass()
{
    const QByteArray text = "\xef\xbb\xbf# lab session 3, room 204\n"
                            "wang-wei 192.168.1.23:9000\n"
                            "\n"
                            "   李雷\t\t127.0.0.1:9001   \r\n"
                            "  # a comment with spaces before it\n"
                            "v6 [::1]:9002\n"
                            "host-name localhost:9003";
    QString error;
    const auto targets = ClassTarget::parseList(text, &error);
    QVERIFY2(targets, qPrintable(error));
    QCOMPARE(targets->size(), 4);
    QCOMPARE(targets->at(0).name, u"wang-wei"_s);
    QCOMPARE(targets->at(0).host, u"192.168.1.23"_s);
    QCOMPARE(targets->at(0).port, quint16(9000));
    QCOMPARE(targets->at(0).line, 2);
    QCOMPARE(targets->at(1).name, u"李雷"_s);
    QCOMPARE(targets->at(1).host, u"127.0.0.1"_s);
    QCOMPARE(targets->at(1).port, quint16(9001));
    QCOMPARE(targets->at(1).line, 4);
    QCOMPARE(targets->at(2).host, u"::1"_s);
    QCOMPARE(targets->at(2).line, 6);
    QCOMPARE(targets->at(3).host, u"localhost"_s);
    QCOMPARE(targets->at(3).port, quint16(9003));
}

void TestClassTarget::badFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QByteArray() << u"The targets file lists nobody: write one NAME HOST:PORT per line."_s;
    QTest::newRow("only comments") << QByteArray("# nobody yet\n\n")
                                   << u"The targets file lists nobody: write one NAME HOST:PORT per line."_s;
    QTest::newRow("no name") << QByteArray("a 127.0.0.1:1\n127.0.0.1:9000\n")
                             << u"line 2: “127.0.0.1:9000” is not NAME HOST:PORT (a name without spaces, then the address, "
                                "for example: wang-wei 192.168.1.23:9000)."_s;
    QTest::newRow("three fields") << QByteArray("wang wei 127.0.0.1:9000")
                                  << u"line 1: “wang wei 127.0.0.1:9000” is not NAME HOST:PORT (a name without spaces, then "
                                     "the address, for example: wang-wei 192.168.1.23:9000)."_s;
    QTest::newRow("bad port") << QByteArray("\n\nwang 127.0.0.1:99999")
                              << u"line 3: “127.0.0.1:99999” is not HOST:PORT (for example 127.0.0.1:1246, localhost:8000 or "
                                 "[::1]:9000; the port is 1-65535)."_s;
    QTest::newRow("no port") << QByteArray("wang 127.0.0.1")
                             << u"line 1: “127.0.0.1” is not HOST:PORT (for example 127.0.0.1:1246, localhost:8000 or "
                                "[::1]:9000; the port is 1-65535)."_s;
    QTest::newRow("same name twice") << QByteArray("wang 127.0.0.1:9000\nli 127.0.0.1:9001\nwang 127.0.0.1:9002\n")
                                     << u"line 3: the name “wang” is already used on line 1; every target needs its own name."_s;
}

void TestClassTarget::badFilesAreRefused()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    QString reason;
    QVERIFY(!ClassTarget::parseList(text, &reason));
    QCOMPARE(reason, error);
}

QTEST_GUILESS_MAIN(TestClassTarget)
#include "tst_classtarget.moc"
