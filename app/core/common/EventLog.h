#pragma once

#include <QList>
#include <QString>

#include "TrafficEvent.h"

// A recorded conversation: what an events file (JSON Lines, docs/events.md) holds, in memory.
// EventLogWriter writes one as the events come; EventLogReader reads one back, refusing a
// broken or hostile file with the line and the reason.
struct EventLog
{
    // The first line of the file: who recorded, where, since when.
    struct Header
    {
        // "tcp-server", "tcp-client", "udp", … (docs/events.md lists them; a reader takes any
        // other word, for the tools that come later).
        QString role;
        QString local;              // our end ("127.0.0.1:9000"; "0.0.0.0:9000": every address), empty when not known
        qint64 startedMsecs = 0;    // when recording began, ms since the epoch (UTC); 0 = not said

        bool operator==(const Header &other) const;
    };

    // The maximum lengths a file may use (EventLogWriter shortens longer texts, EventLogReader
    // refuses them), in characters (UTF-16 code units).
    static constexpr int MaxTextChars = 4096;      // an event's sentence
    static constexpr int MaxEndpointChars = 256;   // a peer or a local endpoint
    static constexpr int MaxRoleChars = 64;

    Header header;
    QList<TrafficEvent> events;    // in file order (the order they happened)
    // The last line was cut short (no line end, and not JSON): the recording program stopped in
    // the middle of writing it. It was left out; every line before it was read.
    bool incompleteLastLine = false;
};
