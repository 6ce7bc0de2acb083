// CommandLineReader and TextSettings: an option table read with its defaults, whole numbers in
// a range, unknown options and missing values refused, and the text settings (--encoding, --hex,
// --quiet) turning typed lines and command-line texts into bytes.
#include <QtTest>

#include "CommandLineReader.h"
#include "CommandSpec.h"
#include "OptionValues.h"
#include "TextSettings.h"

using namespace Qt::StringLiterals;

namespace {
CommandSpec table(bool withQuiet)
{
    CommandSpec spec(u"demo"_s, "TestCommandLineReader");
    spec.addValue(u"size"_s, u"N"_s, "A size.");
    spec.addValue(u"mode"_s, u"MODE"_s, "A mode.").withDefault(u"raw"_s);
    spec.addValue(u"join"_s, u"GROUP"_s, "Groups.").repeatable();
    spec.addFlag(u"relay"_s, "A switch.");
    if (withQuiet)
        spec.addFlag(u"quiet"_s, "Less output.");
    spec.add(TextSettings::encodingOption());
    spec.add(TextSettings::hexOption());
    return spec;
}
} // namespace

class TestCommandLineReader : public QObject
{
    Q_OBJECT

private slots:
    void readsValuesDefaultsAndSwitches();
    void refusesWhatTheTableDoesNotKnow();
    void numbersStayInTheirRange_data();
    void numbersStayInTheirRange();
    void readsTextSettings();
    void refusesAnUnknownEncoding();
    void typedLinesBecomeBytes();
    void sharedValues();
};

void TestCommandLineReader::readsValuesDefaultsAndSwitches()
{
    CommandLineReader reader(table(false));
    QString error;
    QVERIFY2(reader.parse({u"--size"_s, u"5"_s, u"--join"_s, u"a"_s, u"--join=b"_s, u"--relay"_s, u"file"_s}, &error),
             qPrintable(error));
    QVERIFY(reader.has(u"size"_s));
    QVERIFY(!reader.has(u"quiet"_s));
    QVERIFY(!reader.isSet(u"quiet"_s));   // not in the table: simply not set
    QVERIFY(reader.isSet(u"size"_s));
    QCOMPARE(reader.value(u"size"_s), u"5"_s);
    QVERIFY(!reader.isSet(u"mode"_s));
    QCOMPARE(reader.value(u"mode"_s), u"raw"_s);   // the table's default
    QCOMPARE(reader.values(u"join"_s), (QStringList{u"a"_s, u"b"_s}));
    QVERIFY(reader.isSet(u"relay"_s));
    QVERIFY(!reader.isSet(u"hex"_s));
    QCOMPARE(reader.positionalArguments(), QStringList{u"file"_s});
}

void TestCommandLineReader::refusesWhatTheTableDoesNotKnow()
{
    QString error;
    CommandLineReader unknown(table(false));
    QVERIFY(!unknown.parse({u"--quiet"_s}, &error));
    QCOMPARE(error, u"Unknown option 'quiet'."_s);
    CommandLineReader missing(table(false));
    QVERIFY(!missing.parse({u"--size"_s}, &error));
    QCOMPARE(error, u"Missing value after '--size'."_s);
    CommandLineReader switchWithValue(table(false));
    QVERIFY(!switchWithValue.parse({u"--relay=yes"_s}, &error));
    QVERIFY(error.contains(u"relay"_s));
}

void TestCommandLineReader::numbersStayInTheirRange_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("value");
    QTest::newRow("not given") << QStringList{} << true << qint64(-1);
    QTest::newRow("lowest") << QStringList{u"--size"_s, u"1"_s} << true << qint64(1);
    QTest::newRow("highest") << QStringList{u"--size"_s, u"4095"_s} << true << qint64(4095);
    QTest::newRow("spaces") << QStringList{u"--size"_s, u" 12 "_s} << true << qint64(12);
    QTest::newRow("below") << QStringList{u"--size"_s, u"0"_s} << false << qint64(0);
    QTest::newRow("above") << QStringList{u"--size"_s, u"4096"_s} << false << qint64(0);
    QTest::newRow("word") << QStringList{u"--size"_s, u"big"_s} << false << qint64(0);
    QTest::newRow("fraction") << QStringList{u"--size"_s, u"1.5"_s} << false << qint64(0);
}

void TestCommandLineReader::numbersStayInTheirRange()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, ok);
    QFETCH(qint64, value);
    CommandLineReader reader(table(false));
    QString error;
    QVERIFY(reader.parse(arguments, &error));
    bool valid = false;
    const std::optional<qint64> number = reader.number(u"size"_s, 1, 4095, &valid, &error);
    QCOMPARE(valid, ok);
    if (!ok) {
        QVERIFY(!number);
        QCOMPARE(error, u"“%1” is not a valid value for --size: use a whole number from 1 to 4095."_s.arg(arguments.at(1)));
    } else if (value < 0) {
        QVERIFY(!number);
    } else {
        QCOMPARE(number.value_or(-1), value);
    }
}

void TestCommandLineReader::readsTextSettings()
{
    QString error;
    CommandLineReader defaults(table(true));
    QVERIFY(defaults.parse({}, &error));
    TextSettings settings;
    settings.hex = true;   // overwritten
    QVERIFY(TextSettings::read(defaults, &settings, &error));
    QCOMPARE(settings.encoding, TextCodec::Encoding::Utf8);
    QVERIFY(!settings.hex);
    QVERIFY(!settings.quiet);

    CommandLineReader given(table(true));
    QVERIFY(given.parse({u"--encoding"_s, u"GB2312"_s, u"--hex"_s, u"--quiet"_s}, &error));
    QVERIFY(TextSettings::read(given, &settings, &error));
    QCOMPARE(settings.encoding, TextCodec::Encoding::Gbk);
    QVERIFY(settings.hex);
    QVERIFY(settings.quiet);

    // The options' table entries.
    QCOMPARE(TextSettings::encodingOption().defaultValue(), u"utf-8"_s);
    QCOMPARE(TextSettings::encodingOption().synopsisText(), u"--encoding utf-8|gbk|latin-1"_s);
    QVERIFY(!TextSettings::hexOption().takesValue());
}

void TestCommandLineReader::refusesAnUnknownEncoding()
{
    QString error;
    CommandLineReader reader(table(false));
    QVERIFY(reader.parse({u"--encoding"_s, u"ebcdic"_s}, &error));
    TextSettings settings;
    QVERIFY(!TextSettings::read(reader, &settings, &error));
    QCOMPARE(error, u"Unknown encoding “ebcdic”: use utf-8, gbk or latin-1."_s);
}

void TestCommandLineReader::typedLinesBecomeBytes()
{
    QString error;
    TextSettings utf8;
    // Exactly the bytes typed, even when they are not UTF-8.
    QCOMPARE(utf8.inputToBytes(QByteArray("\xff\xfe ok"), &error), std::optional<QByteArray>(QByteArray("\xff\xfe ok")));
    QCOMPARE(utf8.textToBytes(u"你好"_s), u"你好"_s.toUtf8());

    TextSettings gbk;
    gbk.encoding = TextCodec::Encoding::Gbk;
    QCOMPARE(gbk.inputToBytes(u"你好"_s.toUtf8(), &error), std::optional<QByteArray>(QByteArray("\xc4\xe3\xba\xc3")));
    QCOMPARE(gbk.textToBytes(u"已送达"_s), QByteArray("\xd2\xd1\xcb\xcd\xb4\xef"));

    TextSettings hex;
    hex.hex = true;
    QCOMPARE(hex.inputToBytes("68 69", &error), std::optional<QByteArray>(QByteArrayLiteral("hi")));
    QVERIFY(!hex.inputToBytes("zz", &error));
    QVERIFY(!error.isEmpty());
    // A text given on the command line is text, also with --hex.
    QCOMPARE(hex.textToBytes(u"ok"_s), QByteArrayLiteral("ok"));
}

void TestCommandLineReader::sharedValues()
{
    QCOMPARE(OptionValues::port(u"0"_s), std::optional<quint16>(0));
    QCOMPARE(OptionValues::port(u"65535"_s), std::optional<quint16>(65535));
    QVERIFY(!OptionValues::port(u"65536"_s));
    QVERIFY(!OptionValues::port(u"-1"_s));
    QVERIFY(!OptionValues::port(QString()));

    QString error;
    TextSettings latin1;
    latin1.encoding = TextCodec::Encoding::Latin1;
    const std::optional<ReplyPolicy> reply = OptionValues::reply(u"text:café"_s, latin1, &error);
    QVERIFY(reply);
    QCOMPARE(reply->mode, ReplyPolicy::Mode::Text);
    QCOMPARE(reply->text, QByteArray("caf\xe9"));
    QCOMPARE(OptionValues::reply(u"upper"_s, latin1, &error)->mode, ReplyPolicy::Mode::Upper);
    QVERIFY(!OptionValues::reply(u"TEXT:x"_s, latin1, &error));
    QCOMPARE(error, u"“TEXT:x” is not a reply mode: use none, echo, upper or text:STR."_s);

    QCOMPARE(OptionValues::framing(u"lines"_s, &error), std::optional<Framer::Mode>(Framer::Mode::Lines));
    QVERIFY(!OptionValues::framing(u"packets"_s, &error));
    QCOMPARE(error, u"“packets” is not a framing mode: use raw, lines or length."_s);

    CommandSpec spec(u"demo"_s, "TestCommandLineReader");
    spec.add(OptionValues::bindOption());
    CommandLineReader defaults(spec);
    QVERIFY(defaults.parse({}, &error));
    QCOMPARE(OptionValues::listenAddress(defaults, &error), std::optional<QHostAddress>(QHostAddress(QHostAddress::Any)));
    CommandLineReader bad(spec);
    QVERIFY(bad.parse({u"--bind"_s, u"nowhere"_s}, &error));
    QVERIFY(!OptionValues::listenAddress(bad, &error));
    QCOMPARE(error, u"“nowhere” is not an address to listen on: use any, localhost or an IP address such as 127.0.0.1."_s);
}

QTEST_GUILESS_MAIN(TestCommandLineReader)
#include "tst_commandlinereader.moc"
