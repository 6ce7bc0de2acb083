#include "TcpServerCommand.h"

#include <QCommandLineParser>

#include "Endpoint.h"
#include "NetworkAddresses.h"
#include "NumberOption.h"

namespace {
const QString kPort = QStringLiteral("port");
const QString kBind = QStringLiteral("bind");
const QString kReply = QStringLiteral("reply");
const QString kGreeting = QStringLiteral("greeting");
const QString kRelay = QStringLiteral("relay");
const QString kFraming = QStringLiteral("framing");
const QString kMaxBuffered = QStringLiteral("max-buffered");
const QString kMessageTimeout = QStringLiteral("message-timeout");
const QString kMaxClients = QStringLiteral("max-clients");
const QString kMaxMessage = QStringLiteral("max-message");
} // namespace

TcpServerCommand::TcpServerCommand(ConsoleOutput *output, QObject *parent)
    : CliCommand(output, parent)
{
}

std::optional<TcpServerOptions> TcpServerCommand::parseOptions(const QStringList &arguments, QString *error,
                                                               ConsoleSettings *console)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(kPort, tr("Port to listen on (0: the system picks one)."), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(kBind, tr("Address to listen on: any, localhost or an IP address."),
                                        QStringLiteral("addr"), QStringLiteral("any")));
    parser.addOption(QCommandLineOption(kReply, tr("Answer each message: none, echo, upper or text:STR."),
                                        QStringLiteral("mode"), QStringLiteral("none")));
    parser.addOption(QCommandLineOption(kGreeting, tr("Text sent to each client when it connects."), QStringLiteral("text")));
    parser.addOption(QCommandLineOption(kRelay, tr("Chat room: each message goes to all other clients.")));
    parser.addOption(QCommandLineOption(kFraming, tr("What one message is: raw, lines or length."),
                                        QStringLiteral("mode"), QStringLiteral("raw")));
    parser.addOption(QCommandLineOption(kMaxBuffered, tr("MiB of unfinished messages all clients may hold together."),
                                        QStringLiteral("MiB")));
    parser.addOption(QCommandLineOption(kMessageTimeout, tr("Milliseconds an unfinished message may wait for its next byte."),
                                        QStringLiteral("ms")));
    parser.addOption(QCommandLineOption(kMaxClients, tr("Clients connected at once; more are refused."), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(kMaxMessage, tr("MiB one message (lines or length framing) may have."),
                                        QStringLiteral("MiB")));
    ConsoleSettings::addOptions(&parser, true);

    // QCommandLineParser skips the first element (the program name).
    if (!parser.parse(QStringList{QStringLiteral("socketlab tcp-server")} + arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("Unexpected argument “%1”: tcp-server takes only options.").arg(parser.positionalArguments().constFirst());
        return std::nullopt;
    }

    ConsoleSettings settings;
    if (!ConsoleSettings::read(parser, &settings, error))
        return std::nullopt;

    TcpServerOptions options;
    if (!parser.isSet(kPort)) {
        *error = tr("The port is missing: give it with --port N (for example --port 1246).");
        return std::nullopt;
    }
    bool ok = false;
    const QString portText = parser.value(kPort);
    const uint port = portText.toUInt(&ok);
    if (!ok || port > 65535) {
        *error = tr("“%1” is not a port number: use 0-65535.").arg(portText);
        return std::nullopt;
    }
    options.port = quint16(port);

    const QString bindText = parser.value(kBind);
    options.bindAddress = NetworkAddresses::parseBindAddress(bindText);
    if (options.bindAddress.isNull()) {
        *error = tr("“%1” is not an address to listen on: use any, localhost or an IP address such as 127.0.0.1.").arg(bindText);
        return std::nullopt;
    }

    const QString replyText = parser.value(kReply);
    const std::optional<ReplyPolicy> reply = ReplyPolicy::parse(replyText);
    if (!reply) {
        *error = tr("“%1” is not a reply mode: use none, echo, upper or text:STR.").arg(replyText);
        return std::nullopt;
    }
    options.reply = *reply;
    if (options.reply.mode == ReplyPolicy::Mode::Text)
        options.reply.text = settings.textToBytes(replyText.mid(5));

    if (parser.isSet(kGreeting))
        options.greeting = settings.textToBytes(parser.value(kGreeting));
    options.relay = parser.isSet(kRelay);

    const QString framingText = parser.value(kFraming);
    const std::optional<Framer::Mode> framing = Framer::fromName(framingText);
    if (!framing) {
        *error = tr("“%1” is not a framing mode: use raw, lines or length.").arg(framingText);
        return std::nullopt;
    }
    options.framing = *framing;

    bool valid = true;
    const auto maxBuffered = NumberOption::read(parser, kMaxBuffered, 1, 1024 * 1024, &valid, error);
    if (!valid)
        return std::nullopt;
    const auto messageTimeout = NumberOption::read(parser, kMessageTimeout, 0, 24 * 3600 * 1000, &valid, error);
    if (!valid)
        return std::nullopt;
    const auto maxClients = NumberOption::read(parser, kMaxClients, 1, 1000000, &valid, error);
    if (!valid)
        return std::nullopt;
    const auto maxMessage = NumberOption::read(parser, kMaxMessage, 1, 4095, &valid, error);
    if (!valid)
        return std::nullopt;
    if (maxBuffered)
        options.maxBufferedTotal = *maxBuffered * 1024 * 1024;
    if (maxMessage)
        options.maxMessage = *maxMessage * 1024 * 1024;
    options.partialTimeoutMs = int(messageTimeout.value_or(options.partialTimeoutMs));
    options.maxClients = int(maxClients.value_or(options.maxClients));

    if (console)
        *console = settings;
    return options;
}

QString TcpServerCommand::usageText()
{
    return tr("Usage: socketlab tcp-server --port N [--bind ADDR] [--reply none|echo|upper|text:STR] [--greeting STR]\n"
              "                            [--relay] [--framing raw|lines|length] [--max-buffered MIB]\n"
              "                            [--message-timeout MS] [--max-message MIB] [--max-clients N]\n"
              "                            [--quiet] [--encoding NAME] [--hex]\n"
              "A TCP server for many clients at once. Every connection, message and error is printed on one line;\n"
              "each line typed on standard input is sent to every connected client. It runs until Ctrl+C (or\n"
              "SIGTERM), whatever happens to standard input.\n"
              "\n"
              "  --port N             port to listen on (0: the system picks one)\n"
              "  --bind ADDR          address to listen on: any (default), localhost or an IP address\n"
              "  --reply MODE         answer each message: none (default), echo, upper (like seed 003's server)\n"
              "                       or text:STR (a fixed text, like seed 002's “已送达”)\n"
              "  --greeting STR       send STR to each client as soon as it connects\n"
              "  --relay              chat room: each message goes to all other clients, tagged with its sender\n"
              "  --framing MODE       what one message is: raw (each received chunk; default), lines (ends with\n"
              "                       a newline), length (4-byte big-endian length, then the bytes)\n"
              "  --max-buffered MIB   unfinished messages (lines or length framing) all clients together may\n"
              "                       hold (default 64); the client that goes past it is disconnected\n"
              "  --message-timeout MS an unfinished message may wait this long for its next byte (default\n"
              "                       30000; 0: no limit); then its client is disconnected\n"
              "  --max-message MIB    the largest message with lines or length framing (default 16)\n"
              "  --max-clients N      clients connected at once; more are refused (default 10000)\n"
              "  --quiet              print connections and errors, not the messages\n"
              "  --encoding NAME      text encoding for display and sending: utf-8 (default), gbk, latin-1\n"
              "  --hex                show data as hex bytes; typed lines are hex bytes (“68 69”)\n"
              "\n"
              "Exit status: 0 after Ctrl+C/SIGTERM, 1 when the port cannot be opened, 2 on bad arguments.");
}

bool TcpServerCommand::parse(const QStringList &arguments, QString *error)
{
    const std::optional<TcpServerOptions> options = parseOptions(arguments, error, &m_console);
    if (!options)
        return false;
    m_options = *options;
    return true;
}

QString TcpServerCommand::usage() const
{
    return usageText();
}

void TcpServerCommand::start()
{
    m_console.applyTo(out());
    connect(&m_server, &TcpChatServer::trafficEvents, this,
            [this](const QList<TrafficEvent> &events) { out()->events(events); });
    connect(&m_server, &TcpChatServer::started, this, &TcpServerCommand::onStarted);
    connect(&m_server, &TcpChatServer::startFailed, this, &TcpServerCommand::onStartFailed);
    connect(&m_stdin, &StdinReader::lineRead, this, &TcpServerCommand::onLine);
    m_server.start(m_options);
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
    finish(1);
}

void TcpServerCommand::onLine(const QByteArray &line)
{
    if (m_stopping)
        return;
    QString error;
    const std::optional<QByteArray> payload = m_console.inputToBytes(line, &error);
    if (!payload) {
        out()->error(error);
        return;
    }
    if (payload->isEmpty() && m_options.framing == Framer::Mode::Raw)
        return;   // zero bytes are nothing on a TCP stream
    m_server.sendToAll(*payload);
}

void TcpServerCommand::terminate()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_server.stop();
    finish(0);
}
