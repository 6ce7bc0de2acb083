// libFuzzer target for lab files (LabFileParser, with JsonLineLocator and LabPlaceholders): a
// lab file is something a teacher shares and a student opens, so any bytes must be refused
// cleanly. Built with clang (-fsanitize=fuzzer,address,undefined) by tests/fuzz/CMakeLists.txt.
// Every input must be answered without a crash or a sanitizer report, and:
//   - a refused file has a reason and a line inside the file (0 only for a file too large);
//   - an accepted file keeps the format's limits (1..100 checks, 1..200 steps, positive
//     lines, steps in file order, connections named, timeouts in range);
//   - the line locator and the placeholder scanner take any bytes, valid JSON or not; filling
//     every placeholder a text uses leaves none.
#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "JsonLineLocator.h"
#include "LabFileParser.h"
#include "LabPlaceholders.h"

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

bool timeoutOk(int ms)
{
    return ms >= 0 && ms <= 120000;
}

void checkLab(const LabDefinition &lab, int lines)
{
    check(!lab.id.isEmpty() && !lab.title.isEmpty());
    check(lab.defaultPort >= 1);
    check(lab.defaultTimeoutMs >= 1 && lab.defaultTimeoutMs <= 120000);
    check(!lab.checks.isEmpty() && lab.checks.size() <= 100);
    for (const LabCheck &c : lab.checks) {
        check(c.line >= 1 && c.line <= lines);
        check(!c.steps.isEmpty() && c.steps.size() <= 200);
        int previous = c.line;
        for (const LabStep &s : c.steps) {
            check(s.line >= previous && s.line <= lines);
            previous = s.line;
            check((s.kind == LabStep::Kind::Wait) == s.connection.isEmpty());
            check(timeoutOk(s.timeoutMs) && timeoutOk(s.pauseMs) && timeoutOk(s.silenceMs) && timeoutOk(s.quietMs));
            check(s.fillCount >= 0 && s.fillCount <= 1024 * 1024);
            check((s.kind == LabStep::Kind::Expect) == (s.match != LabStep::Match::None));
            if (s.kind == LabStep::Kind::Connect)
                check(lab.role == LabDefinition::Role::Server);
            if (s.kind == LabStep::Kind::Accept)
                check(lab.role == LabDefinition::Role::Client);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const int lines = int(bytes.count('\n')) + 1;

    LabFileParser::Error error;
    const std::optional<LabDefinition> lab = LabFileParser::parse(bytes, QStringLiteral("fuzz.json"), &error);
    if (lab) {
        check(lab->source == QStringLiteral("fuzz.json"));
        checkLab(*lab, lines);
    } else {
        check(!error.reason.isEmpty() && !error.text().isEmpty());
        check(error.line >= 1 && error.line <= lines);
    }

    // The locator on raw bytes (the parser only gives it valid JSON).
    const JsonLineLocator locator(bytes);
    check(locator.line(QString()) >= 1 && locator.line(QStringLiteral("/checks/0/steps/0")) <= lines);
    check(locator.duplicateKey().isEmpty() || (locator.duplicateLine() >= 1 && locator.duplicateLine() <= lines));

    // Placeholders: filling with a value for every name leaves no placeholder of those names.
    const QString text = QString::fromUtf8(bytes);
    QStringList names;
    if (LabPlaceholders::names(text, &names)) {
        QMap<QString, QString> values;
        for (const QString &n : std::as_const(names)) {
            check(LabPlaceholders::isName(n));
            values.insert(n, QStringLiteral("v"));
        }
        check(!LabPlaceholders::fill(text, values).contains(QStringLiteral("${")));
    }
    return 0;
}
