#include "FileServerCommandLine.h"

#include <QDir>

#include "CommandLineReader.h"
#include "OptionValues.h"

namespace {
const QString kRoot = QStringLiteral("root");
const QString kInbox = QStringLiteral("inbox");
const QString kDownloadPort = QStringLiteral("download-port");
const QString kUploadPort = QStringLiteral("upload-port");
const QString kPort = QStringLiteral("port");
const QString kHeaderTimeout = QStringLiteral("header-timeout");
const QString kProgressTimeout = QStringLiteral("progress-timeout");
const QString kMaxConnections = QStringLiteral("max-connections");
const QString kShowUploads = QStringLiteral("show-uploads");

std::optional<quint16> portValue(const CommandLineReader &reader, const QString &name, QString *error)
{
    const std::optional<quint16> port = OptionValues::port(reader.value(name));
    if (!port)
        *error = FileServerCommandLine::tr("“%1” is not a port number for --%2: use 0-65535.").arg(reader.value(name), name);
    return port;
}
} // namespace

const CommandSpec &FileServerCommandLine::spec()
{
    static const CommandSpec table = makeSpec();
    return table;
}

CommandSpec FileServerCommandLine::makeSpec()
{
    const FileServerOptions defaults;
    CommandSpec spec(QStringLiteral("file-server"), "FileServerCommandLine");
    spec.setArguments(QStringLiteral("--root DIR"));
    spec.setTitle(QT_TR_NOOP("Shares the files of a folder and receives uploads."));
    spec.setDescription(QT_TR_NOOP("It speaks the protocols of seed 002 (download_server.py and upload_server.py; "
                                   "their clients work unchanged) and SocketLab's own protocol SLFT/1 (listing, "
                                   "resume, SHA-256 check). One line per transfer and per error; it runs until "
                                   "Ctrl+C (or SIGTERM)."));
    spec.addValue(kRoot, QStringLiteral("DIR"), QT_TR_NOOP("The shared folder; only files inside it are ever served."))
        .inArguments();
    spec.addValue(kInbox, QStringLiteral("DIR"), QT_TR_NOOP("Where uploads are saved; nothing is overwritten."))
        .withDefaultText(QT_TR_NOOP("the shared folder"));
    spec.addValue(kDownloadPort, QStringLiteral("N"), QT_TR_NOOP("Classic download port (0: the system picks one)."))
        .withDefault(QString::number(defaults.downloadPort));
    spec.addValue(kUploadPort, QStringLiteral("N"), QT_TR_NOOP("Classic upload port."))
        .withDefault(QString::number(defaults.uploadPort));
    spec.addValue(kPort, QStringLiteral("N"), QT_TR_NOOP("SLFT/1 port."))
        .withDefault(QString::number(defaults.protocolPort));
    spec.add(OptionValues::bindOption());
    spec.addValue(kHeaderTimeout, QStringLiteral("MS"),
                  QT_TR_NOOP("Drop a connection whose request does not arrive within MS milliseconds."))
        .withDefault(QString::number(defaults.headerTimeoutMs));
    spec.addValue(kProgressTimeout, QStringLiteral("MS"),
                  QT_TR_NOOP("End a transfer when no byte moves either way for MS milliseconds; an SLFT/1 upload keeps "
                             "its partial file for a resume."))
        .withDefault(QString::number(defaults.progressTimeoutMs));
    spec.addValue(kMaxConnections, QStringLiteral("N"), QT_TR_NOOP("Connections of the three ports together; more are closed."))
        .withDefault(QString::number(defaults.maxConnections));
    spec.addFlag(kShowUploads, QT_TR_NOOP("SLFT/1 lists the inbox as a read-only folder uploads/ of the shared folder "
                                          "(listable and downloadable, never writable; not when the inbox is the shared "
                                          "folder)."));
    spec.add(EventsSettings::eventsOption());
    spec.setExitStatus(QT_TR_NOOP("Exit status: 0 after Ctrl+C/SIGTERM, 1 when a port cannot be opened, 2 on bad "
                                  "arguments."));
    return spec;
}

std::optional<FileServerOptions> FileServerCommandLine::parse(const QStringList &arguments, QString *error,
                                                              EventsSettings *events)
{
    CommandLineReader reader(spec());
    if (!reader.parse(arguments, error))
        return std::nullopt;
    if (!EventsSettings::read(reader, events, error))
        return std::nullopt;
    if (!reader.positionalArguments().isEmpty()) {
        *error = tr("Unexpected argument “%1”: file-server takes only options.").arg(reader.positionalArguments().constFirst());
        return std::nullopt;
    }
    FileServerOptions options;
    if (!reader.isSet(kRoot)) {
        *error = tr("The shared folder is missing: give it with --root DIR.");
        return std::nullopt;
    }
    options.root = QDir(reader.value(kRoot)).absolutePath();
    if (reader.isSet(kInbox))
        options.inbox = QDir(reader.value(kInbox)).absolutePath();
    options.showUploads = reader.isSet(kShowUploads);
    const std::optional<quint16> download = portValue(reader, kDownloadPort, error);
    if (!download)
        return std::nullopt;
    const std::optional<quint16> upload = portValue(reader, kUploadPort, error);
    if (!upload)
        return std::nullopt;
    const std::optional<quint16> own = portValue(reader, kPort, error);
    if (!own)
        return std::nullopt;
    options.downloadPort = *download;
    options.uploadPort = *upload;
    options.protocolPort = *own;
    const std::optional<QHostAddress> address = OptionValues::listenAddress(reader, error);
    if (!address)
        return std::nullopt;
    options.bindAddress = *address;
    if (reader.isSet(kHeaderTimeout)) {
        bool ok = false;
        const int ms = reader.value(kHeaderTimeout).toInt(&ok);
        if (!ok || ms < 1) {
            *error = tr("“%1” is not a number of milliseconds for --header-timeout.").arg(reader.value(kHeaderTimeout));
            return std::nullopt;
        }
        options.headerTimeoutMs = ms;
    }
    bool valid = true;
    const auto progressTimeout = reader.number(kProgressTimeout, 100, 24 * 3600 * 1000, &valid, error);
    if (!valid)
        return std::nullopt;
    const auto maxConnections = reader.number(kMaxConnections, 1, 100000, &valid, error);
    if (!valid)
        return std::nullopt;
    options.progressTimeoutMs = int(progressTimeout.value_or(options.progressTimeoutMs));
    options.maxConnections = int(maxConnections.value_or(options.maxConnections));
    return options;
}
