#pragma once

#include <QStringList>

#include <functional>
#include <map>
#include <memory>

class CliCommand;
class ConsoleOutput;

// Dispatches `socketlab <command> [options]` to a CliCommand and runs it to completion.
class CliRunner
{
public:
    using Factory = std::function<std::unique_ptr<CliCommand>(ConsoleOutput *)>;

    static bool isCommand(const QString &name);
    // The command draws text (`diagram`): it needs a QGuiApplication, not a QCoreApplication.
    static bool needsFonts(const QString &name);
    // Needs a QCoreApplication. `arguments`: the whole argv (program, command, options…).
    // Returns the exit code: 0 success, 1 runtime failure (bind/connect/transfer), 2 bad usage.
    static int run(const QStringList &arguments);
    static QString overview();   // the command list, for --help

private:
    static const std::map<QString, Factory> &registry();
};
