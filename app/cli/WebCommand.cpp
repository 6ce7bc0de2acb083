#include "WebCommand.h"

#include "WebCommandLine.h"

WebCommand::WebCommand(ConsoleOutput *output, QObject *parent)
    : CliCommand(WebCommandLine::spec(), output, parent)
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

bool WebCommand::parse(const QStringList &arguments, QString *error)
{
    const std::optional<WebServerOptions> options = WebCommandLine::parse(arguments, error);
    if (!options)
        return false;
    m_options = *options;
    return true;
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
