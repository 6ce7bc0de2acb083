#include "LabReportWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamWriter>

#include "ControlCharEscaper.h"
#include "LocalizedText.h"
#include "TextCodec.h"
#include "TrafficEventFormatter.h"

// The JSON report (docs/labs.md documents it; the keys are stable):
//   {"format": "socketlab-lab-report/1", "lab", "title", "target", "name", "startedAt" (ISO 8601,
//    UTC), "elapsedMs", "passed", "checks": [{"id", "title", "required", "outcome" (passed |
//    failed | notRun | pending | running), "failedStep" (1-based, null), "step", "expected"
//    ({"text", "hex"} or null), "expectedText", "received" ({"text", "hex"} or null),
//    "receivedSize", "reason", "explanation", "elapsedMs", "exchange": [{"t" (ms since the
//    report started), "connection", "direction" (in | out | null), "kind" (data | state |
//    error), "text", "hex" (data only, else null), "size"}]}]}
// Several reports (class mode): {"format", "passed" (all passed), "reports": [report…]}.

namespace {


// In the text report, at most this many bytes of the expected / received data are shown (the
// JSON report has all that was kept).
// A screenful: enough to see where a message went wrong, not a 3,000-byte wall.
constexpr int ShownBytes = 96;

QString outcomeWord(LabCheckResult::Outcome outcome)
{
    switch (outcome) {
    case LabCheckResult::Outcome::Passed:
        return QCoreApplication::translate("LabReportWriter", "PASS");
    case LabCheckResult::Outcome::Failed:
        return QCoreApplication::translate("LabReportWriter", "FAIL");
    case LabCheckResult::Outcome::NotRun:
        return QCoreApplication::translate("LabReportWriter", "NOT RUN");
    case LabCheckResult::Outcome::Running:
        return QCoreApplication::translate("LabReportWriter", "RUNNING");
    case LabCheckResult::Outcome::Pending:
        break;
    }
    return QCoreApplication::translate("LabReportWriter", "PENDING");
}

QString outcomeMark(LabCheckResult::Outcome outcome)
{
    switch (outcome) {
    case LabCheckResult::Outcome::Passed: return QStringLiteral("✓");
    case LabCheckResult::Outcome::Failed: return QStringLiteral("✗");
    case LabCheckResult::Outcome::NotRun: return QStringLiteral("–");
    case LabCheckResult::Outcome::Running:
    case LabCheckResult::Outcome::Pending: break;
    }
    return QStringLiteral("·");
}

QString outcomeKey(LabCheckResult::Outcome outcome)
{
    switch (outcome) {
    case LabCheckResult::Outcome::Passed: return QStringLiteral("passed");
    case LabCheckResult::Outcome::Failed: return QStringLiteral("failed");
    case LabCheckResult::Outcome::NotRun: return QStringLiteral("notRun");
    case LabCheckResult::Outcome::Running: return QStringLiteral("running");
    case LabCheckResult::Outcome::Pending: break;
    }
    return QStringLiteral("pending");
}

QString checkTitle(const LabCheckResult &check)
{
    const QString title = check.title.text();
    return title.isEmpty() ? check.id : title;
}

// "“hello\r\n”" with control characters visible; the first ShownBytes bytes only.
QString shownText(const QByteArray &bytes)
{
    return QCoreApplication::translate("LabReportWriter", "“%1”").arg(TextCodec::decode(bytes.left(ShownBytes), TextCodec::Encoding::Utf8, true));
}

QString shownHex(const QByteArray &bytes)
{
    return TextCodec::toHex(bytes, ShownBytes);
}

// The failure's details for people, one item a line, without indentation: what the text report
// prints under a failed check and what JUnit puts in <failure>.
QStringList details(const LabCheckResult &check)
{
    QStringList lines;
    if (check.failedStep >= 0 && !check.step.isEmpty())
        lines << QCoreApplication::translate("LabReportWriter", "Step %1: %2").arg(check.failedStep + 1).arg(check.step);
    else if (check.failedStep >= 0)
        lines << QCoreApplication::translate("LabReportWriter", "Step %1.").arg(check.failedStep + 1);
    if (check.outcome == LabCheckResult::Outcome::Failed) {
        if (!check.expectedText.isEmpty())
            lines << QCoreApplication::translate("LabReportWriter", "Expected: %1").arg(check.expectedText);
        if (!check.expected.isEmpty()) {
            if (check.expected.size() > ShownBytes) {
                lines << QCoreApplication::translate("LabReportWriter", "Expected: %1 bytes in all, the first %2 shown below.")
                             .arg(check.expected.size())
                             .arg(ShownBytes);
            }
            lines << QCoreApplication::translate("LabReportWriter", "Expected bytes: %1").arg(shownText(check.expected));
            lines << QCoreApplication::translate("LabReportWriter", "Expected in hex: %1").arg(shownHex(check.expected));
        }
        const qint64 size = qMax<qint64>(check.receivedSize, check.received.size());
        if (size == 0) {
            lines << QCoreApplication::translate("LabReportWriter", "Received: nothing.");
        } else {
            if (size > qMin<qint64>(check.received.size(), ShownBytes)) {
                lines << QCoreApplication::translate("LabReportWriter", "Received: %1 bytes in all, the first %2 shown below.")
                             .arg(size)
                             .arg(qMin<qint64>(check.received.size(), ShownBytes));
            }
            lines << QCoreApplication::translate("LabReportWriter", "Received: %1").arg(shownText(check.received));
            lines << QCoreApplication::translate("LabReportWriter", "Received in hex: %1").arg(shownHex(check.received));
        }
    }
    if (!check.reason.isEmpty())
        lines << QCoreApplication::translate("LabReportWriter", "Reason: %1").arg(check.reason);
    const QString explanation = check.explanation.text();
    if (!explanation.isEmpty() && check.outcome == LabCheckResult::Outcome::Failed)
        lines << QCoreApplication::translate("LabReportWriter", "Likely cause: %1").arg(explanation);
    return lines;
}

QString detailsHeading(const LabCheckResult &check, int number)
{
    if (check.outcome == LabCheckResult::Outcome::NotRun)
        return QCoreApplication::translate("LabReportWriter", "Check %1, “%2”, did not run.").arg(number).arg(checkTitle(check));
    if (!check.required)
        return QCoreApplication::translate("LabReportWriter", "Lesson %1, “%2”, was not passed (lessons never fail the lab).")
            .arg(number)
            .arg(checkTitle(check));
    return QCoreApplication::translate("LabReportWriter", "Check %1, “%2”, failed.").arg(number).arg(checkTitle(check));
}

QString summary(const LabReport &report)
{
    int required = 0;
    int requiredPassed = 0;
    for (const LabCheckResult &c : report.checks) {
        required += c.required;
        requiredPassed += c.required && c.passed();
    }
    if (report.checks.isEmpty())
        return QCoreApplication::translate("LabReportWriter", "Result: no check ran.");
    if (report.passed())
        return QCoreApplication::translate("LabReportWriter", "Result: passed, %1 of %2 required checks passed.")
            .arg(requiredPassed)
            .arg(required);
    return QCoreApplication::translate("LabReportWriter", "Result: FAILED, %1 of %2 required checks passed.")
        .arg(requiredPassed)
        .arg(required);
}

QString heading(const LabReport &report)
{
    const QString title = report.labTitle.text().isEmpty() ? report.labId : report.labTitle.text();
    if (!report.name.isEmpty())
        return QCoreApplication::translate("LabReportWriter", "Lab “%1” (%2) for %3 at %4")
            .arg(title, report.labId, report.name, report.target);
    return QCoreApplication::translate("LabReportWriter", "Lab “%1” (%2) against %3").arg(title, report.labId, report.target);
}

QJsonValue bytesObject(const QByteArray &bytes, bool present)
{
    if (!present)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("text"), TextCodec::decode(bytes, TextCodec::Encoding::Utf8, false)},
                       {QStringLiteral("hex"), QString::fromLatin1(bytes.toHex(' '))}};
}

QJsonValue nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject exchangeObject(const TrafficEvent &event, qint64 originMs)
{
    QJsonObject o;
    o.insert(QStringLiteral("t"), originMs > 0 ? event.msecsSinceEpoch - originMs : event.msecsSinceEpoch);
    o.insert(QStringLiteral("connection"), event.peer);
    switch (event.direction) {
    case TrafficEvent::Direction::In: o.insert(QStringLiteral("direction"), QStringLiteral("in")); break;
    case TrafficEvent::Direction::Out: o.insert(QStringLiteral("direction"), QStringLiteral("out")); break;
    case TrafficEvent::Direction::None: o.insert(QStringLiteral("direction"), QJsonValue::Null); break;
    }
    switch (event.kind) {
    case TrafficEvent::Kind::Data:
        o.insert(QStringLiteral("kind"), QStringLiteral("data"));
        o.insert(QStringLiteral("text"), TextCodec::decode(event.bytes, TextCodec::Encoding::Utf8, false));
        o.insert(QStringLiteral("hex"), QString::fromLatin1(event.bytes.toHex(' ')));
        o.insert(QStringLiteral("size"), event.size);
        break;
    case TrafficEvent::Kind::State:
    case TrafficEvent::Kind::Error:
        o.insert(QStringLiteral("kind"), event.kind == TrafficEvent::Kind::State ? QStringLiteral("state") : QStringLiteral("error"));
        o.insert(QStringLiteral("text"), event.text);
        o.insert(QStringLiteral("hex"), QJsonValue::Null);
        o.insert(QStringLiteral("size"), 0);
        break;
    }
    return o;
}

QJsonObject checkObject(const LabCheckResult &check, qint64 originMs)
{
    const bool failedOrNotRun = check.outcome == LabCheckResult::Outcome::Failed
        || check.outcome == LabCheckResult::Outcome::NotRun;
    const bool failed = check.outcome == LabCheckResult::Outcome::Failed;
    QJsonObject o;
    o.insert(QStringLiteral("id"), check.id);
    o.insert(QStringLiteral("title"), checkTitle(check));
    o.insert(QStringLiteral("required"), check.required);
    o.insert(QStringLiteral("outcome"), outcomeKey(check.outcome));
    o.insert(QStringLiteral("failedStep"), failedOrNotRun && check.failedStep >= 0 ? QJsonValue(check.failedStep + 1)
                                                                                   : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("step"), failedOrNotRun ? nullIfEmpty(check.step) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("expected"), bytesObject(check.expected, failed && !check.expected.isEmpty()));
    o.insert(QStringLiteral("expectedText"), failed ? nullIfEmpty(check.expectedText) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("received"), bytesObject(check.received, failed));
    o.insert(QStringLiteral("receivedSize"), failed ? QJsonValue(qMax<qint64>(check.receivedSize, check.received.size()))
                                                    : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("reason"), failedOrNotRun ? nullIfEmpty(check.reason) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("explanation"), failed ? nullIfEmpty(check.explanation.text()) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("elapsedMs"), check.elapsedMs);
    QJsonArray exchange;
    for (const TrafficEvent &event : check.exchange)
        exchange.append(exchangeObject(event, originMs));
    o.insert(QStringLiteral("exchange"), exchange);
    return o;
}

const QString ReportFormat = QStringLiteral("socketlab-lab-report/1");

QJsonObject reportObject(const LabReport &report)
{
    const qint64 originMs = report.startedAt.isValid() ? report.startedAt.toMSecsSinceEpoch() : 0;
    QJsonObject o;
    o.insert(QStringLiteral("format"), ReportFormat);
    o.insert(QStringLiteral("lab"), report.labId);
    o.insert(QStringLiteral("title"), report.labTitle.text());
    o.insert(QStringLiteral("target"), report.target);
    o.insert(QStringLiteral("name"), nullIfEmpty(report.name));
    o.insert(QStringLiteral("startedAt"), report.startedAt.isValid()
                                              ? QJsonValue(report.startedAt.toUTC().toString(Qt::ISODateWithMs))
                                              : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("elapsedMs"), report.elapsedMs);
    o.insert(QStringLiteral("passed"), report.passed());
    QJsonArray checks;
    for (const LabCheckResult &check : report.checks)
        checks.append(checkObject(check, originMs));
    o.insert(QStringLiteral("checks"), checks);
    return o;
}

// XML 1.0 cannot carry most control characters: anything that may quote a peer is made visible.
QString xmlSafe(const QString &text)
{
    return ControlCharEscaper::escaped(text, ControlCharEscaper::LineBreaks::Keep);
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

bool isJUnitFailure(const LabCheckResult &check)
{
    return check.required && check.outcome == LabCheckResult::Outcome::Failed;
}

bool isJUnitSkip(const LabCheckResult &check)
{
    return !isJUnitFailure(check) && !check.passed();
}

QString skipMessage(const LabCheckResult &check)
{
    if (check.outcome == LabCheckResult::Outcome::Failed) {
        return QCoreApplication::translate("LabReportWriter", "Lesson, not required; not passed: %1")
            .arg(check.reason.isEmpty() ? check.step : check.reason);
    }
    if (check.outcome == LabCheckResult::Outcome::NotRun && !check.reason.isEmpty())
        return QCoreApplication::translate("LabReportWriter", "Did not run: %1").arg(check.reason);
    return QCoreApplication::translate("LabReportWriter", "Did not run.");
}

// JUnit wants the failure's one-line message; the step and the reason say the most.
QString failureMessage(const LabCheckResult &check)
{
    if (check.failedStep >= 0 && !check.reason.isEmpty())
        return QCoreApplication::translate("LabReportWriter", "Step %1: %2").arg(check.failedStep + 1).arg(check.reason);
    if (!check.reason.isEmpty())
        return check.reason;
    return QCoreApplication::translate("LabReportWriter", "The check failed.");
}

QString exchangeText(const LabCheckResult &check)
{
    QStringList lines;
    for (const TrafficEvent &event : check.exchange)
        lines << TrafficEventFormatter::line(event, TextCodec::Encoding::Utf8, false);
    return lines.join(QLatin1Char('\n'));
}

void writeSuite(QXmlStreamWriter &xml, const LabReport &report)
{
    int failures = 0;
    int skipped = 0;
    for (const LabCheckResult &check : report.checks) {
        failures += isJUnitFailure(check);
        skipped += isJUnitSkip(check);
    }
    xml.writeStartElement(QStringLiteral("testsuite"));
    xml.writeAttribute(QStringLiteral("name"), xmlSafe(report.name.isEmpty() ? report.target : report.name));
    xml.writeAttribute(QStringLiteral("tests"), QString::number(report.checks.size()));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("skipped"), QString::number(skipped));
    xml.writeAttribute(QStringLiteral("time"), seconds(report.elapsedMs));
    if (report.startedAt.isValid())
        xml.writeAttribute(QStringLiteral("timestamp"), report.startedAt.toUTC().toString(Qt::ISODate));
    xml.writeAttribute(QStringLiteral("hostname"), xmlSafe(report.target));

    xml.writeStartElement(QStringLiteral("properties"));
    const auto property = [&xml](const QString &name, const QString &value) {
        xml.writeEmptyElement(QStringLiteral("property"));
        xml.writeAttribute(QStringLiteral("name"), name);
        xml.writeAttribute(QStringLiteral("value"), xmlSafe(value));
    };
    property(QStringLiteral("lab"), report.labId);
    property(QStringLiteral("title"), report.labTitle.text());
    property(QStringLiteral("target"), report.target);
    if (!report.name.isEmpty())
        property(QStringLiteral("name"), report.name);
    xml.writeEndElement();   // properties

    for (const LabCheckResult &check : report.checks) {
        xml.writeStartElement(QStringLiteral("testcase"));
        xml.writeAttribute(QStringLiteral("classname"), report.labId);
        xml.writeAttribute(QStringLiteral("name"), xmlSafe(QStringLiteral("%1: %2").arg(check.id, checkTitle(check))));
        xml.writeAttribute(QStringLiteral("time"), seconds(check.elapsedMs));
        if (isJUnitFailure(check)) {
            xml.writeStartElement(QStringLiteral("failure"));
            xml.writeAttribute(QStringLiteral("message"), xmlSafe(failureMessage(check)));
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("LabCheckFailed"));
            xml.writeCharacters(xmlSafe(details(check).join(QLatin1Char('\n'))));
            xml.writeEndElement();
        } else if (isJUnitSkip(check)) {
            xml.writeEmptyElement(QStringLiteral("skipped"));
            xml.writeAttribute(QStringLiteral("message"), xmlSafe(skipMessage(check)));
        }
        if (check.outcome == LabCheckResult::Outcome::Failed && !check.exchange.isEmpty())
            xml.writeTextElement(QStringLiteral("system-out"), xmlSafe(exchangeText(check)));
        xml.writeEndElement();   // testcase
    }
    xml.writeEndElement();   // testsuite
}

// QJsonDocument escapes C0 controls but writes DEL and the C1 controls (U+0080-U+009F, CSI
// among them) as they are; as \u escapes the JSON is the same and safe to print on a terminal.
QByteArray jsonSafe(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size());
    for (qsizetype i = 0; i < json.size(); ++i) {
        const auto b = uchar(json.at(i));
        if (b == 0x7f) {
            out += "\\u007f";
        } else if (b == 0xc2 && i + 1 < json.size() && uchar(json.at(i + 1)) >= 0x80 && uchar(json.at(i + 1)) <= 0x9f) {
            out += "\\u00" + QByteArray::number(uchar(json.at(i + 1)), 16);
            ++i;
        } else {
            out += char(b);
        }
    }
    return out;
}

} // namespace

QString LabReportWriter::text(const LabReport &report)
{
    QStringList lines;
    lines << heading(report);
    int wordWidth = 0;
    for (const LabCheckResult &check : report.checks)
        wordWidth = qMax<int>(wordWidth, outcomeWord(check.outcome).size());
    for (const LabCheckResult &check : report.checks) {
        const QString title = check.required
            ? checkTitle(check)
            : QCoreApplication::translate("LabReportWriter", "%1 (lesson)").arg(checkTitle(check));
        lines << QStringLiteral("  %1 %2  %3")
                     .arg(outcomeMark(check.outcome), outcomeWord(check.outcome).leftJustified(wordWidth), title);
    }
    lines << summary(report);

    for (int i = 0; i < report.checks.size(); ++i) {
        const LabCheckResult &check = report.checks.at(i);
        if (check.outcome != LabCheckResult::Outcome::Failed && check.outcome != LabCheckResult::Outcome::NotRun)
            continue;
        lines << QString();
        lines << detailsHeading(check, i + 1);
        for (const QString &line : details(check))
            lines << QStringLiteral("    ") + line;
    }
    // Everything in the report may quote what a peer sent: keep it to visible characters.
    QStringList safe;
    safe.reserve(lines.size());
    for (const QString &line : std::as_const(lines))
        safe << ControlCharEscaper::escaped(line, ControlCharEscaper::LineBreaks::Keep);
    return safe.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QByteArray LabReportWriter::json(const LabReport &report)
{
    return jsonSafe(QJsonDocument(reportObject(report)).toJson(QJsonDocument::Indented));
}

QByteArray LabReportWriter::json(const QList<LabReport> &reports)
{
    QJsonArray all;
    bool passed = !reports.isEmpty();
    for (const LabReport &report : reports) {
        all.append(reportObject(report));
        passed = passed && report.passed();
    }
    const QJsonObject o{{QStringLiteral("format"), ReportFormat},
                        {QStringLiteral("passed"), passed},
                        {QStringLiteral("reports"), all}};
    return jsonSafe(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

QByteArray LabReportWriter::junit(const QList<LabReport> &reports)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    int tests = 0;
    int failures = 0;
    int skipped = 0;
    qint64 elapsedMs = 0;
    for (const LabReport &report : reports) {
        tests += int(report.checks.size());
        for (const LabCheckResult &check : report.checks) {
            failures += isJUnitFailure(check);
            skipped += isJUnitSkip(check);
        }
        elapsedMs = qMax(elapsedMs, report.elapsedMs);
    }
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeAttribute(QStringLiteral("name"), reports.isEmpty() ? QStringLiteral("socketlab check")
                                                                 : QStringLiteral("socketlab check %1").arg(reports.constFirst().labId));
    xml.writeAttribute(QStringLiteral("tests"), QString::number(tests));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("skipped"), QString::number(skipped));
    xml.writeAttribute(QStringLiteral("time"), seconds(elapsedMs));
    for (const LabReport &report : reports)
        writeSuite(xml, report);
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}
