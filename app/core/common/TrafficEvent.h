#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

// One thing that happened on the wire or to a connection: a received or sent chunk/message,
// a state change ("connected", "listening on …") or an error explained in plain words.
// Every engine reports through this one type; the traffic view and the CLI print it, the
// events file (EventLogWriter) records it, the conversation diagram draws it.
//
// `text` is for people and in the language of the moment; `action` says what a state or error
// event means, whatever the language, so that a program (ConversationDiagram) can draw it.
struct TrafficEvent
{
    enum class Direction : quint8 { None, In, Out };
    enum class Kind : quint8 { Data, State, Error };
    // What a state or error event means. None: nothing a diagram draws (a data event, a note
    // such as "sending a file…" or "auto-reply paused", or a mistake that put nothing on the
    // wire, like sending while not connected). The names in files: EventLogNames.
    enum class Action : quint8 {
        None,
        Listening,          // a TCP server listens (`local`: where)
        StoppedListening,
        BindFailed,         // a TCP server could not listen, a UDP socket could not bind
        Connecting,         // our client starts an attempt (the engine's row: `text` says where)
        Connected,          // our client's connection to `peer` is made (`local`: our end)
        Accepted,           // `peer` connected to our server (`local`: our end)
        Rejected,           // our server turned `peer` away at once (its client limit)
        HalfClosedByPeer,   // `peer` finished sending (FIN); it may still read
        HalfClosedByUs,     // we finished sending; we may still read
        ClosedByPeer,       // the connection ended, and `peer` closed first
        ClosedByUs,         // the connection ended, and we closed first (or dropped it)
        Reset,              // `peer` reset the connection (RST)
        Refused,            // no server listens where our client connected (RST to the SYN)
        TimedOut,           // `peer` did not answer in time
        HostNotFound,       // the name our client was given does not resolve
        PortUnreachable,    // ICMP: nobody listens on the UDP port we sent to
        HostUnreachable,    // ICMP or a routing error: host or network unreachable
        Bound,              // a UDP socket is bound (`local`: where)
        Unbound,
        OtherError,         // any other failure on a connection or socket
    };
    // A note shown with a data event, worded when it is shown (so it follows the language):
    // a UDP datagram's size, or an auto-reply's.
    enum class Note : quint8 { Text, Size, AutoReplySize };

    // Payloads are kept for display up to this many bytes; `size` always holds the real count.
    static constexpr int MaxStoredBytes = 16 * 1024;

    qint64 msecsSinceEpoch = 0;
    QString peer;              // "127.0.0.1:53422", "[::1]:80", or empty for the engine itself
    QString local;             // our end where the engine knows it ("127.0.0.1:51234"), else empty
    Direction direction = Direction::None;
    Kind kind = Kind::State;
    QByteArray bytes;          // Data: the payload, truncated to MaxStoredBytes
    qint64 size = 0;           // Data: the real payload size in bytes
    QString text;              // State/Error: a translated sentence; Data: optional note
    Note note = Note::Text;    // Data: Size/AutoReplySize are worded by noteText()
    Action action = Action::None;   // State/Error: what it means (see Action)

    static TrafficEvent data(const QString &peer, Direction direction, const QByteArray &payload,
                             const QString &note = {});
    static TrafficEvent state(const QString &peer, const QString &text, Action action = Action::None,
                              const QString &local = {});
    static TrafficEvent error(const QString &peer, const QString &text, Action action = Action::None);

    bool isTruncated() const;
    // Data: the note in the current language ("12 bytes", "auto-reply, 12 bytes") or `text`.
    QString noteText() const;

    // Every field equal (for tests, and for a file read back).
    bool operator==(const TrafficEvent &other) const;
    bool operator!=(const TrafficEvent &other) const;
};

Q_DECLARE_METATYPE(TrafficEvent)
