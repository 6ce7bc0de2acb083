#include "TcpServer.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

#include "ByteCountText.h"
#include "Endpoint.h"
#include "SocketErrorText.h"
#include "StreamSocket.h"
#include "TcpConnection.h"

namespace {

constexpr int ListenBacklog = 4096;     // the kernel caps it at net.core.somaxconn
constexpr int StatsIntervalMs = 200;    // statsChanged at most 5 times a second
constexpr int StuckCheckIntervalMs = 250;

} // namespace

TcpServer::TcpServer(QObject *parent)
    : QObject(parent)
    , m_batcher(this, [this](const QList<TrafficEvent> &events) { emit trafficEvents(events); })
    , m_statsCoalescer(StatsIntervalMs, this)
{
    qRegisterMetaType<TcpServerOptions>();
    qRegisterMetaType<ConnectionStats>();
    qRegisterMetaType<QList<ConnectionStats>>();
    qRegisterMetaType<TrafficEvent>();
    qRegisterMetaType<QList<TrafficEvent>>();
    qRegisterMetaType<ReplyPolicy>();
    qRegisterMetaType<Framer::Mode>();
    qRegisterMetaType<QList<quint64>>();

    // Parented members move along when the engine is moved into a worker thread.
    m_server.setParent(this);
    m_stuckTimer.setParent(this);

    connect(&m_server, &StreamListener::descriptorAccepted, this, &TcpServer::onDescriptor);
    connect(&m_statsCoalescer, &ChangeCoalescer::due, this, [this] { emit statsChanged(clients()); });
    m_stuckTimer.setInterval(StuckCheckIntervalMs);
    connect(&m_stuckTimer, &QTimer::timeout, this, &TcpServer::dropStuckRecipients);
}

TcpServer::~TcpServer()
{
    const auto connections = m_clients.values();
    m_clients.clear();
    for (TcpConnection *connection : connections) {
        disconnect(connection, nullptr, this, nullptr);
        delete connection;
    }
}

bool TcpServer::isListening() const
{
    return m_server.isListening();
}

QHostAddress TcpServer::address() const
{
    return m_server.serverAddress();
}

quint16 TcpServer::port() const
{
    return m_server.serverPort();
}

TcpServerOptions TcpServer::options() const
{
    return m_options;
}

QList<ConnectionStats> TcpServer::clients() const
{
    QList<ConnectionStats> out;
    out.reserve(m_clients.size());
    for (const TcpConnection *connection : m_clients)
        out.append(connection->stats());
    std::sort(out.begin(), out.end(), [](const ConnectionStats &a, const ConnectionStats &b) { return a.id < b.id; });
    return out;
}

void TcpServer::setStuckRecipientTimeout(int msecs)
{
    m_stuckTimeoutMs = qMax(0, msecs);
}

void TcpServer::setRecorder(ReceiveRecorder *recorder)
{
    m_recorder = recorder;
}

void TcpServer::start(const TcpServerOptions &options)
{
    if (m_server.isListening())
        stop();
    m_options = options;
    m_budget.setLimit(options.maxBufferedTotal);
    if (options.bindAddress.isNull()) {
        const QString reason = tr("No valid address to listen on was given; use an IP address of this machine, “any” or “localhost”.");
        logState({}, reason, true, TrafficEvent::Action::BindFailed);
        m_batcher.flush();
        emit startFailed(reason);
        return;
    }
    m_server.setListenBacklogSize(ListenBacklog);
    m_server.setMaxPendingConnections(qMax(ListenBacklog, options.maxClients));
    if (!m_server.listen(options.bindAddress, options.port)) {
        const QString reason = SocketErrorText::bindFailed(m_server.serverError(), false,
                                                           Endpoint::hostText(options.bindAddress), options.port,
                                                           m_server.errorString());
        logState({}, reason, true, TrafficEvent::Action::BindFailed);
        m_batcher.flush();
        emit startFailed(reason);
        return;
    }
    const QHostAddress address = m_server.serverAddress();
    const quint16 port = m_server.serverPort();
    const QString local = Endpoint::format(address, port);
    if (address == QHostAddress(QHostAddress::Any))
        logState({}, tr("Listening on port %1 on every address of this machine (IPv4 and IPv6).").arg(port), false,
                 TrafficEvent::Action::Listening, local);
    else
        logState({}, tr("Listening on %1.").arg(local), false, TrafficEvent::Action::Listening, local);
    emit started(address, port);
}

void TcpServer::stop()
{
    const bool wasListening = m_server.isListening();
    m_server.close();
    const auto connections = m_clients.values();
    for (TcpConnection *connection : connections)
        connection->drop(tr("The server stopped, so the connection to %1 was closed.").arg(connection->peer()));
    m_congested.clear();
    m_stuckTimer.stop();
    setReadsPaused(false);
    if (m_recorder)
        m_recorder->sourceStopped();
    if (wasListening)
        logState({}, tr("Stopped listening."), false, TrafficEvent::Action::StoppedListening);
    m_batcher.flush();
    m_statsCoalescer.flush();
    if (wasListening)
        emit stopped();
}

void TcpServer::setReplyPolicy(const ReplyPolicy &policy)
{
    m_options.reply = policy;
}

void TcpServer::setGreeting(const QByteArray &greeting)
{
    m_options.greeting = greeting;
}

void TcpServer::setRelay(bool relay)
{
    m_options.relay = relay;
    updateBackPressure();
}

void TcpServer::setFraming(Framer::Mode mode)
{
    m_options.framing = mode;
    for (TcpConnection *connection : std::as_const(m_clients))
        connection->setFraming(mode);
}

void TcpServer::sendTo(const QList<quint64> &clientIds, const QByteArray &payload)
{
    for (quint64 id : clientIds) {
        TcpConnection *connection = m_clients.value(id);
        if (!connection) {
            logState({}, tr("Client #%1 is no longer connected; nothing was sent to it.").arg(id), true);
            continue;
        }
        connection->send(payload);
        checkCongestion(connection, false);
    }
    m_statsCoalescer.markDirty();
}

void TcpServer::sendToAll(const QByteArray &payload)
{
    if (m_clients.isEmpty()) {
        logState({}, tr("No client is connected; nothing was sent."), true);
        return;
    }
    sendTo(m_clients.keys(), payload);
}

void TcpServer::sendFileTo(const QList<quint64> &clientIds, const QString &path)
{
    const QList<quint64> ids = clientIds.isEmpty() ? m_clients.keys() : clientIds;
    if (ids.isEmpty()) {
        logState({}, tr("No client is connected; “%1” was not sent.").arg(path), true);
        return;
    }
    for (quint64 id : ids) {
        TcpConnection *connection = m_clients.value(id);
        if (!connection) {
            logState({}, tr("Client #%1 is no longer connected; “%2” was not sent to it.").arg(id).arg(path), true);
            continue;
        }
        QString error;
        if (connection->sendFile(path, &error))
            logState(connection->peer(), tr("Sending “%1” to %2…").arg(path, connection->peer()));
        else
            logState(connection->peer(), error, true);
    }
}

void TcpServer::disconnectClients(const QList<quint64> &clientIds)
{
    for (quint64 id : clientIds) {
        if (TcpConnection *connection = m_clients.value(id))
            connection->close();
    }
}

void TcpServer::resetCounters()
{
    for (TcpConnection *connection : std::as_const(m_clients))
        connection->resetCounters();
    m_statsCoalescer.markDirty();
    m_statsCoalescer.flush();
}

void TcpServer::onDescriptor(qintptr descriptor)
{
    auto *socket = new StreamSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;   // gone before we got to it; setSocketDescriptor() closed the descriptor
        return;
    }
    if (m_clients.size() >= m_options.maxClients) {
        const QString peer = Endpoint::format(socket->peerAddress(), socket->peerPort());
        logState(peer, tr("Refused %1: the limit of %n client(s) is reached.", "", m_options.maxClients).arg(peer), true,
                 TrafficEvent::Action::Rejected);
        socket->abort();
        delete socket;
        return;
    }
    auto *connection = new TcpConnection(socket, m_nextId++, m_options.framing, m_options.maxMessage, this);
    connection->setRole(SocketErrorText::Role::TcpPeer);
    connection->setReceiveBudget(&m_budget);
    connection->setPartialTimeout(m_options.partialTimeoutMs);
    m_clients.insert(connection->id(), connection);
    connect(connection, &TcpConnection::chunkReceived, this, [this, connection](const QByteArray &chunk) {
        if (m_recorder)
            m_recorder->record(connection->peer(), chunk);
    });
    connect(connection, &TcpConnection::messageReceived, this,
            [this, connection](const QByteArray &message, const QByteArray &wire) { onMessage(connection, message, wire); });
    connect(connection, &TcpConnection::messageSent, this, [this, connection](const QByteArray &wire) {
        m_batcher.add(TrafficEvent::data(connection->peer(), TrafficEvent::Direction::Out, wire));
    });
    connect(connection, &TcpConnection::bytesWritten, this, [this, connection](qint64) {
        m_statsCoalescer.markDirty();
        if (!m_congested.isEmpty())
            checkCongestion(connection, true);
    });
    connect(connection, &TcpConnection::closed, this,
            [this, connection](const QString &reason, bool error) { onClosed(connection, reason, error); });
    connect(connection, &TcpConnection::warning, this,
            [this, connection](const QString &text) { logState(connection->peer(), text, true, TrafficEvent::Action::OtherError); });
    connect(connection, &TcpConnection::peerFinished, this, [this, connection] {
        logState(connection->peer(), tr("%1 finished sending (half-close); what is still owed to it is sent, then the connection is closed.")
                                         .arg(connection->peer()), false, TrafficEvent::Action::HalfClosedByPeer);
    });
    connect(connection, &TcpConnection::fileSent, this, [this, connection](const QString &path, qint64 size) {
        logState(connection->peer(), tr("“%1” (%2) has been queued completely for %3.")
                                         .arg(path, ByteCountText::count(size), connection->peer()));
    });
    if (m_readsPaused)
        connection->setReadPaused(true);
    logState(connection->peer(), tr("%1 connected.").arg(connection->peer()), false, TrafficEvent::Action::Accepted,
             connection->local());
    emit clientConnected(connection->stats());
    if (!m_options.greeting.isEmpty())
        connection->send(m_options.greeting);
    m_statsCoalescer.markDirty();
}

void TcpServer::onMessage(TcpConnection *connection, const QByteArray &message, const QByteArray &wire)
{
    // The row shows what crossed the wire (a line with its CRLF), so it adds up to the counters.
    m_batcher.add(TrafficEvent::data(connection->peer(), TrafficEvent::Direction::In, wire));
    emit messageReceived(connection->id(), message);
    m_statsCoalescer.markDirty();
    // With Lines framing a reply ends the way the message ended (a CRLF line gets a CRLF answer).
    const QByteArray lineEnding = Framer::lineEndingOf(wire);
    if (const std::optional<QByteArray> reply = m_options.reply.replyTo(message))
        connection->send(*reply, lineEnding);
    if (!m_options.relay)
        return;
    const QByteArray tagged = tagFor(connection).toUtf8() + message;
    QList<TcpConnection *> overflowing;
    for (TcpConnection *other : std::as_const(m_clients)) {
        if (other == connection)
            continue;
        other->send(tagged, lineEnding);
        if (other->backlog() > TcpConnection::MaxBacklog)
            overflowing.append(other);
        else if (other->backlog() > TcpConnection::HighWater)
            checkCongestion(other, false);
    }
    for (TcpConnection *other : std::as_const(overflowing)) {
        other->drop(tr("%1 did not read the chat messages relayed to it (more than %2 waiting), so it was disconnected.")
                        .arg(other->peer(), ByteCountText::compact(TcpConnection::MaxBacklog, 0)));
    }
}

void TcpServer::onClosed(TcpConnection *connection, const QString &reason, bool error)
{
    const quint64 id = connection->id();
    m_clients.remove(id);
    m_congested.remove(connection);
    logState(connection->peer(), reason, error, connection->closeAction());
    if (m_recorder)
        m_recorder->peerClosed(connection->peer());
    connection->deleteLater();
    emit clientDisconnected(id, reason);
    m_statsCoalescer.markDirty();
    updateBackPressure();
}

void TcpServer::checkCongestion(TcpConnection *connection, bool progressed)
{
    const qint64 backlog = connection->backlog();
    const auto it = m_congested.find(connection);
    if (backlog > TcpConnection::HighWater) {
        if (it == m_congested.end())
            m_congested.insert(connection, QDateTime::currentMSecsSinceEpoch());
        else if (progressed)
            it.value() = QDateTime::currentMSecsSinceEpoch();
    } else if (it != m_congested.end() && backlog <= TcpConnection::HighWater / 2) {
        m_congested.erase(it);
    }
    updateBackPressure();
}

void TcpServer::updateBackPressure()
{
    // Echo/reply writes throttle the peer that causes them inside TcpConnection; in a chat room
    // the writes go to others, so every sender waits while some recipient is behind.
    const bool pause = m_options.relay && !m_congested.isEmpty();
    setReadsPaused(pause);
    if (!m_congested.isEmpty() && m_options.relay) {
        if (!m_stuckTimer.isActive())
            m_stuckTimer.start();
    } else {
        m_stuckTimer.stop();
    }
}

void TcpServer::setReadsPaused(bool paused)
{
    if (m_readsPaused == paused)
        return;
    m_readsPaused = paused;
    for (TcpConnection *connection : std::as_const(m_clients))
        connection->setReadPaused(paused);
}

void TcpServer::dropStuckRecipients()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<TcpConnection *> stuck;
    for (auto it = m_congested.cbegin(); it != m_congested.cend(); ++it) {
        if (now - it.value() >= m_stuckTimeoutMs)
            stuck.append(it.key());
    }
    for (TcpConnection *connection : std::as_const(stuck)) {
        if (!m_congested.contains(connection))
            continue;
        const qint64 backlog = connection->backlog();
        connection->drop(tr("%1 stopped reading the chat messages relayed to it (%2 waiting), so it was disconnected to keep the chat room going.")
                             .arg(connection->peer(), ByteCountText::compact(backlog, 1)));
    }
}

QString TcpServer::tagFor(const TcpConnection *connection) const
{
    return QStringLiteral("[%1] ").arg(connection->peer());
}

void TcpServer::logState(const QString &peer, const QString &text, bool error, TrafficEvent::Action action,
                         const QString &local)
{
    TrafficEvent event = TrafficEvent::state(peer, text, action, local);
    if (error)
        event.kind = TrafficEvent::Kind::Error;
    m_batcher.add(std::move(event));
}
