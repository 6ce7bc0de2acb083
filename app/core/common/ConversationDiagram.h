#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <limits>

#include "TextCodec.h"
#include "TrafficEvent.h"

// A recorded conversation as the picture in a networking textbook, without drawing it: vertical
// lifelines (this side first, then each peer, labelled ip:port, in order of first appearance)
// and arrows between them going down in time order, one row ("slot") each. A painter (the
// Diagram view, SVG/PNG export, `socketlab diagram`) only draws what it gets here.
//
// One event, one arrow: a connect or an accept, each message sent and each chunk received (its
// size and a short preview; TCP's 粘包 chunk "helloworld" is one arrow, as the program that read
// it saw it), each UDP datagram from its sender, a half-close and the close with the side that
// closed first, errors (refused, reset, port unreachable, …) as marked arrows, and notes on this
// side's lifeline (listening, bound, …). Events without a meaning on the wire (action none:
// "sending a file…", "not connected") are left out. What an event means comes from its
// TrafficEvent::Action, never from its text, so recordings in any language draw alike.
//
// Time gaps are compressed: where two consecutive arrows are more than Options::breakAfterMsecs
// apart, the later one gets a break row before it that says the real gap ("… 10 min …"). Slots
// therefore follow the order of the arrows and the breaks, not raw time: a 10-minute idle costs
// one row. Filters as in the log: one peer, a time window, at most the newest N arrows (the
// older ones are counted in omittedArrows()).
class ConversationDiagram
{
    Q_DECLARE_TR_FUNCTIONS(ConversationDiagram)

public:
    enum class ArrowKind : quint8 {
        Connect,       // our client connected to a server: this side -> peer
        Accept,        // a client connected to our server: peer -> this side
        Data,          // a message or chunk or datagram, from its sender
        HalfClose,     // one side finished sending (FIN), from that side
        Close,         // the connection ended: the last FIN, from the side that closed second
                       // (the first closer's half-close is drawn before it), or the only one
        Reset,         // peer -> this side, marked
        Refused,       // this side -> peer (a connect answered by RST), marked
        TimedOut,      // this side -> peer, marked
        Unreachable,   // ICMP port or host unreachable: peer -> this side, marked
        Rejected,      // our server turned the client away: this side -> peer, marked
        Error,         // another error on a connection: a marked note on this side
        Note,          // on this side's lifeline: listening, bound, stopped, could not bind, …
    };

    struct Options
    {
        QString peer;                   // only this peer's arrows ("127.0.0.1:53422"); empty: all
        qint64 fromMsecs = 0;           // the time window, both ends included
        qint64 toMsecs = std::numeric_limits<qint64>::max();
        int maxArrows = 500;            // the newest N arrows of the window; 0 or less: all
        int omittedBefore = 0;          // older events the caller did not give (a view's window
                                        // over a long log): counted in omittedArrows()
        qint64 breakAfterMsecs = 2000;  // longer gaps between two arrows become a break row
        int previewChars = 20;          // characters of a payload shown (then "…")
        TextCodec::Encoding encoding = TextCodec::Encoding::Utf8;
        bool hex = false;               // previews as hex bytes instead of text
    };

    struct Lifeline
    {
        QString label;           // "127.0.0.1:53422"; this side: its address, or "this side"
        bool thisSide = false;   // lifeline 0, and only it
    };

    struct Arrow
    {
        int from = 0;            // lifeline indexes; from == to: a note on that lifeline
        int to = 0;
        int slot = 0;            // the row, from 0; a break before takes the row above (slot - 1)
        ArrowKind kind = ArrowKind::Data;
        bool marked = false;     // an error: drawn as one (red, a cross at the arrow head)
        QString label;           // short, to draw: "“hello” (5 bytes)", "connect", "RST: reset"
        QString preview;         // Data: the payload's first characters, control characters escaped
        qint64 bytes = 0;        // Data: the real size
        QString detail;          // state/error: the event's whole sentence (a tooltip, a footnote)
        qint64 msecs = 0;        // when it happened
        int eventIndex = -1;     // index in the list given to build(): the log row to select
        int closedFirstBy = -1;  // HalfClose/Close: the lifeline that finished sending first
        bool breakBefore = false;
        qint64 gapMsecs = 0;     // breakBefore: the real time since the arrow before
        QString gapText;         // breakBefore: "… 10 min …"
    };

    // `local`: this side's address for its lifeline; empty: the first one the events say.
    static ConversationDiagram build(const QList<TrafficEvent> &events, const QString &local, const Options &options);
    static ConversationDiagram build(const QList<TrafficEvent> &events, const QString &local = {});

    QList<Lifeline> lifelines() const;   // never empty: this side is always there
    QList<Arrow> arrows() const;         // in time order, slots increasing
    int slotCount() const;               // rows in all, breaks included
    int omittedArrows() const;           // older arrows of the window left out (maxArrows)

    // The payload's first `chars` characters as shown in the log (decoded, control characters
    // escaped: "a\r\n"), or its first bytes as hex; "…" when there is more.
    static QString preview(const QByteArray &bytes, qint64 size, int chars, TextCodec::Encoding encoding, bool hex);
    // A gap as the break row says it: "… 2.5 s …", "… 10 min …", "… 1 h 5 min …".
    static QString gapText(qint64 msecs);

private:
    QList<Lifeline> m_lifelines;
    QList<Arrow> m_arrows;
    int m_slots = 0;
    int m_omitted = 0;
};
