#include "EventLogReader.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QStringList>

#include <cmath>

#include "ByteCountText.h"
#include "EventLogNames.h"

namespace {

// 9999-12-31T23:59:59.999Z: what QDateTime and the ISO form hold exactly.
constexpr qint64 MaxMsecs = 253402300799999LL;
// JSON numbers are doubles: whole numbers are exact up to 2^53.
constexpr qint64 MaxExactInteger = qint64(1) << 53;
// Fields read but not kept ("time") and names ("action", "kind", …) are short.
constexpr int MaxNameChars = 64;

QString quoted(const char *key)
{
    return QString::fromUtf8("“%1”").arg(QLatin1String(key));
}

// The fields of one line, checked one by one; the first problem is kept in `reason`.
class LineFields
{
public:
    explicit LineFields(const QJsonObject &object)
        : m_object(object)
    {
    }

    QString reason;

    bool has(const char *key) const { return m_object.contains(QLatin1String(key)); }

    bool text(const char *key, int maxChars, QString *out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (!v.isString())
            return fail(EventLogReader::tr("“%1” must be a text in quotes.").arg(QLatin1String(key)));
        const QString s = v.toString();
        if (s.size() > maxChars)
            return fail(EventLogReader::tr("“%1” may be at most %2 characters long.").arg(QLatin1String(key)).arg(maxChars));
        *out = s;
        return true;
    }

    bool integer(const char *key, qint64 min, qint64 max, qint64 *out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        const double d = v.isDouble() ? v.toDouble() : std::nan("");
        if (!std::isfinite(d) || d != std::floor(d) || d < double(min) || d > double(max))
            return fail(EventLogReader::tr("“%1” must be a whole number from %2 to %3.").arg(QLatin1String(key)).arg(min).arg(max));
        *out = qint64(d);
        return true;
    }

    bool boolean(const char *key, bool *out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        if (!v.isBool())
            return fail(EventLogReader::tr("“%1” must be true or false.").arg(QLatin1String(key)));
        *out = v.toBool();
        return true;
    }

    // A name from `names` (EventLogNames); `known` is false for a well-formed name not in it.
    template <typename Enum>
    bool name(const char *key, std::optional<Enum> (*from)(QStringView), Enum *out, bool strict,
              const QStringList &names)
    {
        QString word;
        if (!text(key, MaxNameChars, &word))
            return false;
        if (!has(key))
            return true;
        if (const std::optional<Enum> value = from(word)) {
            *out = *value;
            return true;
        }
        if (!strict)
            return true;   // forward compatible: a newer SocketLab's word reads as the default
        QStringList shown;
        for (const QString &n : names)
            shown.append(QLatin1Char('"') + n + QLatin1Char('"'));
        return fail(EventLogReader::tr("“%1” must be one of %2.").arg(QLatin1String(key), shown.join(QStringLiteral(", "))));
    }

    bool require(const char *key, const QString &missing)
    {
        if (has(key))
            return true;
        return fail(missing.arg(quoted(key)));
    }

    bool fail(const QString &why)
    {
        reason = why;
        return false;
    }

private:
    const QJsonObject &m_object;
};

bool readHeader(const QJsonObject &object, EventLog::Header *header, QString *reason)
{
    LineFields f(object);
    if (object.value(QLatin1String("format")).toString() != QLatin1String("socketlab-events")) {
        *reason = EventLogReader::tr("This is not a SocketLab events file: its first line must be "
                                     "{\"format\": \"socketlab-events\", \"version\": 1, …}.");
        return false;
    }
    const QString missing = EventLogReader::tr("The header has no %1; every header needs one.");
    qint64 version = 0;
    if (!f.require("version", missing) || !f.integer("version", 0, MaxExactInteger, &version)) {
        *reason = f.reason;
        return false;
    }
    if (version != 1) {
        *reason = EventLogReader::tr("This events file is version %1; this SocketLab reads version 1.").arg(version);
        return false;
    }
    QString started;
    const bool ok = f.require("role", missing) && f.text("role", EventLog::MaxRoleChars, &header->role)
        && f.text("local", EventLog::MaxEndpointChars, &header->local) && f.text("started", MaxNameChars, &started);
    if (!ok) {
        *reason = f.reason;
        return false;
    }
    if (f.has("started")) {
        const QDateTime when = QDateTime::fromString(started, Qt::ISODateWithMs);
        const qint64 msecs = when.isValid() ? when.toMSecsSinceEpoch() : -1;
        if (msecs < 0 || msecs > MaxMsecs) {
            *reason = EventLogReader::tr("“%1” must be a time such as %2.")
                          .arg(QStringLiteral("started"), QStringLiteral("2024-05-01T12:03:04.567Z"));
            return false;
        }
        header->startedMsecs = msecs;
    }
    return true;
}

QStringList kindNames()
{
    return {EventLogNames::kind(TrafficEvent::Kind::Data), EventLogNames::kind(TrafficEvent::Kind::State),
            EventLogNames::kind(TrafficEvent::Kind::Error)};
}

QStringList directionNames()
{
    return {EventLogNames::direction(TrafficEvent::Direction::None), EventLogNames::direction(TrafficEvent::Direction::In),
            EventLogNames::direction(TrafficEvent::Direction::Out)};
}

bool readEvent(const QJsonObject &object, TrafficEvent *event, QString *reason)
{
    LineFields f(object);
    const QString missing = EventLogReader::tr("The event has no %1; every event needs one.");
    QString ignoredTime;
    QString encoded;
    bool truncated = false;
    const bool ok = f.require("ms", missing) && f.integer("ms", 0, MaxMsecs, &event->msecsSinceEpoch)
        && f.text("time", MaxNameChars, &ignoredTime)
        && f.text("peer", EventLog::MaxEndpointChars, &event->peer)
        && f.require("kind", missing) && f.name("kind", &EventLogNames::kindFrom, &event->kind, true, kindNames())
        && f.name("direction", &EventLogNames::directionFrom, &event->direction, true, directionNames())
        && f.name("action", &EventLogNames::actionFrom, &event->action, false, {})
        && f.text("local", EventLog::MaxEndpointChars, &event->local)
        && f.integer("size", 0, MaxExactInteger, &event->size)
        && f.text("base64", int((TrafficEvent::MaxStoredBytes + 2) / 3 * 4), &encoded)
        && f.boolean("truncated", &truncated)
        && f.name("note", &EventLogNames::noteFrom, &event->note, false, {})
        && f.text("text", EventLog::MaxTextChars, &event->text);
    if (!ok) {
        *reason = f.reason;
        return false;
    }
    // An action this SocketLab does not know yet: still an error when it says so.
    if (f.has("action") && !EventLogNames::actionFrom(object.value(QLatin1String("action")).toString()))
        event->action = event->kind == TrafficEvent::Kind::Error ? TrafficEvent::Action::OtherError : TrafficEvent::Action::None;
    if (f.has("base64")) {
        const QByteArray::FromBase64Result decoded =
            QByteArray::fromBase64Encoding(encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            *reason = EventLogReader::tr("“%1” is not valid base64.").arg(QStringLiteral("base64"));
            return false;
        }
        event->bytes = *decoded;
    }
    if (event->bytes.size() > TrafficEvent::MaxStoredBytes) {
        *reason = EventLogReader::tr("The payload holds more than %1; an events file keeps at most %1 of each event.")
                      .arg(ByteCountText::compact(TrafficEvent::MaxStoredBytes));
        return false;
    }
    if (!f.has("size"))
        event->size = event->bytes.size();
    if (event->bytes.size() > event->size) {
        *reason = EventLogReader::tr("The payload holds %1, but “size” says %2; a payload is never larger than its size.")
                      .arg(ByteCountText::count(event->bytes.size()), ByteCountText::count(event->size));
        return false;
    }
    if (f.has("truncated") && truncated != (event->bytes.size() < event->size)) {
        *reason = EventLogReader::tr("“truncated” must be true exactly when the payload holds fewer bytes than “size”.");
        return false;
    }
    return true;
}

} // namespace

QString EventLogReader::Error::text() const
{
    if (line <= 0)
        return reason;
    return tr("line %1: %2").arg(line).arg(reason);
}

std::optional<EventLog> EventLogReader::read(QIODevice *device, Error *error, const Limits &limits)
{
    auto failed = [error](int line, const QString &reason) -> std::optional<EventLog> {
        if (error)
            *error = Error{line, reason};
        return std::nullopt;
    };
    const QString tooLarge = tr("The file is larger than %1; an events file may be at most %1.")
                                 .arg(ByteCountText::compact(limits.maxFileBytes));
    if (!device->isSequential() && device->size() > limits.maxFileBytes)
        return failed(0, tooLarge);

    EventLog log;
    bool haveHeader = false;
    int lineNumber = 0;
    qint64 total = 0;
    while (!device->atEnd()) {
        const QByteArray raw = device->readLine(limits.maxLineBytes + 3);
        if (raw.isEmpty()) {
            if (device->atEnd())
                break;
            return failed(0, tr("Reading the events file failed: %1").arg(device->errorString()));
        }
        ++lineNumber;
        total += raw.size();
        if (total > limits.maxFileBytes)
            return failed(0, tooLarge);
        const bool ended = raw.endsWith('\n');
        qsizetype length = raw.size() - (ended ? 1 : 0);
        if (ended && length > 0 && raw.at(length - 1) == '\r')
            --length;
        if (length > limits.maxLineBytes) {
            return failed(lineNumber, tr("The line is longer than %1; no line of an events file is that long.")
                                          .arg(ByteCountText::compact(limits.maxLineBytes)));
        }
        const QByteArray content = raw.left(length);
        if (content.trimmed().isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            if (haveHeader && !ended && device->atEnd()) {
                log.incompleteLastLine = true;   // the recorder stopped in the middle of this line
                break;
            }
            return failed(lineNumber, tr("This is not JSON: %1.").arg(parseError.errorString()));
        }
        if (!document.isObject())
            return failed(lineNumber, tr("Each line of an events file is one JSON object: {…}."));
        QString reason;
        if (!haveHeader) {
            if (!readHeader(document.object(), &log.header, &reason))
                return failed(lineNumber, reason);
            haveHeader = true;
            continue;
        }
        if (log.events.size() >= limits.maxEvents)
            return failed(lineNumber, tr("The file has more than %L1 events; SocketLab reads at most %L1 from one file.")
                                          .arg(limits.maxEvents));
        TrafficEvent event;
        if (!readEvent(document.object(), &event, &reason))
            return failed(lineNumber, reason);
        log.events.append(std::move(event));
    }
    if (!haveHeader)
        return failed(1, tr("The file is empty; an events file begins with its header line."));
    return log;
}

std::optional<EventLog> EventLogReader::parse(const QByteArray &bytes, Error *error, const Limits &limits)
{
    QBuffer buffer;
    buffer.setData(bytes);   // shared, not copied
    buffer.open(QIODevice::ReadOnly);
    return read(&buffer, error, limits);
}

std::optional<EventLog> EventLogReader::readFile(const QString &path, Error *error, const Limits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Error{0, tr("Cannot open the events file %1: %2").arg(path, file.errorString())};
        return std::nullopt;
    }
    return read(&file, error, limits);
}

std::optional<EventLog> EventLogReader::read(QIODevice *device, Error *error)
{
    return read(device, error, Limits());
}

std::optional<EventLog> EventLogReader::parse(const QByteArray &bytes, Error *error)
{
    return parse(bytes, error, Limits());
}

std::optional<EventLog> EventLogReader::readFile(const QString &path, Error *error)
{
    return readFile(path, error, Limits());
}
