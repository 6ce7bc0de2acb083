#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

#include "OptionSpec.h"

class CommandLineReader;

// --events FILE of every server and client command (tcp-server, tcp-client, udp, file-server,
// get, put, web): every traffic event of the run written to FILE as JSON Lines
// (docs/events.md) as it happens, complete when the command ends. The headless commands write it
// (EventsFileWriter, app/cli); the window's --open does not take it.
struct EventsSettings
{
    Q_DECLARE_TR_FUNCTIONS(EventsSettings)

public:
    QString path;   // empty: no events file

    bool isSet() const { return !path.isEmpty(); }

    // The shared option, for the commands' tables.
    static OptionSpec eventsOption();

    // Reads it. `settings` null: the caller cannot write an events file (the window's --open),
    // so --events is refused. False + a translated reason also for a FILE that cannot be one
    // (its folder is missing, it is a folder, no permission). Nothing is created yet.
    static bool read(const CommandLineReader &reader, EventsSettings *settings, QString *error);

    // Why `path` cannot be written, or nothing when it looks writable.
    static std::optional<QString> unusablePath(const QString &path);
};
