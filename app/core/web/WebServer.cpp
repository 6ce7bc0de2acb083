#include "WebServer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QNetworkInterface>

#include "Endpoint.h"
#include "HttpConnection.h"
#include "SocketErrorText.h"
#include "StreamSocket.h"

WebServer::WebServer(QObject *parent)
    : QObject(parent)
    , m_listener(this)
    , m_sweepTimer(this)
    , m_requestLog(this, [this](const QList<RequestLogEntry> &entries) { emit requestsLogged(entries); }, LogIntervalMs)
    , m_statsCoalescer(StatsIntervalMs, this)
{
    registerMetaTypes();
    m_requestLog.setCapacity(MaxPendingLog, Batcher<RequestLogEntry>::Overflow::DropNewest);
    connect(&m_listener, &StreamListener::descriptorAccepted, this, &WebServer::onDescriptor);
    connect(&m_sweepTimer, &QTimer::timeout, this, &WebServer::sweep);
    connect(&m_statsCoalescer, &ChangeCoalescer::due, this, [this] { emit statsChanged(m_stats); });
}

WebServer::~WebServer()
{
    m_listener.close();
    const QSet<HttpConnection *> connections = m_connections;
    m_connections.clear();
    qDeleteAll(connections);
}

void WebServer::registerMetaTypes()
{
    qRegisterMetaType<WebServerOptions>();
    qRegisterMetaType<WebServerStats>();
    qRegisterMetaType<RequestLogEntry>();
    qRegisterMetaType<QList<RequestLogEntry>>();
}

bool WebServer::isListening() const
{
    return m_listener.isListening();
}

QHostAddress WebServer::address() const
{
    return m_listener.serverAddress();
}

quint16 WebServer::port() const
{
    return m_listener.serverPort();
}

WebServerOptions WebServer::options() const
{
    return m_options;
}

WebServerStats WebServer::stats() const
{
    return m_stats;
}

QStringList WebServer::urlsFor(const QHostAddress &bound, quint16 port)
{
    auto url = [port](const QHostAddress &a) { return QStringLiteral("http://%1/").arg(Endpoint::format(a, port)); };
    const bool dualStack = bound == QHostAddress(QHostAddress::Any);
    const bool ipv4 = dualStack || bound == QHostAddress(QHostAddress::AnyIPv4);
    const bool ipv6 = dualStack || bound == QHostAddress(QHostAddress::AnyIPv6);
    if (!ipv4 && !ipv6)
        return {url(bound)};
    // Loopback first (this computer), then the addresses other machines use. IPv6 link-local
    // addresses are left out: a browser needs their zone (fe80::1%eth0), which few accept.
    const QList<QHostAddress> all = QNetworkInterface::allAddresses();
    QStringList urls;
    if (ipv4)
        urls.append(url(QHostAddress(QHostAddress::LocalHost)));
    if (ipv6 && all.contains(QHostAddress(QHostAddress::LocalHostIPv6)))
        urls.append(url(QHostAddress(QHostAddress::LocalHostIPv6)));
    for (const QHostAddress &a : all) {
        if (!a.isLoopback() && ipv4 && a.protocol() == QAbstractSocket::IPv4Protocol)
            urls.append(url(a));
    }
    for (const QHostAddress &a : all) {
        if (!a.isLoopback() && !a.isLinkLocal() && ipv6 && a.protocol() == QAbstractSocket::IPv6Protocol)
            urls.append(url(QHostAddress(a.toString().section(QLatin1Char('%'), 0, 0))));
    }
    urls.removeDuplicates();
    return urls;
}

bool WebServer::ensureSampleSite(const QString &targetDir, QString *error)
{
    const QString source = QStringLiteral(":/site");
    if (!QFileInfo(source).isDir()) {
        if (error)
            *error = tr("The sample site is not built into this program.");
        return false;
    }
    if (!QDir().mkpath(targetDir)) {
        if (error)
            *error = tr("The folder “%1” could not be created.").arg(targetDir);
        return false;
    }
    QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString relative = from.mid(source.size() + 1);
        const QString to = QDir(targetDir).filePath(relative);
        if (QFileInfo::exists(to))
            continue;
        QDir().mkpath(QFileInfo(to).absolutePath());
        if (!QFile::copy(from, to)) {
            if (error)
                *error = tr("The file “%1” could not be written.").arg(to);
            return false;
        }
        QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                      | QFileDevice::ReadOther);
    }
    return true;
}

void WebServer::start(const WebServerOptions &options)
{
    if (m_listener.isListening())
        stop();
    const QFileInfo root(options.root);
    if (options.root.isEmpty() || !root.exists()) {
        emit startFailed(tr("The folder “%1” does not exist. Choose the folder to serve.").arg(options.root));
        return;
    }
    if (!root.isDir()) {
        emit startFailed(tr("“%1” is a file, not a folder. Choose the folder to serve.").arg(options.root));
        return;
    }
    m_options = options;
    m_options.root = root.absoluteFilePath();
    m_responder.setRoot(m_options.root);
    m_responder.setListing(m_options.listing);
    m_listener.setMaxPendingConnections(qMax(64, m_options.maxConnections));
    // Qt's default backlog is 50. When many clients connect at once (a class opening the page
    // together, wrk -c1000) the kernel's accept queue overflows and the handshakes it drops are
    // only retried seconds later, or never for a client that waits for the server to speak.
    m_listener.setListenBacklogSize(qBound(128, m_options.maxConnections, 4096));
    if (!m_listener.listen(m_options.bindAddress, m_options.port)) {
        const QString address = Endpoint::hostText(m_options.bindAddress);
        emit startFailed(SocketErrorText::bindFailed(m_listener.serverError(), false, address, m_options.port,
                                                     m_listener.errorString()));
        return;
    }
    m_stats = WebServerStats();
    const int shortest = qMin(m_options.headTimeoutMs, m_options.idleTimeoutMs);
    m_sweepTimer.start(qBound(10, shortest / 4, 1000));
    emit started(m_listener.serverAddress(), m_listener.serverPort(),
                 urlsFor(m_listener.serverAddress(), m_listener.serverPort()));
    m_statsCoalescer.markDirty();
}

void WebServer::stop()
{
    const bool wasListening = m_listener.isListening();
    m_listener.close();
    m_sweepTimer.stop();
    const QSet<HttpConnection *> connections = m_connections;
    m_connections.clear();
    for (HttpConnection *c : connections) {
        c->disconnect(this);
        c->abort();
        c->deleteLater();
    }
    m_stats.openConnections = 0;
    m_requestLog.flush();
    m_statsCoalescer.markDirty();
    m_statsCoalescer.flush();   // the final numbers, at once
    if (wasListening)
        emit stopped();
}

void WebServer::onDescriptor(qintptr descriptor)
{
    auto *socket = new StreamSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;   // gone before we got to it; setSocketDescriptor() closed the descriptor
        return;
    }
    auto *connection = new HttpConnection(socket, &m_responder, m_options, this);
    connect(connection, &HttpConnection::responseFinished, this, &WebServer::onResponseFinished);
    connect(connection, &HttpConnection::bytesQueued, this, &WebServer::onBytesQueued);
    connect(connection, &HttpConnection::closed, this, &WebServer::onConnectionClosed);
    m_connections.insert(connection);
    m_stats.openConnections = int(m_connections.size());
    m_statsCoalescer.markDirty();
    if (m_connections.size() > m_options.maxConnections) {
        ++m_stats.rejectedConnections;
        connection->rejectBusy();
        return;
    }
    connection->start();
}

void WebServer::onResponseFinished(const RequestLogEntry &entry)
{
    ++m_stats.requests;
    m_statsCoalescer.markDirty();
    if (m_options.logRequests)
        m_stats.droppedLogEntries += m_requestLog.add(entry);
}

void WebServer::onBytesQueued(qint64 bytes)
{
    m_stats.bytesSent += bytes;
    m_statsCoalescer.markDirty();
}

void WebServer::onConnectionClosed(HttpConnection *connection)
{
    if (m_connections.remove(connection)) {
        m_stats.openConnections = int(m_connections.size());
        m_statsCoalescer.markDirty();
    }
    connection->deleteLater();
}

void WebServer::sweep()
{
    const qint64 now = HttpConnection::nowMs();
    const QList<HttpConnection *> connections = m_connections.values();
    for (HttpConnection *c : connections) {
        if (m_connections.contains(c))
            c->checkTimeout(now);
    }
}
