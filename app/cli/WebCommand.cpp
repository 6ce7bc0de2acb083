#include "WebCommand.h"

#include "Endpoint.h"
#include "RequestEvents.h"
#include "WebCommandLine.h"

WebCommand::WebCommand(ConsoleOutput *output, QObject *parent)
    : CliCommand(WebCommandLine::spec(), output, parent)
    , m_thread(QStringLiteral("web server"))
    , m_server(new WebServer)
    , m_events(output)
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
    const std::optional<WebServerOptions> options = WebCommandLine::parse(arguments, error, &m_eventsSettings);
    if (!options)
        return false;
    m_options = *options;
    return true;
}

void WebCommand::start()
{
    if (!m_events.open(m_eventsSettings, QStringLiteral("web"))) {
        finish(2);
        return;
    }
    m_thread.start();
    QMetaObject::invokeMethod(m_server, [server = m_server, options = m_options] { server->start(options); });
}

void WebCommand::terminate()
{
    if (!m_running) {
        m_events.close();
        finish(0);
        return;
    }
    // stop() hands over the last log batch, then emits stopped(): onStopped() finishes.
    QMetaObject::invokeMethod(m_server, [server = m_server] { server->stop(); });
}

void WebCommand::onStopped()
{
    m_running = false;
    m_events.write(TrafficEvent::state({}, tr("Stopped listening."), TrafficEvent::Action::StoppedListening));
    m_events.close();
    finish(0);
}

void WebCommand::onStarted(const QHostAddress &address, quint16 port, const QStringList &urls)
{
    m_running = true;
    const QString first = urls.value(0);
    const QString text = urls.size() > 1
        ? tr("Serving %1 on %2 (and %3)").arg(m_options.root, first, urls.mid(1).join(QStringLiteral(", ")))
        : tr("Serving %1 on %2").arg(m_options.root, first);
    out()->line(text);
    const QString local = Endpoint::format(address, port);
    m_events.write(TrafficEvent::state({}, text, TrafficEvent::Action::Listening, local));
}

void WebCommand::onStartFailed(const QString &reason)
{
    out()->error(reason);
    m_events.write(TrafficEvent::error({}, reason, TrafficEvent::Action::BindFailed));
    m_events.close();
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
    m_events.write(RequestEvents::of(entries));
}
