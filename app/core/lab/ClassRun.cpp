#include "ClassRun.h"

#include <QCoreApplication>

#include "Endpoint.h"
#include "LabRunner.h"

namespace {

QByteArray csvField(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace("\"", "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

QByteArray csvRow(const QStringList &fields)
{
    QByteArray row;
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            row += ',';
        row += csvField(fields.at(i));
    }
    return row + "\r\n";
}

QString csvOutcome(LabCheckResult::Outcome outcome)
{
    switch (outcome) {
    case LabCheckResult::Outcome::Passed: return QStringLiteral("passed");
    case LabCheckResult::Outcome::Failed: return QStringLiteral("failed");
    case LabCheckResult::Outcome::NotRun: return QStringLiteral("not run");
    case LabCheckResult::Outcome::Pending:
    case LabCheckResult::Outcome::Running: break;
    }
    return {};
}

} // namespace

ClassRun::ClassRun(const LabDefinition &lab, const QList<ClassTarget> &targets, QObject *parent)
    : QObject(parent)
    , m_lab(lab)
    , m_targets(targets)
{
    for (const ClassTarget &target : m_targets)
        m_reports.append(pendingReport(target));
}

LabReport ClassRun::pendingReport(const ClassTarget &target) const
{
    LabReport report;
    report.labId = m_lab.id;
    report.labTitle = m_lab.title;
    report.target = Endpoint::format(target.host, target.port);
    report.name = target.name;
    for (const LabCheck &check : m_lab.checks) {
        LabCheckResult result;
        result.id = check.id;
        result.title = check.title;
        result.required = check.required;
        report.checks.append(result);
    }
    return report;
}

void ClassRun::setParallel(int parallel)
{
    m_parallel = qMax(1, parallel);
}

void ClassRun::setDefaultTimeoutMs(int ms)
{
    m_defaultTimeoutMs = ms;
}

void ClassRun::setParameters(const QMap<QString, QString> &values)
{
    m_parameters = values;
}

const QList<ClassTarget> &ClassRun::targets() const
{
    return m_targets;
}

const QList<LabReport> &ClassRun::reports() const
{
    return m_reports;
}

bool ClassRun::isRunning() const
{
    return m_active;
}

void ClassRun::start()
{
    if (m_active)
        return;
    m_active = true;
    m_cancelled = false;
    m_next = 0;
    for (int i = 0; i < m_targets.size(); ++i)
        m_reports[i] = pendingReport(m_targets.at(i));
    startNext();
}

void ClassRun::startNext()
{
    while (!m_cancelled && m_running.size() < m_parallel && m_next < m_targets.size()) {
        const int index = m_next++;
        const ClassTarget &target = m_targets.at(index);
        auto *runner = new LabRunner(m_lab, this);
        runner->setTarget(target.host, target.port);
        runner->setDefaultTimeoutMs(m_defaultTimeoutMs);
        runner->setParameters(m_parameters);
        runner->setName(target.name);
        connect(runner, &LabRunner::checkFinished, this, [this, index](int check, const LabCheckResult &result) {
            if (check >= 0 && check < m_reports[index].checks.size())
                m_reports[index].checks[check] = result;
            emit checkFinished(index, check, result);
        });
        connect(runner, &LabRunner::finished, this,
                [this, index](const LabReport &report) { onRunnerFinished(index, report); });
        m_running.insert(index, runner);
        emit targetStarted(index);
        runner->start();
    }
    if (m_running.isEmpty() && (m_cancelled || m_next >= m_targets.size()) && m_active) {
        m_active = false;
        emit finished();
    }
}

void ClassRun::onRunnerFinished(int target, const LabReport &report)
{
    LabRunner *runner = m_running.take(target);
    if (!runner)
        return;   // already reported
    runner->disconnect(this);
    runner->deleteLater();
    m_reports[target] = report;
    m_reports[target].name = m_targets.at(target).name;
    emit targetFinished(target, m_reports.at(target));
    startNext();
}

void ClassRun::cancel()
{
    if (!m_active)
        return;
    m_cancelled = true;
    // The targets not started yet: nothing ran for them.
    const QString reason = QCoreApplication::translate("ClassRun", "The class run was stopped before this target's turn.");
    for (int i = m_next; i < m_targets.size(); ++i) {
        for (LabCheckResult &check : m_reports[i].checks) {
            check.outcome = LabCheckResult::Outcome::NotRun;
            check.reason = reason;
        }
    }
    m_next = int(m_targets.size());
    // Each runner reports what ran and finishes (at once or from the event loop).
    const QList<LabRunner *> running = m_running.values();
    for (LabRunner *runner : running)
        runner->cancel();
    if (m_running.isEmpty())
        startNext();   // emits finished()
}

QByteArray ClassRun::csv() const
{
    QStringList header{QStringLiteral("name"), QStringLiteral("target")};
    for (const LabCheck &check : m_lab.checks)
        header << check.id;
    header << QStringLiteral("passed");
    QByteArray out = csvRow(header);
    for (const LabReport &report : m_reports) {
        QStringList row{report.name, report.target};
        bool finished = !report.checks.isEmpty();
        for (const LabCheckResult &check : report.checks) {
            row << csvOutcome(check.outcome);
            finished = finished && check.isFinished();
        }
        row << (finished ? (report.passed() ? QStringLiteral("yes") : QStringLiteral("no")) : QString());
        out += csvRow(row);
    }
    return out;
}
