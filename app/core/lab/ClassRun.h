#pragma once

#include <QList>
#include <QMap>
#include <QObject>

#include "ClassTarget.h"
#include "LabDefinition.h"
#include "LabReport.h"

class LabRunner;

// Runs one server lab over a whole class: a LabRunner per target, at most `parallel` at once
// (each step with its own timeout, so 50 targets finish well under a minute). The reports are
// in the targets' order; csv() writes the students × checks table.
class ClassRun : public QObject
{
    Q_OBJECT

public:
    ClassRun(const LabDefinition &lab, const QList<ClassTarget> &targets, QObject *parent = nullptr);

    void setParallel(int parallel);                           // default 8
    void setDefaultTimeoutMs(int ms);                         // 0: the lab's
    void setParameters(const QMap<QString, QString> &values);

    const QList<ClassTarget> &targets() const;
    const QList<LabReport> &reports() const;                  // one per target, Pending until run
    bool isRunning() const;
    // Header "name,target,<check ids…>,passed", then one row per target: passed / failed /
    // not run per check (RFC 4180 quoting).
    QByteArray csv() const;

public slots:
    void start();
    void cancel();

signals:
    void targetStarted(int target);
    void checkFinished(int target, int check, const LabCheckResult &result);
    void targetFinished(int target, const LabReport &report);
    void finished();

private:
    void startNext();
    void onRunnerFinished(int target, const LabReport &report);
    LabReport pendingReport(const ClassTarget &target) const;

    LabDefinition m_lab;
    QList<ClassTarget> m_targets;
    QList<LabReport> m_reports;
    QMap<QString, QString> m_parameters;
    QMap<int, LabRunner *> m_running;   // target index -> its runner
    int m_parallel = 8;
    int m_defaultTimeoutMs = 0;
    int m_next = 0;                     // the next target to start
    bool m_active = false;
    bool m_cancelled = false;
};
