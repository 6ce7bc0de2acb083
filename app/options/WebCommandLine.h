#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

#include "CommandSpec.h"
#include "WebServerOptions.h"

// The options of `socketlab web` (also `socketlab --open web`): the option table and the one
// parser.
class WebCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(WebCommandLine)

public:
    static const CommandSpec &spec();
    // `arguments` excludes the program and the command name. nullopt + a translated one-line
    // reason on bad arguments (including a root that is missing or not a folder).
    static std::optional<WebServerOptions> parse(const QStringList &arguments, QString *error);

private:
    static CommandSpec makeSpec();
};
