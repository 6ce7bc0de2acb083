#include <QtTest>

#include "JsonLineLocator.h"
#include "LabFileParser.h"
#include "LabPlaceholders.h"

// A server lab that uses every key of the format once (line numbers matter below).
static const char ServerLab[] = R"({
  "format": "socketlab-lab/1",
  "id": "every-key",
  "title": {"en": "Every key", "zh_CN": "所有键"},
  "description": {"en": "A lab using every key."},
  "script": "seed 003 socket_server.py",
  "role": "server",
  "port": 9000,
  "timeout": 2500,
  "parameters": [
    {"name": "file", "default": "test.txt", "description": {"en": "The file to ask for", "zh_CN": "要请求的文件"}}
  ],
  "checks": [
    {
      "id": "all-steps",
      "title": {"en": "All steps"},
      "required": false,
      "explain": {"en": "Sent ${sent}, got ${received}, size ${size}, file ${file}."},
      "steps": [
        {"connect": "a", "timeout": 1000},
        {"send": "a", "text": "GET ${file}"},
        {"expect": "a", "regex": "^0<SEPARATOR>(?<size>\\d+)$", "quiet": 200, "alone": true},
        {"expect": "a", "count": "${size}"},
        {"send": "a", "hex": "68 65 6c"},
        {"expect": "a", "upper": true},
        {"send": "a", "fill": {"text": "abcdefghij", "count": 3000}, "pieces": [1000, 1000], "pause": 300},
        {"expect": "a", "echo": true},
        {"expect": "a", "text": "已送达 ${size}", "timeout": 2000, "explain": {"en": "No ${expected} within ${timeout} ms at ${step}."}},
        {"expect": "a", "hex": "6f 6b"},
        {"expect": "a", "prefix": "hello"},
        {"expect": "a", "count": 12},
        {"expect": "a", "http": {"status": 404, "head": false, "headers": ["Content-Type"], "body": true}},
        {"shutdown": "a"},
        {"expect": "a", "closed": true, "allowData": true},
        {"close": "a"},
        {"wait": 300},
        {"connect": "u", "protocol": "udp"},
        {"send": "u", "text": "x"},
        {"expect": "u", "silence": 500},
        {"connect": "a"}
      ]
    },
    {
      "id": "second",
      "title": {"zh_CN": "第二"},
      "steps": [{"connect": "a"}]
    }
  ]
}
)";

// A client lab: accept instead of connect.
static const char ClientLab[] = R"({
  "format": "socketlab-lab/1",
  "id": "client",
  "title": {"en": "Client"},
  "role": "client",
  "port": 12800,
  "checks": [
    {"id": "c", "title": {"en": "C"}, "steps": [
      {"accept": "c", "protocol": "tcp", "timeout": 60000},
      {"expect": "c", "text": "hello"},
      {"send": "c", "text": "ok"},
      {"accept": "d", "protocol": "udp"},
      {"expect": "d", "text": "bye"}
    ]}
  ]
}
)";

class tst_LabFileParser : public QObject
{
    Q_OBJECT

private slots:
    void serverLab();
    void clientLab();
    void defaults();
    void invalid_data();
    void invalid();
    void errorText();
    void parseFile();
    void hugeFile();
    void deepNesting();
    void tenThousandChecks();
    void manySteps();
    void nulBytes();
    void wrongTypes_data();
    void wrongTypes();
    void locator();
    void placeholders();
};

// A minimal valid server lab with `steps` as its one check's steps and `extra` top-level keys.
static QByteArray lab(const QByteArray &steps, const QByteArray &extra = QByteArray(),
                      const QByteArray &role = "server")
{
    return "{\"format\": \"socketlab-lab/1\", \"id\": \"x\", \"title\": {\"en\": \"X\"}, \"role\": \"" + role
        + "\", \"port\": 1,\n" + extra + "\"checks\": [{\"id\": \"c\", \"title\": {\"en\": \"C\"}, \"steps\": [\n"
        + steps + "\n]}]}";
}

static LabDefinition parsed(const QByteArray &json)
{
    LabFileParser::Error error;
    const std::optional<LabDefinition> lab = LabFileParser::parse(json, QStringLiteral("test.json"), &error);
    if (!lab)
        qWarning("%s", qUtf8Printable(error.text()));
    return lab.value_or(LabDefinition());
}

void tst_LabFileParser::serverLab()
{
    LabFileParser::Error error;
    const std::optional<LabDefinition> lab = LabFileParser::parse(ServerLab, QStringLiteral("mine.json"), &error);
    QVERIFY2(lab, qPrintable(error.text()));
    QCOMPARE(lab->source, QStringLiteral("mine.json"));
    QCOMPARE(lab->id, QStringLiteral("every-key"));
    QCOMPARE(lab->title.in(QStringLiteral("en")), QStringLiteral("Every key"));
    QCOMPARE(lab->title.in(QStringLiteral("zh_CN")), QStringLiteral("所有键"));
    QCOMPARE(lab->description.in(QStringLiteral("en")), QStringLiteral("A lab using every key."));
    QCOMPARE(lab->script, QStringLiteral("seed 003 socket_server.py"));
    QCOMPARE(lab->role, LabDefinition::Role::Server);
    QCOMPARE(lab->defaultPort, quint16(9000));
    QCOMPARE(lab->defaultTimeoutMs, 2500);
    QCOMPARE(lab->parameters.size(), 1);
    QCOMPARE(lab->parameters[0].name, QStringLiteral("file"));
    QCOMPARE(lab->parameters[0].defaultValue, QStringLiteral("test.txt"));
    QCOMPARE(lab->parameters[0].description.in(QStringLiteral("zh_CN")), QStringLiteral("要请求的文件"));

    QCOMPARE(lab->checks.size(), 2);
    const LabCheck &c = lab->checks[0];
    QCOMPARE(c.id, QStringLiteral("all-steps"));
    QCOMPARE(c.title.in(QStringLiteral("en")), QStringLiteral("All steps"));
    QCOMPARE(c.required, false);
    QCOMPARE(c.explain.in(QStringLiteral("en")), QStringLiteral("Sent ${sent}, got ${received}, size ${size}, file ${file}."));
    QCOMPARE(c.line, 14);
    QCOMPARE(lab->checks[1].required, true);
    QCOMPARE(lab->checks[1].line, 43);
    QCOMPARE(lab->checks[1].title.in(QStringLiteral("en")), QStringLiteral("第二"));

    const QList<LabStep> &s = c.steps;
    QCOMPARE(s.size(), 21);
    for (int i = 0; i < s.size(); ++i)
        QCOMPARE(s[i].line, 20 + i);

    QCOMPARE(s[0].kind, LabStep::Kind::Connect);
    QCOMPARE(s[0].connection, QStringLiteral("a"));
    QCOMPARE(s[0].protocol, LabStep::Protocol::Tcp);
    QCOMPARE(s[0].timeoutMs, 1000);

    QCOMPARE(s[1].kind, LabStep::Kind::Send);
    QCOMPARE(s[1].text, QStringLiteral("GET ${file}"));
    QVERIFY(!s[1].isHex);

    QCOMPARE(s[2].kind, LabStep::Kind::Expect);
    QCOMPARE(s[2].match, LabStep::Match::Regex);
    QCOMPARE(s[2].pattern, QStringLiteral("^0<SEPARATOR>(?<size>\\d+)$"));
    QCOMPARE(s[2].quietMs, 200);
    QVERIFY(s[2].alone);
    QCOMPARE(s[2].timeoutMs, 0);

    QCOMPARE(s[3].match, LabStep::Match::Count);
    QCOMPARE(s[3].count, QStringLiteral("${size}"));

    QCOMPARE(s[4].kind, LabStep::Kind::Send);
    QVERIFY(s[4].isHex);
    QCOMPARE(s[4].bytes, QByteArray("hel"));

    QCOMPARE(s[5].match, LabStep::Match::Upper);

    QCOMPARE(s[6].fillText, QStringLiteral("abcdefghij"));
    QCOMPARE(s[6].fillCount, 3000);
    QCOMPARE(s[6].pieces, (QList<int>{1000, 1000}));
    QCOMPARE(s[6].pauseMs, 300);

    QCOMPARE(s[7].match, LabStep::Match::Echo);

    QCOMPARE(s[8].match, LabStep::Match::Exact);
    QCOMPARE(s[8].text, QStringLiteral("已送达 ${size}"));
    QCOMPARE(s[8].timeoutMs, 2000);
    QCOMPARE(s[8].explain.in(QStringLiteral("en")), QStringLiteral("No ${expected} within ${timeout} ms at ${step}."));

    QCOMPARE(s[9].match, LabStep::Match::Exact);
    QVERIFY(s[9].isHex);
    QCOMPARE(s[9].bytes, QByteArray("ok"));

    QCOMPARE(s[10].match, LabStep::Match::Prefix);
    QCOMPARE(s[10].text, QStringLiteral("hello"));
    QCOMPARE(s[10].quietMs, 150);

    QCOMPARE(s[11].count, QStringLiteral("12"));

    QCOMPARE(s[12].match, LabStep::Match::Http);
    QCOMPARE(s[12].httpStatus, 404);
    QCOMPARE(s[12].httpHead, false);
    QCOMPARE(s[12].httpHeaders, QStringList{QStringLiteral("Content-Type")});
    QCOMPARE(s[12].httpBody, true);

    QCOMPARE(s[13].kind, LabStep::Kind::Shutdown);
    QCOMPARE(s[13].connection, QStringLiteral("a"));
    QCOMPARE(s[14].match, LabStep::Match::Closed);
    QVERIFY(s[14].allowData);
    QCOMPARE(s[15].kind, LabStep::Kind::Close);
    QCOMPARE(s[16].kind, LabStep::Kind::Wait);
    QCOMPARE(s[16].pauseMs, 300);
    QVERIFY(s[16].connection.isEmpty());
    QCOMPARE(s[17].kind, LabStep::Kind::Connect);
    QCOMPARE(s[17].protocol, LabStep::Protocol::Udp);
    QCOMPARE(s[18].protocol, LabStep::Protocol::Udp);   // a send knows its connection's protocol
    QCOMPARE(s[19].match, LabStep::Match::Silence);
    QCOMPARE(s[19].silenceMs, 500);
    QCOMPARE(s[20].kind, LabStep::Kind::Connect);         // a closed connection may be opened again
}

void tst_LabFileParser::clientLab()
{
    LabFileParser::Error error;
    const std::optional<LabDefinition> lab = LabFileParser::parse(ClientLab, QString(), &error);
    QVERIFY2(lab, qPrintable(error.text()));
    QCOMPARE(lab->role, LabDefinition::Role::Client);
    QCOMPARE(lab->defaultPort, quint16(12800));
    const QList<LabStep> &s = lab->checks[0].steps;
    QCOMPARE(s[0].kind, LabStep::Kind::Accept);
    QCOMPARE(s[0].timeoutMs, 60000);
    QCOMPARE(s[3].kind, LabStep::Kind::Accept);
    QCOMPARE(s[3].protocol, LabStep::Protocol::Udp);
    QCOMPARE(s[4].protocol, LabStep::Protocol::Udp);
}

void tst_LabFileParser::defaults()
{
    const LabDefinition l = parsed(lab("{\"connect\": \"a\"}"));
    QCOMPARE(l.defaultTimeoutMs, 3000);
    QVERIFY(l.description.isEmpty());
    QVERIFY(l.script.isEmpty());
    QVERIFY(l.parameters.isEmpty());
    QCOMPARE(l.checks.size(), 1);
    QVERIFY(l.checks[0].required);
    QVERIFY(l.checks[0].explain.isEmpty());
    QCOMPARE(l.checks[0].steps[0].timeoutMs, 0);
}

void tst_LabFileParser::invalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("reason");   // a part of the reason

    // The steps of lab() start on line 3.
    QTest::newRow("syntax") << QByteArray("{\n\"format\": \"socketlab-lab/1\",\n\"id\" \"x\"\n}") << 3
                            << QStringLiteral("This is not valid JSON");
    QTest::newRow("empty") << QByteArray() << 1 << QStringLiteral("This is not valid JSON");
    QTest::newRow("array root") << QByteArray("[1, 2]") << 1 << QStringLiteral("one JSON object");
    QTest::newRow("string root") << QByteArray("\"lab\"") << 1 << QStringLiteral("This is not valid JSON");
    QTest::newRow("number root") << QByteArray("\n42") << 2 << QStringLiteral("This is not valid JSON");
    QTest::newRow("no format") << QByteArray("{\"id\": \"x\"}") << 1 << QStringLiteral("it has no “format”");
    QTest::newRow("wrong format") << QByteArray("{\n\"format\": \"socketlab-lab/2\"}") << 2
                                  << QStringLiteral("“format” must be \"socketlab-lab/1\"");
    QTest::newRow("unknown lab key") << lab("{\"connect\": \"a\"}", "\"titel\": 1,\n") << 2
                                     << QStringLiteral("Unknown key “titel” in the lab");
    QTest::newRow("missing id") << QByteArray("{\"format\": \"socketlab-lab/1\", \"title\": {\"en\": \"X\"}, \"role\": "
                                              "\"server\", \"port\": 1, \"checks\": []}")
                                << 1 << QStringLiteral("The lab has no “id”");
    QTest::newRow("bad id") << QByteArray("{\"format\": \"socketlab-lab/1\",\n\"id\": \"Tcp Upper\"}") << 2
                            << QStringLiteral("The id “Tcp Upper” may only use a-z, 0-9 and -");
    QTest::newRow("bad role") << lab("{\"connect\": \"a\"}", QByteArray(), "both") << 1
                              << QStringLiteral("“role” must be \"server\"");
    QTest::newRow("port 0") << QByteArray("{\"format\": \"socketlab-lab/1\", \"id\": \"x\", \"title\": {\"en\": \"X\"}, "
                                          "\"role\": \"server\",\n\"port\": 0, \"checks\": []}")
                            << 2 << QStringLiteral("“port” must be a whole number from 1 to 65535");
    QTest::newRow("port 65536") << QByteArray("{\"format\": \"socketlab-lab/1\", \"id\": \"x\", \"title\": {\"en\": \"X\"}, "
                                              "\"role\": \"server\",\n\"port\": 65536, \"checks\": []}")
                                << 2 << QStringLiteral("from 1 to 65535");
    QTest::newRow("port fraction") << QByteArray("{\"format\": \"socketlab-lab/1\", \"id\": \"x\", \"title\": {\"en\": \"X\"}, "
                                                 "\"role\": \"server\",\n\"port\": 80.5, \"checks\": []}")
                                   << 2 << QStringLiteral("from 1 to 65535");
    QTest::newRow("title empty") << QByteArray("{\"format\": \"socketlab-lab/1\", \"id\": \"x\",\n\"title\": {}, "
                                               "\"role\": \"server\", \"port\": 1, \"checks\": []}")
                                 << 2 << QStringLiteral("“title” needs a text in at least one language");
    QTest::newRow("title string") << QByteArray("{\"format\": \"socketlab-lab/1\", \"id\": \"x\",\n\"title\": \"X\", "
                                                "\"role\": \"server\", \"port\": 1, \"checks\": []}")
                                  << 2 << QStringLiteral("“title” must be texts by language");
    QTest::newRow("bad language") << QByteArray("{\"format\": \"socketlab-lab/1\", \"id\": \"x\", \"title\": {\n\"zh-CN\": \"X\"}, "
                                                "\"role\": \"server\", \"port\": 1, \"checks\": []}")
                                  << 2 << QStringLiteral("“zh-CN” is not a language code");
    QTest::newRow("no checks") << QByteArray("{\"format\": \"socketlab-lab/1\", \"id\": \"x\", \"title\": {\"en\": \"X\"}, "
                                             "\"role\": \"server\", \"port\": 1,\n\"checks\": []}")
                               << 2 << QStringLiteral("The lab has no checks");
    QTest::newRow("timeout 0") << lab("{\"connect\": \"a\"}", "\"timeout\": 0,\n") << 2
                               << QStringLiteral("“timeout” must be a time in milliseconds, a whole number from 1 to 120000");
    QTest::newRow("timeout too long") << lab("{\"connect\": \"a\", \"timeout\": 120001}") << 3
                                      << QStringLiteral("from 1 to 120000");
    QTest::newRow("duplicate key") << lab("{\"connect\": \"a\",\n \"connect\": \"b\"}") << 4
                                   << QStringLiteral("The key “connect” is given twice");
    QTest::newRow("unknown step key") << lab("{\"connect\": \"a\"},\n{\"expct\": \"a\", \"text\": \"x\"}") << 4
                                      << QStringLiteral("Unknown key “expct” in a step");
    QTest::newRow("no kind") << lab("{\"connect\": \"a\"},\n{\"text\": \"x\"}") << 4
                             << QStringLiteral("This step does nothing");
    QTest::newRow("two kinds") << lab("{\"connect\": \"a\",\n \"send\": \"a\"}") << 4
                               << QStringLiteral("This step has both “connect” and “send”");
    QTest::newRow("misplaced key") << lab("{\"connect\": \"a\"},\n{\"send\": \"a\", \"text\": \"x\", \"quiet\": 10}") << 4
                                   << QStringLiteral("“quiet” does not belong in a “send” step");
    QTest::newRow("no matcher") << lab("{\"connect\": \"a\"},\n{\"expect\": \"a\"}") << 4
                                << QStringLiteral("This expect step says nothing to expect");
    QTest::newRow("two matchers") << lab("{\"connect\": \"a\"},\n{\"expect\": \"a\", \"text\": \"x\",\n \"prefix\": \"y\"}")
                                  << 5 << QStringLiteral("This expect step has both “text” and “prefix”");
    QTest::newRow("quiet on text") << lab("{\"connect\": \"a\"},\n{\"expect\": \"a\", \"text\": \"x\", \"quiet\": 10}") << 4
                                   << QStringLiteral("“quiet” does not apply to “text”");
    QTest::newRow("allowData on silence") << lab("{\"connect\": \"a\"},\n{\"expect\": \"a\", \"silence\": 10, \"allowData\": true}")
                                          << 4 << QStringLiteral("“allowData” does not apply to “silence”");
    QTest::newRow("connect in client lab") << lab("{\"connect\": \"a\"}", QByteArray(), "client") << 3
                                           << QStringLiteral("“connect” is for server labs");
    QTest::newRow("accept in server lab") << lab("{\"accept\": \"a\"}") << 3 << QStringLiteral("“accept” is for client labs");
    QTest::newRow("send before connect") << lab("{\"send\": \"a\", \"text\": \"x\"}") << 3
                                         << QStringLiteral("Connection “a” is not open here");
    QTest::newRow("expect after close") << lab("{\"connect\": \"a\"}, {\"close\": \"a\"},\n{\"expect\": \"a\", \"closed\": true}")
                                        << 4 << QStringLiteral("Connection “a” is not open here");
    QTest::newRow("other connection") << lab("{\"connect\": \"a\"},\n{\"send\": \"b\", \"text\": \"x\"}") << 4
                                      << QStringLiteral("Connection “b” is not open here");
    QTest::newRow("connect twice") << lab("{\"connect\": \"a\"},\n{\"connect\": \"a\"}") << 4
                                   << QStringLiteral("Connection “a” is already open");
    QTest::newRow("send after shutdown") << lab("{\"connect\": \"a\"}, {\"shutdown\": \"a\"},\n{\"send\": \"a\", \"text\": \"x\"}")
                                         << 4 << QStringLiteral("was shut down for sending");
    QTest::newRow("shutdown udp") << lab("{\"connect\": \"u\", \"protocol\": \"udp\"},\n{\"shutdown\": \"u\"}") << 4
                                  << QStringLiteral("“shutdown” needs a TCP connection; connection “u” is UDP");
    QTest::newRow("closed udp") << lab("{\"connect\": \"u\", \"protocol\": \"udp\"},\n{\"expect\": \"u\", \"closed\": true}") << 4
                                << QStringLiteral("“closed” needs a TCP connection");
    QTest::newRow("bad protocol") << lab("{\"connect\": \"a\",\n \"protocol\": \"sctp\"}") << 4
                                  << QStringLiteral("“protocol” must be \"tcp\" or \"udp\"");
    QTest::newRow("bad connection name") << lab("{\"connect\": \"a b\"}") << 3 << QStringLiteral("“connect” must name a connection");
    QTest::newRow("connections do not survive a check")
        << QByteArray("{\"format\": \"socketlab-lab/1\", \"id\": \"x\", \"title\": {\"en\": \"X\"}, \"role\": \"server\", "
                      "\"port\": 1, \"checks\": [\n{\"id\": \"a\", \"title\": {\"en\": \"A\"}, \"steps\": [{\"connect\": \"a\"}]},\n"
                      "{\"id\": \"b\", \"title\": {\"en\": \"B\"}, \"steps\": [{\"send\": \"a\", \"text\": \"x\"}]}]}")
        << 3 << QStringLiteral("Connection “a” is not open here");
    QTest::newRow("duplicate check id")
        << QByteArray("{\"format\": \"socketlab-lab/1\", \"id\": \"x\", \"title\": {\"en\": \"X\"}, \"role\": \"server\", "
                      "\"port\": 1, \"checks\": [\n{\"id\": \"a\", \"title\": {\"en\": \"A\"}, \"steps\": [{\"connect\": \"a\"}]},\n"
                      "{\"id\": \"a\", \"title\": {\"en\": \"B\"}, \"steps\": [{\"connect\": \"a\"}]}]}")
        << 3 << QStringLiteral("Two checks have the id “a”");
    QTest::newRow("unknown check key")
        << QByteArray("{\"format\": \"socketlab-lab/1\", \"id\": \"x\", \"title\": {\"en\": \"X\"}, \"role\": \"server\", "
                      "\"port\": 1, \"checks\": [\n{\"id\": \"a\", \"title\": {\"en\": \"A\"},\n\"requierd\": false, \"steps\": []}]}")
        << 3 << QStringLiteral("Unknown key “requierd” in a check");
    QTest::newRow("no steps")
        << QByteArray("{\"format\": \"socketlab-lab/1\", \"id\": \"x\", \"title\": {\"en\": \"X\"}, \"role\": \"server\", "
                      "\"port\": 1, \"checks\": [\n{\"id\": \"a\", \"title\": {\"en\": \"A\"},\n\"steps\": []}]}")
        << 3 << QStringLiteral("The check has no steps");
    QTest::newRow("bad regex") << lab("{\"connect\": \"a\"},\n{\"expect\": \"a\", \"regex\": \"(abc\"}") << 4
                               << QStringLiteral("The regular expression is not valid");
    QTest::newRow("bad hex") << lab("{\"connect\": \"a\"},\n{\"send\": \"a\", \"hex\": \"6g\"}") << 4
                             << QStringLiteral("“hex” is not valid");
    QTest::newRow("odd hex") << lab("{\"connect\": \"a\"},\n{\"send\": \"a\", \"hex\": \"6 61\"}") << 4
                             << QStringLiteral("“hex” is not valid");
    QTest::newRow("empty hex") << lab("{\"connect\": \"a\"},\n{\"expect\": \"a\", \"hex\": \" \"}") << 4
                               << QStringLiteral("“hex” must give at least one byte");
    QTest::newRow("empty text") << lab("{\"connect\": \"a\"},\n{\"send\": \"a\", \"text\": \"\"}") << 4
                                << QStringLiteral("“text” must not be empty");
    QTest::newRow("nothing to send") << lab("{\"connect\": \"a\"},\n{\"send\": \"a\"}") << 4
                                     << QStringLiteral("This send step has nothing to send");
    QTest::newRow("text and hex") << lab("{\"connect\": \"a\"},\n{\"send\": \"a\", \"text\": \"x\", \"hex\": \"41\"}") << 4
                                  << QStringLiteral("This send step has both “text” and “hex”");
    QTest::newRow("fill too big") << lab("{\"connect\": \"a\"},\n{\"send\": \"a\", \"fill\": {\"text\": \"x\",\n\"count\": 1048577}}")
                                  << 5 << QStringLiteral("“count” must be a whole number from 1 to 1048576");
    QTest::newRow("fill unknown key") << lab("{\"connect\": \"a\"},\n{\"send\": \"a\", \"fill\": {\"text\": \"x\", \"count\": 3, \"times\": 2}}")
                                      << 4 << QStringLiteral("Unknown key “times” in “fill”");
    QTest::newRow("fill placeholder") << lab("{\"connect\": \"a\"},\n{\"send\": \"a\", \"fill\": {\"text\": \"${x}\", \"count\": 3}}")
                                      << 4 << QStringLiteral("cannot use ${placeholders}");
    QTest::newRow("pause without pieces") << lab("{\"connect\": \"a\"},\n{\"send\": \"a\", \"text\": \"x\", \"pause\": 10}") << 4
                                          << QStringLiteral("“pause” goes with “pieces”");
    QTest::newRow("piece 0") << lab("{\"connect\": \"a\"},\n{\"send\": \"a\", \"text\": \"x\", \"pieces\": [1,\n0]}") << 5
                             << QStringLiteral("Each piece size must be a whole number");
    QTest::newRow("upper before send") << lab("{\"connect\": \"a\"},\n{\"expect\": \"a\", \"upper\": true}") << 4
                                       << QStringLiteral("“upper” compares with the last send on connection “a”");
    QTest::newRow("echo false") << lab("{\"connect\": \"a\"}, {\"send\": \"a\", \"text\": \"x\"},\n{\"expect\": \"a\", \"echo\": false}")
                                << 4 << QStringLiteral("“echo” must be true");
    QTest::newRow("count zero") << lab("{\"connect\": \"a\"},\n{\"expect\": \"a\", \"count\": 0}") << 4
                                << QStringLiteral("“count” must be a number of bytes");
    QTest::newRow("count text") << lab("{\"connect\": \"a\"},\n{\"expect\": \"a\", \"count\": \"many\"}") << 4
                                << QStringLiteral("“count” must be a number of bytes");
    QTest::newRow("count unknown variable") << lab("{\"connect\": \"a\"},\n{\"expect\": \"a\", \"count\": \"${size}\"}") << 4
                                            << QStringLiteral("${size} is not defined here");
    QTest::newRow("capture used before its regex")
        << lab("{\"connect\": \"a\"},\n{\"expect\": \"a\", \"text\": \"${n}\"},\n{\"expect\": \"a\", \"regex\": \"(?<n>\\\\d+)\"}")
        << 4 << QStringLiteral("${n} is not defined here; a text may use");
    QTest::newRow("capture of another check")
        << QByteArray("{\"format\": \"socketlab-lab/1\", \"id\": \"x\", \"title\": {\"en\": \"X\"}, \"role\": \"server\", "
                      "\"port\": 1, \"checks\": [\n{\"id\": \"a\", \"title\": {\"en\": \"A\"}, \"steps\": [{\"connect\": \"a\"}, "
                      "{\"expect\": \"a\", \"regex\": \"(?<n>\\\\d+)\"}]},\n{\"id\": \"b\", \"title\": {\"en\": \"B\"}, \"steps\": "
                      "[{\"connect\": \"a\"},\n{\"send\": \"a\", \"text\": \"${n}\"}]}]}")
        << 4 << QStringLiteral("${n} is not defined here");
    QTest::newRow("explanation name in a text") << lab("{\"connect\": \"a\"},\n{\"send\": \"a\", \"text\": \"${received}\"}") << 4
                                                << QStringLiteral("${received} is not defined here; a text may use");
    QTest::newRow("unknown name in an explanation")
        << lab("{\"connect\": \"a\"},\n{\"send\": \"a\", \"text\": \"x\", \"explain\": {\"en\": \"got ${recieved}\"}}") << 4
        << QStringLiteral("${recieved} is not defined here; an explanation may use");
    QTest::newRow("bad placeholder") << lab("{\"connect\": \"a\"},\n{\"send\": \"a\", \"text\": \"${ file}\"}") << 4
                                     << QStringLiteral("“${ file}” is not a valid placeholder");
    QTest::newRow("unterminated placeholder") << lab("{\"connect\": \"a\"},\n{\"send\": \"a\", \"text\": \"${file\"}") << 4
                                              << QStringLiteral("“${file” is not a valid placeholder");
    QTest::newRow("reserved parameter") << lab("{\"connect\": \"a\"}", "\"parameters\": [\n{\"name\": \"sent\"}],\n") << 3
                                        << QStringLiteral("The name “sent” is reserved");
    QTest::newRow("parameter twice") << lab("{\"connect\": \"a\"}", "\"parameters\": [{\"name\": \"f\"},\n{\"name\": \"f\"}],\n") << 3
                                     << QStringLiteral("Two parameters are named “f”");
    QTest::newRow("parameter bad name") << lab("{\"connect\": \"a\"}", "\"parameters\": [\n{\"name\": \"1f\"}],\n") << 3
                                        << QStringLiteral("The name “1f” may only use letters");
    QTest::newRow("group named like a parameter")
        << lab("{\"connect\": \"a\"},\n{\"expect\": \"a\", \"regex\": \"(?<file>x)\"}", "\"parameters\": [{\"name\": \"file\"}],\n")
        << 5 << QStringLiteral("The regex group “file” has the name of a parameter");
    QTest::newRow("http head with body") << lab("{\"connect\": \"a\"},\n{\"expect\": \"a\", \"http\": {\"head\": true,\n\"body\": true}}")
                                         << 5 << QStringLiteral("A response to HEAD has no body");
    QTest::newRow("http unknown key") << lab("{\"connect\": \"a\"},\n{\"expect\": \"a\", \"http\": {\"code\": 200}}") << 4
                                      << QStringLiteral("Unknown key “code” in “http”");
    QTest::newRow("http status") << lab("{\"connect\": \"a\"},\n{\"expect\": \"a\", \"http\": {\"status\": 99}}") << 4
                                 << QStringLiteral("“status” must be a whole number from 100 to 599");
    QTest::newRow("http header name") << lab("{\"connect\": \"a\"},\n{\"expect\": \"a\", \"http\": {\"headers\": [\"Content Type\"]}}")
                                      << 4 << QStringLiteral("Each entry of “headers” must be a header name");
    QTest::newRow("wait 0") << lab("{\"wait\": 0}") << 3 << QStringLiteral("“wait” must be a time in milliseconds");
    QTest::newRow("step not an object") << lab("{\"connect\": \"a\"},\n\"send\"") << 4 << QStringLiteral("Each step must be an object");
}

void tst_LabFileParser::invalid()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(QString, reason);
    LabFileParser::Error error;
    QVERIFY(!LabFileParser::parse(json, QString(), &error));
    QVERIFY2(error.reason.contains(reason), qPrintable(error.reason));
    QCOMPARE(error.line, line);
}

void tst_LabFileParser::errorText()
{
    LabFileParser::Error error;
    QVERIFY(!LabFileParser::parse(lab("{\"connect\": \"a\"},\n{\"expct\": \"a\"}"), QString(), &error));
    QCOMPARE(error.text(), QStringLiteral("line 4: Unknown key “expct” in a step; a step has one of the keys “connect”, "
                                          "“accept”, “send”, “expect”, “shutdown”, “close”, “wait” and the keys that go with it."));
    const LabFileParser::Error noLine{0, QStringLiteral("Cannot open it.")};
    QCOMPARE(noLine.text(), QStringLiteral("Cannot open it."));
}

void tst_LabFileParser::parseFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("lab.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ClientLab);
    file.close();
    LabFileParser::Error error;
    const std::optional<LabDefinition> l = LabFileParser::parseFile(path, &error);
    QVERIFY2(l, qPrintable(error.text()));
    QCOMPARE(l->source, path);
    QCOMPARE(l->id, QStringLiteral("client"));

    QVERIFY(!LabFileParser::parseFile(dir.filePath(QStringLiteral("missing.json")), &error));
    QCOMPARE(error.line, 0);
    QVERIFY2(error.reason.contains(QStringLiteral("Cannot open the lab file")), qPrintable(error.reason));
}

void tst_LabFileParser::hugeFile()
{
    // A valid lab padded with spaces past 1 MiB: refused before it is parsed.
    QByteArray json = lab("{\"connect\": \"a\"}");
    json.append(QByteArray(LabFileParser::MaxFileBytes, ' '));
    LabFileParser::Error error;
    QVERIFY(!LabFileParser::parse(json, QString(), &error));
    QCOMPARE(error.line, 0);
    QVERIFY2(error.reason.contains(QStringLiteral("larger than 1 MiB")), qPrintable(error.reason));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.write(QByteArray(4 * LabFileParser::MaxFileBytes, ' '));
    file.close();
    QVERIFY(!LabFileParser::parseFile(path, &error));
    QVERIFY2(error.reason.contains(QStringLiteral("larger than 1 MiB")), qPrintable(error.reason));

    // Just under the limit, a flat array of numbers in an unknown key: refused by its key, quickly.
    QByteArray numbers = "{\"format\": \"socketlab-lab/1\",\n\"junk\": [0";
    while (numbers.size() < LabFileParser::MaxFileBytes - 10)
        numbers.append(",0");
    numbers.append("]}");
    QVERIFY(!LabFileParser::parse(numbers, QString(), &error));
    QCOMPARE(error.line, 2);
    QVERIFY2(error.reason.contains(QStringLiteral("Unknown key “junk”")), qPrintable(error.reason));
}

void tst_LabFileParser::deepNesting()
{
    LabFileParser::Error error;
    // Deeper than QJsonDocument accepts.
    QByteArray deep = "{\"format\": \"socketlab-lab/1\", \"id\": " + QByteArray(100000, '[') + QByteArray(100000, ']') + "}";
    QVERIFY(!LabFileParser::parse(deep, QString(), &error));
    QVERIFY(!error.reason.isEmpty());
    QCOMPARE(error.line, 1);
    // Deep but accepted by QJsonDocument: refused for its type, at its line.
    deep = "{\"format\": \"socketlab-lab/1\",\n\"id\": " + QByteArray(500, '[') + QByteArray(500, ']') + "}";
    QVERIFY(!LabFileParser::parse(deep, QString(), &error));
    QCOMPARE(error.line, 2);
    QVERIFY2(error.reason.contains(QStringLiteral("“id” must be a text")), qPrintable(error.reason));
    // Deep inside a text.
    deep = lab("{\"connect\": \"a\", \"explain\": {\"en\":\n" + QByteArray(500, '{') + QByteArray(500, '}') + "}}");
    QVERIFY(!LabFileParser::parse(deep, QString(), &error));
}

void tst_LabFileParser::tenThousandChecks()
{
    QByteArray json = "{\"format\": \"socketlab-lab/1\", \"id\": \"x\", \"title\": {\"en\": \"X\"}, \"role\": \"server\", "
                      "\"port\": 1,\n\"checks\": [";
    for (int i = 0; i < 10000; ++i)
        json += (i ? "," : "") + QByteArray("\n{\"id\": \"c") + QByteArray::number(i)
              + "\", \"title\": {\"en\": \"C\"}, \"steps\": [{\"connect\": \"a\"}]}";
    json += "]}";
    LabFileParser::Error error;
    QVERIFY(!LabFileParser::parse(json, QString(), &error));
    QCOMPARE(error.line, 2);
    QVERIFY2(error.reason.contains(QStringLiteral("The lab has 10000 checks; at most 100 are allowed")), qPrintable(error.reason));

    // Exactly 100 is fine.
    json = "{\"format\": \"socketlab-lab/1\", \"id\": \"x\", \"title\": {\"en\": \"X\"}, \"role\": \"server\", \"port\": 1, \"checks\": [";
    for (int i = 0; i < 100; ++i)
        json += (i ? "," : "") + QByteArray("\n{\"id\": \"c") + QByteArray::number(i)
              + "\", \"title\": {\"en\": \"C\"}, \"steps\": [{\"connect\": \"a\"}]}";
    json += "]}";
    const LabDefinition l = parsed(json);
    QCOMPARE(l.checks.size(), 100);
    QCOMPARE(l.checks[99].line, 101);
}

void tst_LabFileParser::manySteps()
{
    QByteArray steps = "{\"connect\": \"a\"}";
    for (int i = 1; i < 200; ++i)
        steps += ",\n{\"wait\": 1}";
    QCOMPARE(parsed(lab(steps)).checks.value(0).steps.size(), 200);
    steps += ",\n{\"wait\": 1}";
    LabFileParser::Error error;
    QVERIFY(!LabFileParser::parse(lab(steps), QString(), &error));
    QVERIFY2(error.reason.contains(QStringLiteral("The check has 201 steps; at most 200 are allowed")), qPrintable(error.reason));
    QCOMPARE(error.line, 2);
}

void tst_LabFileParser::nulBytes()
{
    LabFileParser::Error error;
    QByteArray json = lab("{\"connect\": \"a\"}");
    json.insert(json.indexOf("\"checks\""), QByteArray("\n\0", 2));
    QVERIFY(!LabFileParser::parse(json, QString(), &error));
    QCOMPARE(error.line, 3);
    QVERIFY2(error.reason.contains(QStringLiteral("This is not valid JSON")), qPrintable(error.reason));

    // A NUL inside a string (escaped, so valid JSON) is just a character of the text.
    const LabDefinition l = parsed(lab("{\"connect\": \"a\"}, {\"send\": \"a\", \"text\": \"a\\u0000b\"}"));
    QCOMPARE(l.checks.value(0).steps.value(1).text, QStringView(u"a\0b", 3).toString());

    QVERIFY(!LabFileParser::parse(QByteArray(64, '\0'), QString(), &error));
    QCOMPARE(error.line, 1);

    // Not UTF-8.
    QVERIFY(!LabFileParser::parse(lab("{\"connect\": \"a\"}, {\"send\": \"a\", \"text\": \"\xff\xfe\"}"), QString(), &error));
    QVERIFY2(error.reason.contains(QStringLiteral("This is not valid JSON")), qPrintable(error.reason));
}

void tst_LabFileParser::wrongTypes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");

    QTest::newRow("id number") << QByteArray("{\"format\": \"socketlab-lab/1\", \"id\": 5}") << QStringLiteral("“id” must be a text");
    QTest::newRow("format number") << QByteArray("{\"format\": 1}") << QStringLiteral("“format” must be");
    QTest::newRow("port string") << QByteArray("{\"format\": \"socketlab-lab/1\", \"id\": \"x\", \"title\": {\"en\": \"X\"}, "
                                               "\"role\": \"server\", \"port\": \"80\", \"checks\": []}")
                                 << QStringLiteral("“port” must be a whole number");
    QTest::newRow("checks object") << QByteArray("{\"format\": \"socketlab-lab/1\", \"id\": \"x\", \"title\": {\"en\": \"X\"}, "
                                                 "\"role\": \"server\", \"port\": 1, \"checks\": {}}")
                                   << QStringLiteral("“checks” must be a list");
    QTest::newRow("check string") << QByteArray("{\"format\": \"socketlab-lab/1\", \"id\": \"x\", \"title\": {\"en\": \"X\"}, "
                                                "\"role\": \"server\", \"port\": 1, \"checks\": [\"c\"]}")
                                  << QStringLiteral("Each check must be an object");
    QTest::newRow("required string") << QByteArray("{\"format\": \"socketlab-lab/1\", \"id\": \"x\", \"title\": {\"en\": \"X\"}, "
                                                   "\"role\": \"server\", \"port\": 1, \"checks\": [{\"id\": \"c\", \"title\": "
                                                   "{\"en\": \"C\"}, \"required\": \"yes\", \"steps\": []}]}")
                                     << QStringLiteral("“required” must be true or false");
    QTest::newRow("title text number") << QByteArray("{\"format\": \"socketlab-lab/1\", \"id\": \"x\", \"title\": {\"en\": 1}}")
                                       << QStringLiteral("The “en” text must be a text in quotes");
    QTest::newRow("parameters object") << lab("{\"connect\": \"a\"}", "\"parameters\": {},\n") << QStringLiteral("“parameters” must be a list");
    QTest::newRow("parameter default number") << lab("{\"connect\": \"a\"}", "\"parameters\": [{\"name\": \"n\", \"default\": 3}],\n")
                                              << QStringLiteral("“default” must be a text in quotes");
    QTest::newRow("steps string") << QByteArray("{\"format\": \"socketlab-lab/1\", \"id\": \"x\", \"title\": {\"en\": \"X\"}, "
                                                "\"role\": \"server\", \"port\": 1, \"checks\": [{\"id\": \"c\", \"title\": "
                                                "{\"en\": \"C\"}, \"steps\": \"connect\"}]}")
                                  << QStringLiteral("“steps” must be a list");
    QTest::newRow("connect number") << lab("{\"connect\": 1}") << QStringLiteral("“connect” must name a connection");
    QTest::newRow("text number") << lab("{\"connect\": \"a\"}, {\"send\": \"a\", \"text\": 5}") << QStringLiteral("“text” must be a text in quotes");
    QTest::newRow("fill string") << lab("{\"connect\": \"a\"}, {\"send\": \"a\", \"fill\": \"aaa\"}") << QStringLiteral("“fill” must be an object");
    QTest::newRow("pieces number") << lab("{\"connect\": \"a\"}, {\"send\": \"a\", \"text\": \"x\", \"pieces\": 3}")
                                   << QStringLiteral("“pieces” must be a list");
    QTest::newRow("alone string") << lab("{\"connect\": \"a\"}, {\"expect\": \"a\", \"text\": \"x\", \"alone\": \"yes\"}")
                                  << QStringLiteral("“alone” must be true or false");
    QTest::newRow("http true") << lab("{\"connect\": \"a\"}, {\"expect\": \"a\", \"http\": true}") << QStringLiteral("“http” must be an object");
    QTest::newRow("headers string") << lab("{\"connect\": \"a\"}, {\"expect\": \"a\", \"http\": {\"headers\": \"Date\"}}")
                                    << QStringLiteral("“headers” must be a list");
    QTest::newRow("silence string") << lab("{\"connect\": \"a\"}, {\"expect\": \"a\", \"silence\": \"500\"}")
                                    << QStringLiteral("“silence” must be a time in milliseconds");
    QTest::newRow("regex number") << lab("{\"connect\": \"a\"}, {\"expect\": \"a\", \"regex\": 5}") << QStringLiteral("“regex” must be a text");
    QTest::newRow("explain string") << lab("{\"connect\": \"a\", \"explain\": \"x\"}") << QStringLiteral("“explain” must be texts by language");
    QTest::newRow("count null") << lab("{\"connect\": \"a\"}, {\"expect\": \"a\", \"count\": null}") << QStringLiteral("“count” must be a number");
}

void tst_LabFileParser::wrongTypes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    LabFileParser::Error error;
    QVERIFY(!LabFileParser::parse(json, QString(), &error));
    QVERIFY2(error.reason.contains(reason), qPrintable(error.reason));
    QVERIFY(error.line >= 1);
}

void tst_LabFileParser::locator()
{
    const QByteArray json = "{\n  \"a\": [1,\n    {\"b/c\": 2, \"~\":\n 3}],\n  \"\\u0064\": \"x\"\n}";
    const JsonLineLocator locator(json);
    QCOMPARE(locator.line(QString()), 1);
    QCOMPARE(locator.line(QStringLiteral("/a")), 2);
    QCOMPARE(locator.line(QStringLiteral("/a/0")), 2);
    QCOMPARE(locator.line(QStringLiteral("/a/1")), 3);
    QCOMPARE(locator.line(QStringLiteral("/a/1/b~1c")), 3);
    QCOMPARE(locator.line(QStringLiteral("/a/1/~0")), 3);          // a member is where its key is
    QCOMPARE(locator.line(QStringLiteral("/d")), 5);               // the key decoded as QJsonDocument does
    QCOMPARE(locator.line(QStringLiteral("/a/1/missing/deeper")), 3);
    QVERIFY(locator.duplicateKey().isEmpty());
    QCOMPARE(JsonLineLocator::child(QStringLiteral("/a"), QStringLiteral("b/c~")), QStringLiteral("/a/b~1c~0"));
    QCOMPARE(JsonLineLocator::lineAt("a\nb\nc", 4), 3);
    QCOMPARE(JsonLineLocator::lineAt("a\nb\nc", 100), 3);

    const JsonLineLocator duplicate("{\"x\": {\"k\": 1,\n\"k\": 2}}");
    QCOMPARE(duplicate.duplicateKey(), QStringLiteral("/x/k"));
    QCOMPARE(duplicate.duplicateLine(), 2);

    // Garbage: no crash, lines as far as it could read.
    const JsonLineLocator garbage("{\"a\":\n[1, {\"b\"");
    QCOMPARE(garbage.line(QStringLiteral("/a/1/b")), 2);
}

void tst_LabFileParser::placeholders()
{
    QStringList names;
    QVERIFY(LabPlaceholders::names(QStringLiteral("a ${x} b ${_y2} ${x}"), &names));
    QCOMPARE(names, (QStringList{QStringLiteral("x"), QStringLiteral("_y2"), QStringLiteral("x")}));
    QString bad;
    QVERIFY(!LabPlaceholders::names(QStringLiteral("${2x}"), nullptr, &bad));
    QCOMPARE(bad, QStringLiteral("${2x}"));
    QVERIFY(!LabPlaceholders::names(QStringLiteral("cost ${"), nullptr, &bad));
    QCOMPARE(bad, QStringLiteral("${"));
    QVERIFY(LabPlaceholders::names(QStringLiteral("$ {x} $x {x}"), &names));

    const QMap<QString, QString> values{{QStringLiteral("size"), QStringLiteral("${size}${n}")}, {QStringLiteral("n"), QStringLiteral("3")}};
    QCOMPARE(LabPlaceholders::fill(QStringLiteral("${size}/${n}/${other}"), values), QStringLiteral("${size}${n}/3/${other}"));
    QCOMPARE(LabPlaceholders::fill(QStringLiteral("plain"), values), QStringLiteral("plain"));
    QVERIFY(LabPlaceholders::isName(QStringLiteral("a_1")));
    QVERIFY(!LabPlaceholders::isName(QStringLiteral("1a")));
    QVERIFY(!LabPlaceholders::isName(QString()));
}

QTEST_GUILESS_MAIN(tst_LabFileParser)
#include "tst_labfileparser.moc"
