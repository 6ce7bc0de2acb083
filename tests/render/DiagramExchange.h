#pragma once

// The exchange the render tests draw: a server on 127.0.0.1:9000 accepts 127.0.0.1:53422, which
// sends "hello", then "hello" and "world" so quickly that one recv() gets "helloworld" (粘包,
// one arrow), and after a 10-minute pause finishes sending; the peer closed first.
#include <QList>
#include <QString>

#include "ConversationDiagram.h"
#include "TrafficEvent.h"

namespace DiagramExchange {

constexpr qint64 T0 = 1714564984567LL;
inline const QString Server = QStringLiteral("127.0.0.1:9000");
inline const QString Client = QStringLiteral("127.0.0.1:53422");

inline TrafficEvent at(qint64 msecs, TrafficEvent e)
{
    e.msecsSinceEpoch = msecs;
    return e;
}

inline QList<TrafficEvent> events()
{
    using A = TrafficEvent::Action;
    return {
        at(T0, TrafficEvent::state({}, QStringLiteral("Listening on 127.0.0.1:9000."), A::Listening, Server)),
        at(T0 + 100, TrafficEvent::state(Client, QStringLiteral("127.0.0.1:53422 connected."), A::Accepted, Server)),
        at(T0 + 200, TrafficEvent::data(Client, TrafficEvent::Direction::In, "hello")),
        at(T0 + 300, TrafficEvent::data(Client, TrafficEvent::Direction::In, "helloworld")),
        at(T0 + 600300, TrafficEvent::state(Client, QStringLiteral("finished sending"), A::HalfClosedByPeer)),
        at(T0 + 600301, TrafficEvent::state(Client, QStringLiteral("closed"), A::ClosedByPeer)),
    };
}

inline ConversationDiagram diagram()
{
    return ConversationDiagram::build(events());
}

} // namespace DiagramExchange
