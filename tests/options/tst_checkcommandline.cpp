// `socketlab check` options (CheckCommandLine): --list, a lab against HOST:PORT, --serve for a
// client lab, --targets for a class, --lab-file, the report options, --set, and every bad input
// refused with a clear reason (an invalid lab or targets file with its name and line).
#include <QtTest>

#include <QTemporaryDir>

#include "CheckCommandLine.h"
#include "CommandLineTest.h"

using namespace Qt::StringLiterals;

namespace {

const QByteArray ServerLab = R"({
  "format": "socketlab-lab/1",
  "id": "mini-upper",
  "title": {"en": "Mini upper-case server", "zh_CN": "迷你大写服务器"},
  "script": "test",
  "role": "server",
  "port": 9000,
  "parameters": [{"name": "word", "default": "hello"}],
  "checks": [
    {"id": "upper", "title": {"en": "Upper"},
     "steps": [{"connect": "a"}, {"send": "a", "text": "${word}"}, {"expect": "a", "upper": true}]}
  ]
}
)";

const QByteArray ClientLab = R"({
  "format": "socketlab-lab/1",
  "id": "mini-client",
  "title": {"en": "Mini client"},
  "script": "test",
  "role": "client",
  "port": 12800,
  "checks": [
    {"id": "hello", "title": {"en": "Says hello"}, "steps": [{"accept": "c"}, {"expect": "c", "text": "hello"}]}
  ]
}
)";

// Line 6 has a key that does not exist.
const QByteArray BadLab = R"({
  "format": "socketlab-lab/1",
  "id": "bad",
  "title": {"en": "Bad"},
  "role": "server",
  "prot": 9000,
  "checks": []
}
)";

} // namespace

class TestCheckCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tableHasEveryOption();
    void list();
    void builtInLabAgainstAServer();
    void labFileAgainstAServer();
    void serveForAClientLab();
    void classRun();
    void badArgumentsAreRefused_data();
    void badArgumentsAreRefused();
    void invalidLabFileNamesTheLine();
    void invalidTargetsFileNamesTheLine();

private:
    QString write(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    QString m_serverLab;
    QString m_clientLab;
    QString m_targets;
};

QString TestCheckCommandLine::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestCheckCommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_serverLab = write(u"server.json"_s, ServerLab);
    m_clientLab = write(u"client.json"_s, ClientLab);
    m_targets = write(u"class.txt"_s, "# room 204\nwang-wei 127.0.0.1:9001\nli-lei 127.0.0.1:9002\n");
}

void TestCheckCommandLine::tableHasEveryOption()
{
    QCOMPARE(CommandLineTest::optionNames(CheckCommandLine::spec()),
             (QStringList{u"list"_s, u"lab-file"_s, u"serve"_s, u"port"_s, u"bind"_s, u"wait"_s, u"targets"_s, u"csv"_s,
                          u"parallel"_s, u"json"_s, u"junit"_s, u"timeout"_s, u"set"_s}));
    QCOMPARE(CheckCommandLine::spec().name(), u"check"_s);
}

void TestCheckCommandLine::list()
{
    QString error;
    const auto parsed = CheckCommandLine::parse({u"--list"_s}, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->mode, CheckArguments::Mode::List);
}

void TestCheckCommandLine::builtInLabAgainstAServer()
{
    QString error;
    const auto parsed = CheckCommandLine::parse({u"tcp-upper"_s, u"127.0.0.1:9000"_s, u"--json"_s, u"--junit"_s, u"out.xml"_s,
                                                 u"--timeout"_s, u"500"_s},
                                                &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->mode, CheckArguments::Mode::Target);
    QCOMPARE(parsed->lab.id, u"tcp-upper"_s);
    QVERIFY(parsed->labFile.isEmpty());
    QCOMPARE(parsed->host, u"127.0.0.1"_s);
    QCOMPARE(parsed->port, quint16(9000));
    QVERIFY(parsed->json);
    QCOMPARE(parsed->junitFile, u"out.xml"_s);
    QCOMPARE(parsed->timeoutMs, 500);
}

void TestCheckCommandLine::labFileAgainstAServer()
{
    QString error;
    const auto parsed = CheckCommandLine::parse({u"--lab-file"_s, m_serverLab, u"[::1]:9100"_s, u"--set"_s, u"word=你好"_s}, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->mode, CheckArguments::Mode::Target);
    QCOMPARE(parsed->lab.id, u"mini-upper"_s);
    QCOMPARE(parsed->labFile, m_serverLab);
    QCOMPARE(parsed->host, u"::1"_s);
    QCOMPARE(parsed->port, quint16(9100));
    QCOMPARE(parsed->parameters, (QMap<QString, QString>{{u"word"_s, u"你好"_s}}));
    QVERIFY(!parsed->json);
    QCOMPARE(parsed->timeoutMs, 0);
}

void TestCheckCommandLine::serveForAClientLab()
{
    QString error;
    auto parsed = CheckCommandLine::parse({u"--lab-file"_s, m_clientLab, u"--serve"_s, u"--port"_s, u"12900"_s, u"--bind"_s,
                                           u"127.0.0.1"_s, u"--wait"_s, u"5"_s},
                                          &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->mode, CheckArguments::Mode::Serve);
    QCOMPARE(parsed->listenPort, quint16(12900));
    QCOMPARE(parsed->bind, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(parsed->clientWaitMs, 5000);

    parsed = CheckCommandLine::parse({u"--lab-file"_s, m_clientLab, u"--serve"_s}, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->listenPort, quint16(0));   // the lab's port
    QCOMPARE(parsed->clientWaitMs, 60000);
}

void TestCheckCommandLine::classRun()
{
    QString error;
    auto parsed = CheckCommandLine::parse({u"--lab-file"_s, m_serverLab, u"--targets"_s, m_targets, u"--csv"_s, u"class.csv"_s,
                                           u"--parallel"_s, u"20"_s},
                                          &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->mode, CheckArguments::Mode::Class);
    QCOMPARE(parsed->targets.size(), 2);
    QCOMPARE(parsed->targets.at(1).name, u"li-lei"_s);
    QCOMPARE(parsed->targets.at(1).port, quint16(9002));
    QCOMPARE(parsed->csvFile, u"class.csv"_s);
    QCOMPARE(parsed->parallel, 20);

    parsed = CheckCommandLine::parse({u"tcp-upper"_s, u"--targets"_s, m_targets}, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->parallel, 8);
    QVERIFY(parsed->csvFile.isEmpty());
}

void TestCheckCommandLine::badArgumentsAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("nothing") << QStringList{}
                             << u"The lab is missing: give its id (socketlab check --list shows them) or --lab-file FILE."_s;
    QTest::newRow("unknown lab") << QStringList{u"tcp-uper"_s, u"127.0.0.1:9000"_s}
                                 << u"There is no built-in lab “tcp-uper”: socketlab check --list shows them."_s;
    QTest::newRow("list with a lab") << QStringList{u"--list"_s, u"tcp-upper"_s}
                                     << u"Unexpected argument “tcp-upper”: --list only lists the labs."_s;
    QTest::newRow("list with json") << QStringList{u"--list"_s, u"--json"_s}
                                    << u"--list cannot be combined with --json: it only lists the labs."_s;
    QTest::newRow("no target") << QStringList{u"tcp-upper"_s}
                               << u"The server to check is missing: give it as HOST:PORT (for example 127.0.0.1:9000)."_s;
    QTest::newRow("two targets") << QStringList{u"tcp-upper"_s, u"127.0.0.1:9000"_s, u"127.0.0.1:9001"_s}
                                 << u"Unexpected argument “127.0.0.1:9001”: check takes one lab and one HOST:PORT."_s;
    QTest::newRow("bad target") << QStringList{u"tcp-upper"_s, u"127.0.0.1"_s}
                                << u"“127.0.0.1” is not HOST:PORT (for example 127.0.0.1:1246, localhost:8000 or [::1]:9000; "
                                   "the port is 1-65535)."_s;
    QTest::newRow("serve for a server lab")
        << QStringList{u"tcp-upper"_s, u"--serve"_s}
        << u"“tcp-upper” checks a server: give the student's server as HOST:PORT (or a class with --targets FILE); --serve is "
           "for client labs."_s;
    QTest::newRow("serve and targets") << QStringList{u"tcp-upper"_s, u"--serve"_s, u"--targets"_s, u"x.txt"_s}
                                       << u"--serve and --targets cannot be combined: --serve waits for one client, --targets "
                                          "checks a class of servers."_s;
    QTest::newRow("port without serve") << QStringList{u"tcp-upper"_s, u"127.0.0.1:9000"_s, u"--port"_s, u"1"_s}
                                        << u"--port is only for client labs with --serve."_s;
    QTest::newRow("csv without targets") << QStringList{u"tcp-upper"_s, u"127.0.0.1:9000"_s, u"--csv"_s, u"a.csv"_s}
                                         << u"--csv is only for a class run with --targets FILE."_s;
    QTest::newRow("parallel without targets") << QStringList{u"tcp-upper"_s, u"127.0.0.1:9000"_s, u"--parallel"_s, u"2"_s}
                                              << u"--parallel is only for a class run with --targets FILE."_s;
    QTest::newRow("timeout zero") << QStringList{u"tcp-upper"_s, u"127.0.0.1:9000"_s, u"--timeout"_s, u"0"_s}
                                  << u"“0” is not a valid value for --timeout: use a whole number from 1 to 120000."_s;
    QTest::newRow("timeout text") << QStringList{u"tcp-upper"_s, u"127.0.0.1:9000"_s, u"--timeout"_s, u"soon"_s}
                                  << u"“soon” is not a valid value for --timeout: use a whole number from 1 to 120000."_s;
    QTest::newRow("set without =") << QStringList{u"tcp-upper"_s, u"127.0.0.1:9000"_s, u"--set"_s, u"word"_s}
                                   << u"“word” is not NAME=VALUE: --set needs a parameter name, “=” and its value."_s;
    QTest::newRow("set on a lab without parameters")
        << QStringList{u"tcp-upper"_s, u"127.0.0.1:9000"_s, u"--set"_s, u"file=a.txt"_s}
        << u"The lab “tcp-upper” has no parameters, so --set file=a.txt cannot be used."_s;
    QTest::newRow("missing targets file") << QStringList{u"tcp-upper"_s, u"--targets"_s, u"/nonexistent/class.txt"_s}
                                          << u"The targets file “/nonexistent/class.txt” cannot be read: No such file or directory"_s;
    QTest::newRow("missing lab file") << QStringList{u"--lab-file"_s, u"/nonexistent/lab.json"_s, u"127.0.0.1:9000"_s}
                                      << u""_s;   // the parser's own reason, after the file name
    QTest::newRow("unknown option") << QStringList{u"tcp-upper"_s, u"127.0.0.1:9000"_s, u"--jsn"_s} << u""_s;
}

void TestCheckCommandLine::badArgumentsAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    bool failed = false;
    const QString reason = CommandLineTest::errorOf(&CheckCommandLine::parse, arguments, &failed);
    QVERIFY(failed);
    QVERIFY(!reason.isEmpty());
    if (!error.isEmpty())
        QCOMPARE(reason, error);
}

void TestCheckCommandLine::invalidLabFileNamesTheLine()
{
    const QString bad = write(u"bad.json"_s, BadLab);
    QString error;
    QVERIFY(!CheckCommandLine::parse({u"--lab-file"_s, bad, u"127.0.0.1:9000"_s}, &error));
    QVERIFY2(error.startsWith(bad + u": line 6: "_s), qPrintable(error));
    QVERIFY2(error.contains(u"prot"_s), qPrintable(error));

    // A client lab given a server, and a parameter the lab does not have.
    QVERIFY(!CheckCommandLine::parse({u"--lab-file"_s, m_clientLab, u"127.0.0.1:9000"_s}, &error));
    QCOMPARE(error, u"“mini-client” checks a client: SocketLab listens with --serve (and --port N) and the student's client "
                    "connects to it."_s);
    QVERIFY(!CheckCommandLine::parse({u"--lab-file"_s, m_serverLab, u"127.0.0.1:9000"_s, u"--set"_s, u"wrod=x"_s}, &error));
    QCOMPARE(error, u"The lab “mini-upper” has no parameter “wrod”; its parameters are: word."_s);
}

void TestCheckCommandLine::invalidTargetsFileNamesTheLine()
{
    const QString targets = write(u"bad-class.txt"_s, "wang 127.0.0.1:9001\nwang 127.0.0.1:9002\n");
    QString error;
    QVERIFY(!CheckCommandLine::parse({u"--lab-file"_s, m_serverLab, u"--targets"_s, targets}, &error));
    QCOMPARE(error, targets + u": line 2: the name “wang” is already used on line 1; every target needs its own name."_s);
}

QTEST_GUILESS_MAIN(TestCheckCommandLine)
#include "tst_checkcommandline.moc"
