#include "CliCommand.h"

#include <QTimer>

#include "CommandHelp.h"

CliCommand::CliCommand(const CommandSpec &spec, ConsoleOutput *output, QObject *parent)
    : QObject(parent)
    , m_spec(spec)
    , m_output(output)
{
}

QString CliCommand::usage() const
{
    return CommandHelp::usage(m_spec);
}

ConsoleOutput *CliCommand::out() const
{
    return m_output;
}

std::optional<QByteArray> CliCommand::typedBytes(const QByteArray &line, const TextSettings &text) const
{
    QString error;
    std::optional<QByteArray> bytes = text.inputToBytes(line, &error);
    if (!bytes)
        m_output->error(error);
    return bytes;
}

void CliCommand::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_output->flush();
    // Queued, so that a command can call finish() from inside start() or a socket signal.
    QTimer::singleShot(0, this, [this, exitCode] { emit finished(exitCode); });
}
