#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

#include "CheckArguments.h"
#include "CommandSpec.h"

// The options of `socketlab check` (also `socketlab --open check`): the option table and the
// one parser. Besides the options it reads what they name: the lab (built in, or --lab-file,
// refused as "FILE: line N: reason" when invalid) and the --targets file, so a usage error or an
// invalid file is always found before anything runs.
class CheckCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommandLine)

public:
    static const CommandSpec &spec();
    // `arguments` excludes the program and the command name. nullopt + a translated one-line
    // reason on bad arguments or an invalid lab / targets file.
    static std::optional<CheckArguments> parse(const QStringList &arguments, QString *error);

private:
    static CommandSpec makeSpec();
};
