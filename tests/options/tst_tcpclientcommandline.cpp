// `socketlab tcp-client` options (TcpClientCommandLine): the server, the line ending, the wait
// after the end of input, the engine's options and text settings, and every bad input refused.
#include <QTemporaryDir>
#include <QtTest>

#include "CommandLineTest.h"
#include "TcpClientCommandLine.h"

using namespace Qt::StringLiterals;

namespace {
std::optional<TcpClientArguments> parse(const QStringList &arguments, QString *error)
{
    return TcpClientCommandLine::parse(arguments, error);
}
} // namespace

class TestTcpClientCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void tableHasEveryOption();
    void everyOptionIsRead();
    void defaults();
    void lineEndings_data();
    void lineEndings();
    void checksumIsRead();
    void saveIsRead();
    void badArgumentsAreRefused_data();
    void badArgumentsAreRefused();
};

void TestTcpClientCommandLine::tableHasEveryOption()
{
    QCOMPARE(CommandLineTest::optionNames(TcpClientCommandLine::spec()),
             (QStringList{u"eol"_s, u"framing"_s, u"reconnect"_s, u"wait"_s, u"encoding"_s, u"hex"_s, u"checksum"_s, u"save"_s, u"save-format"_s, u"events"_s}));
}

void TestTcpClientCommandLine::everyOptionIsRead()
{
    QString error;
    const auto parsed = parse({u"[::1]:1246"_s, u"--eol"_s, u"crlf"_s, u"--framing"_s, u"length"_s, u"--reconnect"_s, u"--wait"_s, u"250"_s,
                               u"--encoding"_s, u"gbk"_s, u"--hex"_s},
                              &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->client.host, u"::1"_s);
    QCOMPARE(parsed->client.port, quint16(1246));
    QCOMPARE(parsed->client.framing, Framer::Mode::LengthPrefixed);
    QVERIFY(parsed->client.autoReconnect);
    QCOMPARE(parsed->eol, QByteArrayLiteral("\r\n"));
    QCOMPARE(parsed->closeAfterMs, 250);
    QCOMPARE(parsed->text.encoding, TextCodec::Encoding::Gbk);
    QVERIFY(parsed->text.hex);
}

void TestTcpClientCommandLine::defaults()
{
    QString error;
    const auto parsed = parse({u"localhost:8000"_s}, &error);
    QVERIFY2(parsed, qPrintable(error));
    const TcpClientOptions defaults;
    QCOMPARE(parsed->client.host, u"localhost"_s);
    QCOMPARE(parsed->client.port, quint16(8000));
    QCOMPARE(parsed->client.framing, Framer::Mode::Raw);
    QCOMPARE(parsed->client.autoReconnect, false);
    QCOMPARE(parsed->client.reconnectIntervalMs, defaults.reconnectIntervalMs);
    QCOMPARE(parsed->client.maxMessage, defaults.maxMessage);
    QVERIFY(parsed->eol.isEmpty());             // the seed servers compare whole chunks
    QCOMPARE(parsed->closeAfterMs, -1);         // wait for the server to close
    QCOMPARE(parsed->text.encoding, TextCodec::Encoding::Utf8);
    QVERIFY(!parsed->text.hex);
    QVERIFY(!parsed->text.quiet);               // tcp-client has no --quiet
    QVERIFY(!TcpClientCommandLine::spec().option(u"quiet"_s));
    // --help says u"every 2 s"_s for --reconnect: the engine's interval.
    QCOMPARE(defaults.reconnectIntervalMs, 2000);
}

void TestTcpClientCommandLine::lineEndings_data()
{
    QTest::addColumn<QString>("eol");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("none") << u"none"_s << QByteArray();
    QTest::newRow("lf") << u"lf"_s << QByteArray("\n");
    QTest::newRow("crlf") << u"crlf"_s << QByteArray("\r\n");
    QTest::newRow("upper case") << u"LF"_s << QByteArray("\n");
}

void TestTcpClientCommandLine::lineEndings()
{
    QFETCH(QString, eol);
    QFETCH(QByteArray, bytes);
    QString error;
    const auto parsed = parse({u"127.0.0.1:1"_s, u"--eol"_s, eol}, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->eol, bytes);
}

void TestTcpClientCommandLine::checksumIsRead()
{
    QString error;
    const auto none = parse({u"127.0.0.1:1246"_s}, &error);
    QVERIFY2(none, qPrintable(error));
    QCOMPARE(none->text.checksum, Checksum::Algorithm::None);
    QCOMPARE(none->text.withChecksum(QByteArray("123456789")), QByteArray("123456789"));
    const auto modbus = parse({u"127.0.0.1:1246"_s, u"--checksum"_s, u"crc16-modbus"_s}, &error);
    QVERIFY2(modbus, qPrintable(error));
    QCOMPARE(modbus->text.checksum, Checksum::Algorithm::Crc16Modbus);
    QCOMPARE(modbus->text.withChecksum(QByteArray("123456789")), QByteArray("123456789\x37\x4b"));
}

void TestTcpClientCommandLine::badArgumentsAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown checksum") << QStringList{u"127.0.0.1:1246"_s, u"--checksum"_s, u"crc8"_s}
                                      << u"Unknown checksum “crc8”: use none, sum8, xor8, crc16-modbus, crc16-ccitt or crc32."_s;
    QTest::newRow("no server") << QStringList{}
                               << u"The server is missing: give it as HOST:PORT (for example 127.0.0.1:1246)."_s;
    QTest::newRow("no port") << QStringList{u"localhost"_s}
                             << u"“localhost” is not HOST:PORT (for example 127.0.0.1:1246, localhost:8000 or [::1]:9000; "
                                u"the port is 1-65535)."_s;
    QTest::newRow("port 0") << QStringList{u"127.0.0.1:0"_s}
                            << u"“127.0.0.1:0” is not HOST:PORT (for example 127.0.0.1:1246, localhost:8000 or [::1]:9000; "
                               u"the port is 1-65535)."_s;
    QTest::newRow("two servers") << QStringList{u"127.0.0.1:1"_s, u"127.0.0.1:2"_s}
                                 << u"Unexpected argument “127.0.0.1:2”: tcp-client takes one HOST:PORT."_s;
    QTest::newRow("eol") << QStringList{u"127.0.0.1:1"_s, u"--eol"_s, u"cr"_s} << u"“cr” is not a line ending: use none, lf or crlf."_s;
    QTest::newRow("wait negative") << QStringList{u"127.0.0.1:1"_s, u"--wait"_s, u"-5"_s}
                                   << u"“-5” is not a waiting time: give a number of milliseconds (0 or more)."_s;
    QTest::newRow("wait not a number") << QStringList{u"127.0.0.1:1"_s, u"--wait"_s, u"soon"_s}
                                       << u"“soon” is not a waiting time: give a number of milliseconds (0 or more)."_s;
    QTest::newRow("framing") << QStringList{u"127.0.0.1:1"_s, u"--framing"_s, u"packets"_s}
                             << u"“packets” is not a framing mode: use raw, lines or length."_s;
    QTest::newRow("encoding") << QStringList{u"127.0.0.1:1"_s, u"--encoding"_s, u"ebcdic"_s}
                              << u"Unknown encoding “ebcdic”: use utf-8, gbk or latin-1."_s;
    QTest::newRow("quiet is not an option here") << QStringList{u"127.0.0.1:1"_s, u"--quiet"_s} << u"Unknown option 'quiet'."_s;
    QTest::newRow("wait without value") << QStringList{u"127.0.0.1:1"_s, u"--wait"_s} << u"Missing value after '--wait'."_s;
}

void TestTcpClientCommandLine::badArgumentsAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    bool failed = false;
    QCOMPARE(CommandLineTest::errorOf(parse, arguments, &failed), error);
    QVERIFY(failed);
}

void TestTcpClientCommandLine::saveIsRead()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList base = {u"127.0.0.1:1"_s};
    QString error;
    const auto none = parse(base, &error);
    QVERIFY2(none, qPrintable(error));
    QVERIFY(!none->save.isSet());
    const QString file = dir.filePath(u"in.bin"_s);
    const auto raw = parse(base + QStringList{u"--save"_s, file}, &error);
    QVERIFY2(raw, qPrintable(error));
    QCOMPARE(raw->save.path, file);
    QCOMPARE(raw->save.format, ReceiveRecorder::Format::Raw);
    QVERIFY(!QFile::exists(file));   // created when the command starts, not by reading the options
    const auto hex = parse(base + QStringList{u"--save"_s, file, u"--save-format"_s, u"hex"_s}, &error);
    QVERIFY2(hex, qPrintable(error));
    QCOMPARE(hex->save.format, ReceiveRecorder::Format::Hex);

    bool failed = false;
    QCOMPARE(CommandLineTest::errorOf(parse, base + QStringList{u"--save"_s, dir.path()}, &failed),
             u"“%1” is a folder: give the name of a file to save the received bytes into."_s.arg(dir.path()));
    QVERIFY(failed);
    QVERIFY(CommandLineTest::errorOf(parse, base + QStringList{u"--save"_s, dir.filePath(u"no/x"_s)}, &failed)
                .contains(u"does not exist"_s));
    QVERIFY(failed);
    QCOMPARE(CommandLineTest::errorOf(parse, base + QStringList{u"--save"_s, file, u"--save-format"_s, u"bin"_s}, &failed),
             u"Unknown save format “bin”: use raw or hex."_s);
    QVERIFY(failed);
    QCOMPARE(CommandLineTest::errorOf(parse, base + QStringList{u"--save-format"_s, u"hex"_s}, &failed),
             u"--save-format needs --save FILE: it says how that file is written."_s);
    QVERIFY(failed);
}

QTEST_GUILESS_MAIN(TestTcpClientCommandLine)
#include "tst_tcpclientcommandline.moc"
