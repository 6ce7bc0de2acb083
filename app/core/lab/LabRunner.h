#pragma once

#include <QAbstractSocket>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QMap>
#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

#include "LabDefinition.h"
#include "LabExpectation.h"
#include "LabReport.h"
#include "LabVariables.h"

class LabConnection;
class LabListener;

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

private:
    void startCheck(int index);
    void runStep();
    void stepDone();
    void failStep(const QString &reason, const QByteArray &expected = {}, const QString &expectedText = {},
                  const QByteArray &received = {}, qint64 receivedSize = 0);
    void finishCheck(LabCheckResult::Outcome outcome);
    void notRunFrom(int index, const QString &reason);
    void finishRun();
    void stopStep();
    void closeConnections();
    // Runs `step` from the event loop (so that a step never starts inside a socket's signal),
    // unless the run was stopped or restarted meanwhile.
    template<typename F> void later(F step);

    void doConnect(const LabStep &step);
    void doAccept(const LabStep &step);
    void doSend(const LabStep &step);
    void sendNextPiece();
    void doExpect(const LabStep &step);
    void evaluate(bool timeUp);
    void onPause();
    void onStepTimeout();
    void onClientArrived();
    void onConnectFailed(LabConnection *connection, QAbstractSocket::SocketError error, const QString &reason);

    LabConnection *newConnection(const LabStep &step);
    LabConnection *openConnection(const LabStep &step);
    void record(const TrafficEvent &event);
    int timeoutFor(const LabStep &step) const;
    const LabStep &currentStep() const;
    LabCheckResult &currentResult();

    LabDefinition m_lab;
    QString m_host;
    quint16 m_port = 0;
    QHostAddress m_listenAddress = QHostAddress::Any;
    quint16 m_listenPort = 0;
    int m_clientWaitMs = 60000;
    int m_defaultTimeoutMs = 0;
    QMap<QString, QString> m_parameters;
    QString m_name;

    LabReport m_report;
    bool m_running = false;
    quint64 m_generation = 0;
    int m_check = -1;
    int m_step = 0;
    int m_connectsInCheck = 0;
    QString m_lastFailedTitle;      // the last check that failed, for the NotRun rule
    QElapsedTimer m_runClock;
    QElapsedTimer m_checkClock;

    LabListener *m_listener = nullptr;
    QMap<QString, LabConnection *> m_connections;   // this check's, by name
    LabVariables m_variables;

    // The step that waits for something: its connection and, for Expect, the matcher.
    LabConnection *m_active = nullptr;
    std::optional<LabExpectation> m_expectation;
    bool m_quiet = false;
    QTimer m_stepTimer;             // the step's timeout (Silence: the silence)
    QTimer m_quietTimer;            // Prefix / Regex: the stream has been quiet long enough
    QTimer m_pauseTimer;            // Send: between pieces; Wait: the pause
    QList<QByteArray> m_pieces;     // Send: what is left to send

    qint64 m_recordedBytes = 0;     // this check's exchange, bounded
    int m_recordedEvents = 0;
    bool m_recordingStopped = false;
};
