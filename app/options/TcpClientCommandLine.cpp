#include "TcpClientCommandLine.h"

#include "CommandLineReader.h"
#include "Endpoint.h"
#include "OptionValues.h"

namespace {
const QString kEol = QStringLiteral("eol");
const QString kFraming = QStringLiteral("framing");
const QString kReconnect = QStringLiteral("reconnect");
const QString kWait = QStringLiteral("wait");
} // namespace

const CommandSpec &TcpClientCommandLine::spec()
{
    static const CommandSpec table = makeSpec();
    return table;
}

CommandSpec TcpClientCommandLine::makeSpec()
{
    CommandSpec spec(QStringLiteral("tcp-client"), "TcpClientCommandLine");
    spec.setArguments(QStringLiteral("HOST:PORT"));
    spec.setTitle(QT_TR_NOOP("Connects to a TCP server."));
    spec.setDescription(QT_TR_NOOP("Each line typed on standard input is sent as one message, WITHOUT its newline "
                                   "unless --eol says otherwise (the seed servers compare whole recv() chunks, e.g. "
                                   "== 'q'). Every connection change, message and error is printed on one line.\n\n"
                                   "At the end of input the connection stays open until the server closes it; with "
                                   "--wait MS it is closed MS milliseconds after the end of input. Ctrl+C (or SIGTERM) "
                                   "closes it cleanly."));
    spec.addValue(kEol, QStringLiteral("MODE"), QT_TR_NOOP("Added to each sent line: none, lf (\\n) or crlf (\\r\\n)."))
        .withDefault(QStringLiteral("none"))
        .withChoices(QStringLiteral("none|lf|crlf"));
    spec.addValue(kFraming, QStringLiteral("MODE"),
                  QT_TR_NOOP("What one message is: raw (each received chunk), lines (ends with a newline, added when "
                             "sending) or length (a 4-byte big-endian length prefix)."))
        .withDefault(QStringLiteral("raw"))
        .withChoices(QStringLiteral("raw|lines|length"));
    spec.addFlag(kReconnect, QT_TR_NOOP("Connect again (every 2 s) when the connection fails or ends; only Ctrl+C stops it."));
    spec.addValue(kWait, QStringLiteral("MS"), QT_TR_NOOP("After the end of input, close the connection MS milliseconds later."));
    spec.add(TextSettings::encodingOption());
    spec.add(TextSettings::hexOption());
    spec.add(TextSettings::checksumOption());
    spec.add(SaveSettings::saveOption());
    spec.add(SaveSettings::formatOption());
    spec.add(EventsSettings::eventsOption());
    spec.setExitStatus(QT_TR_NOOP("Exit status: 0 when the connection ended normally, 1 when it could not be made or "
                                  "broke with an error, 2 on bad arguments."));
    return spec;
}

std::optional<TcpClientArguments> TcpClientCommandLine::parse(const QStringList &arguments, QString *error,
                                                              EventsSettings *events)
{
    CommandLineReader reader(spec());
    if (!reader.parse(arguments, error))
        return std::nullopt;
    if (!EventsSettings::read(reader, events, error))
        return std::nullopt;
    const QStringList positional = reader.positionalArguments();
    if (positional.isEmpty()) {
        *error = tr("The server is missing: give it as HOST:PORT (for example 127.0.0.1:1246).");
        return std::nullopt;
    }
    if (positional.size() > 1) {
        *error = tr("Unexpected argument “%1”: tcp-client takes one HOST:PORT.").arg(positional.at(1));
        return std::nullopt;
    }
    const std::optional<Endpoint> endpoint = Endpoint::parse(positional.constFirst(), error);
    if (!endpoint)
        return std::nullopt;

    TcpClientArguments result;
    if (!TextSettings::read(reader, &result.text, error))
        return std::nullopt;
    if (!SaveSettings::read(reader, &result.save, error))
        return std::nullopt;

    const QString eol = reader.value(kEol).toLower();
    if (eol == QLatin1String("none")) {
        result.eol.clear();
    } else if (eol == QLatin1String("lf")) {
        result.eol = QByteArrayLiteral("\n");
    } else if (eol == QLatin1String("crlf")) {
        result.eol = QByteArrayLiteral("\r\n");
    } else {
        *error = tr("“%1” is not a line ending: use none, lf or crlf.").arg(reader.value(kEol));
        return std::nullopt;
    }
    if (reader.isSet(kWait)) {
        bool ok = false;
        const int ms = reader.value(kWait).toInt(&ok);
        if (!ok || ms < 0) {
            *error = tr("“%1” is not a waiting time: give a number of milliseconds (0 or more).").arg(reader.value(kWait));
            return std::nullopt;
        }
        result.closeAfterMs = ms;
    }

    TcpClientOptions &options = result.client;
    options.host = endpoint->host;
    options.port = endpoint->port;
    const std::optional<Framer::Mode> framing = OptionValues::framing(reader.value(kFraming), error);
    if (!framing)
        return std::nullopt;
    options.framing = *framing;
    options.autoReconnect = reader.isSet(kReconnect);
    return result;
}
