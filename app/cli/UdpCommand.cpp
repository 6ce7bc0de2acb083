#include "UdpCommand.h"

#include "UdpCommandLine.h"

UdpCommand::UdpCommand(ConsoleOutput *output, QObject *parent)
    : CliCommand(UdpCommandLine::spec(), output, parent)
    , m_peer(this)
    , m_stdin(this)
    , m_save(output, this)
    , m_events(output)
{
}

bool UdpCommand::parse(const QStringList &arguments, QString *error)
{
    const std::optional<UdpArguments> parsed = UdpCommandLine::parse(arguments, error, &m_eventsSettings);
    if (!parsed)
        return false;
    m_arguments = *parsed;
    return true;
}

void UdpCommand::start()
{
    out()->apply(m_arguments.text);
    connect(&m_peer, &UdpPeer::trafficEvents, this, [this](const QList<TrafficEvent> &events) {
        out()->events(events);
        m_events.write(events);
    });
    connect(&m_peer, &UdpPeer::bound, this, &UdpCommand::onBound);
    connect(&m_peer, &UdpPeer::bindFailed, this, &UdpCommand::onBindFailed);
    connect(&m_stdin, &StdinReader::lineRead, this, &UdpCommand::onLine);
    if (!m_save.open(m_arguments.save) || !m_events.open(m_eventsSettings, QStringLiteral("udp"))) {
        m_save.close();
        finish(2);
        return;
    }
    m_peer.setRecorder(m_save.recorder());
    m_peer.bind(m_arguments.udp);
}

void UdpCommand::onBound(const QHostAddress &address, quint16 port, bool automatic)
{
    Q_UNUSED(address)
    Q_UNUSED(port)
    if (automatic || m_started)
        return;
    m_started = true;
    for (const QHostAddress &group : std::as_const(m_arguments.joins))
        m_peer.joinGroup(group, m_arguments.joinInterface);
    // Standard input is read once there is a socket; its end only means nothing more to send.
    m_stdin.start();
}

void UdpCommand::onBindFailed(const QString &reason)
{
    // The engine reported it as an error event too; the fatal line goes to stderr.
    out()->error(reason);
    m_save.close();
    m_events.close();
    finish(1);
}

void UdpCommand::onLine(const QByteArray &line)
{
    if (m_stopping)
        return;
    const std::optional<QByteArray> payload = typedBytes(line, m_arguments.text);
    if (!payload)
        return;
    const QByteArray datagram = m_arguments.text.withChecksum(*payload);
    if (m_arguments.to) {
        m_peer.sendTo(m_arguments.to->host, m_arguments.to->port, datagram);
    } else if (!m_peer.lastSender().isEmpty()) {
        m_peer.replyToLastSender(datagram);
    } else {
        out()->error(tr("Nobody to send to yet: give --to HOST:PORT, or wait for a datagram (lines then go to its sender)."));
    }
}

QString UdpCommand::summary() const
{
    const UdpCounters c = m_peer.counters();
    return tr("Counters: datagrams received %1, bytes received %2, datagrams sent %3, bytes sent %4, errors %5.")
        .arg(c.datagramsIn).arg(c.bytesIn).arg(c.datagramsOut).arg(c.bytesOut).arg(c.receiveErrors + c.sendErrors);
}

void UdpCommand::terminate()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_peer.flush();
    out()->line(summary());
    m_peer.unbind();   // hands over the last events (the close) at once
    m_save.close();
    m_events.close();
    finish(0);
}
