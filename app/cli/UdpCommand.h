#pragma once

#include <QHostAddress>
#include <QStringList>

#include <optional>

#include "CliCommand.h"
#include "ConsoleSettings.h"
#include "StdinReader.h"
#include "UdpCommandOptions.h"
#include "UdpPeer.h"

// `socketlab udp --port N [--bind ADDR] [--reply none|echo|upper|text:STR] [--to HOST:PORT]
//  [--join GROUP]… [--interface NAME] [--ttl N] [--quiet] [--encoding …] [--hex]`
// Prints one line per datagram (sender ip:port, text, size); each standard-input line is sent
// as one datagram to --to, or to the last sender. Runs until Ctrl+C / SIGTERM whatever happens
// to standard input; then prints the counters on one line.
class UdpCommand final : public CliCommand
{
    Q_OBJECT

public:
    explicit UdpCommand(ConsoleOutput *output, QObject *parent = nullptr);

    // The options for `arguments` (without program and command name); also used by
    // `socketlab --open udp …`. nullopt + a translated one-line reason on bad arguments.
    // `console` (optional) receives the display options (--encoding, --hex, --quiet).
    static std::optional<UdpCommandOptions> parseOptions(const QStringList &arguments, QString *error,
                                                         ConsoleSettings *console = nullptr);
    static QString usageText();

    bool parse(const QStringList &arguments, QString *error) override;
    QString usage() const override;
    void start() override;
    void terminate() override;

private:
    void onBound(const QHostAddress &address, quint16 port, bool automatic);
    void onBindFailed(const QString &reason);
    void onLine(const QByteArray &line);
    QString summary() const;

    UdpCommandOptions m_options;
    ConsoleSettings m_console;
    UdpPeer m_peer;
    StdinReader m_stdin;
    bool m_started = false;
    bool m_stopping = false;
};
