#include "TrafficEvent.h"

#include <QDateTime>

TrafficEvent TrafficEvent::data(const QString &peer, Direction direction, const QByteArray &payload,
                                const QString &note)
{
    TrafficEvent e;
    e.msecsSinceEpoch = QDateTime::currentMSecsSinceEpoch();
    e.peer = peer;
    e.direction = direction;
    e.kind = Kind::Data;
    e.size = payload.size();
    e.bytes = payload.size() > MaxStoredBytes ? payload.left(MaxStoredBytes) : payload;
    e.text = note;
    return e;
}

TrafficEvent TrafficEvent::state(const QString &peer, const QString &text)
{
    TrafficEvent e;
    e.msecsSinceEpoch = QDateTime::currentMSecsSinceEpoch();
    e.peer = peer;
    e.kind = Kind::State;
    e.text = text;
    return e;
}

TrafficEvent TrafficEvent::error(const QString &peer, const QString &text)
{
    TrafficEvent e = state(peer, text);
    e.kind = Kind::Error;
    return e;
}

bool TrafficEvent::isTruncated() const
{
    return kind == Kind::Data && size > bytes.size();
}
