#include "RequestEvents.h"

QList<TrafficEvent> RequestEvents::of(const RequestLogEntry &entry)
{
    TrafficEvent request = TrafficEvent::data(entry.client, TrafficEvent::Direction::In, entry.requestHead);
    request.msecsSinceEpoch = entry.msecsSinceEpoch;
    TrafficEvent response = TrafficEvent::data(entry.client, TrafficEvent::Direction::Out, entry.responseHead);
    response.msecsSinceEpoch = entry.msecsSinceEpoch + qMax<qint64>(0, entry.durationMs);
    response.size = entry.responseHead.size() + qMax<qint64>(0, entry.bytesSent);
    return {request, response};
}

QList<TrafficEvent> RequestEvents::of(const QList<RequestLogEntry> &entries)
{
    QList<TrafficEvent> events;
    events.reserve(entries.size() * 2);
    for (const RequestLogEntry &e : entries)
        events += of(e);
    return events;
}
