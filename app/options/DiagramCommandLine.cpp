#include "DiagramCommandLine.h"

#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>

#include "CommandLineReader.h"
#include "EventLogReader.h"

namespace {
const QString kOutput = QStringLiteral("output");
const QString kPeer = QStringLiteral("peer");
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kMax = QStringLiteral("max");
const QString kHex = QStringLiteral("hex");
const QString kEncoding = QStringLiteral("encoding");
const QString kTitle = QStringLiteral("title");

constexpr int DefaultMax = 500;
constexpr int MaxMax = 100000;

// "-o FILE" is --output: the option table has long names only.
QStringList withLongOutput(const QStringList &arguments)
{
    QStringList out;
    bool valueNext = false;
    for (const QString &a : arguments) {
        if (valueNext) {
            out << a;
            valueNext = false;
            continue;
        }
        if (a == QLatin1String("-o")) {
            out << QStringLiteral("--output");
            valueNext = true;
            continue;
        }
        if (a.startsWith(QLatin1String("-o")) && !a.startsWith(QLatin1String("--"))) {
            out << QStringLiteral("--output=") + a.mid(2);
            continue;
        }
        // Options whose value follows as the next argument.
        for (const QString &name : {kOutput, kPeer, kFrom, kTo, kMax, kEncoding, kTitle})
            valueNext = valueNext || a == QLatin1String("--") + name;
        out << a;
    }
    return out;
}

} // namespace

const CommandSpec &DiagramCommandLine::spec()
{
    static const CommandSpec table = makeSpec();
    return table;
}

CommandSpec DiagramCommandLine::makeSpec()
{
    CommandSpec spec(QStringLiteral("diagram"), "DiagramCommandLine");
    spec.setArguments(QStringLiteral("EVENTS --output FILE"));
    spec.setTitle(QT_TR_NOOP("Draws a recorded conversation (an events file) as a sequence diagram, in SVG or PNG."));
    spec.setDescription(QT_TR_NOOP("EVENTS is an events file (JSON Lines) written with --events by a server or client command, "
                                   "or saved from the window's log (docs/events.md). The picture is the one in a "
                                   "networking textbook: one vertical line for this side and one for each peer, time "
                                   "going down, one arrow for each connect, each message or chunk received (with its "
                                   "size and first characters), each half-close and close (dashed, with the side that "
                                   "closed first), errors in red with a cross. Long pauses are cut out and say how long "
                                   "they were.\n\n"
                                   "A time for --from and --to is an ISO 8601 date and time (2024-05-01T12:03:10, with "
                                   "Z or +08:00 for a zone, else local time), a time of the recording's day in local "
                                   "time (12:03:10 or 12:03:10.250), or milliseconds since 1970-01-01 UTC.\n\n"
                                   "No display is needed: the picture is drawn offscreen."));
    spec.addValue(kOutput, QStringLiteral("FILE"),
                  QT_TR_NOOP("Where to write the picture (also -o FILE); its suffix chooses the format: .svg or .png."))
        .inArguments();
    spec.addValue(kPeer, QStringLiteral("IP:PORT"), QT_TR_NOOP("Only the conversation with this peer, as the log shows it (127.0.0.1:53422)."));
    spec.addValue(kFrom, QStringLiteral("TIME"), QT_TR_NOOP("Leave out what happened before this time."));
    spec.addValue(kTo, QStringLiteral("TIME"), QT_TR_NOOP("Leave out what happened after this time."));
    spec.addValue(kMax, QStringLiteral("N"), QT_TR_NOOP("Draw at most the newest N arrows (0: all); the picture says how many were left out."))
        .withDefault(QString::number(DefaultMax));
    spec.addFlag(kHex, QT_TR_NOOP("Show the data's first bytes as hex instead of text."));
    spec.addValue(kEncoding, QStringLiteral("NAME"), QT_TR_NOOP("Text encoding of the data: utf-8, gbk or latin-1."))
        .withDefault(QStringLiteral("utf-8"))
        .withChoices(QStringLiteral("utf-8|gbk|latin-1"));
    spec.addValue(kTitle, QStringLiteral("TEXT"), QT_TR_NOOP("The title line above the diagram (\"\": none)."))
        .withDefaultText(QT_TR_NOOP("who recorded, where and when"));
    spec.setExitStatus(QT_TR_NOOP("Exit status: 0 when the picture was written, 1 when it could not be written, 2 on bad "
                                  "arguments or an events file that cannot be read."));
    return spec;
}

std::optional<qint64> DiagramCommandLine::parseTime(const QString &input, qint64 dayOfMsecs)
{
    const QString text = input.trimmed();
    static const QRegularExpression digits(QStringLiteral("^\\d{1,15}$"));
    if (digits.match(text).hasMatch())
        return text.toLongLong();
    static const QRegularExpression timeOfDay(QStringLiteral("^(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,3}))?)?$"));
    const QRegularExpressionMatch m = timeOfDay.match(text);
    if (m.hasMatch()) {
        const int ms = m.captured(4).isEmpty() ? 0 : m.captured(4).leftJustified(3, QLatin1Char('0')).toInt();
        const QTime time(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), ms);
        if (!time.isValid())
            return std::nullopt;
        const QDate day = QDateTime::fromMSecsSinceEpoch(dayOfMsecs).date();
        return QDateTime(day, time).toMSecsSinceEpoch();
    }
    if (!text.contains(QLatin1Char('T')) && !text.contains(QLatin1Char(' ')))
        return std::nullopt;
    QString iso = text;
    iso.replace(QLatin1Char(' '), QLatin1Char('T'));
    const QDateTime dateTime = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!dateTime.isValid())
        return std::nullopt;
    return dateTime.toMSecsSinceEpoch();
}

QString DiagramCommandLine::defaultTitle(const EventLog &log)
{
    qint64 started = log.header.startedMsecs;
    if (started <= 0 && !log.events.isEmpty())
        started = log.events.constFirst().msecsSinceEpoch;
    const QString when = started > 0
        ? QDateTime::fromMSecsSinceEpoch(started).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
        : QString();
    const QString role = log.header.role;
    if (log.header.local.isEmpty())
        return when.isEmpty() ? role : tr("%1, %2", "the recording's role, then when it started").arg(role, when);
    return when.isEmpty() ? tr("%1 on %2", "the recording's role, then its address").arg(role, log.header.local)
                          : tr("%1 on %2, %3", "the recording's role, its address, when it started")
                                .arg(role, log.header.local, when);
}

std::optional<DiagramArguments> DiagramCommandLine::parse(const QStringList &arguments, QString *error)
{
    CommandLineReader reader(spec());
    if (!reader.parse(withLongOutput(arguments), error))
        return std::nullopt;
    const QStringList positional = reader.positionalArguments();
    DiagramArguments result;

    if (positional.isEmpty()) {
        *error = tr("The events file is missing: give it first (socketlab diagram EVENTS.jsonl -o OUT.svg).");
        return std::nullopt;
    }
    if (positional.size() > 1) {
        *error = tr("Unexpected argument “%1”: diagram takes one events file.").arg(positional.at(1));
        return std::nullopt;
    }
    result.eventsFile = positional.constFirst();

    result.output = reader.value(kOutput);
    if (result.output.isEmpty()) {
        *error = tr("The picture to write is missing: give it with -o FILE.svg or -o FILE.png.");
        return std::nullopt;
    }
    const QString suffix = QFileInfo(result.output).suffix().toLower();
    if (suffix == QLatin1String("svg")) {
        result.format = DiagramArguments::Format::Svg;
    } else if (suffix == QLatin1String("png")) {
        result.format = DiagramArguments::Format::Png;
    } else {
        *error = tr("“%1” is neither .svg nor .png: the suffix of -o chooses the format.").arg(result.output);
        return std::nullopt;
    }

    const QString encodingName = reader.value(kEncoding);
    const std::optional<TextCodec::Encoding> encoding = TextCodec::fromName(encodingName);
    if (!encoding) {
        *error = tr("Unknown encoding “%1”: use utf-8, gbk or latin-1.").arg(encodingName);
        return std::nullopt;
    }
    result.options.encoding = *encoding;
    result.options.hex = reader.isSet(kHex);
    bool ok = true;
    const std::optional<qint64> max = reader.number(kMax, 0, MaxMax, &ok, error);
    if (!ok)
        return std::nullopt;
    result.options.maxArrows = int(max.value_or(DefaultMax));

    // The recording itself: refused with its line.
    EventLogReader::Error readError;
    const std::optional<EventLog> log = EventLogReader::readFile(result.eventsFile, &readError);
    if (!log) {
        *error = tr("%1: %2", "a file, then what is wrong in it").arg(result.eventsFile, readError.text());
        return std::nullopt;
    }
    result.log = *log;

    const qint64 day = result.log.header.startedMsecs > 0 ? result.log.header.startedMsecs
        : result.log.events.isEmpty()                      ? QDateTime::currentMSecsSinceEpoch()
                                                           : result.log.events.constFirst().msecsSinceEpoch;
    for (const QString &name : {kFrom, kTo}) {
        if (!reader.isSet(name))
            continue;
        const std::optional<qint64> time = parseTime(reader.value(name), day);
        if (!time) {
            *error = tr("“%1” is not a time for --%2: use 2024-05-01T12:03:10, 12:03:10 (the recording's day) or "
                        "milliseconds since 1970.").arg(reader.value(name), name);
            return std::nullopt;
        }
        (name == kFrom ? result.options.fromMsecs : result.options.toMsecs) = *time;
    }
    if (result.options.fromMsecs > result.options.toMsecs) {
        *error = tr("--from is after --to: nothing would be drawn.");
        return std::nullopt;
    }

    if (reader.isSet(kPeer)) {
        result.options.peer = reader.value(kPeer).trimmed();
        QStringList peers;
        for (const TrafficEvent &e : std::as_const(result.log.events))
            if (!e.peer.isEmpty() && !peers.contains(e.peer))
                peers.append(e.peer);
        if (!peers.contains(result.options.peer)) {
            *error = peers.isEmpty()
                ? tr("The recording has no peer “%1”: it has no peers at all.").arg(result.options.peer)
                : tr("The recording has no peer “%1”; its peers are: %2.").arg(result.options.peer, peers.join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }

    result.title = reader.isSet(kTitle) ? reader.value(kTitle) : defaultTitle(result.log);
    return result;
}
