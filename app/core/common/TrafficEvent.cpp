#include "TrafficEvent.h"

#include <QCoreApplication>
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

TrafficEvent TrafficEvent::state(const QString &peer, const QString &text, Action action, const QString &local)
{
    TrafficEvent e;
    e.msecsSinceEpoch = QDateTime::currentMSecsSinceEpoch();
    e.peer = peer;
    e.local = local;
    e.kind = Kind::State;
    e.text = text;
    e.action = action;
    return e;
}

TrafficEvent TrafficEvent::error(const QString &peer, const QString &text, Action action)
{
    TrafficEvent e = state(peer, text, action);
    e.kind = Kind::Error;
    return e;
}

QString TrafficEvent::noteText() const
{
    switch (note) {
    case Note::Size:
        return QCoreApplication::translate("TrafficEvent", "%n byte(s)", "", int(size));
    case Note::AutoReplySize:
        return QCoreApplication::translate("TrafficEvent", "auto-reply, %n byte(s)", "", int(size));
    case Note::Text:
        break;
    }
    return text;
}

bool TrafficEvent::isTruncated() const
{
    return kind == Kind::Data && size > bytes.size();
}

bool TrafficEvent::operator==(const TrafficEvent &other) const
{
    return msecsSinceEpoch == other.msecsSinceEpoch && peer == other.peer && local == other.local
        && direction == other.direction && kind == other.kind && bytes == other.bytes && size == other.size
        && text == other.text && note == other.note && action == other.action;
}

bool TrafficEvent::operator!=(const TrafficEvent &other) const
{
    return !(*this == other);
}
