#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

#include "CommandSpec.h"
#include "TcpServerArguments.h"

// The options of `socketlab tcp-server` (also `socketlab --open tcp-server`): the option table
// and the one parser.
class TcpServerCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(TcpServerCommandLine)

public:
    static const CommandSpec &spec();
    // `arguments` excludes the program and the command name. nullopt + a translated one-line
    // reason on bad arguments.
    static std::optional<TcpServerArguments> parse(const QStringList &arguments, QString *error);

private:
    static CommandSpec makeSpec();
};
