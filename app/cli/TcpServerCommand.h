#pragma once

#include <QHostAddress>
#include <QStringList>

#include <optional>

#include "CliCommand.h"
#include "ConsoleSettings.h"
#include "StdinReader.h"
#include "TcpChatServer.h"
#include "TcpServerOptions.h"

// `socketlab tcp-server --port N [--bind ADDR] [--reply …] [--greeting STR] [--relay]
//  [--framing raw|lines|length] [--quiet] [--encoding …] [--hex]`
// Prints one line per event; each standard-input line is sent to every connected client; runs
// until Ctrl+C / SIGTERM whatever happens to standard input.
class TcpServerCommand final : public CliCommand
{
    Q_OBJECT

public:
    explicit TcpServerCommand(ConsoleOutput *output, QObject *parent = nullptr);

    // The engine options for `arguments` (without program and command name); also used by
    // `socketlab --open tcp-server …`. nullopt + a translated one-line reason on bad arguments.
    // `console` (optional) receives the display options (--encoding, --hex, --quiet).
    static std::optional<TcpServerOptions> parseOptions(const QStringList &arguments, QString *error,
                                                        ConsoleSettings *console = nullptr);
    static QString usageText();

    bool parse(const QStringList &arguments, QString *error) override;
    QString usage() const override;
    void start() override;
    void terminate() override;

private:
    void onStarted(const QHostAddress &address, quint16 port);
    void onStartFailed(const QString &reason);
    void onLine(const QByteArray &line);

    TcpServerOptions m_options;
    ConsoleSettings m_console;
    TcpChatServer m_server;
    StdinReader m_stdin;
    bool m_stopping = false;
};
