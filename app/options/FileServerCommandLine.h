#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

#include "CommandSpec.h"
#include "EventsSettings.h"
#include "FileServerOptions.h"

// The options of `socketlab file-server` (also `socketlab --open file-server`): the option table
// and the one parser.
class FileServerCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(FileServerCommandLine)

public:
    static const CommandSpec &spec();
    // `arguments` excludes the program and the command name. nullopt + a translated one-line
    // reason on bad arguments.
    // `events`: where --events FILE goes (a headless command); null (the window's --open) refuses it.
    static std::optional<FileServerOptions> parse(const QStringList &arguments, QString *error,
                                                  EventsSettings *events = nullptr);

private:
    static CommandSpec makeSpec();
};
