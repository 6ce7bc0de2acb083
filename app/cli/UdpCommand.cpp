#include "UdpCommand.h"

#include <QCommandLineParser>

#include "NetworkAddresses.h"

namespace {
const QString kPort = QStringLiteral("port");
const QString kBind = QStringLiteral("bind");
const QString kReply = QStringLiteral("reply");
const QString kReplyLimit = QStringLiteral("reply-limit");
const QString kTo = QStringLiteral("to");
const QString kJoin = QStringLiteral("join");
const QString kInterface = QStringLiteral("interface");
const QString kTtl = QStringLiteral("ttl");
} // namespace

UdpCommand::UdpCommand(ConsoleOutput *output, QObject *parent)
    : CliCommand(output, parent)
    , m_peer(this)
    , m_stdin(this)
{
}

std::optional<UdpCommandOptions> UdpCommand::parseOptions(const QStringList &arguments, QString *error,
                                                          ConsoleSettings *console)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(kPort, tr("Port to receive on (0: the system picks one)."), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(kBind, tr("Address to bind: any, localhost or an IP address."),
                                        QStringLiteral("addr"), QStringLiteral("any")));
    parser.addOption(QCommandLineOption(kReply, tr("Answer each datagram: none, echo, upper or text:STR."),
                                        QStringLiteral("mode"), QStringLiteral("none")));
    parser.addOption(QCommandLineOption(kReplyLimit, tr("At most N auto-replies per sender per second (0: no limit)."),
                                        QStringLiteral("N"), QString::number(ReplyBudget::DefaultLimit)));
    parser.addOption(QCommandLineOption(kTo, tr("Where typed lines are sent (HOST:PORT)."), QStringLiteral("host:port")));
    parser.addOption(QCommandLineOption(kJoin, tr("Join this multicast group (may be repeated)."), QStringLiteral("group")));
    parser.addOption(QCommandLineOption(kInterface, tr("Network interface for multicast (joins and sending)."), QStringLiteral("name")));
    parser.addOption(QCommandLineOption(kTtl, tr("TTL / hop limit of multicast datagrams (0-255)."), QStringLiteral("n"), QStringLiteral("1")));
    ConsoleSettings::addOptions(&parser, true);

    if (!parser.parse(QStringList{QStringLiteral("socketlab udp")} + arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("Unexpected argument “%1”: udp takes only options.").arg(parser.positionalArguments().constFirst());
        return std::nullopt;
    }

    ConsoleSettings settings;
    if (!ConsoleSettings::read(parser, &settings, error))
        return std::nullopt;

    UdpCommandOptions options;
    if (parser.isSet(kTo)) {
        const std::optional<Endpoint> to = Endpoint::parse(parser.value(kTo), error);
        if (!to)
            return std::nullopt;
        options.to = *to;
    }
    if (parser.isSet(kPort)) {
        bool ok = false;
        const QString portText = parser.value(kPort);
        const uint port = portText.toUInt(&ok);
        if (!ok || port > 65535) {
            *error = tr("“%1” is not a port number: use 0-65535 (0: the system picks one).").arg(portText);
            return std::nullopt;
        }
        options.udp.port = quint16(port);
    } else if (!options.to) {
        *error = tr("Say what to do: --port N to receive on port N, and/or --to HOST:PORT to send typed lines there.");
        return std::nullopt;
    }

    const QString bindText = parser.value(kBind);
    options.udp.bindAddress = NetworkAddresses::parseBindAddress(bindText);
    if (options.udp.bindAddress.isNull()) {
        *error = tr("“%1” is not an address to bind: use any, localhost or an IP address such as 127.0.0.1.").arg(bindText);
        return std::nullopt;
    }

    const QString replyText = parser.value(kReply);
    const std::optional<ReplyPolicy> reply = ReplyPolicy::parse(replyText);
    if (!reply) {
        *error = tr("“%1” is not a reply mode: use none, echo, upper or text:STR.").arg(replyText);
        return std::nullopt;
    }
    options.udp.reply = *reply;
    if (options.udp.reply.mode == ReplyPolicy::Mode::Text)
        options.udp.reply.text = settings.textToBytes(replyText.mid(5));
    bool limitOk = false;
    const QString limitText = parser.value(kReplyLimit);
    const int limit = limitText.toInt(&limitOk);
    if (!limitOk || limit < 0) {
        *error = tr("“%1” is not a number of replies for --reply-limit: use 0 or more (0: no limit).").arg(limitText);
        return std::nullopt;
    }
    options.udp.replyLimit = limit;

    bool hasIPv4Group = false;
    for (const QString &groupText : parser.values(kJoin)) {
        const QHostAddress group(groupText.trimmed());
        if (group.isNull() || !group.isMulticast()) {
            *error = tr("“%1” is not a multicast group: use 224.0.0.0-239.255.255.255 or an IPv6 ff00::/8 address.").arg(groupText);
            return std::nullopt;
        }
        hasIPv4Group = hasIPv4Group || group.protocol() == QAbstractSocket::IPv4Protocol;
        options.joins.append(group);
    }
    // An IPv4 group can only be joined by an IPv4 socket: "any" then means any IPv4 address.
    if (hasIPv4Group && options.udp.bindAddress == QHostAddress(QHostAddress::Any))
        options.udp.bindAddress = QHostAddress(QHostAddress::AnyIPv4);

    options.joinInterface = parser.value(kInterface).trimmed();
    options.udp.multicastInterface = options.joinInterface;

    bool ttlOk = false;
    const int ttl = parser.value(kTtl).toInt(&ttlOk);
    if (!ttlOk || ttl < 0 || ttl > 255) {
        *error = tr("“%1” is not a TTL: use 0-255.").arg(parser.value(kTtl));
        return std::nullopt;
    }
    options.udp.multicastTtl = ttl;
    // --quiet counts only: no event per datagram is even made, so a flood costs little.
    options.udp.logData = !settings.quiet;

    if (console)
        *console = settings;
    return options;
}

QString UdpCommand::usageText()
{
    return tr("Usage: socketlab udp (--port N | --to HOST:PORT) [--bind ADDR] [--reply none|echo|upper|text:STR]\n"
              "                     [--reply-limit N] [--join GROUP]… [--interface NAME] [--ttl N] [--quiet]\n"
              "                     [--encoding NAME] [--hex]\n"
              "Receives and sends UDP datagrams. Each datagram is printed on one line with its sender (ip:port),\n"
              "its text and its size; each line typed on standard input is sent as one datagram to --to, or,\n"
              "without --to, to whoever sent the last datagram. It runs until Ctrl+C (or SIGTERM), whatever\n"
              "happens to standard input, and then prints the counters.\n"
              "\n"
              "  --port N             port to receive on (0: the system picks one; default 0 with --to)\n"
              "  --bind ADDR          address to bind: any (IPv4 + IPv6, default), localhost or an IP address\n"
              "  --reply MODE         answer each datagram: none (default), echo, upper, or text:STR (a fixed\n"
              "                       text, like seed 003's server answering “ok”)\n"
              "  --reply-limit N      at most N auto-replies per sender per second (default 100; 0: no limit),\n"
              "                       so that two programs answering each other stop; our own address is\n"
              "                       never answered\n"
              "  --to HOST:PORT       send typed lines there (a name such as localhost is looked up)\n"
              "  --join GROUP         join a multicast group (repeatable); with an IPv4 group, “any” binds IPv4 only\n"
              "  --interface NAME     network interface for the multicast joins and sends (default: the system's)\n"
              "  --ttl N              TTL / hop limit of multicast datagrams we send (default 1)\n"
              "  --quiet              do not print datagrams, only states, errors and the final counters\n"
              "  --encoding NAME      text encoding for display and sending: utf-8 (default), gbk, latin-1\n"
              "  --hex                show data as hex bytes; typed lines are hex bytes (“68 69”)\n"
              "\n"
              "Exit status: 0 after Ctrl+C/SIGTERM, 1 when the port cannot be bound, 2 on bad arguments.");
}

bool UdpCommand::parse(const QStringList &arguments, QString *error)
{
    const std::optional<UdpCommandOptions> options = parseOptions(arguments, error, &m_console);
    if (!options)
        return false;
    m_options = *options;
    return true;
}

QString UdpCommand::usage() const
{
    return usageText();
}

void UdpCommand::start()
{
    m_console.applyTo(out());
    connect(&m_peer, &UdpPeer::trafficEvents, this, [this](const QList<TrafficEvent> &events) { out()->events(events); });
    connect(&m_peer, &UdpPeer::bound, this, &UdpCommand::onBound);
    connect(&m_peer, &UdpPeer::bindFailed, this, &UdpCommand::onBindFailed);
    connect(&m_stdin, &StdinReader::lineRead, this, &UdpCommand::onLine);
    m_peer.bind(m_options.udp);
}

void UdpCommand::onBound(const QHostAddress &address, quint16 port, bool automatic)
{
    Q_UNUSED(address)
    Q_UNUSED(port)
    if (automatic || m_started)
        return;
    m_started = true;
    for (const QHostAddress &group : std::as_const(m_options.joins))
        m_peer.joinGroup(group, m_options.joinInterface);
    // Standard input is read once there is a socket; its end only means nothing more to send.
    m_stdin.start();
}

void UdpCommand::onBindFailed(const QString &reason)
{
    // The engine reported it as an error event too; the fatal line goes to stderr.
    out()->error(reason);
    finish(1);
}

void UdpCommand::onLine(const QByteArray &line)
{
    if (m_stopping)
        return;
    QString error;
    const std::optional<QByteArray> payload = m_console.inputToBytes(line, &error);
    if (!payload) {
        out()->error(error);
        return;
    }
    if (m_options.to) {
        m_peer.sendTo(m_options.to->host, m_options.to->port, *payload);
    } else if (!m_peer.lastSender().isEmpty()) {
        m_peer.replyToLastSender(*payload);
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
    m_peer.unbind();
    finish(0);
}
