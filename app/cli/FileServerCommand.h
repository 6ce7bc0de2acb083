#pragma once

#include <QStringList>

#include "CliCommand.h"
#include "EventsFileWriter.h"
#include "FileServer.h"
#include "FileServerOptions.h"

// `socketlab file-server --root DIR [--inbox DIR] [--download-port N] [--upload-port N]
//  [--port N] [--bind ADDR] [--header-timeout MS] [--events FILE]`
// Serves the classic download (7890) and upload (12800) protocols and SLFT/1 (7891); prints one
// line per event; runs until Ctrl+C / SIGTERM whatever happens to standard input. Options:
// FileServerCommandLine.
class FileServerCommand final : public CliCommand
{
    Q_OBJECT

public:
    explicit FileServerCommand(ConsoleOutput *output, QObject *parent = nullptr);

    bool parse(const QStringList &arguments, QString *error) override;
    void start() override;
    void terminate() override;

private:
    void onStarted(quint16 downloadPort, quint16 uploadPort, quint16 protocolPort);
    // Prints the events and records them (--events).
    void report(const QList<TrafficEvent> &events);

    FileServerOptions m_options;
    FileServer m_server;
    EventsSettings m_eventsSettings;   // --events FILE
    EventsFileWriter m_events;
    bool m_stopping = false;
};
