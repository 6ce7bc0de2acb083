#pragma once

#include <QList>

#include "RequestLogEntry.h"
#include "TrafficEvent.h"

// An answered HTTP request as traffic events, for the events file of `socketlab web`: the
// request head the client sent (data in, at the time it was complete) and the response (data
// out: the response head, then as much of the size as the body took; the body bytes are not
// kept, so the event says "truncated"), from the request log the web engine emits.
class RequestEvents
{
public:
    static QList<TrafficEvent> of(const RequestLogEntry &entry);
    static QList<TrafficEvent> of(const QList<RequestLogEntry> &entries);
};
