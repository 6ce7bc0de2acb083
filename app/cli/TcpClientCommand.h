#pragma once

#include <QStringList>
#include <QTimer>

#include "CliCommand.h"
#include "EventsFileWriter.h"
#include "ReceivedFileWriter.h"
#include "StdinReader.h"
#include "TcpClient.h"
#include "TcpClientArguments.h"

// `socketlab tcp-client HOST:PORT [--eol none|lf|crlf] [--framing raw|lines|length]
//  [--reconnect] [--wait MS] [--encoding …] [--hex] [--checksum NAME] [--save FILE [--save-format raw|hex]]
//  [--events FILE]`
// Each standard-input line is sent without its newline (unless --eol says otherwise), because
// the seed servers compare whole recv() chunks; replies are printed one line per event.
// At end of input the connection stays open until the server closes it (exit 0), or, with
// --wait MS, it is closed MS milliseconds after the end of input. Ctrl+C / SIGTERM close it.
// Options: TcpClientCommandLine.
class TcpClientCommand final : public CliCommand
{
    Q_OBJECT

public:
    explicit TcpClientCommand(ConsoleOutput *output, QObject *parent = nullptr);

    bool parse(const QStringList &arguments, QString *error) override;
    void start() override;
    void terminate() override;

private:
    void onConnected();
    void onError(const QString &explanation);
    void onDisconnected();
    void onLine(const QByteArray &line);
    void onEndOfInput();
    void closeAndFinish();
    void decideExit();
    void finishAfterDrain(int exitCode);

    TcpClientArguments m_arguments;
    TcpClient m_client;
    StdinReader m_stdin;
    ReceivedFileWriter m_save;   // across reconnections
    EventsSettings m_eventsSettings;   // --events FILE
    EventsFileWriter m_events;
    QTimer m_closeTimer;        // --wait after end of input
    QTimer m_giveUpTimer;       // a close that does not complete in time
    bool m_everConnected = false;
    bool m_connected = false;
    bool m_stdinStarted = false;
    bool m_closing = false;
    bool m_errorAfterConnect = false;
    bool m_exitScheduled = false;
};
