#include "EventLogNames.h"

#include <QLatin1String>

#include <iterator>

namespace {

template <typename Enum>
struct Name
{
    Enum value;
    const char *name;
};

using Action = TrafficEvent::Action;

constexpr Name<TrafficEvent::Kind> Kinds[] = {
    {TrafficEvent::Kind::Data, "data"},
    {TrafficEvent::Kind::State, "state"},
    {TrafficEvent::Kind::Error, "error"},
};

constexpr Name<TrafficEvent::Direction> Directions[] = {
    {TrafficEvent::Direction::None, "none"},
    {TrafficEvent::Direction::In, "in"},
    {TrafficEvent::Direction::Out, "out"},
};

constexpr Name<TrafficEvent::Note> Notes[] = {
    {TrafficEvent::Note::Text, "text"},
    {TrafficEvent::Note::Size, "size"},
    {TrafficEvent::Note::AutoReplySize, "auto-reply-size"},
};

constexpr Name<Action> Actions[] = {
    {Action::None, "none"},
    {Action::Listening, "listening"},
    {Action::StoppedListening, "stopped-listening"},
    {Action::BindFailed, "bind-failed"},
    {Action::Connecting, "connecting"},
    {Action::Connected, "connected"},
    {Action::Accepted, "accepted"},
    {Action::Rejected, "rejected"},
    {Action::HalfClosedByPeer, "half-closed-by-peer"},
    {Action::HalfClosedByUs, "half-closed-by-us"},
    {Action::ClosedByPeer, "closed-by-peer"},
    {Action::ClosedByUs, "closed-by-us"},
    {Action::Reset, "reset"},
    {Action::Refused, "refused"},
    {Action::TimedOut, "timed-out"},
    {Action::HostNotFound, "host-not-found"},
    {Action::PortUnreachable, "port-unreachable"},
    {Action::HostUnreachable, "host-unreachable"},
    {Action::Bound, "bound"},
    {Action::Unbound, "unbound"},
    {Action::OtherError, "other-error"},
};

template <typename Enum, std::size_t N>
QString nameOf(const Name<Enum> (&table)[N], Enum value)
{
    for (const Name<Enum> &entry : table) {
        if (entry.value == value)
            return QLatin1String(entry.name);
    }
    return QLatin1String(table[0].name);   // unreachable while every value is listed
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const Name<Enum> (&table)[N], QStringView name)
{
    for (const Name<Enum> &entry : table) {
        if (name == QLatin1String(entry.name))
            return entry.value;
    }
    return std::nullopt;
}

} // namespace

QString EventLogNames::kind(TrafficEvent::Kind kind)
{
    return nameOf(Kinds, kind);
}

QString EventLogNames::direction(TrafficEvent::Direction direction)
{
    return nameOf(Directions, direction);
}

QString EventLogNames::note(TrafficEvent::Note note)
{
    return nameOf(Notes, note);
}

QString EventLogNames::action(TrafficEvent::Action action)
{
    return nameOf(Actions, action);
}

std::optional<TrafficEvent::Kind> EventLogNames::kindFrom(QStringView name)
{
    return valueOf(Kinds, name);
}

std::optional<TrafficEvent::Direction> EventLogNames::directionFrom(QStringView name)
{
    return valueOf(Directions, name);
}

std::optional<TrafficEvent::Note> EventLogNames::noteFrom(QStringView name)
{
    return valueOf(Notes, name);
}

std::optional<TrafficEvent::Action> EventLogNames::actionFrom(QStringView name)
{
    return valueOf(Actions, name);
}
