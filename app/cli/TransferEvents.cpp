#include "TransferEvents.h"

#include "TransferText.h"

TrafficEvent TransferEvents::started(const TransferInfo &info)
{
    return TrafficEvent::state(info.peer, TransferText::started(info));
}

QList<TrafficEvent> TransferEvents::finished(const TransferInfo &info, Side side)
{
    QList<TrafficEvent> events;
    const qint64 moved = qMax<qint64>(0, info.bytesDone - info.resumedFrom);
    if (moved > 0) {
        // The server sends a download and receives an upload; the client the other way round.
        const bool outgoing = (info.direction == TransferInfo::Direction::Download) == (side == Side::Server);
        TrafficEvent data = TrafficEvent::data(info.peer, outgoing ? TrafficEvent::Direction::Out : TrafficEvent::Direction::In, {});
        data.size = moved;
        data.note = TrafficEvent::Note::Size;
        events.append(data);
    }
    const QString text = TransferText::finished(info);
    events.append(info.state == TransferInfo::State::Done ? TrafficEvent::state(info.peer, text)
                                                          : TrafficEvent::error(info.peer, text));
    return events;
}
