#pragma once

#include <QStringList>

#include <memory>

#include "CheckArguments.h"
#include "CliCommand.h"
#include "LabReport.h"

class ClassRun;
class LabRunner;

// `socketlab check --list`
// `socketlab check LAB HOST:PORT | LAB --serve | LAB --targets FILE [--json] [--junit FILE] …`
// Runs a lab (LabRunner; ClassRun for a class) against a student's server or client. Each check
// (each student, for a class) is printed on standard error as it finishes; for a client lab the
// line "Listening on port N; run your client now (check 2 of 4: …)" says when to start the
// client. Then the report goes to standard output, as text or, with --json, as JSON; --junit and
// --csv write files. Exit status 0 when every required check passed, 1 when one failed or the
// target could not be reached (also after Ctrl+C, which stops the run and reports what ran), 2 on
// bad arguments or an invalid lab file. Options: CheckCommandLine.
class CheckCommand final : public CliCommand
{
    Q_OBJECT

public:
    explicit CheckCommand(ConsoleOutput *output, QObject *parent = nullptr);
    ~CheckCommand() override;

    bool parse(const QStringList &arguments, QString *error) override;
    void start() override;
    void terminate() override;

private:
    void listLabs();
    void startRunner();
    void startClass();
    void onCheckFinished(int index, const LabCheckResult &result);
    void onTargetFinished(const LabReport &report);
    void onWaitingForClient(int index);
    void finishWith(const QList<LabReport> &reports, bool classRun);
    // Empty when written, else the reason.
    static QString writeFile(const QString &path, const QByteArray &bytes);

    CheckArguments m_arguments;
    std::unique_ptr<LabRunner> m_runner;
    std::unique_ptr<ClassRun> m_class;
    quint16 m_listeningPort = 0;
    int m_targetsDone = 0;
    bool m_cancelled = false;
    bool m_done = false;
};
