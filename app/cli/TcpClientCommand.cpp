#include "TcpClientCommand.h"

#include "TcpClientCommandLine.h"

namespace {
constexpr int GiveUpMs = 2000;   // a clean close that takes longer than this is cut short
// The engine hands its traffic events over in batches (Batcher, every 50 ms): before
// exiting, wait a little longer than that so the last reply and the close are printed.
constexpr int DrainMs = 120;
} // namespace

TcpClientCommand::TcpClientCommand(ConsoleOutput *output, QObject *parent)
    : CliCommand(TcpClientCommandLine::spec(), output, parent)
    , m_save(output)
    , m_events(output)
{
    m_closeTimer.setSingleShot(true);
    m_giveUpTimer.setSingleShot(true);
    m_giveUpTimer.setInterval(GiveUpMs);
}

bool TcpClientCommand::parse(const QStringList &arguments, QString *error)
{
    const std::optional<TcpClientArguments> parsed = TcpClientCommandLine::parse(arguments, error, &m_eventsSettings);
    if (!parsed)
        return false;
    m_arguments = *parsed;
    return true;
}

void TcpClientCommand::start()
{
    out()->apply(m_arguments.text);
    connect(&m_client, &TcpClient::trafficEvents, this,
            [this](const QList<TrafficEvent> &events) {
                out()->events(events);
                m_events.write(events);
            });
    connect(&m_client, &TcpClient::connected, this, &TcpClientCommand::onConnected);
    connect(&m_client, &TcpClient::errorOccurred, this, &TcpClientCommand::onError);
    connect(&m_client, &TcpClient::disconnected, this, &TcpClientCommand::onDisconnected);
    connect(&m_stdin, &StdinReader::lineRead, this, &TcpClientCommand::onLine);
    connect(&m_stdin, &StdinReader::endOfInput, this, &TcpClientCommand::onEndOfInput);
    connect(&m_closeTimer, &QTimer::timeout, this, &TcpClientCommand::closeAndFinish);
    connect(&m_giveUpTimer, &QTimer::timeout, this, [this] { finishAfterDrain(m_errorAfterConnect ? 1 : 0); });
    if (!m_save.open(m_arguments.save) || !m_events.open(m_eventsSettings, QStringLiteral("tcp-client"))) {
        m_save.close();
        finish(2);
        return;
    }
    m_client.setRecorder(m_save.recorder());
    m_client.connectToServer(m_arguments.client);
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
    if (!m_everConnected && !m_arguments.client.autoReconnect) {
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
    if (m_arguments.client.autoReconnect && !m_closing)
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
    QTimer::singleShot(DrainMs, this, [this, exitCode] {
        m_save.close();
        m_events.close();
        finish(exitCode);
    });
}

void TcpClientCommand::onLine(const QByteArray &line)
{
    if (m_closing)
        return;
    const std::optional<QByteArray> payload = typedBytes(line, m_arguments.text);
    if (!payload)
        return;
    const QByteArray bytes = *payload + m_arguments.eol;
    if (bytes.isEmpty() && m_arguments.client.framing == Framer::Mode::Raw)
        return;   // zero bytes are nothing on a TCP stream (like the seed client skipping empty input)
    m_client.send(m_arguments.text.withChecksum(bytes));
}

void TcpClientCommand::onEndOfInput()
{
    if (m_arguments.closeAfterMs >= 0)
        m_closeTimer.start(m_arguments.closeAfterMs);
    // Otherwise: keep the connection until the server closes it (or Ctrl+C).
}

void TcpClientCommand::closeAndFinish()
{
    if (m_closing)
        return;
    m_closing = true;
    m_closeTimer.stop();
    if (!m_connected && m_client.state() == TcpClient::State::Disconnected) {
        finishAfterDrain(m_errorAfterConnect ? 1 : 0);
        return;
    }
    // Flushes what is still queued, then closes; disconnected() finishes the command.
    m_giveUpTimer.start();
    m_client.disconnectFromServer();
    if (m_client.state() == TcpClient::State::Disconnected)
        finishAfterDrain(m_errorAfterConnect ? 1 : 0);
}

void TcpClientCommand::terminate()
{
    closeAndFinish();
}
