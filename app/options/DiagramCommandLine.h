#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

#include "CommandSpec.h"
#include "DiagramArguments.h"

// The options of `socketlab diagram`: the option table and the one parser. Besides the options
// it reads the events file they name (EventLogReader; refused as "FILE: line N: reason") and
// turns --from/--to into times of that recording, so a usage error or a refused file is always
// found before anything is drawn.
//
// A time (--from, --to) is one of: an ISO 8601 date and time ("2024-05-01T12:03:10",
// "2024-05-01T12:03:10.5Z", "…+08:00"; without a zone: local time), a time of the recording's
// day in local time ("12:03:10", "12:03", "12:03:10.250"; the day of the header's "started",
// else of the first event), or milliseconds since 1970-01-01 UTC ("1714564990012").
class DiagramCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(DiagramCommandLine)

public:
    static const CommandSpec &spec();
    // `arguments` excludes the program and the command name. nullopt + a translated one-line
    // reason on bad arguments or a refused events file.
    static std::optional<DiagramArguments> parse(const QStringList &arguments, QString *error);

    // One --from/--to value as milliseconds since the epoch; `dayOfMsecs` is a time of the
    // recording (its local day is used for a time of day). nullopt when it is none of the forms.
    static std::optional<qint64> parseTime(const QString &text, qint64 dayOfMsecs);
    // The title drawn when --title is not given: who recorded, where and when.
    static QString defaultTitle(const EventLog &log);

private:
    static CommandSpec makeSpec();
};
