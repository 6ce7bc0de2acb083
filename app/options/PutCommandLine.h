#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

#include "CommandSpec.h"
#include "EventsSettings.h"
#include "TransferRequest.h"

// The options of `socketlab put`: the option table and the one parser.
class PutCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(PutCommandLine)

public:
    static const CommandSpec &spec();
    // `arguments` excludes the program and the command name. nullopt + a translated one-line
    // reason on bad arguments.
    // `events`: where --events FILE goes (a headless command); null (the window's --open) refuses it.
    static std::optional<TransferRequest> parse(const QStringList &arguments, QString *error,
                                                EventsSettings *events = nullptr);

private:
    static CommandSpec makeSpec();
};
