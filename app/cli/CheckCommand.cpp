#include "CheckCommand.h"

#include <QSaveFile>

#include "CheckCommandLine.h"
#include "ClassRun.h"
#include "LabCatalog.h"
#include "LabReportWriter.h"
#include "LabRunner.h"
#include "WrappedText.h"

namespace {

QString padded(const QString &text, int columns)
{
    return text + QString(qMax(0, columns - WrappedText::columns(text)), QLatin1Char(' '));
}

QString titleOf(const LocalizedText &title, const QString &id)
{
    const QString text = title.text();
    return text.isEmpty() ? id : text;
}

int requiredCount(const LabReport &report, bool passedOnly)
{
    int n = 0;
    for (const LabCheckResult &check : report.checks)
        n += check.required && (!passedOnly || check.passed());
    return n;
}

} // namespace

CheckCommand::CheckCommand(ConsoleOutput *output, QObject *parent)
    : CliCommand(CheckCommandLine::spec(), output, parent)
{
}

CheckCommand::~CheckCommand() = default;

bool CheckCommand::parse(const QStringList &arguments, QString *error)
{
    const std::optional<CheckArguments> parsed = CheckCommandLine::parse(arguments, error);
    if (!parsed)
        return false;
    m_arguments = *parsed;
    return true;
}

void CheckCommand::start()
{
    switch (m_arguments.mode) {
    case CheckArguments::Mode::List:
        listLabs();
        finish(0);
        return;
    case CheckArguments::Mode::Class:
        startClass();
        return;
    case CheckArguments::Mode::Target:
    case CheckArguments::Mode::Serve:
        startRunner();
        return;
    }
}

void CheckCommand::listLabs()
{
    const QList<LabDefinition> labs = LabCatalog::builtIn();
    QList<QStringList> rows;
    rows << QStringList{tr("Lab"), tr("Role"), tr("Title"), tr("Lecture script")};
    for (const LabDefinition &lab : labs) {
        rows << QStringList{lab.id,
                            lab.role == LabDefinition::Role::Server ? tr("server") : tr("client"),
                            titleOf(lab.title, lab.id), lab.script};
    }
    QList<int> widths(3, 0);
    for (const QStringList &row : std::as_const(rows))
        for (int i = 0; i < 3; ++i)
            widths[i] = qMax(widths.at(i), WrappedText::columns(row.at(i)));
    for (const QStringList &row : std::as_const(rows)) {
        out()->line((padded(row.at(0), widths.at(0) + 2) + padded(row.at(1), widths.at(1) + 2)
                     + padded(row.at(2), widths.at(2) + 2) + row.at(3))
                        .trimmed());
    }
}

void CheckCommand::startRunner()
{
    m_runner = std::make_unique<LabRunner>(m_arguments.lab);
    LabRunner *runner = m_runner.get();
    if (m_arguments.mode == CheckArguments::Mode::Serve) {
        runner->setListen(m_arguments.bind, m_arguments.listenPort);
        runner->setClientWaitMs(m_arguments.clientWaitMs);
    } else {
        runner->setTarget(m_arguments.host, m_arguments.port);
    }
    runner->setDefaultTimeoutMs(m_arguments.timeoutMs);
    runner->setParameters(m_arguments.parameters);

    connect(runner, &LabRunner::listening, this, [this](quint16 port) { m_listeningPort = port; });
    connect(runner, &LabRunner::listenFailed, this, [this](const QString &reason) { out()->error(reason); });
    connect(runner, &LabRunner::waitingForClient, this, &CheckCommand::onWaitingForClient);
    connect(runner, &LabRunner::checkFinished, this, &CheckCommand::onCheckFinished);
    connect(runner, &LabRunner::finished, this, [this](const LabReport &report) { finishWith({report}, false); });
    runner->start();
}

void CheckCommand::startClass()
{
    m_class = std::make_unique<ClassRun>(m_arguments.lab, m_arguments.targets);
    m_class->setParallel(m_arguments.parallel);
    m_class->setDefaultTimeoutMs(m_arguments.timeoutMs);
    m_class->setParameters(m_arguments.parameters);
    connect(m_class.get(), &ClassRun::targetFinished, this,
            [this](int, const LabReport &report) { onTargetFinished(report); });
    connect(m_class.get(), &ClassRun::finished, this, [this] { finishWith(m_class->reports(), true); });
    out()->progress(tr("Checking every server of the class (%1 in all), %2 at a time…")
                        .arg(m_arguments.targets.size())
                        .arg(qMin<int>(m_arguments.parallel, int(m_arguments.targets.size()))));
    out()->endProgress();
    m_class->start();
}

void CheckCommand::onWaitingForClient(int index)
{
    const int count = int(m_arguments.lab.checks.size());
    if (index < 0 || index >= count)
        return;
    const LabCheck &check = m_arguments.lab.checks.at(index);
    // A progress line: on a terminal the check's result replaces it.
    out()->progress(tr("Listening on port %1; run your client now (check %2 of %3: %4).")
                        .arg(m_listeningPort)
                        .arg(index + 1)
                        .arg(count)
                        .arg(titleOf(check.title, check.id)));
}

void CheckCommand::onCheckFinished(int index, const LabCheckResult &result)
{
    const int count = int(m_arguments.lab.checks.size());
    const QString title = titleOf(result.title, result.id);
    QString text;
    switch (result.outcome) {
    case LabCheckResult::Outcome::Passed:
        text = result.required ? tr("✓ Check %1 of %2 passed: %3.").arg(index + 1).arg(count).arg(title)
                               : tr("✓ Lesson %1 of %2 passed: %3.").arg(index + 1).arg(count).arg(title);
        break;
    case LabCheckResult::Outcome::Failed:
        text = result.required
            ? tr("✗ Check %1 of %2 failed: %3. %4").arg(index + 1).arg(count).arg(title, result.reason)
            : tr("✗ Lesson %1 of %2 not passed (it does not fail the lab): %3. %4").arg(index + 1).arg(count).arg(title, result.reason);
        break;
    case LabCheckResult::Outcome::NotRun:
        text = tr("– Check %1 of %2 did not run: %3. %4").arg(index + 1).arg(count).arg(title, result.reason);
        break;
    case LabCheckResult::Outcome::Pending:
    case LabCheckResult::Outcome::Running:
        return;
    }
    out()->progress(text.trimmed());
    out()->endProgress();
}

void CheckCommand::onTargetFinished(const LabReport &report)
{
    ++m_targetsDone;
    const int total = int(m_arguments.targets.size());
    const int required = requiredCount(report, false);
    const int passed = requiredCount(report, true);
    const QString text = report.passed()
        ? tr("✓ %1/%2 %3 at %4 passed: %5 of %6 required checks.")
              .arg(m_targetsDone).arg(total).arg(report.name, report.target).arg(passed).arg(required)
        : tr("✗ %1/%2 %3 at %4 failed: %5 of %6 required checks passed.")
              .arg(m_targetsDone).arg(total).arg(report.name, report.target).arg(passed).arg(required);
    out()->progress(text);
    out()->endProgress();
}

QString CheckCommand::writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return {};
    return file.errorString();
}

void CheckCommand::finishWith(const QList<LabReport> &reports, bool classRun)
{
    if (m_done)
        return;
    m_done = true;
    out()->endProgress();
    if (m_cancelled)
        out()->error(tr("Stopped: the report shows the checks that ran."));

    bool passed = !reports.isEmpty();
    for (const LabReport &report : reports)
        passed = passed && report.passed();

    if (m_arguments.json) {
        out()->lines(classRun ? LabReportWriter::json(reports) : LabReportWriter::json(reports.constFirst()));
    } else {
        for (int i = 0; i < reports.size(); ++i) {
            if (i > 0)
                out()->line(QString());
            QString text = LabReportWriter::text(reports.at(i));
            if (text.endsWith(QLatin1Char('\n')))
                text.chop(1);
            out()->line(text);
        }
        if (classRun) {
            int passedCount = 0;
            for (const LabReport &report : reports)
                passedCount += report.passed();
            out()->line(QString());
            out()->line(tr("%1 of %2 passed every required check.").arg(passedCount).arg(reports.size()));
        }
    }

    bool written = true;
    if (!m_arguments.junitFile.isEmpty()) {
        if (const QString error = writeFile(m_arguments.junitFile, LabReportWriter::junit(reports)); !error.isEmpty()) {
            out()->error(tr("The JUnit report could not be written to “%1”: %2").arg(m_arguments.junitFile, error));
            written = false;
        }
    }
    if (classRun && !m_arguments.csvFile.isEmpty()) {
        if (const QString error = writeFile(m_arguments.csvFile, m_class->csv()); !error.isEmpty()) {
            out()->error(tr("The CSV table could not be written to “%1”: %2").arg(m_arguments.csvFile, error));
            written = false;
        }
    }
    finish(passed && written && !m_cancelled ? 0 : 1);
}

void CheckCommand::terminate()
{
    if (m_done || m_cancelled)
        return;
    m_cancelled = true;
    if (m_runner)
        m_runner->cancel();
    else if (m_class)
        m_class->cancel();
}
