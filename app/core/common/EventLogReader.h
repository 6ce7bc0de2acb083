#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

#include "EventLog.h"

class QIODevice;

// Reads an events file (JSON Lines, docs/events.md) back into an EventLog, and refuses anything
// else with the line and the reason ("line 7: “size” must be a whole number from 0 to …"): a
// line that is not JSON, a first line that is not a SocketLab header or is of another version,
// a field of the wrong type or out of range, a payload that is not base64 or larger than a file
// may hold, a line, a file or a number of events beyond the limits. Memory stays bounded by
// the limits whatever the file holds; nothing in a file can make it crash.
//
// Forward compatible within version 1: fields it does not know are ignored, and so are actions
// and notes that a newer SocketLab may add (an unknown action reads as none for a state event,
// other-error for an error; an unknown note as text). Blank lines are skipped. A last line cut
// short (no line end, not JSON: the recorder was killed while writing it) is left out and said
// in EventLog::incompleteLastLine, so that a crash does not make the whole recording unreadable.
class EventLogReader
{
    Q_DECLARE_TR_FUNCTIONS(EventLogReader)

public:
    struct Limits
    {
        qint64 maxFileBytes = 64 * 1024 * 1024;
        qint64 maxLineBytes = 64 * 1024;   // what EventLogWriter writes stays well below
        int maxEvents = 500000;
    };

    struct Error
    {
        int line = 0;         // 1-based; 0 when no line applies (cannot open, file too large)
        QString reason;       // translated
        QString text() const; // "line 3: …" (translated), or the reason alone
    };

    // With the default Limits when none are given.
    static std::optional<EventLog> read(QIODevice *device, Error *error, const Limits &limits);
    static std::optional<EventLog> read(QIODevice *device, Error *error = nullptr);
    static std::optional<EventLog> parse(const QByteArray &bytes, Error *error, const Limits &limits);
    static std::optional<EventLog> parse(const QByteArray &bytes, Error *error = nullptr);
    static std::optional<EventLog> readFile(const QString &path, Error *error, const Limits &limits);
    static std::optional<EventLog> readFile(const QString &path, Error *error = nullptr);
};
