#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

#include "CommandSpec.h"
#include "TcpClientArguments.h"

// The options of `socketlab tcp-client` (also `socketlab --open tcp-client`): the option table
// and the one parser.
class TcpClientCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(TcpClientCommandLine)

public:
    static const CommandSpec &spec();
    // `arguments` excludes the program and the command name. nullopt + a translated one-line
    // reason on bad arguments.
    static std::optional<TcpClientArguments> parse(const QStringList &arguments, QString *error);

private:
    static CommandSpec makeSpec();
};
