#include "ConversationDiagram.h"

#include <QHash>
#include <QLocale>

#include <optional>

#include "ByteCountText.h"

namespace {

using Action = TrafficEvent::Action;
using Kind = ConversationDiagram::ArrowKind;

// Where an arrow goes, before the lifelines are numbered.
enum class Way : quint8 { ToPeer, FromPeer, NoteHere };

// Which side finished sending first on a connection (a half-close), while it lasts.
enum class Side : quint8 { Us, Peer };

// How one event is drawn, decided in a first pass over every event: cheap (no text is made
// yet), so that a long recording costs little when only its newest arrows are kept.
struct Candidate
{
    int eventIndex = -1;
    Kind kind = Kind::Data;
    Way way = Way::NoteHere;
    bool marked = false;
    std::optional<Side> firstCloser;
};

class CandidateFinder
{
public:
    std::optional<Candidate> find(const TrafficEvent &e, int index)
    {
        Candidate c;
        c.eventIndex = index;
        if (e.kind == TrafficEvent::Kind::Data) {
            if (e.peer.isEmpty() || e.direction == TrafficEvent::Direction::None)
                return std::nullopt;
            c.way = e.direction == TrafficEvent::Direction::In ? Way::FromPeer : Way::ToPeer;
            return c;
        }
        c.marked = e.kind == TrafficEvent::Kind::Error;
        switch (e.action) {
        case Action::None:
        case Action::Connecting:   // drawn when it succeeds (connect) or fails (refused, …)
            return std::nullopt;
        case Action::Listening:
        case Action::StoppedListening:
        case Action::Bound:
        case Action::Unbound:
        case Action::BindFailed:
            return note(c, Kind::Note);
        case Action::OtherError:
        case Action::HostNotFound:
            c.marked = true;
            return note(c, Kind::Error);
        case Action::Connected:
            m_halfClosed.remove(e.peer);
            return toPeer(c, e, Kind::Connect, Way::ToPeer);
        case Action::Accepted:
            m_halfClosed.remove(e.peer);
            return toPeer(c, e, Kind::Accept, Way::FromPeer);
        case Action::Rejected:
            c.marked = true;
            return toPeer(c, e, Kind::Rejected, Way::ToPeer);
        case Action::HalfClosedByPeer:
        case Action::HalfClosedByUs: {
            const Side side = e.action == Action::HalfClosedByPeer ? Side::Peer : Side::Us;
            if (!e.peer.isEmpty() && !m_halfClosed.contains(e.peer))
                m_halfClosed.insert(e.peer, side);
            c.firstCloser = m_halfClosed.value(e.peer, side);
            return toPeer(c, e, Kind::HalfClose, side == Side::Peer ? Way::FromPeer : Way::ToPeer);
        }
        case Action::ClosedByPeer:
        case Action::ClosedByUs: {
            // The last FIN comes from the side that did not close first: after the first
            // closer's half-close, the other side follows; without one, the first closer's own.
            const Side first = e.action == Action::ClosedByPeer ? Side::Peer : Side::Us;
            const bool followed = m_halfClosed.value(e.peer, Side::Us) == first && m_halfClosed.contains(e.peer);
            m_halfClosed.remove(e.peer);
            c.firstCloser = first;
            const Side sender = followed ? (first == Side::Peer ? Side::Us : Side::Peer) : first;
            return toPeer(c, e, Kind::Close, sender == Side::Peer ? Way::FromPeer : Way::ToPeer);
        }
        case Action::Reset:
            m_halfClosed.remove(e.peer);
            c.marked = true;
            return toPeer(c, e, Kind::Reset, Way::FromPeer);
        case Action::Refused:
            c.marked = true;
            return toPeer(c, e, Kind::Refused, Way::ToPeer);
        case Action::TimedOut:
            c.marked = true;
            return toPeer(c, e, Kind::TimedOut, Way::ToPeer);
        case Action::PortUnreachable:
        case Action::HostUnreachable:
            c.marked = true;
            return toPeer(c, e, Kind::Unreachable, Way::FromPeer);
        }
        return std::nullopt;
    }

private:
    static Candidate note(Candidate c, Kind kind)
    {
        c.kind = kind;
        c.way = Way::NoteHere;
        return c;
    }

    // An arrow between this side and the peer; a note on this side when the peer is not known
    // (a port unreachable the portable build cannot place).
    static Candidate toPeer(Candidate c, const TrafficEvent &e, Kind kind, Way way)
    {
        c.kind = kind;
        c.way = e.peer.isEmpty() ? Way::NoteHere : way;
        return c;
    }

    QHash<QString, Side> m_halfClosed;   // peer -> who finished sending first, until the close
};

QString noteLabel(const TrafficEvent &e)
{
    switch (e.action) {
    case Action::Listening:
        return e.local.isEmpty() ? ConversationDiagram::tr("listening")
                                 : ConversationDiagram::tr("listening on %1").arg(e.local);
    case Action::StoppedListening:
        return ConversationDiagram::tr("stopped listening");
    case Action::Bound:
        return e.local.isEmpty() ? ConversationDiagram::tr("bound") : ConversationDiagram::tr("bound to %1").arg(e.local);
    case Action::Unbound:
        return ConversationDiagram::tr("socket closed");
    case Action::BindFailed:
        return ConversationDiagram::tr("could not listen or bind");
    case Action::HostNotFound:
        return ConversationDiagram::tr("host not found: %1").arg(e.peer);
    default:
        return {};
    }
}

// An error's own sentence, shortened to fit an arrow.
QString elided(const QString &text, int chars)
{
    if (text.size() <= chars)
        return text;
    qsizetype keep = chars - 1;
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;
    return text.left(keep) + QChar(0x2026);
}

constexpr int ErrorLabelChars = 60;

QString label(const TrafficEvent &e, Kind kind, const QString &preview)
{
    switch (kind) {
    case Kind::Data: {
        const QString size = e.note == TrafficEvent::Note::AutoReplySize ? e.noteText() : ByteCountText::count(e.size);
        if (e.size == 0)
            return size;
        return ConversationDiagram::tr("“%1” (%2)").arg(preview, size);
    }
    case Kind::Connect:
    case Kind::Accept:
        return ConversationDiagram::tr("connect");
    case Kind::HalfClose:
        return ConversationDiagram::tr("FIN (finished sending)");
    case Kind::Close:
        return ConversationDiagram::tr("close");
    case Kind::Reset:
        return ConversationDiagram::tr("RST (reset)");
    case Kind::Refused:
        return ConversationDiagram::tr("connect refused");
    case Kind::TimedOut:
        return ConversationDiagram::tr("no answer (timed out)");
    case Kind::Unreachable:
        return e.action == Action::PortUnreachable ? ConversationDiagram::tr("ICMP: port unreachable")
                                                   : ConversationDiagram::tr("ICMP: host unreachable");
    case Kind::Rejected:
        return ConversationDiagram::tr("turned away (client limit)");
    case Kind::Note:
        return noteLabel(e);
    case Kind::Error:
        if (e.action == Action::HostNotFound)
            return noteLabel(e);
        return elided(e.text, ErrorLabelChars);
    }
    return {};
}

} // namespace

ConversationDiagram ConversationDiagram::build(const QList<TrafficEvent> &events, const QString &local)
{
    return build(events, local, Options());
}

ConversationDiagram ConversationDiagram::build(const QList<TrafficEvent> &events, const QString &local,
                                               const Options &options)
{
    // 1. What each event draws, in order (the half-close state needs every event, filtered or not).
    QList<Candidate> kept;
    CandidateFinder finder;
    for (int i = 0; i < events.size(); ++i) {
        const TrafficEvent &e = events.at(i);
        const std::optional<Candidate> c = finder.find(e, i);
        if (!c)
            continue;
        if (!options.peer.isEmpty() && e.peer != options.peer)
            continue;
        if (e.msecsSinceEpoch < options.fromMsecs || e.msecsSinceEpoch > options.toMsecs)
            continue;
        kept.append(*c);
    }
    ConversationDiagram diagram;
    if (options.maxArrows > 0 && kept.size() > options.maxArrows) {
        diagram.m_omitted = int(kept.size() - options.maxArrows);
        kept = kept.mid(diagram.m_omitted);
    }
    diagram.m_omitted += qMax(0, options.omittedBefore);

    // 2. This side (where the arrows drawn say we are, else any event of the recording), then
    //    each peer as it first appears.
    Lifeline thisSide;
    thisSide.thisSide = true;
    thisSide.label = local;
    for (qsizetype k = 0; k < kept.size() && thisSide.label.isEmpty(); ++k)
        thisSide.label = events.at(kept.at(k).eventIndex).local;
    for (qsizetype i = 0; i < events.size() && thisSide.label.isEmpty(); ++i)
        thisSide.label = events.at(i).local;
    if (thisSide.label.isEmpty())
        thisSide.label = tr("this side");
    diagram.m_lifelines.append(thisSide);
    QHash<QString, int> lifelineOf;

    // 3. The arrows, each in its row; a long gap takes a row of its own before the arrow.
    int slot = 0;
    qint64 previousMsecs = 0;
    for (qsizetype k = 0; k < kept.size(); ++k) {
        const Candidate &c = kept.at(k);
        const TrafficEvent &e = events.at(c.eventIndex);
        Arrow a;
        a.kind = c.kind;
        a.marked = c.marked;
        a.msecs = e.msecsSinceEpoch;
        a.eventIndex = c.eventIndex;
        int peerLine = 0;
        if (c.way != Way::NoteHere) {
            auto it = lifelineOf.find(e.peer);
            if (it == lifelineOf.end()) {
                it = lifelineOf.insert(e.peer, int(diagram.m_lifelines.size()));
                diagram.m_lifelines.append(Lifeline{e.peer, false});
            }
            peerLine = it.value();
        }
        a.from = c.way == Way::FromPeer ? peerLine : 0;
        a.to = c.way == Way::ToPeer ? peerLine : 0;
        if (c.firstCloser)
            a.closedFirstBy = *c.firstCloser == Side::Us ? 0 : peerLine;
        if (c.kind == Kind::Data) {
            a.bytes = e.size;
            a.preview = preview(e.bytes, e.size, options.previewChars, options.encoding, options.hex);
        } else {
            a.detail = e.text;
        }
        a.label = label(e, c.kind, a.preview);
        if (k > 0 && e.msecsSinceEpoch - previousMsecs > options.breakAfterMsecs) {
            a.breakBefore = true;
            a.gapMsecs = e.msecsSinceEpoch - previousMsecs;
            a.gapText = gapText(a.gapMsecs);
            ++slot;
        }
        a.slot = slot++;
        previousMsecs = e.msecsSinceEpoch;
        diagram.m_arrows.append(std::move(a));
    }
    diagram.m_slots = slot;
    return diagram;
}

QList<ConversationDiagram::Lifeline> ConversationDiagram::lifelines() const
{
    return m_lifelines;
}

QList<ConversationDiagram::Arrow> ConversationDiagram::arrows() const
{
    return m_arrows;
}

int ConversationDiagram::slotCount() const
{
    return m_slots;
}

int ConversationDiagram::omittedArrows() const
{
    return m_omitted;
}

QString ConversationDiagram::preview(const QByteArray &bytes, qint64 size, int chars, TextCodec::Encoding encoding, bool hex)
{
    chars = qMax(1, chars);
    if (hex) {
        const int maxBytes = qMax(1, chars / 3);
        QString out = TextCodec::toHex(bytes, maxBytes);
        if (size > bytes.size() && bytes.size() <= maxBytes)
            out += QStringLiteral(" …");
        return out;
    }
    // No character takes more than 4 bytes, so these bytes give at least `chars` characters.
    const qsizetype take = qsizetype(chars) * 4;
    QString text = TextCodec::decode(bytes.left(take), encoding, true);
    bool more = bytes.size() > take || size > bytes.size();
    if (text.size() > chars) {
        qsizetype keep = chars;
        if (text.at(keep - 1).isHighSurrogate())
            --keep;
        text.truncate(keep);
        more = true;
    }
    if (more)
        text += QChar(0x2026);
    return text;
}

QString ConversationDiagram::gapText(qint64 msecs)
{
    const QLocale locale;
    const qint64 seconds = msecs / 1000;
    QString span;
    if (msecs < 10000)
        span = tr("%1 s").arg(locale.toString(msecs / 1000.0, 'f', 1));
    else if (seconds < 60)
        span = tr("%1 s").arg(seconds);
    else if (seconds < 600 && seconds % 60 != 0)
        span = tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    else if (seconds < 3600)
        span = tr("%1 min").arg(seconds / 60);
    else if (seconds < 86400)
        span = (seconds % 3600) / 60 == 0 ? tr("%1 h").arg(seconds / 3600)
                                          : tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    else
        span = (seconds % 86400) / 3600 == 0 ? tr("%1 d").arg(seconds / 86400)
                                             : tr("%1 d %2 h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
    return tr("… %1 …").arg(span);
}
