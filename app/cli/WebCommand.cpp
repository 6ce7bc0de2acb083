#include "WebCommand.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include "NetworkAddresses.h"
#include "NumberOption.h"

namespace {
const QString kRoot = QStringLiteral("root");
const QString kPort = QStringLiteral("port");
const QString kBind = QStringLiteral("bind");
const QString kListing = QStringLiteral("listing");
const QString kQuiet = QStringLiteral("quiet");
const QString kMaxConnections = QStringLiteral("max-connections");
const QString kHeadTimeout = QStringLiteral("head-timeout");
const QString kIdleTimeout = QStringLiteral("idle-timeout");
} // namespace

WebCommand::WebCommand(ConsoleOutput *output, QObject *parent)
    : CliCommand(output, parent)
    , m_thread(QStringLiteral("web server"))
    , m_server(new WebServer)
{
    // The server runs in its own thread and this one formats and prints the access log:
    // measured with bench/web_bench.py, about 10 % more requests per second than one thread
    // doing both, even on two cores shared with the load generator.
    m_thread.adopt(m_server);
    connect(m_server, &WebServer::started, this, &WebCommand::onStarted);
    connect(m_server, &WebServer::startFailed, this, &WebCommand::onStartFailed);
    connect(m_server, &WebServer::requestsLogged, this, &WebCommand::onLogged);
    connect(m_server, &WebServer::stopped, this, &WebCommand::onStopped);
}

std::optional<WebServerOptions> WebCommand::parseOptions(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(kRoot, tr("The folder to serve."), QStringLiteral("dir")));
    parser.addOption(QCommandLineOption(kPort, tr("Port to listen on (0: any free port)."), QStringLiteral("N"),
                                        QStringLiteral("8000")));
    parser.addOption(QCommandLineOption(kBind, tr("Address to listen on."), QStringLiteral("addr"), QStringLiteral("any")));
    parser.addOption(QCommandLineOption(kListing, tr("List the files of folders that have no index.html.")));
    parser.addOption(QCommandLineOption(kQuiet, tr("Do not print a line per request.")));
    parser.addOption(QCommandLineOption(kMaxConnections, tr("Connections served at once; more get 503."), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(kHeadTimeout, tr("Milliseconds a request head may take to arrive (then 408)."),
                                        QStringLiteral("ms")));
    parser.addOption(QCommandLineOption(kIdleTimeout, tr("Milliseconds an idle or stalled connection is kept."),
                                        QStringLiteral("ms")));
    if (!parser.parse(QStringList{QStringLiteral("socketlab web")} + arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("Unexpected argument “%1”: web takes only options.").arg(parser.positionalArguments().constFirst());
        return std::nullopt;
    }
    if (!parser.isSet(kRoot)) {
        *error = tr("The folder to serve is missing: give it with --root DIR.");
        return std::nullopt;
    }
    WebServerOptions options;
    const QFileInfo root(parser.value(kRoot));
    if (!root.exists()) {
        *error = tr("The folder “%1” does not exist.").arg(parser.value(kRoot));
        return std::nullopt;
    }
    if (!root.isDir()) {
        *error = tr("“%1” is a file, not a folder: --root needs a folder.").arg(parser.value(kRoot));
        return std::nullopt;
    }
    options.root = root.absoluteFilePath();
    bool ok = false;
    const QString portText = parser.value(kPort);
    const uint port = portText.toUInt(&ok);
    if (!ok || port > 65535) {
        *error = tr("“%1” is not a port number for --port: use 0-65535.").arg(portText);
        return std::nullopt;
    }
    options.port = quint16(port);
    const QString bindText = parser.value(kBind);
    options.bindAddress = NetworkAddresses::parseBindAddress(bindText);
    if (options.bindAddress.isNull()) {
        *error = tr("“%1” is not an address to listen on: use any, localhost or an IP address such as 127.0.0.1.")
                     .arg(bindText);
        return std::nullopt;
    }
    options.listing = parser.isSet(kListing);
    options.logRequests = !parser.isSet(kQuiet);
    bool valid = true;
    const auto maxConnections = NumberOption::read(parser, kMaxConnections, 1, 100000, &valid, error);
    if (!valid)
        return std::nullopt;
    const auto headTimeout = NumberOption::read(parser, kHeadTimeout, 100, 3600000, &valid, error);
    if (!valid)
        return std::nullopt;
    const auto idleTimeout = NumberOption::read(parser, kIdleTimeout, 100, 3600000, &valid, error);
    if (!valid)
        return std::nullopt;
    options.maxConnections = int(maxConnections.value_or(options.maxConnections));
    options.headTimeoutMs = int(headTimeout.value_or(options.headTimeoutMs));
    options.idleTimeoutMs = int(idleTimeout.value_or(options.idleTimeoutMs));
    return options;
}

QString WebCommand::usageText()
{
    return tr("Usage: socketlab web --root DIR [--port N] [--bind ADDR] [--listing] [--quiet]\n"
              "                     [--max-connections N] [--head-timeout MS] [--idle-timeout MS]\n"
              "Serves the files of DIR over HTTP (default port 8000) until Ctrl+C.\n"
              "  --root DIR            the folder to serve (\"/\" is DIR/index.html)\n"
              "  --port N              port to listen on, 0 for any free port (default 8000)\n"
              "  --bind ADDR           address to listen on: any (default), localhost or an IP address\n"
              "  --listing             list the files of folders that have no index.html\n"
              "  --quiet               do not print a line per request\n"
              "  --max-connections N   connections served at once; more get 503 (default 2000)\n"
              "  --head-timeout MS     a request head must arrive within MS, else 408 (default 10000)\n"
              "  --idle-timeout MS     an idle keep-alive or stalled connection is closed after MS\n"
              "                        (default 15000)");
}

QString WebCommand::formatEntry(const RequestLogEntry &e)
{
    return AccessLogFormatter().line(e);
}

bool WebCommand::parse(const QStringList &arguments, QString *error)
{
    const std::optional<WebServerOptions> options = parseOptions(arguments, error);
    if (!options)
        return false;
    m_options = *options;
    return true;
}

QString WebCommand::usage() const
{
    return usageText();
}

void WebCommand::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(m_server, [server = m_server, options = m_options] { server->start(options); });
}

void WebCommand::terminate()
{
    if (!m_running) {
        finish(0);
        return;
    }
    // stop() hands over the last log batch, then emits stopped(): onStopped() finishes.
    QMetaObject::invokeMethod(m_server, [server = m_server] { server->stop(); });
}

void WebCommand::onStopped()
{
    m_running = false;
    finish(0);
}

void WebCommand::onStarted(const QHostAddress &, quint16, const QStringList &urls)
{
    m_running = true;
    const QString first = urls.value(0);
    if (urls.size() > 1)
        out()->line(tr("Serving %1 on %2 (and %3)").arg(m_options.root, first, urls.mid(1).join(QStringLiteral(", "))));
    else
        out()->line(tr("Serving %1 on %2").arg(m_options.root, first));
}

void WebCommand::onStartFailed(const QString &reason)
{
    out()->error(reason);
    finish(1);
}

void WebCommand::onLogged(const QList<RequestLogEntry> &entries)
{
    QByteArray text;
    text.reserve(entries.size() * 96);
    for (const RequestLogEntry &e : entries) {
        if (!text.isEmpty())
            text.append('\n');
        m_formatter.append(&text, e);
    }
    out()->lines(text);
}
