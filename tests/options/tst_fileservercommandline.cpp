// `socketlab file-server` options (FileServerCommandLine): the folders, the three ports, the
// limits, and every bad input refused with its sentence.
#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include "CommandLineTest.h"
#include "FileServerCommandLine.h"

using namespace Qt::StringLiterals;

namespace {
std::optional<FileServerOptions> parse(const QStringList &arguments, QString *error)
{
    return FileServerCommandLine::parse(arguments, error);
}
} // namespace

class TestFileServerCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void tableHasEveryOption();
    void everyOptionIsRead();
    void defaultsAreTheEngines();
    void badArgumentsAreRefused_data();
    void badArgumentsAreRefused();

private:
    QTemporaryDir m_dir;
};

void TestFileServerCommandLine::tableHasEveryOption()
{
    QCOMPARE(CommandLineTest::optionNames(FileServerCommandLine::spec()),
             (QStringList{u"root"_s, u"inbox"_s, u"download-port"_s, u"upload-port"_s, u"port"_s, u"bind"_s, u"header-timeout"_s,
                          u"progress-timeout"_s, u"max-connections"_s, u"show-uploads"_s, u"events"_s}));
}

void TestFileServerCommandLine::everyOptionIsRead()
{
    QString error;
    const QString root = m_dir.filePath(u"share"_s);
    const auto options = parse({u"--root"_s, root, u"--inbox"_s, m_dir.filePath(u"in"_s), u"--download-port"_s, u"0"_s,
                                u"--upload-port"_s, u"1"_s, u"--port"_s, u"2"_s, u"--bind"_s, u"localhost"_s, u"--header-timeout"_s, u"300"_s,
                                u"--progress-timeout"_s, u"100"_s, u"--max-connections"_s, u"5"_s, u"--show-uploads"_s},
                               &error);
    QVERIFY2(options, qPrintable(error));
    QCOMPARE(options->root, QDir(root).absolutePath());
    QCOMPARE(options->inbox, QDir(m_dir.filePath(u"in"_s)).absolutePath());
    QCOMPARE(options->downloadPort, quint16(0));
    QCOMPARE(options->uploadPort, quint16(1));
    QCOMPARE(options->protocolPort, quint16(2));
    QCOMPARE(options->bindAddress, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(options->headerTimeoutMs, 300);
    QCOMPARE(options->progressTimeoutMs, 100);
    QCOMPARE(options->maxConnections, 5);
    QVERIFY(options->showUploads);
}

void TestFileServerCommandLine::defaultsAreTheEngines()
{
    QString error;
    // A relative folder is taken from the current one.
    const auto options = parse({u"--root"_s, u"share"_s}, &error);
    QVERIFY2(options, qPrintable(error));
    const FileServerOptions defaults;
    QCOMPARE(options->root, QDir::current().absoluteFilePath(u"share"_s));
    QVERIFY(options->inbox.isEmpty());   // the shared folder
    QCOMPARE(options->downloadPort, quint16(7890));
    QCOMPARE(options->uploadPort, quint16(12800));
    QCOMPARE(options->protocolPort, quint16(7891));
    QCOMPARE(options->bindAddress, QHostAddress(QHostAddress::Any));
    QCOMPARE(options->headerTimeoutMs, defaults.headerTimeoutMs);
    QCOMPARE(options->progressTimeoutMs, defaults.progressTimeoutMs);
    QCOMPARE(options->maxConnections, defaults.maxConnections);
    QVERIFY(!options->showUploads);
    const CommandSpec &spec = FileServerCommandLine::spec();
    QCOMPARE(spec.option(u"header-timeout"_s)->defaultValue(), QString::number(defaults.headerTimeoutMs));
    QCOMPARE(spec.option(u"progress-timeout"_s)->defaultValue(), QString::number(defaults.progressTimeoutMs));
    QCOMPARE(spec.option(u"max-connections"_s)->defaultValue(), QString::number(defaults.maxConnections));
}

void TestFileServerCommandLine::badArgumentsAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("no root") << QStringList{} << u"The shared folder is missing: give it with --root DIR."_s;
    QTest::newRow("port") << QStringList{u"--root"_s, u"x"_s, u"--port"_s, u"abc"_s}
                          << u"“abc” is not a port number for --port: use 0-65535."_s;
    QTest::newRow("download-port") << QStringList{u"--root"_s, u"x"_s, u"--download-port"_s, u"65536"_s}
                                   << u"“65536” is not a port number for --download-port: use 0-65535."_s;
    QTest::newRow("upload-port") << QStringList{u"--root"_s, u"x"_s, u"--upload-port"_s, u"-2"_s}
                                 << u"“-2” is not a port number for --upload-port: use 0-65535."_s;
    QTest::newRow("bind") << QStringList{u"--root"_s, u"x"_s, u"--bind"_s, u"nowhere"_s}
                          << u"“nowhere” is not an address to listen on: use any, localhost or an IP address such as "
                             u"127.0.0.1."_s;
    QTest::newRow("header-timeout") << QStringList{u"--root"_s, u"x"_s, u"--header-timeout"_s, u"0"_s}
                                    << u"“0” is not a number of milliseconds for --header-timeout."_s;
    QTest::newRow("progress-timeout") << QStringList{u"--root"_s, u"x"_s, u"--progress-timeout"_s, u"99"_s}
                                      << u"“99” is not a valid value for --progress-timeout: use a whole number from 100 to "
                                         u"86400000."_s;
    QTest::newRow("max-connections") << QStringList{u"--root"_s, u"x"_s, u"--max-connections"_s, u"100001"_s}
                                     << u"“100001” is not a valid value for --max-connections: use a whole number from 1 "
                                        u"to 100000."_s;
    QTest::newRow("positional") << QStringList{u"--root"_s, u"x"_s, u"extra"_s}
                                << u"Unexpected argument “extra”: file-server takes only options."_s;
    QTest::newRow("unknown option") << QStringList{u"--root"_s, u"x"_s, u"--encoding"_s, u"gbk"_s} << u"Unknown option 'encoding'."_s;
}

void TestFileServerCommandLine::badArgumentsAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    bool failed = false;
    QCOMPARE(CommandLineTest::errorOf(parse, arguments, &failed), error);
    QVERIFY(failed);
}

QTEST_GUILESS_MAIN(TestFileServerCommandLine)
#include "tst_fileservercommandline.moc"
