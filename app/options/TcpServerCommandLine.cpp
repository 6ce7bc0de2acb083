#include "TcpServerCommandLine.h"

#include "CommandLineReader.h"
#include "OptionValues.h"

namespace {
const QString kPort = QStringLiteral("port");
const QString kReply = QStringLiteral("reply");
const QString kGreeting = QStringLiteral("greeting");
const QString kRelay = QStringLiteral("relay");
const QString kFraming = QStringLiteral("framing");
const QString kMaxBuffered = QStringLiteral("max-buffered");
const QString kMessageTimeout = QStringLiteral("message-timeout");
const QString kMaxMessage = QStringLiteral("max-message");
const QString kMaxClients = QStringLiteral("max-clients");
const QString kQuiet = QStringLiteral("quiet");
constexpr qint64 MiB = 1024 * 1024;
} // namespace

const CommandSpec &TcpServerCommandLine::spec()
{
    static const CommandSpec table = makeSpec();
    return table;
}

CommandSpec TcpServerCommandLine::makeSpec()
{
    const TcpServerOptions defaults;
    CommandSpec spec(QStringLiteral("tcp-server"), "TcpServerCommandLine");
    spec.setArguments(QStringLiteral("--port N"));
    spec.setTitle(QT_TR_NOOP("A TCP server for many clients at once."));
    spec.setDescription(QT_TR_NOOP("Every connection, message and error is printed on one line; each line typed on "
                                   "standard input is sent to every connected client. It runs until Ctrl+C (or "
                                   "SIGTERM), whatever happens to standard input."));
    spec.addValue(kPort, QStringLiteral("N"), QT_TR_NOOP("Port to listen on (0: the system picks one).")).inArguments();
    spec.add(OptionValues::bindOption());
    spec.addValue(kReply, QStringLiteral("MODE"),
                  QT_TR_NOOP("Answer each message: none, echo, upper (like seed 003's server) or text:STR (a fixed "
                             "text, like seed 002's “已送达”)."))
        .withDefault(QStringLiteral("none"))
        .withChoices(QStringLiteral("none|echo|upper|text:STR"));
    spec.addValue(kGreeting, QStringLiteral("STR"), QT_TR_NOOP("Send STR to each client as soon as it connects."));
    spec.addFlag(kRelay, QT_TR_NOOP("Chat room: each message goes to all other clients, tagged with its sender."));
    spec.addValue(kFraming, QStringLiteral("MODE"),
                  QT_TR_NOOP("What one message is: raw (each received chunk), lines (ends with a newline) or length "
                             "(a 4-byte big-endian length, then the bytes)."))
        .withDefault(QStringLiteral("raw"))
        .withChoices(QStringLiteral("raw|lines|length"));
    spec.addValue(kMaxBuffered, QStringLiteral("MIB"),
                  QT_TR_NOOP("MiB of unfinished messages (lines or length framing) all clients together may hold; "
                             "the client that goes past it is disconnected."))
        .withDefault(QString::number(defaults.maxBufferedTotal / MiB));
    spec.addValue(kMessageTimeout, QStringLiteral("MS"),
                  QT_TR_NOOP("Milliseconds an unfinished message may wait for its next byte (0: no limit); then its "
                             "client is disconnected."))
        .withDefault(QString::number(defaults.partialTimeoutMs));
    spec.addValue(kMaxMessage, QStringLiteral("MIB"), QT_TR_NOOP("The largest message with lines or length framing, in MiB."))
        .withDefault(QString::number(defaults.maxMessage / MiB));
    spec.addValue(kMaxClients, QStringLiteral("N"), QT_TR_NOOP("Clients connected at once; more are refused."))
        .withDefault(QString::number(defaults.maxClients));
    spec.addFlag(kQuiet, QT_TR_NOOP("Print connections and errors, not the messages."));
    spec.add(TextSettings::encodingOption());
    spec.add(TextSettings::hexOption());
    spec.add(TextSettings::checksumOption());
    spec.add(SaveSettings::saveOption());
    spec.add(SaveSettings::formatOption());
    spec.add(EventsSettings::eventsOption());
    spec.setExitStatus(QT_TR_NOOP("Exit status: 0 after Ctrl+C/SIGTERM, 1 when the port cannot be opened, 2 on bad "
                                  "arguments."));
    return spec;
}

std::optional<TcpServerArguments> TcpServerCommandLine::parse(const QStringList &arguments, QString *error,
                                                              EventsSettings *events)
{
    CommandLineReader reader(spec());
    if (!reader.parse(arguments, error))
        return std::nullopt;
    if (!EventsSettings::read(reader, events, error))
        return std::nullopt;
    if (!reader.positionalArguments().isEmpty()) {
        *error = tr("Unexpected argument “%1”: tcp-server takes only options.").arg(reader.positionalArguments().constFirst());
        return std::nullopt;
    }

    TcpServerArguments result;
    if (!TextSettings::read(reader, &result.text, error))
        return std::nullopt;
    if (!SaveSettings::read(reader, &result.save, error))
        return std::nullopt;

    TcpServerOptions &options = result.server;
    if (!reader.isSet(kPort)) {
        *error = tr("The port is missing: give it with --port N (for example --port 1246).");
        return std::nullopt;
    }
    const std::optional<quint16> port = OptionValues::port(reader.value(kPort));
    if (!port) {
        *error = tr("“%1” is not a port number: use 0-65535.").arg(reader.value(kPort));
        return std::nullopt;
    }
    options.port = *port;
    const std::optional<QHostAddress> address = OptionValues::listenAddress(reader, error);
    if (!address)
        return std::nullopt;
    options.bindAddress = *address;
    const std::optional<ReplyPolicy> reply = OptionValues::reply(reader.value(kReply), result.text, error);
    if (!reply)
        return std::nullopt;
    options.reply = *reply;
    if (reader.isSet(kGreeting))
        options.greeting = result.text.withChecksum(result.text.textToBytes(reader.value(kGreeting)));
    options.relay = reader.isSet(kRelay);
    const std::optional<Framer::Mode> framing = OptionValues::framing(reader.value(kFraming), error);
    if (!framing)
        return std::nullopt;
    options.framing = *framing;

    bool valid = true;
    const auto maxBuffered = reader.number(kMaxBuffered, 1, 1024 * 1024, &valid, error);
    if (!valid)
        return std::nullopt;
    const auto messageTimeout = reader.number(kMessageTimeout, 0, 24 * 3600 * 1000, &valid, error);
    if (!valid)
        return std::nullopt;
    const auto maxClients = reader.number(kMaxClients, 1, 1000000, &valid, error);
    if (!valid)
        return std::nullopt;
    const auto maxMessage = reader.number(kMaxMessage, 1, 4095, &valid, error);
    if (!valid)
        return std::nullopt;
    if (maxBuffered)
        options.maxBufferedTotal = *maxBuffered * MiB;
    if (maxMessage)
        options.maxMessage = *maxMessage * MiB;
    options.partialTimeoutMs = int(messageTimeout.value_or(options.partialTimeoutMs));
    options.maxClients = int(maxClients.value_or(options.maxClients));
    return result;
}
