#pragma once

#include <QString>
#include <QStringView>

#include <optional>

#include "TrafficEvent.h"

// The words an events file (docs/events.md) uses for TrafficEvent's enums: lower-case names
// such as "data", "in", "closed-by-peer", never enum numbers, so that a file stays readable by
// people and by other tools, and keeps its meaning when an enum grows. Changing a name breaks
// every file already written: add names, never rename them.
class EventLogNames
{
public:
    static QString kind(TrafficEvent::Kind kind);                  // "data", "state", "error"
    static QString direction(TrafficEvent::Direction direction);   // "none", "in", "out"
    static QString note(TrafficEvent::Note note);                  // "text", "size", "auto-reply-size"
    static QString action(TrafficEvent::Action action);            // "none", "listening", "closed-by-peer", …

    // nullopt for a name that is not one of the above.
    static std::optional<TrafficEvent::Kind> kindFrom(QStringView name);
    static std::optional<TrafficEvent::Direction> directionFrom(QStringView name);
    static std::optional<TrafficEvent::Note> noteFrom(QStringView name);
    static std::optional<TrafficEvent::Action> actionFrom(QStringView name);
};
