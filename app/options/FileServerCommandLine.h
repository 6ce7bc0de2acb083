#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

#include "CommandSpec.h"
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
    static std::optional<FileServerOptions> parse(const QStringList &arguments, QString *error);

private:
    static CommandSpec makeSpec();
};
