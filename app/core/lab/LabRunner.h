#pragma once

#include <QHostAddress>
#include <QMap>
#include <QObject>
#include <QString>

#include "LabDefinition.h"
#include "LabReport.h"

// Runs one lab against one student program, step by step, all signal-driven (no waitFor*):
// a server lab connects to the target; a client lab listens and waits for the student's
// client once per check. Every step has its own timeout, so a program that never answers,
// never reads or floods cannot hang the run; receive buffers are capped. Only the target
// (or the listening port) is ever touched: a lab cannot name another host or a file.
//
// Rules (docs/labs.md): a failed step ends its check (Failed, with what was expected and what
// arrived); the next check starts on fresh connections. When a check cannot even connect
// after an earlier check failed, it is NotRun ("the server stopped answering after check …")
// rather than failed a second time. Lessons run like required checks but never fail the lab.
class LabRunner : public QObject
{
    Q_OBJECT

public:
    explicit LabRunner(const LabDefinition &lab, QObject *parent = nullptr);

    const LabDefinition &lab() const;

    // Server labs: the student's server.
    void setTarget(const QString &host, quint16 port);
    // Client labs: where SocketLab listens (port 0: the lab's default port).
    void setListen(const QHostAddress &address, quint16 port);
    // How long an Accept step waits for the student's client (default 60 s).
    void setClientWaitMs(int ms);
    // Replaces the lab's default step timeout (`--timeout MS`); 0 keeps the lab's.
    void setDefaultTimeoutMs(int ms);
    // Values for the lab's parameters (${name} in steps); unknown names are ignored.
    void setParameters(const QMap<QString, QString> &values);
    // The student's name in class mode (copied into the report).
    void setName(const QString &name);

    bool isRunning() const;
    const LabReport &report() const;

public slots:
    void start();
    // Stops at once: the running check and the ones after it are NotRun ("stopped").
    void cancel();

signals:
    // Client labs: listening (port is the real one, also when 0 was asked).
    void listening(quint16 port);
    // Client labs: the port could not be opened (translated reason); finished() follows.
    void listenFailed(const QString &reason);
    void checkStarted(int index);
    // Client labs: check `index` waits for the student's client to connect.
    void waitingForClient(int index);
    void checkFinished(int index, const LabCheckResult &result);
    void finished(const LabReport &report);

    // (private members: the runner's author's choice; keep helpers such as the connection,
    // the expectation matcher and the HTTP response reader in their own classes)
};
