// `socketlab web` options (WebCommandLine): the folder, where to listen, the listing, the log,
// the limits, and every bad input refused with its sentence.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "CommandLineTest.h"
#include "WebCommandLine.h"

using namespace Qt::StringLiterals;

namespace {
std::optional<WebServerOptions> parse(const QStringList &arguments, QString *error)
{
    return WebCommandLine::parse(arguments, error);
}
} // namespace

class TestWebCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tableHasEveryOption();
    void everyOptionIsRead();
    void defaultsAreTheEngines();
    void badArgumentsAreRefused_data();
    void badArgumentsAreRefused();

private:
    QTemporaryDir m_dir;
    QString m_file;
};

void TestWebCommandLine::initTestCase()
{
    m_file = m_dir.filePath(u"index.html"_s);
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<p>hi</p>");
}

void TestWebCommandLine::tableHasEveryOption()
{
    QCOMPARE(CommandLineTest::optionNames(WebCommandLine::spec()),
             (QStringList{u"root"_s, u"port"_s, u"bind"_s, u"listing"_s, u"quiet"_s, u"max-connections"_s, u"head-timeout"_s, u"idle-timeout"_s, u"events"_s}));
}

void TestWebCommandLine::everyOptionIsRead()
{
    QString error;
    const auto options = parse({u"--root"_s, m_dir.path(), u"--port"_s, u"0"_s, u"--bind"_s, u"127.0.0.1"_s, u"--listing"_s, u"--quiet"_s,
                                u"--max-connections"_s, u"3"_s, u"--head-timeout"_s, u"100"_s, u"--idle-timeout"_s, u"3600000"_s},
                               &error);
    QVERIFY2(options, qPrintable(error));
    QCOMPARE(options->root, QFileInfo(m_dir.path()).absoluteFilePath());
    QCOMPARE(options->port, quint16(0));
    QCOMPARE(options->bindAddress, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(options->listing);
    QVERIFY(!options->logRequests);
    QCOMPARE(options->maxConnections, 3);
    QCOMPARE(options->headTimeoutMs, 100);
    QCOMPARE(options->idleTimeoutMs, 3600000);
}

void TestWebCommandLine::defaultsAreTheEngines()
{
    QString error;
    const auto options = parse({u"--root"_s, m_dir.path()}, &error);
    QVERIFY2(options, qPrintable(error));
    const WebServerOptions defaults;
    QCOMPARE(options->port, quint16(8000));
    QCOMPARE(options->bindAddress, QHostAddress(QHostAddress::Any));
    QVERIFY(!options->listing);
    QVERIFY(options->logRequests);
    QCOMPARE(options->maxConnections, defaults.maxConnections);
    QCOMPARE(options->headTimeoutMs, defaults.headTimeoutMs);
    QCOMPARE(options->idleTimeoutMs, defaults.idleTimeoutMs);
    const CommandSpec &spec = WebCommandLine::spec();
    QCOMPARE(spec.option(u"port"_s)->defaultValue(), QString::number(defaults.port));
    QCOMPARE(spec.option(u"max-connections"_s)->defaultValue(), QString::number(defaults.maxConnections));
    QCOMPARE(spec.option(u"head-timeout"_s)->defaultValue(), QString::number(defaults.headTimeoutMs));
    QCOMPARE(spec.option(u"idle-timeout"_s)->defaultValue(), QString::number(defaults.idleTimeoutMs));
}

void TestWebCommandLine::badArgumentsAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    const QString root = m_dir.path();
    QTest::newRow("no root") << QStringList{} << u"The folder to serve is missing: give it with --root DIR."_s;
    QTest::newRow("missing folder") << QStringList{u"--root"_s, m_dir.filePath(u"nothing"_s)}
                                    << QStringLiteral("The folder “%1” does not exist.").arg(m_dir.filePath(u"nothing"_s));
    QTest::newRow("a file") << QStringList{u"--root"_s, m_file}
                            << QStringLiteral("“%1” is a file, not a folder: --root needs a folder.").arg(m_file);
    QTest::newRow("port") << QStringList{u"--root"_s, root, u"--port"_s, u"x"_s} << u"“x” is not a port number for --port: use 0-65535."_s;
    QTest::newRow("bind") << QStringList{u"--root"_s, root, u"--bind"_s, u"nowhere"_s}
                          << u"“nowhere” is not an address to listen on: use any, localhost or an IP address such as "
                             u"127.0.0.1."_s;
    QTest::newRow("max-connections") << QStringList{u"--root"_s, root, u"--max-connections"_s, u"0"_s}
                                     << u"“0” is not a valid value for --max-connections: use a whole number from 1 to 100000."_s;
    QTest::newRow("head-timeout") << QStringList{u"--root"_s, root, u"--head-timeout"_s, u"99"_s}
                                  << u"“99” is not a valid value for --head-timeout: use a whole number from 100 to 3600000."_s;
    QTest::newRow("idle-timeout") << QStringList{u"--root"_s, root, u"--idle-timeout"_s, u"3600001"_s}
                                  << u"“3600001” is not a valid value for --idle-timeout: use a whole number from 100 to "
                                     u"3600000."_s;
    QTest::newRow("positional") << QStringList{u"--root"_s, root, u"extra"_s}
                                << u"Unexpected argument “extra”: web takes only options."_s;
    QTest::newRow("unknown option") << QStringList{u"--root"_s, root, u"--hex"_s} << u"Unknown option 'hex'."_s;
}

void TestWebCommandLine::badArgumentsAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    bool failed = false;
    QCOMPARE(CommandLineTest::errorOf(parse, arguments, &failed), error);
    QVERIFY(failed);
}

QTEST_GUILESS_MAIN(TestWebCommandLine)
#include "tst_webcommandline.moc"
