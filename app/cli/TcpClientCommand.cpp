#include "TcpClientCommand.h"

#include <QCommandLineParser>

#include "Endpoint.h"

namespace {
const QString kEol = QStringLiteral("eol");
const QString kFraming = QStringLiteral("framing");
const QString kReconnect = QStringLiteral("reconnect");
const QString kWait = QStringLiteral("wait");
constexpr int GiveUpMs = 2000;   // a clean close that takes longer than this is cut short
// The engine hands its traffic events over in batches (Batcher, every 50 ms): before
// exiting, wait a little longer than that so the last reply and the close are printed.
constexpr int DrainMs = 120;
} // namespace

TcpClientCommand::TcpClientCommand(ConsoleOutput *output, QObject *parent)
    : CliCommand(output, parent)
{
    m_closeTimer.setSingleShot(true);
    m_giveUpTimer.setSingleShot(true);
    m_giveUpTimer.setInterval(GiveUpMs);
}

std::optional<TcpClientOptions> TcpClientCommand::parseOptions(const QStringList &arguments, QString *error,
                                                               ConsoleSettings *console,
                                                               TcpClientInputOptions *input)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("host:port"), tr("The server to connect to."));
    parser.addOption(QCommandLineOption(kEol, tr("Line ending added to each sent line: none, lf or crlf."),
                                        QStringLiteral("mode"), QStringLiteral("none")));
    parser.addOption(QCommandLineOption(kFraming, tr("What one message is: raw, lines or length."),
                                        QStringLiteral("mode"), QStringLiteral("raw")));
    parser.addOption(QCommandLineOption(kReconnect, tr("Connect again when the connection fails or ends.")));
    parser.addOption(QCommandLineOption(kWait, tr("After the end of input, close the connection this many milliseconds later."),
                                        QStringLiteral("ms")));
    ConsoleSettings::addOptions(&parser, false);

    if (!parser.parse(QStringList{QStringLiteral("socketlab tcp-client")} + arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        *error = tr("The server is missing: give it as HOST:PORT (for example 127.0.0.1:1246).");
        return std::nullopt;
    }
    if (positional.size() > 1) {
        *error = tr("Unexpected argument “%1”: tcp-client takes one HOST:PORT.").arg(positional.at(1));
        return std::nullopt;
    }
    const std::optional<Endpoint> endpoint = Endpoint::parse(positional.constFirst(), error);
    if (!endpoint)
        return std::nullopt;

    ConsoleSettings settings;
    if (!ConsoleSettings::read(parser, &settings, error))
        return std::nullopt;

    TcpClientInputOptions in;
    const QString eol = parser.value(kEol).toLower();
    if (eol == QLatin1String("none")) {
        in.eol.clear();
    } else if (eol == QLatin1String("lf")) {
        in.eol = QByteArrayLiteral("\n");
    } else if (eol == QLatin1String("crlf")) {
        in.eol = QByteArrayLiteral("\r\n");
    } else {
        *error = tr("“%1” is not a line ending: use none, lf or crlf.").arg(parser.value(kEol));
        return std::nullopt;
    }
    if (parser.isSet(kWait)) {
        bool ok = false;
        const int ms = parser.value(kWait).toInt(&ok);
        if (!ok || ms < 0) {
            *error = tr("“%1” is not a waiting time: give a number of milliseconds (0 or more).").arg(parser.value(kWait));
            return std::nullopt;
        }
        in.closeAfterMs = ms;
    }

    TcpClientOptions options;
    options.host = endpoint->host;
    options.port = endpoint->port;
    const QString framingText = parser.value(kFraming);
    const std::optional<Framer::Mode> framing = Framer::fromName(framingText);
    if (!framing) {
        *error = tr("“%1” is not a framing mode: use raw, lines or length.").arg(framingText);
        return std::nullopt;
    }
    options.framing = *framing;
    options.autoReconnect = parser.isSet(kReconnect);

    if (console)
        *console = settings;
    if (input)
        *input = in;
    return options;
}

QString TcpClientCommand::usageText()
{
    return tr("Usage: socketlab tcp-client HOST:PORT [--eol none|lf|crlf] [--framing raw|lines|length] [--reconnect]\n"
              "                            [--wait MS] [--encoding NAME] [--hex]\n"
              "Connects to a TCP server. Each line typed on standard input is sent as one message, WITHOUT its\n"
              "newline unless --eol says otherwise (the seed servers compare whole recv() chunks, e.g. == 'q').\n"
              "Every connection change, message and error is printed on one line.\n"
              "At the end of input the connection stays open until the server closes it; with --wait MS it is\n"
              "closed MS milliseconds after the end of input. Ctrl+C (or SIGTERM) closes it cleanly.\n"
              "\n"
              "  --eol MODE           added to each sent line: none (default), lf (\\n) or crlf (\\r\\n)\n"
              "  --framing MODE       what one message is: raw (each received chunk; default), lines (ends with\n"
              "                       a newline, added when sending), length (4-byte big-endian length prefix)\n"
              "  --reconnect          connect again (every 2 s) when the connection fails or ends; only Ctrl+C stops it\n"
              "  --wait MS            after the end of input, close the connection MS milliseconds later\n"
              "  --encoding NAME      text encoding for display and sending: utf-8 (default), gbk, latin-1\n"
              "  --hex                show data as hex bytes; typed lines are hex bytes (“68 69”)\n"
              "\n"
              "Exit status: 0 when the connection ended normally, 1 when it could not be made or broke\n"
              "with an error, 2 on bad arguments.");
}

bool TcpClientCommand::parse(const QStringList &arguments, QString *error)
{
    const std::optional<TcpClientOptions> options = parseOptions(arguments, error, &m_console, &m_input);
    if (!options)
        return false;
    m_options = *options;
    return true;
}

QString TcpClientCommand::usage() const
{
    return usageText();
}

void TcpClientCommand::start()
{
    m_console.applyTo(out());
    connect(&m_client, &TcpChatClient::trafficEvents, this,
            [this](const QList<TrafficEvent> &events) { out()->events(events); });
    connect(&m_client, &TcpChatClient::connected, this, &TcpClientCommand::onConnected);
    connect(&m_client, &TcpChatClient::errorOccurred, this, &TcpClientCommand::onError);
    connect(&m_client, &TcpChatClient::disconnected, this, &TcpClientCommand::onDisconnected);
    connect(&m_stdin, &StdinReader::lineRead, this, &TcpClientCommand::onLine);
    connect(&m_stdin, &StdinReader::endOfInput, this, &TcpClientCommand::onEndOfInput);
    connect(&m_closeTimer, &QTimer::timeout, this, &TcpClientCommand::closeAndFinish);
    connect(&m_giveUpTimer, &QTimer::timeout, this, [this] { finishAfterDrain(m_errorAfterConnect ? 1 : 0); });
    m_client.connectToServer(m_options);
}

void TcpClientCommand::onConnected()
{
    m_everConnected = true;
    m_connected = true;
    // Input is read only from now on: lines are never queued without bound before the
    // connection exists, and piped input is not lost to a server that is not there.
    if (!m_stdinStarted) {
        m_stdinStarted = true;
        m_stdin.start();
    }
}

void TcpClientCommand::onError(const QString &explanation)
{
    if (m_closing)
        return;
    if (!m_everConnected && !m_options.autoReconnect) {
        // The connection could not be made: a plain sentence on stderr and exit status 1.
        out()->error(explanation);
        finishAfterDrain(1);
        return;
    }
    if (m_connected)
        m_errorAfterConnect = true;
}

void TcpClientCommand::onDisconnected()
{
    m_connected = false;
    if (m_options.autoReconnect && !m_closing)
        return;   // the engine connects again; only Ctrl+C / SIGTERM ends the command
    // The engine may report the reason (errorOccurred) right after this signal: decide once
    // the current signal chain has finished.
    QTimer::singleShot(0, this, &TcpClientCommand::decideExit);
}

void TcpClientCommand::decideExit()
{
    if (!m_everConnected && !m_closing)
        finishAfterDrain(1);
    else
        finishAfterDrain(m_errorAfterConnect ? 1 : 0);
}

void TcpClientCommand::finishAfterDrain(int exitCode)
{
    if (m_exitScheduled)
        return;
    m_exitScheduled = true;
    m_giveUpTimer.stop();
    QTimer::singleShot(DrainMs, this, [this, exitCode] { finish(exitCode); });
}

void TcpClientCommand::onLine(const QByteArray &line)
{
    if (m_closing)
        return;
    QString error;
    const std::optional<QByteArray> payload = m_console.inputToBytes(line, &error);
    if (!payload) {
        out()->error(error);
        return;
    }
    const QByteArray bytes = *payload + m_input.eol;
    if (bytes.isEmpty() && m_options.framing == Framer::Mode::Raw)
        return;   // zero bytes are nothing on a TCP stream (like the seed client skipping empty input)
    m_client.send(bytes);
}

void TcpClientCommand::onEndOfInput()
{
    if (m_input.closeAfterMs >= 0)
        m_closeTimer.start(m_input.closeAfterMs);
    // Otherwise: keep the connection until the server closes it (or Ctrl+C).
}

void TcpClientCommand::closeAndFinish()
{
    if (m_closing)
        return;
    m_closing = true;
    m_closeTimer.stop();
    if (!m_connected && m_client.state() == TcpChatClient::State::Disconnected) {
        finishAfterDrain(m_errorAfterConnect ? 1 : 0);
        return;
    }
    // Flushes what is still queued, then closes; disconnected() finishes the command.
    m_giveUpTimer.start();
    m_client.disconnectFromServer();
    if (m_client.state() == TcpChatClient::State::Disconnected)
        finishAfterDrain(m_errorAfterConnect ? 1 : 0);
}

void TcpClientCommand::terminate()
{
    closeAndFinish();
}
