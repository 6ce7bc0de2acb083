#include "UdpCommandLine.h"

#include "CommandLineReader.h"
#include "NetworkAddresses.h"
#include "OptionValues.h"

namespace {
const QString kPort = QStringLiteral("port");
const QString kTo = QStringLiteral("to");
const QString kBind = QStringLiteral("bind");
const QString kReply = QStringLiteral("reply");
const QString kReplyLimit = QStringLiteral("reply-limit");
const QString kJoin = QStringLiteral("join");
const QString kInterface = QStringLiteral("interface");
const QString kTtl = QStringLiteral("ttl");
const QString kQuiet = QStringLiteral("quiet");
} // namespace

const CommandSpec &UdpCommandLine::spec()
{
    static const CommandSpec table = makeSpec();
    return table;
}

CommandSpec UdpCommandLine::makeSpec()
{
    const UdpOptions defaults;
    CommandSpec spec(QStringLiteral("udp"), "UdpCommandLine");
    spec.setArguments(QStringLiteral("(--port N | --to HOST:PORT)"));
    spec.setTitle(QT_TR_NOOP("Receives and sends UDP datagrams."));
    spec.setDescription(QT_TR_NOOP("Each datagram is printed on one line with its sender (ip:port), its text and its "
                                   "size; each line typed on standard input is sent as one datagram to --to, or, "
                                   "without --to, to whoever sent the last datagram. It runs until Ctrl+C (or "
                                   "SIGTERM), whatever happens to standard input, and then prints the counters."));
    spec.addValue(kPort, QStringLiteral("N"), QT_TR_NOOP("Port to receive on (0: the system picks one)."))
        .withDefaultText(QT_TR_NOOP("0 when --to is given"))
        .inArguments();
    spec.addValue(kTo, QStringLiteral("HOST:PORT"),
                  QT_TR_NOOP("Send typed lines there (a name such as localhost is looked up)."))
        .inArguments();
    spec.addValue(kBind, QStringLiteral("ADDR"), QT_TR_NOOP("Address to bind: any (IPv4 + IPv6), localhost or an IP address."))
        .withDefault(QStringLiteral("any"));
    spec.addValue(kReply, QStringLiteral("MODE"),
                  QT_TR_NOOP("Answer each datagram: none, echo, upper, or text:STR (a fixed text, like seed 003's "
                             "server answering “ok”)."))
        .withDefault(QStringLiteral("none"))
        .withChoices(QStringLiteral("none|echo|upper|text:STR"));
    spec.addValue(kReplyLimit, QStringLiteral("N"),
                  QT_TR_NOOP("At most N auto-replies per sender per second (0: no limit), so that two programs "
                             "answering each other stop; our own address is never answered."))
        .withDefault(QString::number(defaults.replyLimit));
    spec.addValue(kJoin, QStringLiteral("GROUP"),
                  QT_TR_NOOP("Join a multicast group (may be repeated); with an IPv4 group, “any” binds IPv4 only."))
        .repeatable();
    spec.addValue(kInterface, QStringLiteral("NAME"), QT_TR_NOOP("Network interface for the multicast joins and sends."))
        .withDefaultText(QT_TR_NOOP("the system's choice"));
    spec.addValue(kTtl, QStringLiteral("N"), QT_TR_NOOP("TTL / hop limit of the multicast datagrams we send (0-255)."))
        .withDefault(QString::number(defaults.multicastTtl));
    spec.addFlag(kQuiet, QT_TR_NOOP("Do not print datagrams, only states, errors and the final counters."));
    spec.add(TextSettings::encodingOption());
    spec.add(TextSettings::hexOption());
    spec.add(TextSettings::checksumOption());
    spec.add(SaveSettings::saveOption());
    spec.add(SaveSettings::formatOption());
    spec.add(EventsSettings::eventsOption());
    spec.setExitStatus(QT_TR_NOOP("Exit status: 0 after Ctrl+C/SIGTERM, 1 when the port cannot be bound, 2 on bad "
                                  "arguments."));
    return spec;
}

std::optional<UdpArguments> UdpCommandLine::parse(const QStringList &arguments, QString *error,
                                                  EventsSettings *events)
{
    CommandLineReader reader(spec());
    if (!reader.parse(arguments, error))
        return std::nullopt;
    if (!EventsSettings::read(reader, events, error))
        return std::nullopt;
    if (!reader.positionalArguments().isEmpty()) {
        *error = tr("Unexpected argument “%1”: udp takes only options.").arg(reader.positionalArguments().constFirst());
        return std::nullopt;
    }

    UdpArguments result;
    if (!TextSettings::read(reader, &result.text, error))
        return std::nullopt;
    if (!SaveSettings::read(reader, &result.save, error))
        return std::nullopt;

    if (reader.isSet(kTo)) {
        const std::optional<Endpoint> to = Endpoint::parse(reader.value(kTo), error);
        if (!to)
            return std::nullopt;
        result.to = *to;
    }
    UdpOptions &udp = result.udp;
    if (reader.isSet(kPort)) {
        const std::optional<quint16> port = OptionValues::port(reader.value(kPort));
        if (!port) {
            *error = tr("“%1” is not a port number: use 0-65535 (0: the system picks one).").arg(reader.value(kPort));
            return std::nullopt;
        }
        udp.port = *port;
    } else if (!result.to) {
        *error = tr("Say what to do: --port N to receive on port N, and/or --to HOST:PORT to send typed lines there.");
        return std::nullopt;
    }

    const QString bindText = reader.value(kBind);
    udp.bindAddress = NetworkAddresses::parseBindAddress(bindText);
    if (udp.bindAddress.isNull()) {
        *error = tr("“%1” is not an address to bind: use any, localhost or an IP address such as 127.0.0.1.").arg(bindText);
        return std::nullopt;
    }

    const std::optional<ReplyPolicy> reply = OptionValues::reply(reader.value(kReply), result.text, error);
    if (!reply)
        return std::nullopt;
    udp.reply = *reply;
    bool limitOk = false;
    const QString limitText = reader.value(kReplyLimit);
    const int limit = limitText.toInt(&limitOk);
    if (!limitOk || limit < 0) {
        *error = tr("“%1” is not a number of replies for --reply-limit: use 0 or more (0: no limit).").arg(limitText);
        return std::nullopt;
    }
    udp.replyLimit = limit;

    bool hasIPv4Group = false;
    for (const QString &groupText : reader.values(kJoin)) {
        const QHostAddress group(groupText.trimmed());
        if (group.isNull() || !group.isMulticast()) {
            *error = tr("“%1” is not a multicast group: use 224.0.0.0-239.255.255.255 or an IPv6 ff00::/8 address.").arg(groupText);
            return std::nullopt;
        }
        hasIPv4Group = hasIPv4Group || group.protocol() == QAbstractSocket::IPv4Protocol;
        result.joins.append(group);
    }
    // An IPv4 group can only be joined by an IPv4 socket: "any" then means any IPv4 address.
    if (hasIPv4Group && udp.bindAddress == QHostAddress(QHostAddress::Any))
        udp.bindAddress = QHostAddress(QHostAddress::AnyIPv4);

    result.joinInterface = reader.value(kInterface).trimmed();
    udp.multicastInterface = result.joinInterface;

    bool ttlOk = false;
    const int ttl = reader.value(kTtl).toInt(&ttlOk);
    if (!ttlOk || ttl < 0 || ttl > 255) {
        *error = tr("“%1” is not a TTL: use 0-255.").arg(reader.value(kTtl));
        return std::nullopt;
    }
    udp.multicastTtl = ttl;
    // --quiet counts only: no event per datagram is even made, so a flood costs little.
    udp.logData = !result.text.quiet;
    return result;
}
