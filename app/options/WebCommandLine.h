#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

#include "CommandSpec.h"
#include "EventsSettings.h"
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
    // `events`: where --events FILE goes (a headless command); null (the window's --open) refuses it.
    static std::optional<WebServerOptions> parse(const QStringList &arguments, QString *error,
                                                 EventsSettings *events = nullptr);

private:
    static CommandSpec makeSpec();
};
