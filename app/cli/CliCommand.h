#pragma once

#include <QByteArray>
#include <QObject>
#include <QStringList>

#include <optional>

#include "ConsoleOutput.h"

class CommandSpec;

// One headless command (`socketlab tcp-server …`). The runner parses, starts, and keeps the
// event loop going until the command emits finished(exitCode). Ctrl+C / SIGTERM call
// terminate(): close the sockets, leave no half-written file, then finish. The options and
// --help come from the command's option table (app/options).
class CliCommand : public QObject
{
    Q_OBJECT

public:
    CliCommand(const CommandSpec &spec, ConsoleOutput *output, QObject *parent = nullptr);

    // `arguments` excludes the program and the command name. On bad arguments: false and a
    // translated one-line reason (the runner prints it with the usage and exits with 2).
    virtual bool parse(const QStringList &arguments, QString *error) = 0;
    QString usage() const;   // --help, written from the option table
    // Starts the work; a failed bind/connect is reported by finish(1) with an error line.
    virtual void start() = 0;
    // Ctrl+C / SIGTERM.
    virtual void terminate() = 0;

signals:
    void finished(int exitCode);

protected:
    ConsoleOutput *out() const;
    void finish(int exitCode);
    // A line typed on standard input as the bytes to send (text in the encoding, or hex with
    // --hex); none, with the reason printed as an error, when it cannot be.
    std::optional<QByteArray> typedBytes(const QByteArray &line, const TextSettings &text) const;

private:
    const CommandSpec &m_spec;
    ConsoleOutput *m_output;
    bool m_finished = false;
};
