#pragma once

#include <QString>

#include "TextCodec.h"
#include "TrafficEvent.h"

// One TrafficEvent as one line of text, the way the CLI prints it and the traffic view saves and
// copies it:
//   12:03:04.567  127.0.0.1:53422  <  hello\r\n
// Columns: local time to the millisecond, peer ("-" for the engine itself), a mark
// (< received, > sent, * state change, ! error), then the payload (text with control characters
// escaped so one event is one line, or hex) or the state/error sentence (its control characters
// escaped too: it may quote a name a peer sent). See ControlCharEscaper.
class TrafficEventFormatter
{
public:
    static QString timeText(qint64 msecsSinceEpoch);      // "HH:mm:ss.zzz", local time
    static QString mark(const TrafficEvent &event);       // "<", ">", "*" or "!"
    static QString peerText(const TrafficEvent &event);   // the peer, or "-" when empty
    // The payload decoded (control characters escaped) or as hex, with a note when only part of
    // it was stored, and the event's note; for state/error events their sentence.
    static QString body(const TrafficEvent &event, TextCodec::Encoding encoding, bool hex);
    static QString line(const TrafficEvent &event, TextCodec::Encoding encoding, bool hex);
};
