#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

#include "CommandSpec.h"
#include "UdpArguments.h"

// The options of `socketlab udp` (also `socketlab --open udp`): the option table and the one
// parser.
class UdpCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(UdpCommandLine)

public:
    static const CommandSpec &spec();
    // `arguments` excludes the program and the command name. nullopt + a translated one-line
    // reason on bad arguments.
    static std::optional<UdpArguments> parse(const QStringList &arguments, QString *error);

private:
    static CommandSpec makeSpec();
};
