#pragma once

#include <QStringList>

#include "AccessLogFormatter.h"
#include "CliCommand.h"
#include "EventsFileWriter.h"
#include "RequestLogEntry.h"
#include "WebServer.h"
#include "WebServerOptions.h"
#include "WorkerThread.h"

// `socketlab web --root DIR [--port N] [--bind ADDR] [--listing] [--quiet] [--events FILE]`
// Serves a folder over HTTP; prints where, then one access-log line per request:
//   12:03:04.567 127.0.0.1:53422 "GET /index.html HTTP/1.1" 200 1234 2ms
// Runs until Ctrl+C / SIGTERM whatever happens to standard input. --events FILE records where it
// listens and each request and response (RequestEvents). Options: WebCommandLine.
class WebCommand final : public CliCommand
{
    Q_OBJECT

public:
    explicit WebCommand(ConsoleOutput *output, QObject *parent = nullptr);

    bool parse(const QStringList &arguments, QString *error) override;
    void start() override;
    void terminate() override;

private:
    void onStarted(const QHostAddress &address, quint16 port, const QStringList &urls);
    void onStartFailed(const QString &reason);
    void onLogged(const QList<RequestLogEntry> &entries);
    void onStopped();

    WebServerOptions m_options;
    EventsSettings m_eventsSettings;   // --events FILE
    EventsFileWriter m_events;
    AccessLogFormatter m_formatter;
    WorkerThread m_thread;
    WebServer *m_server;   // lives in m_thread, which deletes it when it finishes
    bool m_running = false;
};
