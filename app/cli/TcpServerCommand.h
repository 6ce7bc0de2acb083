#pragma once

#include <QHostAddress>
#include <QStringList>

#include "CliCommand.h"
#include "EventsFileWriter.h"
#include "ReceivedFileWriter.h"
#include "StdinReader.h"
#include "TcpServer.h"
#include "TcpServerArguments.h"

// `socketlab tcp-server --port N [--bind ADDR] [--reply …] [--greeting STR] [--relay]
//  [--framing raw|lines|length] [--quiet] [--encoding …] [--hex] [--checksum NAME]
//  [--save FILE [--save-format raw|hex]] [--events FILE]`
// Prints one line per event; each standard-input line is sent to every connected client; runs
// until Ctrl+C / SIGTERM whatever happens to standard input. Options: TcpServerCommandLine.
class TcpServerCommand final : public CliCommand
{
    Q_OBJECT

public:
    explicit TcpServerCommand(ConsoleOutput *output, QObject *parent = nullptr);

    bool parse(const QStringList &arguments, QString *error) override;
    void start() override;
    void terminate() override;

private:
    void onStarted(const QHostAddress &address, quint16 port);
    void onStartFailed(const QString &reason);
    void onLine(const QByteArray &line);

    TcpServerArguments m_arguments;
    TcpServer m_server;
    StdinReader m_stdin;
    ReceivedFileWriter m_save;
    EventsSettings m_eventsSettings;   // --events FILE
    EventsFileWriter m_events;
    bool m_stopping = false;
};
