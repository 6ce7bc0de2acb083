#include "TrafficEventFormatter.h"

#include <QCoreApplication>
#include <QDateTime>

QString TrafficEventFormatter::timeText(qint64 msecsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch).toString(QStringLiteral("HH:mm:ss.zzz"));
}

QString TrafficEventFormatter::mark(const TrafficEvent &event)
{
    switch (event.kind) {
    case TrafficEvent::Kind::Data:
        return event.direction == TrafficEvent::Direction::Out ? QStringLiteral(">") : QStringLiteral("<");
    case TrafficEvent::Kind::State:
        return QStringLiteral("*");
    case TrafficEvent::Kind::Error:
        return QStringLiteral("!");
    }
    return {};
}

QString TrafficEventFormatter::peerText(const TrafficEvent &event)
{
    return event.peer.isEmpty() ? QStringLiteral("-") : event.peer;
}

QString TrafficEventFormatter::body(const TrafficEvent &event, TextCodec::Encoding encoding, bool hex)
{
    if (event.kind != TrafficEvent::Kind::Data)
        return event.text;
    QString out = hex ? TextCodec::toHex(event.bytes) : TextCodec::decode(event.bytes, encoding, true);
    if (event.isTruncated())
        out += QCoreApplication::translate("TrafficEventFormatter", " … (%1 bytes)").arg(event.size);
    if (!event.text.isEmpty())
        out += QStringLiteral("  [%1]").arg(event.text);
    return out;
}

QString TrafficEventFormatter::line(const TrafficEvent &event, TextCodec::Encoding encoding, bool hex)
{
    return QStringLiteral("%1  %2  %3  %4")
        .arg(timeText(event.msecsSinceEpoch), peerText(event), mark(event), body(event, encoding, hex));
}
