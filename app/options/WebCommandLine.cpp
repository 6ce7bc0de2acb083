#include "WebCommandLine.h"

#include <QFileInfo>

#include "CommandLineReader.h"
#include "OptionValues.h"

namespace {
const QString kRoot = QStringLiteral("root");
const QString kPort = QStringLiteral("port");
const QString kListing = QStringLiteral("listing");
const QString kQuiet = QStringLiteral("quiet");
const QString kMaxConnections = QStringLiteral("max-connections");
const QString kHeadTimeout = QStringLiteral("head-timeout");
const QString kIdleTimeout = QStringLiteral("idle-timeout");
} // namespace

const CommandSpec &WebCommandLine::spec()
{
    static const CommandSpec table = makeSpec();
    return table;
}

CommandSpec WebCommandLine::makeSpec()
{
    const WebServerOptions defaults;
    CommandSpec spec(QStringLiteral("web"), "WebCommandLine");
    spec.setArguments(QStringLiteral("--root DIR"));
    spec.setTitle(QT_TR_NOOP("Serves the files of a folder over HTTP."));
    spec.setDescription(QT_TR_NOOP("Where it listens is printed first, then one access-log line per request. It runs "
                                   "until Ctrl+C (or SIGTERM), whatever happens to standard input."));
    spec.addValue(kRoot, QStringLiteral("DIR"), QT_TR_NOOP("The folder to serve (“/” is DIR/index.html)."))
        .inArguments();
    spec.addValue(kPort, QStringLiteral("N"), QT_TR_NOOP("Port to listen on (0: any free port)."))
        .withDefault(QString::number(defaults.port));
    spec.add(OptionValues::bindOption());
    spec.addFlag(kListing, QT_TR_NOOP("List the files of folders that have no index.html."));
    spec.addFlag(kQuiet, QT_TR_NOOP("Do not print a line per request."));
    spec.addValue(kMaxConnections, QStringLiteral("N"), QT_TR_NOOP("Connections served at once; more get 503."))
        .withDefault(QString::number(defaults.maxConnections));
    spec.addValue(kHeadTimeout, QStringLiteral("MS"),
                  QT_TR_NOOP("A request head must arrive within MS milliseconds, else 408."))
        .withDefault(QString::number(defaults.headTimeoutMs));
    spec.addValue(kIdleTimeout, QStringLiteral("MS"),
                  QT_TR_NOOP("An idle keep-alive or stalled connection is closed after MS milliseconds."))
        .withDefault(QString::number(defaults.idleTimeoutMs));
    spec.add(EventsSettings::eventsOption());
    spec.setExitStatus(QT_TR_NOOP("Exit status: 0 after Ctrl+C/SIGTERM, 1 when the port cannot be opened, 2 on bad "
                                  "arguments."));
    return spec;
}

std::optional<WebServerOptions> WebCommandLine::parse(const QStringList &arguments, QString *error,
                                                      EventsSettings *events)
{
    CommandLineReader reader(spec());
    if (!reader.parse(arguments, error))
        return std::nullopt;
    if (!EventsSettings::read(reader, events, error))
        return std::nullopt;
    if (!reader.positionalArguments().isEmpty()) {
        *error = tr("Unexpected argument “%1”: web takes only options.").arg(reader.positionalArguments().constFirst());
        return std::nullopt;
    }
    if (!reader.isSet(kRoot)) {
        *error = tr("The folder to serve is missing: give it with --root DIR.");
        return std::nullopt;
    }
    WebServerOptions options;
    const QFileInfo root(reader.value(kRoot));
    if (!root.exists()) {
        *error = tr("The folder “%1” does not exist.").arg(reader.value(kRoot));
        return std::nullopt;
    }
    if (!root.isDir()) {
        *error = tr("“%1” is a file, not a folder: --root needs a folder.").arg(reader.value(kRoot));
        return std::nullopt;
    }
    options.root = root.absoluteFilePath();
    const std::optional<quint16> port = OptionValues::port(reader.value(kPort));
    if (!port) {
        *error = tr("“%1” is not a port number for --port: use 0-65535.").arg(reader.value(kPort));
        return std::nullopt;
    }
    options.port = *port;
    const std::optional<QHostAddress> address = OptionValues::listenAddress(reader, error);
    if (!address)
        return std::nullopt;
    options.bindAddress = *address;
    options.listing = reader.isSet(kListing);
    options.logRequests = !reader.isSet(kQuiet);
    bool valid = true;
    const auto maxConnections = reader.number(kMaxConnections, 1, 100000, &valid, error);
    if (!valid)
        return std::nullopt;
    const auto headTimeout = reader.number(kHeadTimeout, 100, 3600000, &valid, error);
    if (!valid)
        return std::nullopt;
    const auto idleTimeout = reader.number(kIdleTimeout, 100, 3600000, &valid, error);
    if (!valid)
        return std::nullopt;
    options.maxConnections = int(maxConnections.value_or(options.maxConnections));
    options.headTimeoutMs = int(headTimeout.value_or(options.headTimeoutMs));
    options.idleTimeoutMs = int(idleTimeout.value_or(options.idleTimeoutMs));
    return options;
}
