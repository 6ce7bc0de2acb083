// `socketlab udp` options (UdpCommandLine): receive, send or both, replies and their limit,
// multicast joins, text settings, and every bad input refused with its sentence.
#include <QTemporaryDir>
#include <QtTest>

#include "CommandLineTest.h"
#include "UdpCommandLine.h"

using namespace Qt::StringLiterals;

namespace {
std::optional<UdpArguments> parse(const QStringList &arguments, QString *error)
{
    return UdpCommandLine::parse(arguments, error);
}
} // namespace

class TestUdpCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void tableHasEveryOption();
    void everyOptionIsRead();
    void defaults();
    void toAloneBindsAnEphemeralPort();
    void ipv4GroupBindsIpv4Only();
    void replyTextIsEncodedInTheChosenEncoding();
    void checksumIsRead();
    void saveIsRead();
    void badArgumentsAreRefused_data();
    void badArgumentsAreRefused();
};

void TestUdpCommandLine::tableHasEveryOption()
{
    QCOMPARE(CommandLineTest::optionNames(UdpCommandLine::spec()),
             (QStringList{u"port"_s, u"to"_s, u"bind"_s, u"reply"_s, u"reply-limit"_s, u"join"_s, u"interface"_s, u"ttl"_s, u"quiet"_s, u"encoding"_s, u"hex"_s, u"checksum"_s, u"save"_s, u"save-format"_s, u"events"_s}));
}

void TestUdpCommandLine::everyOptionIsRead()
{
    QString error;
    const auto parsed = parse({u"--port"_s, u"9999"_s, u"--to"_s, u"127.0.0.1:1234"_s, u"--bind"_s, u"::"_s, u"--reply"_s, u"echo"_s,
                               u"--reply-limit"_s, u"5"_s, u"--join"_s, u"ff02::1:3"_s, u"--join"_s, u"ff05::2"_s, u"--interface"_s, u"lo"_s,
                               u"--ttl"_s, u"4"_s, u"--quiet"_s, u"--encoding"_s, u"latin-1"_s, u"--hex"_s},
                              &error);
    QVERIFY2(parsed, qPrintable(error));
    const UdpOptions &udp = parsed->udp;
    QCOMPARE(udp.port, quint16(9999));
    QVERIFY(parsed->to);
    QCOMPARE(parsed->to->host, u"127.0.0.1"_s);
    QCOMPARE(parsed->to->port, quint16(1234));
    QCOMPARE(udp.bindAddress, QHostAddress(QHostAddress::AnyIPv6));
    QCOMPARE(udp.reply.mode, ReplyPolicy::Mode::Echo);
    QCOMPARE(udp.replyLimit, 5);
    QCOMPARE(parsed->joins, (QList<QHostAddress>{QHostAddress(u"ff02::1:3"_s), QHostAddress(u"ff05::2"_s)}));
    QCOMPARE(parsed->joinInterface, u"lo"_s);
    QCOMPARE(udp.multicastInterface, u"lo"_s);
    QCOMPARE(udp.multicastTtl, 4);
    QVERIFY(parsed->text.quiet);
    QVERIFY(!udp.logData);   // --quiet only counts: no event per datagram is made
    QCOMPARE(parsed->text.encoding, TextCodec::Encoding::Latin1);
    QVERIFY(parsed->text.hex);
}

void TestUdpCommandLine::defaults()
{
    QString error;
    const auto parsed = parse({u"--port"_s, u"0"_s}, &error);
    QVERIFY2(parsed, qPrintable(error));
    const UdpOptions defaults;
    const UdpOptions &udp = parsed->udp;
    QCOMPARE(udp.port, quint16(0));
    QVERIFY(!parsed->to);
    QCOMPARE(udp.bindAddress, QHostAddress(QHostAddress::Any));   // IPv4 + IPv6
    QCOMPARE(udp.reply.mode, ReplyPolicy::Mode::None);
    QCOMPARE(udp.replyLimit, defaults.replyLimit);
    QCOMPARE(udp.multicastTtl, defaults.multicastTtl);
    QVERIFY(parsed->joins.isEmpty());
    QVERIFY(parsed->joinInterface.isEmpty());
    QVERIFY(udp.logData);
    QCOMPARE(parsed->text.encoding, TextCodec::Encoding::Utf8);
    QVERIFY(!parsed->text.hex);
    QVERIFY(!parsed->text.quiet);
    const CommandSpec &spec = UdpCommandLine::spec();
    QCOMPARE(spec.option(u"reply-limit"_s)->defaultValue(), QString::number(defaults.replyLimit));
    QCOMPARE(spec.option(u"ttl"_s)->defaultValue(), QString::number(defaults.multicastTtl));
}

void TestUdpCommandLine::toAloneBindsAnEphemeralPort()
{
    QString error;
    const auto parsed = parse({u"--to"_s, u"localhost:1234"_s}, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->udp.port, quint16(0));
    QCOMPARE(parsed->to->host, u"localhost"_s);
}

void TestUdpCommandLine::ipv4GroupBindsIpv4Only()
{
    QString error;
    const auto any = parse({u"--port"_s, u"0"_s, u"--join"_s, u"239.255.43.24"_s}, &error);
    QVERIFY2(any, qPrintable(error));
    QCOMPARE(any->udp.bindAddress, QHostAddress(QHostAddress::AnyIPv4));
    // An address of one's own choosing stays.
    const auto chosen = parse({u"--port"_s, u"0"_s, u"--bind"_s, u"127.0.0.1"_s, u"--join"_s, u"239.255.43.24"_s}, &error);
    QVERIFY2(chosen, qPrintable(error));
    QCOMPARE(chosen->udp.bindAddress, QHostAddress(QHostAddress::LocalHost));
}

void TestUdpCommandLine::replyTextIsEncodedInTheChosenEncoding()
{
    QString error;
    const auto gbk = parse({u"--port"_s, u"0"_s, u"--reply"_s, u"text:收到"_s, u"--encoding"_s, u"GBK"_s}, &error);
    QVERIFY2(gbk, qPrintable(error));
    QCOMPARE(gbk->udp.reply.mode, ReplyPolicy::Mode::Text);
    QCOMPARE(gbk->udp.reply.text, QByteArray("\xca\xd5\xb5\xbd"));
    const auto utf8 = parse({u"--port"_s, u"0"_s, u"--reply"_s, u"text:ok"_s}, &error);
    QVERIFY2(utf8, qPrintable(error));
    QCOMPARE(utf8->udp.reply.text, QByteArrayLiteral("ok"));
}

void TestUdpCommandLine::checksumIsRead()
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
    QCOMPARE(echo->udp.reply.replyTo(QByteArray("123456789")), QByteArray("123456789\xcb\xf4\x39\x26"));
}

void TestUdpCommandLine::badArgumentsAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown checksum") << QStringList{u"--port"_s, u"1"_s, u"--checksum"_s, u"crc8"_s}
                                      << u"Unknown checksum “crc8”: use none, sum8, xor8, crc16-modbus, crc16-ccitt or crc32."_s;
    QTest::newRow("nothing to do") << QStringList{}
                                   << u"Say what to do: --port N to receive on port N, and/or --to HOST:PORT to send "
                                      u"typed lines there."_s;
    QTest::newRow("port not a number") << QStringList{u"--port"_s, u"eighty"_s}
                                       << u"“eighty” is not a port number: use 0-65535 (0: the system picks one)."_s;
    QTest::newRow("port too big") << QStringList{u"--port"_s, u"70000"_s}
                                  << u"“70000” is not a port number: use 0-65535 (0: the system picks one)."_s;
    QTest::newRow("port negative") << QStringList{u"--port"_s, u"-1"_s}
                                   << u"“-1” is not a port number: use 0-65535 (0: the system picks one)."_s;
    QTest::newRow("reply") << QStringList{u"--port"_s, u"1"_s, u"--reply"_s, u"loud"_s}
                           << u"“loud” is not a reply mode: use none, echo, upper or text:STR."_s;
    QTest::newRow("reply-limit negative") << QStringList{u"--port"_s, u"1"_s, u"--reply-limit"_s, u"-1"_s}
                                          << u"“-1” is not a number of replies for --reply-limit: use 0 or more (0: no limit)."_s;
    QTest::newRow("reply-limit word") << QStringList{u"--port"_s, u"1"_s, u"--reply-limit"_s, u"many"_s}
                                      << u"“many” is not a number of replies for --reply-limit: use 0 or more (0: no limit)."_s;
    QTest::newRow("to without port") << QStringList{u"--port"_s, u"1"_s, u"--to"_s, u"localhost"_s}
                                     << u"“localhost” is not HOST:PORT (for example 127.0.0.1:1246, localhost:8000 or "
                                        u"[::1]:9000; the port is 1-65535)."_s;
    QTest::newRow("to port 0") << QStringList{u"--to"_s, u"127.0.0.1:0"_s}
                               << u"“127.0.0.1:0” is not HOST:PORT (for example 127.0.0.1:1246, localhost:8000 or "
                                  u"[::1]:9000; the port is 1-65535)."_s;
    QTest::newRow("join unicast") << QStringList{u"--port"_s, u"1"_s, u"--join"_s, u"10.0.0.1"_s}
                                  << u"“10.0.0.1” is not a multicast group: use 224.0.0.0-239.255.255.255 or an IPv6 "
                                     u"ff00::/8 address."_s;
    QTest::newRow("bind") << QStringList{u"--port"_s, u"1"_s, u"--bind"_s, u"not-an-address"_s}
                          << u"“not-an-address” is not an address to bind: use any, localhost or an IP address such as "
                             u"127.0.0.1."_s;
    QTest::newRow("ttl") << QStringList{u"--port"_s, u"1"_s, u"--ttl"_s, u"300"_s} << u"“300” is not a TTL: use 0-255."_s;
    QTest::newRow("encoding") << QStringList{u"--port"_s, u"1"_s, u"--encoding"_s, u"ebcdic"_s}
                              << u"Unknown encoding “ebcdic”: use utf-8, gbk or latin-1."_s;
    QTest::newRow("unknown option") << QStringList{u"--port"_s, u"1"_s, u"--frobnicate"_s} << u"Unknown option 'frobnicate'."_s;
    QTest::newRow("positional") << QStringList{u"--port"_s, u"1"_s, u"extra"_s}
                                << u"Unexpected argument “extra”: udp takes only options."_s;
}

void TestUdpCommandLine::badArgumentsAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    bool failed = false;
    QCOMPARE(CommandLineTest::errorOf(parse, arguments, &failed), error);
    QVERIFY(failed);
}

void TestUdpCommandLine::saveIsRead()
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

QTEST_GUILESS_MAIN(TestUdpCommandLine)
#include "tst_udpcommandline.moc"
