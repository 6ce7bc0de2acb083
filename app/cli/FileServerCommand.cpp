#include "FileServerCommand.h"

#include <QCommandLineParser>
#include <QDir>

#include "NetworkAddresses.h"
#include "NumberOption.h"
#include "TransferText.h"

namespace {
const QString kRoot = QStringLiteral("root");
const QString kInbox = QStringLiteral("inbox");
const QString kDownloadPort = QStringLiteral("download-port");
const QString kUploadPort = QStringLiteral("upload-port");
const QString kPort = QStringLiteral("port");
const QString kBind = QStringLiteral("bind");
const QString kHeaderTimeout = QStringLiteral("header-timeout");
const QString kProgressTimeout = QStringLiteral("progress-timeout");
const QString kMaxConnections = QStringLiteral("max-connections");
const QString kShowUploads = QStringLiteral("show-uploads");

std::optional<quint16> portValue(const QCommandLineParser &parser, const QString &name, quint16 fallback,
                                 QString *error)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const QString text = parser.value(name);
    const uint port = text.toUInt(&ok);
    if (!ok || port > 65535) {
        *error = FileServerCommand::tr("“%1” is not a port number for --%2: use 0-65535.").arg(text, name);
        return std::nullopt;
    }
    return quint16(port);
}
} // namespace

FileServerCommand::FileServerCommand(ConsoleOutput *output, QObject *parent)
    : CliCommand(output, parent)
{
}

std::optional<FileServerOptions> FileServerCommand::parseOptions(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(kRoot, tr("The shared folder."), QStringLiteral("dir")));
    parser.addOption(QCommandLineOption(kInbox, tr("Where uploads are saved (default: the shared folder)."), QStringLiteral("dir")));
    parser.addOption(QCommandLineOption(kDownloadPort, tr("Classic download port."), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(kUploadPort, tr("Classic upload port."), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(kPort, tr("SocketLab protocol port."), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(kBind, tr("Address to listen on."), QStringLiteral("addr"), QStringLiteral("any")));
    parser.addOption(QCommandLineOption(kHeaderTimeout, tr("Milliseconds a request may take to arrive."), QStringLiteral("ms")));
    parser.addOption(QCommandLineOption(kProgressTimeout, tr("Milliseconds a transfer may go without moving a byte."), QStringLiteral("ms")));
    parser.addOption(QCommandLineOption(kMaxConnections, tr("Connections of the three ports together; more are closed."),
                                        QStringLiteral("N")));
    parser.addOption(QCommandLineOption(kShowUploads, tr("SLFT/1 clients see the inbox as a read-only folder uploads/.")));
    if (!parser.parse(QStringList{QStringLiteral("socketlab file-server")} + arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("Unexpected argument “%1”: file-server takes only options.").arg(parser.positionalArguments().constFirst());
        return std::nullopt;
    }
    FileServerOptions options;
    if (!parser.isSet(kRoot)) {
        *error = tr("The shared folder is missing: give it with --root DIR.");
        return std::nullopt;
    }
    options.root = QDir(parser.value(kRoot)).absolutePath();
    if (parser.isSet(kInbox))
        options.inbox = QDir(parser.value(kInbox)).absolutePath();
    options.showUploads = parser.isSet(kShowUploads);
    const std::optional<quint16> download = portValue(parser, kDownloadPort, FileServerOptions::DefaultDownloadPort, error);
    if (!download)
        return std::nullopt;
    const std::optional<quint16> upload = portValue(parser, kUploadPort, FileServerOptions::DefaultUploadPort, error);
    if (!upload)
        return std::nullopt;
    const std::optional<quint16> own = portValue(parser, kPort, FileServerOptions::DefaultProtocolPort, error);
    if (!own)
        return std::nullopt;
    options.downloadPort = *download;
    options.uploadPort = *upload;
    options.protocolPort = *own;
    const QString bindText = parser.value(kBind);
    options.bindAddress = NetworkAddresses::parseBindAddress(bindText);
    if (options.bindAddress.isNull()) {
        *error = tr("“%1” is not an address to listen on: use any, localhost or an IP address such as 127.0.0.1.").arg(bindText);
        return std::nullopt;
    }
    if (parser.isSet(kHeaderTimeout)) {
        bool ok = false;
        const int ms = parser.value(kHeaderTimeout).toInt(&ok);
        if (!ok || ms < 1) {
            *error = tr("“%1” is not a number of milliseconds for --header-timeout.").arg(parser.value(kHeaderTimeout));
            return std::nullopt;
        }
        options.headerTimeoutMs = ms;
    }
    bool valid = true;
    const auto progressTimeout = NumberOption::read(parser, kProgressTimeout, 100, 24 * 3600 * 1000, &valid, error);
    if (!valid)
        return std::nullopt;
    const auto maxConnections = NumberOption::read(parser, kMaxConnections, 1, 100000, &valid, error);
    if (!valid)
        return std::nullopt;
    options.progressTimeoutMs = int(progressTimeout.value_or(options.progressTimeoutMs));
    options.maxConnections = int(maxConnections.value_or(options.maxConnections));
    return options;
}

QString FileServerCommand::usageText()
{
    return tr("Usage: socketlab file-server --root DIR [--inbox DIR] [--download-port N] [--upload-port N] [--port N]\n"
              "                             [--bind ADDR] [--header-timeout MS] [--progress-timeout MS]\n"
              "                             [--max-connections N] [--show-uploads]\n"
              "Shares the files in DIR and receives uploads, with the protocols of seed 002 (download_server.py and\n"
              "upload_server.py; their clients work unchanged) and SocketLab's own protocol SLFT/1 (listing, resume,\n"
              "SHA-256 check). One line per transfer and per error; runs until Ctrl+C (or SIGTERM).\n"
              "\n"
              "  --root DIR           the shared folder; only files inside it are ever served\n"
              "  --inbox DIR          where uploads are saved (default: the shared folder); nothing is overwritten\n"
              "  --download-port N    classic download port (default 7890; 0: the system picks one)\n"
              "  --upload-port N      classic upload port (default 12800)\n"
              "  --port N             SLFT/1 port (default 7891)\n"
              "  --bind ADDR          address to listen on: any (default), localhost or an IP address\n"
              "  --header-timeout MS  drop a connection whose request does not arrive within MS (default 15000)\n"
              "  --progress-timeout MS  end a transfer when no byte moves either way for MS (default 30000);\n"
              "                       an SLFT/1 upload keeps its partial file for a resume\n"
              "  --max-connections N  connections of the three ports together (default 1000)\n"
              "  --show-uploads       SLFT/1 lists the inbox as a read-only folder uploads/ of the shared folder\n"
              "                       (listable and downloadable, never writable; not when the inbox is DIR)\n"
              "\n"
              "Exit status: 0 after Ctrl+C/SIGTERM, 1 when a port cannot be opened, 2 on bad arguments.");
}

bool FileServerCommand::parse(const QStringList &arguments, QString *error)
{
    const std::optional<FileServerOptions> options = parseOptions(arguments, error);
    if (!options)
        return false;
    m_options = *options;
    return true;
}

QString FileServerCommand::usage() const
{
    return usageText();
}

void FileServerCommand::start()
{
    connect(&m_server, &FileServer::started, this, &FileServerCommand::onStarted);
    connect(&m_server, &FileServer::startFailed, this, [this](const QString &reason) {
        out()->error(reason);
        finish(1);
    });
    connect(&m_server, &FileServer::trafficEvents, this, [this](const QList<TrafficEvent> &events) { out()->events(events); });
    connect(&m_server, &FileServer::transferStarted, this, [this](const TransferInfo &info) {
        out()->event(TrafficEvent::state(info.peer, TransferText::started(info)));
        out()->flush();
    });
    connect(&m_server, &FileServer::transferFinished, this, [this](const TransferInfo &info) {
        const QString text = TransferText::finished(info);
        out()->event(info.state == TransferInfo::State::Done ? TrafficEvent::state(info.peer, text)
                                                             : TrafficEvent::error(info.peer, text));
        out()->flush();
    });
    m_server.start(m_options);
}

void FileServerCommand::onStarted(quint16 downloadPort, quint16 uploadPort, quint16 protocolPort)
{
    out()->event(TrafficEvent::state({}, tr("Sharing %1; uploads go to %2.")
                                             .arg(QDir::toNativeSeparators(m_server.options().root),
                                                  QDir::toNativeSeparators(m_server.options().effectiveInbox()))));
    out()->event(TrafficEvent::state({}, tr("Listening: classic download on port %1, classic upload on port %2, SLFT/1 on port %3.")
                                             .arg(downloadPort).arg(uploadPort).arg(protocolPort)));
    const FileServerOptions options = m_server.options();
    if (options.showUploads && QDir(options.effectiveInbox()).canonicalPath() != QDir(options.root).canonicalPath())
        out()->event(TrafficEvent::state({}, tr("SLFT/1 clients see the uploads read-only in the folder uploads/.")));
    out()->flush();
}

void FileServerCommand::terminate()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_server.stop();   // partial uploads are deleted (classic) or kept in .socketlab-partial/ (SLFT/1)
    out()->event(TrafficEvent::state({}, tr("Stopped.")));
    finish(0);
}
