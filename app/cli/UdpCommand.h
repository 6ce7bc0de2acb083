#pragma once

#include <QHostAddress>
#include <QStringList>

#include "CliCommand.h"
#include "EventsFileWriter.h"
#include "ReceivedFileWriter.h"
#include "StdinReader.h"
#include "UdpArguments.h"
#include "UdpPeer.h"

// `socketlab udp --port N [--bind ADDR] [--reply none|echo|upper|text:STR] [--to HOST:PORT]
//  [--join GROUP]… [--interface NAME] [--ttl N] [--quiet] [--encoding …] [--hex] [--checksum NAME]
//  [--save FILE [--save-format raw|hex]] [--events FILE]`
// Prints one line per datagram (sender ip:port, text, size); each standard-input line is sent
// as one datagram to --to, or to the last sender. Runs until Ctrl+C / SIGTERM whatever happens
// to standard input; then prints the counters on one line. Options: UdpCommandLine.
class UdpCommand final : public CliCommand
{
    Q_OBJECT

public:
    explicit UdpCommand(ConsoleOutput *output, QObject *parent = nullptr);

    bool parse(const QStringList &arguments, QString *error) override;
    void start() override;
    void terminate() override;

private:
    void onBound(const QHostAddress &address, quint16 port, bool automatic);
    void onBindFailed(const QString &reason);
    void onLine(const QByteArray &line);
    QString summary() const;

    UdpArguments m_arguments;
    UdpPeer m_peer;
    StdinReader m_stdin;
    ReceivedFileWriter m_save;
    EventsSettings m_eventsSettings;   // --events FILE
    EventsFileWriter m_events;
    bool m_started = false;
    bool m_stopping = false;
};
