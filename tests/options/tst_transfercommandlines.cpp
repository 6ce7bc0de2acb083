// `socketlab get` and `socketlab put` options (GetCommandLine, PutCommandLine): the server, the
// file, the protocol, where it goes, and every bad input refused with its sentence.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "CommandLineTest.h"
#include "GetCommandLine.h"
#include "PutCommandLine.h"

using namespace Qt::StringLiterals;

namespace {
std::optional<TransferRequest> parseGet(const QStringList &arguments, QString *error)
{
    return GetCommandLine::parse(arguments, error);
}

std::optional<TransferRequest> parsePut(const QStringList &arguments, QString *error)
{
    return PutCommandLine::parse(arguments, error);
}
} // namespace

class TestTransferCommandLines : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tablesHaveEveryOption();
    void getReadsEveryOption();
    void getDefaults();
    void getRefusesBadArguments_data();
    void getRefusesBadArguments();
    void putReadsEveryOption();
    void putDefaults();
    void putRefusesBadArguments_data();
    void putRefusesBadArguments();

private:
    QTemporaryDir m_dir;
    QString m_file;
};

void TestTransferCommandLines::initTestCase()
{
    m_file = m_dir.filePath(u"notes.txt"_s);
    QFile file(m_file);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hello");
}

void TestTransferCommandLines::tablesHaveEveryOption()
{
    QCOMPARE(CommandLineTest::optionNames(GetCommandLine::spec()), (QStringList{u"out"_s, u"classic"_s, u"events"_s}));
    QCOMPARE(CommandLineTest::optionNames(PutCommandLine::spec()), (QStringList{u"classic"_s, u"name"_s, u"events"_s}));
}

void TestTransferCommandLines::getReadsEveryOption()
{
    QString error;
    const auto request = parseGet({u"127.0.0.1:7890"_s, u"a b.txt"_s, u"--out"_s, m_dir.path(), u"--classic"_s}, &error);
    QVERIFY2(request, qPrintable(error));
    QCOMPARE(request->direction, TransferInfo::Direction::Download);
    QCOMPARE(request->protocol, TransferInfo::Protocol::Classic);
    QCOMPARE(request->host, u"127.0.0.1"_s);
    QCOMPARE(request->port, quint16(7890));
    QCOMPARE(request->remoteName, u"a b.txt"_s);
    QCOMPARE(request->localPath, QDir(m_dir.path()).absolutePath());
}

void TestTransferCommandLines::getDefaults()
{
    QString error;
    const auto request = parseGet({u"localhost:7891"_s, u"a.txt"_s}, &error);
    QVERIFY2(request, qPrintable(error));
    QCOMPARE(request->protocol, TransferInfo::Protocol::Slft);
    QCOMPARE(request->localPath, QDir::current().absolutePath());   // the current folder
}

void TestTransferCommandLines::getRefusesBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    const QString needs = u"get needs the server and the file name: socketlab get HOST:PORT NAME."_s;
    QTest::newRow("nothing") << QStringList{} << needs;
    QTest::newRow("no name") << QStringList{u"127.0.0.1:1"_s} << needs;
    QTest::newRow("three") << QStringList{u"127.0.0.1:1"_s, u"a"_s, u"b"_s} << needs;
    QTest::newRow("not host:port") << QStringList{u"nohostport"_s, u"x"_s}
                                   << u"“nohostport” is not HOST:PORT (for example 127.0.0.1:1246, localhost:8000 or "
                                      u"[::1]:9000; the port is 1-65535)."_s;
    QTest::newRow("empty name") << QStringList{u"127.0.0.1:1"_s, u""_s} << u"The file name is empty."_s;
    QTest::newRow("unknown option") << QStringList{u"127.0.0.1:1"_s, u"a"_s, u"--resume"_s} << u"Unknown option 'resume'."_s;
}

void TestTransferCommandLines::getRefusesBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    bool failed = false;
    QCOMPARE(CommandLineTest::errorOf(parseGet, arguments, &failed), error);
    QVERIFY(failed);
}

void TestTransferCommandLines::putReadsEveryOption()
{
    QString error;
    const auto request = parsePut({u"[::1]:12800"_s, m_file, u"--classic"_s, u"--name"_s, u"other.txt"_s}, &error);
    QVERIFY2(request, qPrintable(error));
    QCOMPARE(request->direction, TransferInfo::Direction::Upload);
    QCOMPARE(request->protocol, TransferInfo::Protocol::Classic);
    QCOMPARE(request->host, u"::1"_s);
    QCOMPARE(request->port, quint16(12800));
    QCOMPARE(request->localPath, QFileInfo(m_file).absoluteFilePath());
    QCOMPARE(request->remoteName, u"other.txt"_s);
}

void TestTransferCommandLines::putDefaults()
{
    QString error;
    const auto request = parsePut({u"localhost:7891"_s, m_file}, &error);
    QVERIFY2(request, qPrintable(error));
    QCOMPARE(request->protocol, TransferInfo::Protocol::Slft);
    QCOMPARE(request->remoteName, u"notes.txt"_s);   // the file's own name
}

void TestTransferCommandLines::putRefusesBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    const QString needs = u"put needs the server and the file: socketlab put HOST:PORT FILE."_s;
    QTest::newRow("nothing") << QStringList{} << needs;
    QTest::newRow("no file") << QStringList{u"127.0.0.1:1"_s} << needs;
    QTest::newRow("not host:port") << QStringList{u"127.0.0.1"_s, m_file}
                                   << u"“127.0.0.1” is not HOST:PORT (for example 127.0.0.1:1246, localhost:8000 or "
                                      u"[::1]:9000; the port is 1-65535)."_s;
    QTest::newRow("no such file") << QStringList{u"127.0.0.1:1"_s, u"/no/such/file"_s} << u"“/no/such/file” is not a readable file."_s;
    QTest::newRow("a folder") << QStringList{u"127.0.0.1:1"_s, m_dir.path()}
                              << QStringLiteral("“%1” is not a readable file.").arg(m_dir.path());
    QTest::newRow("name without value") << QStringList{u"127.0.0.1:1"_s, m_file, u"--name"_s} << u"Missing value after '--name'."_s;
}

void TestTransferCommandLines::putRefusesBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    bool failed = false;
    QCOMPARE(CommandLineTest::errorOf(parsePut, arguments, &failed), error);
    QVERIFY(failed);
}

QTEST_GUILESS_MAIN(TestTransferCommandLines)
#include "tst_transfercommandlines.moc"
