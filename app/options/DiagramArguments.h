#pragma once

#include <QString>

#include "ConversationDiagram.h"
#include "EventLog.h"

// What `socketlab diagram EVENTS.jsonl -o OUT.svg|png …` asks for: the recording (already read,
// so that a refused file is a usage error), the picture to write and how to draw it.
struct DiagramArguments
{
    enum class Format : quint8 { Svg, Png };

    QString eventsFile;
    EventLog log;                        // the events file, read
    QString output;                      // -o / --output
    Format format = Format::Svg;         // by the output's suffix
    ConversationDiagram::Options options;   // --peer, --from/--to (resolved), --max, --hex, --encoding
    QString title;                       // --title, else one made from the recording's header
};
