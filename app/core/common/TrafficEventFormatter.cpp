#include "TrafficEventFormatter.h"

#include <QCoreApplication>
#include <QDateTime>

#include <limits>

#include "ControlCharEscaper.h"

QString TrafficEventFormatter::timeText(qint64 msecsSinceEpoch)
{
    // Converting to local time costs a stat() of /etc/localtime in glibc (when TZ is unset), which
    // made it the most expensive part of printing a line under a flood. Within one second the
    // "HH:mm:ss" part cannot change, so convert once per second (per thread) and add the ms.
    thread_local qint64 cachedSecond = std::numeric_limits<qint64>::min();
    thread_local QString cachedPrefix;
    const qint64 second = msecsSinceEpoch >= 0 ? msecsSinceEpoch / 1000 : (msecsSinceEpoch - 999) / 1000;
    if (second != cachedSecond) {
        cachedSecond = second;
        cachedPrefix = QDateTime::fromMSecsSinceEpoch(second * 1000).toString(QStringLiteral("HH:mm:ss."));
    }
    const int ms = int(msecsSinceEpoch - second * 1000);
    QString out = cachedPrefix;
    out += QLatin1Char(char('0' + ms / 100));
    out += QLatin1Char(char('0' + ms / 10 % 10));
    out += QLatin1Char(char('0' + ms % 10));
    return out;
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
    return event.peer.isEmpty() ? QStringLiteral("-") : ControlCharEscaper::escaped(event.peer);
}

QString TrafficEventFormatter::body(const TrafficEvent &event, TextCodec::Encoding encoding, bool hex)
{
    // State and error sentences may quote what a peer sent (a file name, a request line).
    if (event.kind != TrafficEvent::Kind::Data)
        return ControlCharEscaper::escaped(event.text);
    QString out = hex ? TextCodec::toHex(event.bytes) : TextCodec::decode(event.bytes, encoding, true);
    if (event.isTruncated())
        out += QCoreApplication::translate("TrafficEventFormatter", " … (%1 bytes)").arg(event.size);
    const QString note = event.noteText();
    if (!note.isEmpty())
        out += QStringLiteral("  [%1]").arg(ControlCharEscaper::escaped(note));
    return out;
}

QString TrafficEventFormatter::line(const TrafficEvent &event, TextCodec::Encoding encoding, bool hex)
{
    return QStringLiteral("%1  %2  %3  %4")
        .arg(timeText(event.msecsSinceEpoch), peerText(event), mark(event), body(event, encoding, hex));
}
