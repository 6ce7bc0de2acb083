// LabReportWriter on hand-built reports: the text report has a line per check and the failures'
// details (bytes as text and hex, line endings visible); the JSON parses and has the documented
// keys; the JUnit XML parses and counts failures and skips as CI systems expect.
#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

#include "LabReportWriter.h"

using namespace Qt::StringLiterals;

namespace {

LabCheckResult check(const QString &id, const QString &title, LabCheckResult::Outcome outcome, bool required = true)
{
    LabCheckResult c;
    c.id = id;
    c.title.byLanguage.insert(u"en"_s, title);
    c.title.byLanguage.insert(u"zh_CN"_s, u"中文 "_s + title);
    c.required = required;
    c.outcome = outcome;
    c.elapsedMs = 12;
    return c;
}

// Two connects that pass, a second message that fails, a check that did not run, a lesson that
// failed and one that passed.
LabReport sampleReport()
{
    LabReport r;
    r.labId = u"tcp-upper"_s;
    r.labTitle.byLanguage.insert(u"en"_s, u"TCP upper-case server"_s);
    r.target = u"127.0.0.1:9000"_s;
    r.startedAt = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
    r.elapsedMs = 1234;
    r.checks << check(u"connect"_s, u"Connects"_s, LabCheckResult::Outcome::Passed);
    r.checks << check(u"one-message"_s, u"One message is answered"_s, LabCheckResult::Outcome::Passed);

    LabCheckResult second = check(u"second-message"_s, u"A second message"_s, LabCheckResult::Outcome::Failed);
    second.failedStep = 3;
    second.step = u"Wait for the upper-case answer on connection a"_s;
    second.expected = "WORLD\r\n";
    second.received = "world\r\n";
    second.receivedSize = 7;
    second.reason = u"The answer is not the upper-case of what was sent."_s;
    second.explanation.byLanguage.insert(u"en"_s, u"Your server answered the first message but not the second."_s);
    second.explanation.byLanguage.insert(u"zh_CN"_s, u"你的服务器只回答了第一条消息。"_s);
    TrafficEvent sent = TrafficEvent::data(u"a"_s, TrafficEvent::Direction::Out, "world\r\n");
    sent.msecsSinceEpoch = r.startedAt.toMSecsSinceEpoch() + 500;
    TrafficEvent got = TrafficEvent::data(u"a"_s, TrafficEvent::Direction::In, "world\r\n");
    got.msecsSinceEpoch = r.startedAt.toMSecsSinceEpoch() + 510;
    TrafficEvent closed = TrafficEvent::state(u"a"_s, u"closed"_s);
    closed.msecsSinceEpoch = r.startedAt.toMSecsSinceEpoch() + 520;
    second.exchange = {sent, got, closed};
    r.checks << second;

    LabCheckResult notRun = check(u"third-message"_s, u"A third message"_s, LabCheckResult::Outcome::NotRun);
    notRun.reason = u"The server stopped answering after check 3."_s;
    r.checks << notRun;

    LabCheckResult lesson = check(u"two-clients"_s, u"Two clients at once"_s, LabCheckResult::Outcome::Failed, false);
    lesson.failedStep = 2;
    lesson.step = u"Wait for the answer on connection b"_s;
    lesson.expectedText = u"an answer"_s;
    lesson.reason = u"Nothing arrived within 3 s."_s;
    r.checks << lesson;

    r.checks << check(u"half-close"_s, u"Half-close"_s, LabCheckResult::Outcome::Passed, false);
    return r;
}

LabReport passingReport(const QString &name)
{
    LabReport r;
    r.labId = u"tcp-upper"_s;
    r.labTitle = LocalizedText::english(u"TCP upper-case server"_s);
    r.target = u"10.0.0.7:9000"_s;
    r.name = name;
    r.startedAt = QDateTime::currentDateTimeUtc();
    r.checks << check(u"connect"_s, u"Connects"_s, LabCheckResult::Outcome::Passed);
    r.checks << check(u"one-message"_s, u"One message is answered"_s, LabCheckResult::Outcome::Passed);
    return r;
}

struct JUnitCounts
{
    int suites = 0;
    int testcases = 0;
    int failures = 0;
    int skipped = 0;
    QStringList failureMessages;
    QStringList skipMessages;
    QStringList suiteNames;
    QString failureText;
    QMap<QString, QString> rootAttributes;
};

JUnitCounts readJUnit(const QByteArray &xmlText, QString *error)
{
    JUnitCounts counts;
    QXmlStreamReader xml(xmlText);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == u"testsuites") {
            for (const QXmlStreamAttribute &a : xml.attributes())
                counts.rootAttributes.insert(a.name().toString(), a.value().toString());
        } else if (name == u"testsuite") {
            ++counts.suites;
            counts.suiteNames << xml.attributes().value(QStringLiteral("name")).toString();
        } else if (name == u"testcase") {
            ++counts.testcases;
        } else if (name == u"failure") {
            ++counts.failures;
            counts.failureMessages << xml.attributes().value(QStringLiteral("message")).toString();
            counts.failureText += xml.readElementText();
        } else if (name == u"skipped") {
            ++counts.skipped;
            counts.skipMessages << xml.attributes().value(QStringLiteral("message")).toString();
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return counts;
}

} // namespace

class TestLabReportWriter : public QObject
{
    Q_OBJECT

private slots:
    void textHasALinePerCheck();
    void textShowsTheFailureDetails();
    void textOfAPassingReport();
    void textEscapesControlCharacters();
    void jsonHasTheDocumentedKeys();
    void jsonOfSeveralReports();
    void jsonHasNoRawControlCharacters();
    void junitCountsFailuresAndSkips();
    void junitOfAClass();
    void junitStaysValidWithControlCharacters();
};

void TestLabReportWriter::textHasALinePerCheck()
{
    const QString text = LabReportWriter::text(sampleReport());
    const QStringList lines = text.split(u'\n');
    QCOMPARE(lines.constFirst(), u"Lab “TCP upper-case server” (tcp-upper) against 127.0.0.1:9000"_s);
    QCOMPARE(lines.at(1), u"  ✓ PASS     Connects"_s);
    QCOMPARE(lines.at(2), u"  ✓ PASS     One message is answered"_s);
    QCOMPARE(lines.at(3), u"  ✗ FAIL     A second message"_s);
    QCOMPARE(lines.at(4), u"  – NOT RUN  A third message"_s);
    QCOMPARE(lines.at(5), u"  ✗ FAIL     Two clients at once (lesson)"_s);
    QCOMPARE(lines.at(6), u"  ✓ PASS     Half-close (lesson)"_s);
    QCOMPARE(lines.at(7), u"Result: FAILED, 2 of 4 required checks passed."_s);
}

void TestLabReportWriter::textShowsTheFailureDetails()
{
    const QString text = LabReportWriter::text(sampleReport());
    QVERIFY2(text.contains(u"\nCheck 3, “A second message”, failed.\n"_s), qPrintable(text));
    QVERIFY(text.contains(u"    Step 4: Wait for the upper-case answer on connection a\n"_s));
    // Line endings visible, in the text and in hex.
    QVERIFY(text.contains(u"    Expected bytes: “WORLD\\r\\n”\n"_s));
    QVERIFY(text.contains(u"    Expected in hex: 57 4f 52 4c 44 0d 0a\n"_s));
    QVERIFY(text.contains(u"    Received: “world\\r\\n”\n"_s));
    QVERIFY(text.contains(u"    Received in hex: 77 6f 72 6c 64 0d 0a\n"_s));
    QVERIFY(text.contains(u"    Reason: The answer is not the upper-case of what was sent.\n"_s));
    QVERIFY(text.contains(u"    Likely cause: Your server answered the first message but not the second.\n"_s));
    // The check that did not run says so, and why; the failed lesson is marked as a lesson.
    QVERIFY(text.contains(u"\nCheck 4, “A third message”, did not run.\n    Reason: The server stopped answering after check 3.\n"_s));
    QVERIFY(text.contains(u"\nLesson 5, “Two clients at once”, was not passed (lessons never fail the lab).\n"_s));
    QVERIFY(text.contains(u"    Expected: an answer\n    Received: nothing.\n"_s));
    // Checks that passed have no details.
    QVERIFY(!text.contains(u"“Connects”"_s));
    QVERIFY(!text.contains(u"“Half-close”"_s));
}

void TestLabReportWriter::textOfAPassingReport()
{
    const QString text = LabReportWriter::text(passingReport(u"wang-wei"_s));
    QVERIFY2(text.startsWith(u"Lab “TCP upper-case server” (tcp-upper) for wang-wei at 10.0.0.7:9000\n"_s), qPrintable(text));
    QVERIFY(text.endsWith(u"Result: passed, 2 of 2 required checks passed.\n"_s));
    QVERIFY(!text.contains(u"Reason:"_s));
}

void TestLabReportWriter::textEscapesControlCharacters()
{
    LabReport r = sampleReport();
    r.checks[2].received = "\x1b[2Jhi";
    r.checks[2].reason = u"The server sent \x1b[2J."_s;
    const QString text = LabReportWriter::text(r);
    QVERIFY(!text.contains(QChar(0x1b)));
    QVERIFY(text.contains(u"    Received: “\\x1b[2Jhi”\n"_s));
    QVERIFY(text.contains(u"Reason: The server sent \\x1b[2J."_s));
}

void TestLabReportWriter::jsonHasTheDocumentedKeys()
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(LabReportWriter::json(sampleReport()), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonObject o = doc.object();
    for (const QString &key : {u"format"_s, u"lab"_s, u"title"_s, u"target"_s, u"name"_s, u"startedAt"_s, u"elapsedMs"_s,
                               u"passed"_s, u"checks"_s})
        QVERIFY2(o.contains(key), qPrintable(key));
    QCOMPARE(o.value(u"format").toString(), u"socketlab-lab-report/1"_s);
    QCOMPARE(o.value(u"lab").toString(), u"tcp-upper"_s);
    QCOMPARE(o.value(u"title").toString(), u"TCP upper-case server"_s);
    QCOMPARE(o.value(u"target").toString(), u"127.0.0.1:9000"_s);
    QVERIFY(o.value(u"name").isNull());
    QCOMPARE(o.value(u"startedAt").toString(), u"2026-03-01T10:00:00.000Z"_s);
    QCOMPARE(o.value(u"elapsedMs").toInteger(), 1234);
    QCOMPARE(o.value(u"passed").toBool(), false);

    const QJsonArray checks = o.value(u"checks").toArray();
    QCOMPARE(checks.size(), 6);
    for (const QJsonValue &v : checks) {
        for (const QString &key : {u"id"_s, u"title"_s, u"required"_s, u"outcome"_s, u"failedStep"_s, u"step"_s, u"expected"_s,
                                   u"expectedText"_s, u"received"_s, u"receivedSize"_s, u"reason"_s, u"explanation"_s,
                                   u"elapsedMs"_s, u"exchange"_s})
            QVERIFY2(v.toObject().contains(key), qPrintable(key));
    }
    QCOMPARE(checks.at(0).toObject().value(u"outcome").toString(), u"passed"_s);
    QVERIFY(checks.at(0).toObject().value(u"failedStep").isNull());

    const QJsonObject second = checks.at(2).toObject();
    QCOMPARE(second.value(u"id").toString(), u"second-message"_s);
    QCOMPARE(second.value(u"outcome").toString(), u"failed"_s);
    QCOMPARE(second.value(u"required").toBool(), true);
    QCOMPARE(second.value(u"failedStep").toInt(), 4);
    QCOMPARE(second.value(u"step").toString(), u"Wait for the upper-case answer on connection a"_s);
    QCOMPARE(second.value(u"expected").toObject().value(u"text").toString(), u"WORLD\r\n"_s);
    QCOMPARE(second.value(u"expected").toObject().value(u"hex").toString(), u"57 4f 52 4c 44 0d 0a"_s);
    QCOMPARE(second.value(u"received").toObject().value(u"hex").toString(), u"77 6f 72 6c 64 0d 0a"_s);
    QCOMPARE(second.value(u"receivedSize").toInteger(), 7);
    QCOMPARE(second.value(u"explanation").toString(), u"Your server answered the first message but not the second."_s);
    const QJsonArray exchange = second.value(u"exchange").toArray();
    QCOMPARE(exchange.size(), 3);
    const QJsonObject first = exchange.at(0).toObject();
    QCOMPARE(first.value(u"t").toInteger(), 500);
    QCOMPARE(first.value(u"connection").toString(), u"a"_s);
    QCOMPARE(first.value(u"direction").toString(), u"out"_s);
    QCOMPARE(first.value(u"kind").toString(), u"data"_s);
    QCOMPARE(first.value(u"text").toString(), u"world\r\n"_s);
    QCOMPARE(first.value(u"hex").toString(), u"77 6f 72 6c 64 0d 0a"_s);
    QCOMPARE(first.value(u"size").toInteger(), 7);
    QCOMPARE(exchange.at(1).toObject().value(u"direction").toString(), u"in"_s);
    QCOMPARE(exchange.at(2).toObject().value(u"kind").toString(), u"state"_s);
    QVERIFY(exchange.at(2).toObject().value(u"direction").isNull());

    const QJsonObject notRun = checks.at(3).toObject();
    QCOMPARE(notRun.value(u"outcome").toString(), u"notRun"_s);
    QCOMPARE(notRun.value(u"reason").toString(), u"The server stopped answering after check 3."_s);
    const QJsonObject lesson = checks.at(4).toObject();
    QCOMPARE(lesson.value(u"required").toBool(), false);
    QCOMPARE(lesson.value(u"expectedText").toString(), u"an answer"_s);
    QVERIFY(lesson.value(u"expected").isNull());
    QCOMPARE(lesson.value(u"receivedSize").toInteger(), 0);
}

void TestLabReportWriter::jsonOfSeveralReports()
{
    const QJsonDocument doc = QJsonDocument::fromJson(
        LabReportWriter::json(QList<LabReport>{passingReport(u"wang-wei"_s), passingReport(u"李雷"_s)}));
    QVERIFY(doc.isObject());
    QCOMPARE(doc.object().value(u"passed").toBool(), true);
    const QJsonArray reports = doc.object().value(u"reports").toArray();
    QCOMPARE(reports.size(), 2);
    QCOMPARE(reports.at(1).toObject().value(u"name").toString(), u"李雷"_s);

    const QJsonDocument mixed = QJsonDocument::fromJson(
        LabReportWriter::json(QList<LabReport>{passingReport(u"wang-wei"_s), sampleReport()}));
    QCOMPARE(mixed.object().value(u"passed").toBool(), false);
}

void TestLabReportWriter::jsonHasNoRawControlCharacters()
{
    LabReport r = sampleReport();
    r.checks[2].received = QByteArray("a\x7f\xc2\x9b[2J\x1b\x01z");
    const QByteArray json = LabReportWriter::json(r);
    QVERIFY(!json.contains('\x7f'));
    QVERIFY(!json.contains("\xc2\x9b"));
    QVERIFY(!json.contains('\x1b'));
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonObject received = doc.object().value(u"checks").toArray().at(2).toObject().value(u"received").toObject();
    QCOMPARE(received.value(u"text").toString(), u"a\x7f\x9b[2J\x1b\x01z"_s);
    QCOMPARE(received.value(u"hex").toString(), u"61 7f c2 9b 5b 32 4a 1b 01 7a"_s);
}

void TestLabReportWriter::junitCountsFailuresAndSkips()
{
    QString error;
    const JUnitCounts junit = readJUnit(LabReportWriter::junit({sampleReport()}), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(junit.suites, 1);
    QCOMPARE(junit.suiteNames, QStringList{u"127.0.0.1:9000"_s});
    QCOMPARE(junit.testcases, 6);
    // The failed required check is the one failure; the check that did not run and the failed
    // lesson are skipped, each with a message.
    QCOMPARE(junit.failures, 1);
    QCOMPARE(junit.failureMessages, QStringList{u"Step 4: The answer is not the upper-case of what was sent."_s});
    QVERIFY(junit.failureText.contains(u"Received: “world\\r\\n”"_s));
    QVERIFY(junit.failureText.contains(u"Likely cause: Your server answered the first message but not the second."_s));
    QCOMPARE(junit.skipped, 2);
    QCOMPARE(junit.skipMessages.at(0), u"Did not run: The server stopped answering after check 3."_s);
    QCOMPARE(junit.skipMessages.at(1), u"Lesson, not required; not passed: Nothing arrived within 3 s."_s);
    QCOMPARE(junit.rootAttributes.value(u"tests"_s), u"6"_s);
    QCOMPARE(junit.rootAttributes.value(u"failures"_s), u"1"_s);
    QCOMPARE(junit.rootAttributes.value(u"skipped"_s), u"2"_s);
}

void TestLabReportWriter::junitOfAClass()
{
    LabReport broken = sampleReport();
    broken.name = u"li-lei"_s;
    QString error;
    const JUnitCounts junit = readJUnit(LabReportWriter::junit({passingReport(u"wang-wei"_s), broken}), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(junit.suites, 2);
    QCOMPARE(junit.suiteNames, (QStringList{u"wang-wei"_s, u"li-lei"_s}));
    QCOMPARE(junit.testcases, 8);
    QCOMPARE(junit.failures, 1);
    QCOMPARE(junit.skipped, 2);
}

void TestLabReportWriter::junitStaysValidWithControlCharacters()
{
    LabReport r = sampleReport();
    r.checks[2].reason = u"The server sent \x01\x1b."_s;
    r.checks[2].exchange.append(TrafficEvent::data(u"a"_s, TrafficEvent::Direction::In, QByteArray("\x00\x02\xff", 3)));
    QString error;
    const JUnitCounts junit = readJUnit(LabReportWriter::junit({r}), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(junit.failureMessages, QStringList{u"Step 4: The server sent \\x01\\x1b."_s});
}

QTEST_GUILESS_MAIN(TestLabReportWriter)
#include "tst_labreportwriter.moc"
