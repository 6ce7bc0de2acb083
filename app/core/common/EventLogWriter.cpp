#include "EventLogWriter.h"

#include <QCoreApplication>
#include <QDateTime>

#include "EventLogNames.h"

namespace {

// The latest time a file may hold: 9999-12-31T23:59:59.999Z (QDateTime and the ISO form stay exact).
constexpr qint64 MaxMsecs = 253402300799999LL;

// `text` shortened to `max` UTF-16 code units, ending in "…" when it was longer (never
// splitting a surrogate pair).
QString capped(const QString &text, int max)
{
    if (text.size() <= max)
        return text;
    qsizetype keep = max - 1;
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;
    return text.left(keep) + QChar(0x2026);
}

// A JSON string: quotes, backslashes and control characters escaped, the rest as UTF-8. A lone
// surrogate (not valid Unicode, but possible in a QString) is written as \uXXXX, so that it
// reads back as it was instead of turning into a replacement character.
void appendString(QByteArray *out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    out->append('"');
    const qsizetype n = text.size();
    qsizetype run = 0;   // start of the characters not yet written
    const auto flush = [&](qsizetype upTo) {
        if (upTo > run)
            out->append(QStringView(text).mid(run, upTo - run).toUtf8());
    };
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        const bool pair = QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(text.at(i + 1).unicode());
        if (pair) {
            ++i;
            continue;
        }
        const bool special = c < 0x20 || c == u'"' || c == u'\\' || QChar::isSurrogate(c);
        if (!special)
            continue;
        flush(i);
        run = i + 1;
        switch (c) {
        case u'"':
            out->append("\\\"");
            break;
        case u'\\':
            out->append("\\\\");
            break;
        case u'\n':
            out->append("\\n");
            break;
        case u'\r':
            out->append("\\r");
            break;
        case u'\t':
            out->append("\\t");
            break;
        default:
            out->append("\\u");
            out->append(hex[(c >> 12) & 0xf]);
            out->append(hex[(c >> 8) & 0xf]);
            out->append(hex[(c >> 4) & 0xf]);
            out->append(hex[c & 0xf]);
        }
    }
    flush(n);
    out->append('"');
}

// ,"key":
void appendKey(QByteArray *out, const char *key)
{
    if (out->size() > 1)
        out->append(',');
    out->append('"');
    out->append(key);
    out->append("\":");
}

void addString(QByteArray *out, const char *key, const QString &value)
{
    appendKey(out, key);
    appendString(out, value);
}

void addNumber(QByteArray *out, const char *key, qint64 value)
{
    appendKey(out, key);
    out->append(QByteArray::number(value));
}

QString isoTime(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

EventLogWriter::EventLogWriter() = default;

EventLogWriter::~EventLogWriter()
{
    close();
}

bool EventLogWriter::open(const QString &path, const EventLog::Header &header)
{
    close();
    m_error.clear();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        fail();
        return false;
    }
    return write(headerLine(header));
}

bool EventLogWriter::append(const QList<TrafficEvent> &events)
{
    if (!m_file.isOpen())
        return false;
    QByteArray lines;
    for (const TrafficEvent &e : events)
        lines += eventLine(e);
    return write(lines);
}

bool EventLogWriter::append(const TrafficEvent &event)
{
    return append(QList<TrafficEvent>{event});
}

void EventLogWriter::close()
{
    if (m_file.isOpen())
        m_file.close();
}

bool EventLogWriter::isOpen() const
{
    return m_file.isOpen();
}

QString EventLogWriter::path() const
{
    return m_file.fileName();
}

QString EventLogWriter::errorString() const
{
    return m_error;
}

bool EventLogWriter::write(const QByteArray &bytes)
{
    if (!m_file.isOpen())
        return false;
    if (m_file.write(bytes) != bytes.size() || !m_file.flush()) {
        fail();
        m_file.close();
        return false;
    }
    return true;
}

void EventLogWriter::fail()
{
    m_error = QCoreApplication::translate("EventLogWriter", "Cannot write the events file %1: %2")
                  .arg(m_file.fileName(), m_file.errorString());
}

QByteArray EventLogWriter::headerLine(const EventLog::Header &header)
{
    QByteArray line("{");
    addString(&line, "format", QStringLiteral("socketlab-events"));
    addNumber(&line, "version", 1);
    addString(&line, "role", capped(header.role, EventLog::MaxRoleChars));
    if (!header.local.isEmpty())
        addString(&line, "local", capped(header.local, EventLog::MaxEndpointChars));
    if (header.startedMsecs > 0)
        addString(&line, "started", isoTime(qMin(header.startedMsecs, MaxMsecs)));
    line += "}\n";
    return line;
}

QByteArray EventLogWriter::eventLine(const TrafficEvent &event)
{
    const qint64 msecs = qBound<qint64>(0, event.msecsSinceEpoch, MaxMsecs);
    const QByteArray stored = event.bytes.left(TrafficEvent::MaxStoredBytes);
    const qint64 size = qMax<qint64>(event.size, stored.size());
    QByteArray line("{");
    addNumber(&line, "ms", msecs);
    addString(&line, "time", isoTime(msecs));
    addString(&line, "peer", capped(event.peer, EventLog::MaxEndpointChars));
    addString(&line, "kind", EventLogNames::kind(event.kind));
    if (event.direction != TrafficEvent::Direction::None)
        addString(&line, "direction", EventLogNames::direction(event.direction));
    if (event.action != TrafficEvent::Action::None)
        addString(&line, "action", EventLogNames::action(event.action));
    if (!event.local.isEmpty())
        addString(&line, "local", capped(event.local, EventLog::MaxEndpointChars));
    if (event.kind == TrafficEvent::Kind::Data || size > 0) {
        addNumber(&line, "size", size);
        addString(&line, "base64", QString::fromLatin1(stored.toBase64()));
        if (stored.size() < size) {
            appendKey(&line, "truncated");
            line += "true";
        }
    }
    if (event.note != TrafficEvent::Note::Text)
        addString(&line, "note", EventLogNames::note(event.note));
    if (!event.text.isEmpty())
        addString(&line, "text", capped(event.text, EventLog::MaxTextChars));
    line += "}\n";
    return line;
}

QByteArray EventLogWriter::serialize(const EventLog &log)
{
    QByteArray out = headerLine(log.header);
    for (const TrafficEvent &e : log.events)
        out += eventLine(e);
    return out;
}
