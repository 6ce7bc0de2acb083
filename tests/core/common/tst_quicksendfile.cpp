// QuickSendFile: the quick-send list as a file a teacher hands out. Round trip through JSON and
// through a real file; hostile and invalid files refused as a whole, with the line and a reason
// that names the key: not JSON, another format or version, unknown or missing keys, wrong types,
// a bad hex message, an unknown encoding or checksum, too many messages, too long a text, a file
// over 1 MiB.
#include <QTemporaryDir>
#include <QtTest>

#include "QuickSendFile.h"

namespace {

QuickSendItem make(const QString &name, const QString &text, bool hex = false,
                   QuickSendItem::LineEnding eol = QuickSendItem::LineEnding::None,
                   TextCodec::Encoding encoding = TextCodec::Encoding::Utf8,
                   Checksum::Algorithm checksum = Checksum::Algorithm::None)
{
    QuickSendItem item;
    item.name = name;
    item.text = text;
    item.hex = hex;
    item.lineEnding = eol;
    item.encoding = encoding;
    item.checksum = checksum;
    return item;
}

QList<QuickSendItem> sample()
{
    return {
        make(QStringLiteral("Hello"), QStringLiteral("hello"), false, QuickSendItem::LineEnding::CrLf),
        make(QStringLiteral("Read registers"), QStringLiteral("01 03 00 00 00 0A"), true, QuickSendItem::LineEnding::None,
             TextCodec::Encoding::Utf8, Checksum::Algorithm::Crc16Modbus),
        make(QStringLiteral("你好 (GBK)"), QStringLiteral("你好\n第二行"), false, QuickSendItem::LineEnding::Lf, TextCodec::Encoding::Gbk),
        make(QStringLiteral("Quote \" and \\"), QStringLiteral("é"), false, QuickSendItem::LineEnding::None,
             TextCodec::Encoding::Latin1, Checksum::Algorithm::Xor8),
    };
}

// A file with one message whose members are `members` (a JSON object body), at line 5.
QByteArray oneItem(const QByteArray &members)
{
    return "{\n"
           "  \"format\": \"socketlab-quick-send\",\n"
           "  \"version\": 1,\n"
           "  \"items\": [\n"
           "    {" + members + "}\n"
           "  ]\n"
           "}\n";
}

} // namespace

class tst_QuickSendFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void roundTripThroughAFile();
    void emptyListRoundTrips();
    void documentedExampleReads();
    void defaultsForOptionalKeys();
    void encodingNamesAreForgiving();
    void refused_data();
    void refused();
    void tooLargeIsRefusedUnread();
    void tooManyMessages();
    void missingFile();
    void unwritableFile();
};

void tst_QuickSendFile::roundTrip()
{
    const QByteArray json = QuickSendFile::toJson(sample());
    QVERIFY(json.contains("\"format\": \"socketlab-quick-send\""));
    QVERIFY(json.contains("\"version\": 1"));
    QVERIFY(json.contains("\"checksum\": \"crc16-modbus\""));
    QVERIFY(json.contains("你好"));   // UTF-8, readable, not \u escapes
    QuickSendFile::Error error;
    const std::optional<QList<QuickSendItem>> back = QuickSendFile::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error.text()));
    QCOMPARE(back->size(), sample().size());
    for (int i = 0; i < back->size(); ++i)
        QVERIFY2(back->at(i) == sample().at(i), qPrintable(back->at(i).name));
}

void tst_QuickSendFile::roundTripThroughAFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exercise 3.json"));
    QString writeError;
    QVERIFY2(QuickSendFile::write(path, sample(), &writeError), qPrintable(writeError));
    QuickSendFile::Error error;
    const std::optional<QList<QuickSendItem>> back = QuickSendFile::read(path, &error);
    QVERIFY2(back, qPrintable(error.text()));
    QVERIFY(*back == sample());
}

void tst_QuickSendFile::emptyListRoundTrips()
{
    const std::optional<QList<QuickSendItem>> back = QuickSendFile::fromJson(QuickSendFile::toJson({}));
    QVERIFY(back);
    QVERIFY(back->isEmpty());
}

void tst_QuickSendFile::documentedExampleReads()
{
    const QString source = qEnvironmentVariable("SOCKETLAB_SOURCE_DIR");
    if (source.isEmpty())
        QSKIP("SOCKETLAB_SOURCE_DIR is not set (ctest sets it)");
    QuickSendFile::Error error;
    const std::optional<QList<QuickSendItem>> items = QuickSendFile::read(source + QStringLiteral("/docs/quick-send-example.json"), &error);
    QVERIFY2(items, qPrintable(error.text()));
    QCOMPARE(items->size(), 5);
    QCOMPARE(items->at(2).payload().value_or(QByteArray()), QByteArray::fromHex("01030000000AC5CD"));
    QCOMPARE(items->at(3).payload().value_or(QByteArray()), QByteArray("\xc4\xe3\xba\xc3"));
}

void tst_QuickSendFile::defaultsForOptionalKeys()
{
    const std::optional<QList<QuickSendItem>> items = QuickSendFile::fromJson(oneItem("\"name\": \"Quit\", \"text\": \"q\""));
    QVERIFY(items);
    QCOMPARE(items->size(), 1);
    QCOMPARE(items->first(), make(QStringLiteral("Quit"), QStringLiteral("q")));
}

void tst_QuickSendFile::encodingNamesAreForgiving()
{
    const std::optional<QList<QuickSendItem>> items =
        QuickSendFile::fromJson(oneItem("\"name\": \"a\", \"text\": \"你\", \"encoding\": \"gb2312\", \"eol\": \"CRLF\", "
                                        "\"checksum\": \"CRC32\""));
    QVERIFY(items);
    QCOMPARE(items->first().encoding, TextCodec::Encoding::Gbk);
    QCOMPARE(items->first().lineEnding, QuickSendItem::LineEnding::CrLf);
    QCOMPARE(items->first().checksum, Checksum::Algorithm::Crc32);
}

void tst_QuickSendFile::refused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("reasonPart");

    QTest::newRow("not json") << QByteArray("{\n  \"format\": \"socketlab-quick-send\",\n  \"version\": 1,\n  oops\n}") << 4
                              << QStringLiteral("not valid JSON");
    QTest::newRow("an array") << QByteArray("[1, 2]") << 1 << QStringLiteral("not a SocketLab quick-send file");
    QTest::newRow("a lab file") << QByteArray("{\n  \"format\": \"socketlab-lab/1\"\n}") << 2
                                << QStringLiteral("not a SocketLab quick-send file");
    QTest::newRow("no format") << QByteArray("{\"version\": 1, \"items\": []}") << 1 << QStringLiteral("“format”");
    QTest::newRow("newer version") << QByteArray("{\n\"format\": \"socketlab-quick-send\",\n\"version\": 2,\n\"items\": []}") << 3
                                   << QStringLiteral("version 2");
    QTest::newRow("version as text") << QByteArray("{\n\"format\": \"socketlab-quick-send\",\n\"version\": \"1\",\n\"items\": []}")
                                     << 3 << QStringLiteral("“version”");
    QTest::newRow("no version") << QByteArray("{\"format\": \"socketlab-quick-send\", \"items\": []}") << 1
                                << QStringLiteral("“version”");
    QTest::newRow("unknown top key") << QByteArray("{\n\"format\": \"socketlab-quick-send\",\n\"version\": 1,\n\"items\": [],\n\"run\": \"rm\"}")
                                     << 5 << QStringLiteral("Unknown key “run”");
    QTest::newRow("items not a list") << QByteArray("{\n\"format\": \"socketlab-quick-send\",\n\"version\": 1,\n\"items\": {}}") << 4
                                      << QStringLiteral("“items”");
    QTest::newRow("message not an object") << oneItem("").replace("{}", "42") << 5 << QStringLiteral("must be an object");
    QTest::newRow("no name") << oneItem("\"text\": \"q\"") << 5 << QStringLiteral("no “name”");
    QTest::newRow("no text") << oneItem("\"name\": \"q\"") << 5 << QStringLiteral("no “text”");
    QTest::newRow("text a number") << oneItem("\"name\": \"q\", \"text\": 5") << 5 << QStringLiteral("“text” must be a text");
    QTest::newRow("hex as text") << oneItem("\"name\": \"q\", \"text\": \"00\", \"hex\": \"yes\"") << 5 << QStringLiteral("“hex”");
    QTest::newRow("unknown message key") << oneItem("\"name\": \"q\", \"text\": \"q\", \"repeat\": 3") << 5
                                         << QStringLiteral("Unknown key “repeat”");
    QTest::newRow("bad hex") << oneItem("\"name\": \"Bad\", \"text\": \"01 zz\", \"hex\": true") << 5
                             << QStringLiteral("“Bad”) cannot be sent");
    QTest::newRow("character not in encoding") << oneItem("\"name\": \"L\", \"text\": \"中\", \"encoding\": \"Latin-1\"") << 5
                                               << QStringLiteral("cannot be written in Latin-1");
    QTest::newRow("unknown encoding") << oneItem("\"name\": \"q\", \"text\": \"q\", \"encoding\": \"EBCDIC\"") << 5
                                      << QStringLiteral("“EBCDIC” is not an encoding");
    QTest::newRow("unknown line ending") << oneItem("\"name\": \"q\", \"text\": \"q\", \"eol\": \"cr\"") << 5
                                         << QStringLiteral("“cr” is not a line ending");
    QTest::newRow("unknown checksum") << oneItem("\"name\": \"q\", \"text\": \"q\", \"checksum\": \"md5\"") << 5
                                      << QStringLiteral("“md5” is not a checksum");
    QTest::newRow("nothing to send") << oneItem("\"name\": \"q\", \"text\": \"\"") << 5 << QStringLiteral("Nothing to send");
    QTest::newRow("name too long") << oneItem("\"name\": \"" + QByteArray(201, 'n') + "\", \"text\": \"q\"") << 5
                                   << QStringLiteral("at most 200");
    QTest::newRow("text too long") << oneItem("\"name\": \"n\", \"text\": \"" + QByteArray(65537, 't') + "\"") << 5
                                   << QStringLiteral("at most 65536");
    QTest::newRow("key twice") << oneItem("\"name\": \"q\",\n\"text\": \"a\",\n\"text\": \"b\"") << 7 << QStringLiteral("given twice");
    // The second message is bad: the first is not kept either (checked in refused()).
    QTest::newRow("second message bad") << QByteArray("{\"format\": \"socketlab-quick-send\", \"version\": 1, \"items\": [\n"
                                                      "{\"name\": \"ok\", \"text\": \"ok\"},\n"
                                                      "{\"name\": \"bad\", \"text\": \"zz\", \"hex\": true}\n]}")
                                        << 3 << QStringLiteral("Message 2");
}

void tst_QuickSendFile::refused()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(QString, reasonPart);

    QuickSendFile::Error error;
    const std::optional<QList<QuickSendItem>> items = QuickSendFile::fromJson(json, &error);
    QVERIFY(!items.has_value());   // nothing half-read
    QVERIFY2(error.reason.contains(reasonPart), qPrintable(error.reason));
    QCOMPARE(error.line, line);
    QCOMPARE(error.text(), QStringLiteral("Line %1: %2").arg(line).arg(error.reason));
}

void tst_QuickSendFile::tooLargeIsRefusedUnread()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // Valid JSON of a list whose name is huge: refused for its size before anything else.
    QByteArray big = oneItem("\"name\": \"" + QByteArray(QuickSendFile::MaxFileBytes, 'x') + "\", \"text\": \"q\"");
    QCOMPARE(file.write(big), big.size());
    file.close();
    QuickSendFile::Error error;
    QVERIFY(!QuickSendFile::read(path, &error));
    QCOMPARE(error.line, 0);
    QVERIFY2(error.reason.contains(QStringLiteral("1 MiB")), qPrintable(error.reason));
}

void tst_QuickSendFile::tooManyMessages()
{
    QList<QuickSendItem> many;
    for (int i = 0; i <= QuickSendFile::MaxItems; ++i)
        many.append(make(QString::number(i), QStringLiteral("x")));
    QuickSendFile::Error error;
    QVERIFY(!QuickSendFile::fromJson(QuickSendFile::toJson(many), &error));
    QVERIFY2(error.reason.contains(QStringLiteral("at most 500")), qPrintable(error.reason));
    many.removeLast();
    QVERIFY(QuickSendFile::fromJson(QuickSendFile::toJson(many)));
}

void tst_QuickSendFile::missingFile()
{
    QTemporaryDir dir;
    QuickSendFile::Error error;
    QVERIFY(!QuickSendFile::read(dir.filePath(QStringLiteral("none.json")), &error));
    QCOMPARE(error.line, 0);
    QVERIFY2(error.reason.contains(QStringLiteral("none.json")), qPrintable(error.reason));
}

void tst_QuickSendFile::unwritableFile()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!QuickSendFile::write(dir.filePath(QStringLiteral("no/such/folder/list.json")), sample(), &error));
    QVERIFY2(error.contains(QStringLiteral("list.json")), qPrintable(error));
}

QTEST_APPLESS_MAIN(tst_QuickSendFile)
#include "tst_quicksendfile.moc"
