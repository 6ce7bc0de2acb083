#include "TcpServerCommand.h"

#include "TcpServerCommandLine.h"

TcpServerCommand::TcpServerCommand(ConsoleOutput *output, QObject *parent)
    : CliCommand(TcpServerCommandLine::spec(), output, parent)
    , m_save(output)
    , m_events(output)
{
}

bool TcpServerCommand::parse(const QStringList &arguments, QString *error)
{
    const std::optional<TcpServerArguments> parsed = TcpServerCommandLine::parse(arguments, error, &m_eventsSettings);
    if (!parsed)
        return false;
    m_arguments = *parsed;
    return true;
}

void TcpServerCommand::start()
{
    out()->apply(m_arguments.text);
    connect(&m_server, &TcpServer::trafficEvents, this,
            [this](const QList<TrafficEvent> &events) {
                out()->events(events);
                m_events.write(events);
            });
    connect(&m_server, &TcpServer::started, this, &TcpServerCommand::onStarted);
    connect(&m_server, &TcpServer::startFailed, this, &TcpServerCommand::onStartFailed);
    connect(&m_stdin, &StdinReader::lineRead, this, &TcpServerCommand::onLine);
    if (!m_save.open(m_arguments.save) || !m_events.open(m_eventsSettings, QStringLiteral("tcp-server"))) {
        m_save.close();
        finish(2);
        return;
    }
    m_server.setRecorder(m_save.recorder());
    m_server.start(m_arguments.server);
}

void TcpServerCommand::onStarted(const QHostAddress &address, quint16 port)
{
    Q_UNUSED(address)
    Q_UNUSED(port)
    // Standard input is read only once there is a server to send through; its end (a closed
    // pipe, /dev/null under a service manager) only means there is nothing more to send.
    m_stdin.start();
}

void TcpServerCommand::onStartFailed(const QString &reason)
{
    out()->error(reason);
    m_save.close();
    m_events.close();
    finish(1);
}

void TcpServerCommand::onLine(const QByteArray &line)
{
    if (m_stopping)
        return;
    const std::optional<QByteArray> payload = typedBytes(line, m_arguments.text);
    if (!payload)
        return;
    if (payload->isEmpty() && m_arguments.server.framing == Framer::Mode::Raw)
        return;   // zero bytes are nothing on a TCP stream
    m_server.sendToAll(m_arguments.text.withChecksum(*payload));
}

void TcpServerCommand::terminate()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_server.stop();   // hands over the last events (the closes) at once
    m_save.close();
    m_events.close();
    finish(0);
}
