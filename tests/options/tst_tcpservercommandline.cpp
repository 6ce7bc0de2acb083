// `socketlab tcp-server` options (TcpServerCommandLine): every option read, the defaults being
// the engine's, the texts encoded in --encoding, every bad input refused with its sentence.
#include <QTemporaryDir>
#include <QtTest>

#include "CommandLineTest.h"
#include "TcpServerCommandLine.h"

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 MiB = 1024 * 1024;

std::optional<TcpServerArguments> parse(const QStringList &arguments, QString *error)
{
    return TcpServerCommandLine::parse(arguments, error);
}
} // namespace

class TestTcpServerCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void tableHasEveryOption();
    void everyOptionIsRead();
    void defaultsAreTheEngines();
    void textsAreEncodedInTheChosenEncoding();
    void checksumIsRead();
    void saveIsRead();
    void badArgumentsAreRefused_data();
    void badArgumentsAreRefused();
};

void TestTcpServerCommandLine::tableHasEveryOption()
{
    QCOMPARE(CommandLineTest::optionNames(TcpServerCommandLine::spec()),
             (QStringList{u"port"_s, u"bind"_s, u"reply"_s, u"greeting"_s, u"relay"_s, u"framing"_s, u"max-buffered"_s, u"message-timeout"_s,
                          u"max-message"_s, u"max-clients"_s, u"quiet"_s, u"encoding"_s, u"hex"_s, u"checksum"_s, u"save"_s, u"save-format"_s, u"events"_s}));
    QCOMPARE(TcpServerCommandLine::spec().name(), QStringLiteral("tcp-server"));
}

void TestTcpServerCommandLine::everyOptionIsRead()
{
    QString error;
    const auto parsed = parse({u"--port"_s, u"1246"_s, u"--bind"_s, u"127.0.0.1"_s, u"--reply"_s, u"upper"_s, u"--greeting"_s, u"hello"_s,
                               u"--relay"_s, u"--framing"_s, u"lines"_s, u"--max-buffered"_s, u"2"_s, u"--message-timeout"_s, u"500"_s,
                               u"--max-message"_s, u"3"_s, u"--max-clients"_s, u"7"_s, u"--quiet"_s, u"--encoding"_s, u"latin-1"_s, u"--hex"_s},
                              &error);
    QVERIFY2(parsed, qPrintable(error));
    const TcpServerOptions &o = parsed->server;
    QCOMPARE(o.port, quint16(1246));
    QCOMPARE(o.bindAddress, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(o.reply.mode, ReplyPolicy::Mode::Upper);
    QCOMPARE(o.greeting, QByteArrayLiteral("hello"));
    QVERIFY(o.relay);
    QCOMPARE(o.framing, Framer::Mode::Lines);
    QCOMPARE(o.maxBufferedTotal, 2 * MiB);
    QCOMPARE(o.partialTimeoutMs, 500);
    QCOMPARE(o.maxMessage, 3 * MiB);
    QCOMPARE(o.maxClients, 7);
    QCOMPARE(parsed->text.encoding, TextCodec::Encoding::Latin1);
    QVERIFY(parsed->text.hex);
    QVERIFY(parsed->text.quiet);

    // --name=value works too, and the last of a repeated option counts.
    const auto equals = parse({u"--port=9000"_s, u"--bind=::1"_s, u"--framing"_s, u"raw"_s, u"--framing=length"_s}, &error);
    QVERIFY2(equals, qPrintable(error));
    QCOMPARE(equals->server.port, quint16(9000));
    QCOMPARE(equals->server.bindAddress, QHostAddress(QHostAddress::LocalHostIPv6));
    QCOMPARE(equals->server.framing, Framer::Mode::LengthPrefixed);
}

void TestTcpServerCommandLine::defaultsAreTheEngines()
{
    QString error;
    const auto parsed = parse({u"--port"_s, u"0"_s}, &error);
    QVERIFY2(parsed, qPrintable(error));
    const TcpServerOptions defaults;
    const TcpServerOptions &o = parsed->server;
    QCOMPARE(o.port, quint16(0));
    QCOMPARE(o.bindAddress, QHostAddress(QHostAddress::Any));   // dual stack
    QCOMPARE(o.reply.mode, ReplyPolicy::Mode::None);
    QVERIFY(o.greeting.isEmpty());
    QVERIFY(!o.relay);
    QCOMPARE(o.framing, Framer::Mode::Raw);
    QCOMPARE(o.maxBufferedTotal, defaults.maxBufferedTotal);
    QCOMPARE(o.partialTimeoutMs, defaults.partialTimeoutMs);
    QCOMPARE(o.maxMessage, defaults.maxMessage);
    QCOMPARE(o.maxClients, defaults.maxClients);
    QCOMPARE(parsed->text.encoding, TextCodec::Encoding::Utf8);
    QVERIFY(!parsed->text.hex);
    QVERIFY(!parsed->text.quiet);

    // --help shows the same defaults the parser uses.
    const CommandSpec &spec = TcpServerCommandLine::spec();
    QCOMPARE(spec.option(u"max-buffered"_s)->defaultValue(), QString::number(defaults.maxBufferedTotal / MiB));
    QCOMPARE(spec.option(u"max-message"_s)->defaultValue(), QString::number(defaults.maxMessage / MiB));
    QCOMPARE(spec.option(u"message-timeout"_s)->defaultValue(), QString::number(defaults.partialTimeoutMs));
    QCOMPARE(spec.option(u"max-clients"_s)->defaultValue(), QString::number(defaults.maxClients));
}

void TestTcpServerCommandLine::textsAreEncodedInTheChosenEncoding()
{
    QString error;
    // The seed's chat server answers 已送达; a GBK client needs its GBK bytes.
    const auto gbk = parse({u"--port"_s, u"0"_s, u"--reply"_s, u"text:已送达"_s, u"--greeting"_s, u"你好"_s, u"--encoding"_s, u"gbk"_s}, &error);
    QVERIFY2(gbk, qPrintable(error));
    QCOMPARE(gbk->text.encoding, TextCodec::Encoding::Gbk);
    QCOMPARE(gbk->server.reply.mode, ReplyPolicy::Mode::Text);
    QCOMPARE(gbk->server.reply.text, QByteArray("\xd2\xd1\xcb\xcd\xb4\xef"));
    QCOMPARE(gbk->server.greeting, QByteArray("\xc4\xe3\xba\xc3"));

    const auto utf8 = parse({u"--port"_s, u"0"_s, u"--reply"_s, u"text:已送达"_s}, &error);
    QVERIFY2(utf8, qPrintable(error));
    QCOMPARE(utf8->server.reply.text, QStringLiteral("已送达").toUtf8());
}

void TestTcpServerCommandLine::checksumIsRead()
{
    QString error;
    const auto none = parse({u"--port"_s, u"1"_s}, &error);
    QVERIFY2(none, qPrintable(error));
    QCOMPARE(none->text.checksum, Checksum::Algorithm::None);
    QCOMPARE(none->text.withChecksum(QByteArray("123456789")), QByteArray("123456789"));
    const auto modbus = parse({u"--port"_s, u"1"_s, u"--checksum"_s, u"crc16-modbus"_s}, &error);
    QVERIFY2(modbus, qPrintable(error));
    QCOMPARE(modbus->text.checksum, Checksum::Algorithm::Crc16Modbus);
    QCOMPARE(modbus->text.withChecksum(QByteArray("123456789")), QByteArray("123456789\x37\x4b"));
    // Replies carry it too.
    const auto echo = parse({u"--port"_s, u"1"_s, u"--reply"_s, u"echo"_s, u"--checksum"_s, u"crc32"_s}, &error);
    QVERIFY2(echo, qPrintable(error));
    QCOMPARE(echo->server.reply.replyTo(QByteArray("123456789")), QByteArray("123456789\xcb\xf4\x39\x26"));
    // And so does the greeting.
    const auto greeting = parse({u"--port"_s, u"1"_s, u"--greeting"_s, u"hi"_s, u"--checksum"_s, u"sum8"_s}, &error);
    QVERIFY2(greeting, qPrintable(error));
    QCOMPARE(greeting->server.greeting, QByteArray("hi\xd1"));
}

void TestTcpServerCommandLine::badArgumentsAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown checksum") << QStringList{u"--port"_s, u"1"_s, u"--checksum"_s, u"crc8"_s}
                                      << u"Unknown checksum “crc8”: use none, sum8, xor8, crc16-modbus, crc16-ccitt or crc32."_s;
    QTest::newRow("no port") << QStringList{}
                             << u"The port is missing: give it with --port N (for example --port 1246)."_s;
    QTest::newRow("port not a number") << QStringList{u"--port"_s, u"eighty"_s} << u"“eighty” is not a port number: use 0-65535."_s;
    QTest::newRow("port too big") << QStringList{u"--port"_s, u"70000"_s} << u"“70000” is not a port number: use 0-65535."_s;
    QTest::newRow("port without value") << QStringList{u"--port"_s} << u"Missing value after '--port'."_s;
    QTest::newRow("bind") << QStringList{u"--port"_s, u"1"_s, u"--bind"_s, u"not-an-address"_s}
                          << u"“not-an-address” is not an address to listen on: use any, localhost or an IP address "
                             u"such as 127.0.0.1."_s;
    QTest::newRow("reply") << QStringList{u"--port"_s, u"1"_s, u"--reply"_s, u"loud"_s}
                           << u"“loud” is not a reply mode: use none, echo, upper or text:STR."_s;
    QTest::newRow("framing") << QStringList{u"--port"_s, u"1"_s, u"--framing"_s, u"packets"_s}
                             << u"“packets” is not a framing mode: use raw, lines or length."_s;
    QTest::newRow("encoding") << QStringList{u"--port"_s, u"1"_s, u"--encoding"_s, u"ebcdic"_s}
                              << u"Unknown encoding “ebcdic”: use utf-8, gbk or latin-1."_s;
    QTest::newRow("unknown option") << QStringList{u"--port"_s, u"1"_s, u"--frobnicate"_s} << u"Unknown option 'frobnicate'."_s;
    QTest::newRow("positional") << QStringList{u"--port"_s, u"1"_s, u"extra"_s}
                                << u"Unexpected argument “extra”: tcp-server takes only options."_s;
    QTest::newRow("max-buffered") << QStringList{u"--port"_s, u"1"_s, u"--max-buffered"_s, u"0"_s}
                                  << u"“0” is not a valid value for --max-buffered: use a whole number from 1 to 1048576."_s;
    QTest::newRow("message-timeout") << QStringList{u"--port"_s, u"1"_s, u"--message-timeout"_s, u"-1"_s}
                                     << u"“-1” is not a valid value for --message-timeout: use a whole number from 0 to "
                                        u"86400000."_s;
    QTest::newRow("max-clients") << QStringList{u"--port"_s, u"1"_s, u"--max-clients"_s, u"many"_s}
                                 << u"“many” is not a valid value for --max-clients: use a whole number from 1 to 1000000."_s;
    QTest::newRow("max-message") << QStringList{u"--port"_s, u"1"_s, u"--max-message"_s, u"4096"_s}
                                 << u"“4096” is not a valid value for --max-message: use a whole number from 1 to 4095."_s;
}

void TestTcpServerCommandLine::badArgumentsAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    bool failed = false;
    QCOMPARE(CommandLineTest::errorOf(parse, arguments, &failed), error);
    QVERIFY(failed);
}

void TestTcpServerCommandLine::saveIsRead()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList base = {u"--port"_s, u"1"_s};
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

QTEST_GUILESS_MAIN(TestTcpServerCommandLine)
#include "tst_tcpservercommandline.moc"
