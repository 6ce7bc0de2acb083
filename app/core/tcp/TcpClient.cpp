#include "TcpClient.h"

#include <QHostAddress>

#include "ByteCountText.h"
#include "Endpoint.h"
#include "SocketErrorText.h"
#include "StreamSocket.h"
#include "TcpConnection.h"

namespace {

constexpr int StatsIntervalMs = 200;       // statsChanged at most 5 times a second
constexpr int ConnectTimeoutMs = 20000;    // a host that drops our SYNs: give up after this

// What a failed connection attempt means, for the traffic event that explains it.
TrafficEvent::Action attemptFailure(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return TrafficEvent::Action::Refused;
    case QAbstractSocket::SocketTimeoutError:
        return TrafficEvent::Action::TimedOut;
    case QAbstractSocket::HostNotFoundError:
        return TrafficEvent::Action::HostNotFound;
    case QAbstractSocket::NetworkError:
        return TrafficEvent::Action::HostUnreachable;
    default:
        return TrafficEvent::Action::OtherError;
    }
}

} // namespace

TcpClient::TcpClient(QObject *parent)
    : QObject(parent)
    , m_batcher(this, [this](const QList<TrafficEvent> &events) { emit trafficEvents(events); })
    , m_statsCoalescer(StatsIntervalMs, this)
{
    qRegisterMetaType<TcpClientOptions>();
    qRegisterMetaType<ConnectionStats>();
    qRegisterMetaType<QList<ConnectionStats>>();
    qRegisterMetaType<TrafficEvent>();
    qRegisterMetaType<QList<TrafficEvent>>();
    qRegisterMetaType<TcpClient::State>();
    qRegisterMetaType<Framer::Mode>();

    // Parented members move along when the engine is moved into a worker thread.
    m_reconnectTimer.setParent(this);
    m_connectTimer.setParent(this);

    connect(&m_statsCoalescer, &ChangeCoalescer::due, this, [this] { emit statsChanged(stats()); });
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &TcpClient::startAttempt);
    m_connectTimer.setSingleShot(true);
    m_connectTimer.setInterval(ConnectTimeoutMs);
    connect(&m_connectTimer, &QTimer::timeout, this,
            [this] { onSocketError(QAbstractSocket::SocketTimeoutError); });
}

TcpClient::~TcpClient()
{
    if (m_pending) {
        disconnect(m_pending, nullptr, this, nullptr);
        delete m_pending;
        m_pending = nullptr;
    }
    if (m_connection) {
        disconnect(m_connection, nullptr, this, nullptr);
        delete m_connection;
        m_connection = nullptr;
    }
}

TcpClient::State TcpClient::state() const
{
    return m_state;
}

ConnectionStats TcpClient::stats() const
{
    return m_connection ? m_connection->stats() : m_lastStats;
}

TcpClientOptions TcpClient::options() const
{
    return m_options;
}

void TcpClient::setRecorder(ReceiveRecorder *recorder)
{
    m_recorder = recorder;
}

void TcpClient::resetCounters()
{
    if (m_connection)
        m_connection->resetCounters();
    const ConnectionStats fresh;
    m_lastStats.bytesIn = fresh.bytesIn;
    m_lastStats.bytesOut = fresh.bytesOut;
    m_lastStats.messagesIn = fresh.messagesIn;
    m_lastStats.messagesOut = fresh.messagesOut;
    m_lastStats.peakQueuedBytes = fresh.peakQueuedBytes;
    m_statsCoalescer.markDirty();
    m_statsCoalescer.flush();
}

void TcpClient::connectToServer(const TcpClientOptions &options)
{
    m_reconnectTimer.stop();
    dropPending();
    if (m_connection) {
        const QString peer = m_connection->peer();
        const QString reason = tr("Disconnected from %1 to connect to %2.")
                                   .arg(peer, Endpoint::format(options.host, options.port));
        dropConnection();
        m_batcher.add(TrafficEvent::state(peer, reason, TrafficEvent::Action::ClosedByUs));
        emit disconnected(reason);
    }
    m_options = options;
    m_options.host = options.host.trimmed();
    if (m_options.host.startsWith(QLatin1Char('[')) && m_options.host.endsWith(QLatin1Char(']')))
        m_options.host = m_options.host.mid(1, m_options.host.size() - 2);
    m_userDisconnect = false;
    m_lastStats = ConnectionStats();
    startAttempt();
}

void TcpClient::disconnectFromServer()
{
    m_userDisconnect = true;
    m_reconnectTimer.stop();
    if (m_pending) {
        dropPending();
        setState(State::Disconnected, [t = target()] { return tr("The connection attempt to %1 was cancelled.").arg(t); });
    } else if (m_connection) {
        setState(State::Closing, [p = m_connection->peer()] { return tr("Closing the connection to %1…").arg(p); });
        m_connection->close();   // closed() follows once our data is flushed
    } else if (m_state != State::Disconnected) {
        setState(State::Disconnected, [] { return tr("Disconnected."); });
    }
}

void TcpClient::setAutoReconnect(bool enabled, int intervalMs)
{
    m_options.autoReconnect = enabled;
    m_options.reconnectIntervalMs = qMax(1, intervalMs);
    if (!enabled && m_state == State::WaitingToReconnect) {
        m_reconnectTimer.stop();
        setState(State::Disconnected, [] { return tr("Automatic reconnection was turned off."); });
    }
}

void TcpClient::setFraming(Framer::Mode mode)
{
    m_options.framing = mode;
    if (m_connection)
        m_connection->setFraming(mode);
}

void TcpClient::send(const QByteArray &payload)
{
    if (!m_connection || m_state != State::Connected) {
        const QString text = tr("Not connected: connect to a server before sending.");
        m_batcher.add(TrafficEvent::error({}, text));
        emit errorOccurred(text);
        return;
    }
    m_connection->send(payload);
    m_statsCoalescer.markDirty();
}

void TcpClient::sendFile(const QString &path)
{
    if (!m_connection || m_state != State::Connected) {
        const QString text = tr("Not connected: connect to a server before sending “%1”.").arg(path);
        m_batcher.add(TrafficEvent::error({}, text));
        emit errorOccurred(text);
        return;
    }
    QString error;
    if (!m_connection->sendFile(path, &error)) {
        m_batcher.add(TrafficEvent::error(m_connection->peer(), error));
        emit errorOccurred(error);
        return;
    }
    m_batcher.add(TrafficEvent::state(m_connection->peer(), tr("Sending “%1” to %2…").arg(path, m_connection->peer())));
}

void TcpClient::startAttempt()
{
    dropPending();
    if (m_options.host.isEmpty() || m_options.port == 0) {
        const auto describe = [] { return tr("No server to connect to: give a host name or address and a port between 1 and 65535."); };
        const QString text = describe();
        m_batcher.add(TrafficEvent::error({}, text));
        emit errorOccurred(text);
        setState(State::Disconnected, describe, true);
        return;
    }
    auto *socket = new QTcpSocket(this);
    m_pending = socket;
    connect(socket, &QAbstractSocket::hostFound, this, [this] {
        if (m_state != State::Connecting)
            setState(State::Connecting, [t = target()] { return tr("Connecting to %1…").arg(t); });
    });
    connect(socket, &QAbstractSocket::connected, this, &TcpClient::onSocketConnected);
    connect(socket, &QAbstractSocket::errorOccurred, this, &TcpClient::onSocketError);
    if (QHostAddress().setAddress(m_options.host))
        setState(State::Connecting, [t = target()] { return tr("Connecting to %1…").arg(t); });
    else
        setState(State::LookingUp, [h = m_options.host] { return tr("Looking up %1…").arg(h); });
    m_connectTimer.start();
    socket->connectToHost(m_options.host, m_options.port);   // may fail synchronously
}

void TcpClient::onSocketConnected()
{
    QTcpSocket *socket = m_pending;
    if (!socket)
        return;
    m_pending = nullptr;
    m_connectTimer.stop();
    disconnect(socket, nullptr, this, nullptr);
    // The connection continues on a StreamSocket, so that a server that finishes sending
    // first (half-close) is still heard to the end and still gets what we queue.
    auto *stream = new StreamSocket;
    const bool adopted = stream->adopt(socket);   // the QTcpSocket is the stream's now
    if (!adopted) {
        delete stream;
        const auto describe = [t = target()] { return tr("The connection to %1 was lost right after it was made.").arg(t); };
        const QString text = describe();
        m_batcher.add(TrafficEvent::error(target(), text, TrafficEvent::Action::OtherError));
        emit errorOccurred(text);
        setState(State::Disconnected, describe, true);
        return;
    }
    auto *connection = new TcpConnection(stream, 1, m_options.framing, m_options.maxMessage, this);
    connection->setRole(SocketErrorText::Role::TcpClient);
    m_connection = connection;
    connect(connection, &TcpConnection::chunkReceived, this, [this, connection](const QByteArray &chunk) {
        if (m_recorder)
            m_recorder->record(connection->peer(), chunk);
    });
    connect(connection, &TcpConnection::messageReceived, this,
            [this, connection](const QByteArray &message, const QByteArray &wire) {
        // The row shows what crossed the wire (a line with its CRLF), so it adds up to the counters.
        m_batcher.add(TrafficEvent::data(connection->peer(), TrafficEvent::Direction::In, wire));
        m_statsCoalescer.markDirty();
        emit messageReceived(message);
    });
    connect(connection, &TcpConnection::messageSent, this, [this, connection](const QByteArray &wire) {
        m_batcher.add(TrafficEvent::data(connection->peer(), TrafficEvent::Direction::Out, wire));
    });
    connect(connection, &TcpConnection::bytesWritten, this, [this](qint64) { m_statsCoalescer.markDirty(); });
    connect(connection, &TcpConnection::closed, this, &TcpClient::onClosed);
    connect(connection, &TcpConnection::peerFinished, this, [this, connection] {
        m_batcher.add(TrafficEvent::state(connection->peer(), tr("%1 finished sending (half-close); the connection closes once our last data has gone out.")
                                                                  .arg(connection->peer()), TrafficEvent::Action::HalfClosedByPeer));
    });
    connect(connection, &TcpConnection::warning, this, [this, connection](const QString &text) {
        m_batcher.add(TrafficEvent::error(connection->peer(), text, TrafficEvent::Action::OtherError));
        emit errorOccurred(text);
    });
    connect(connection, &TcpConnection::fileSent, this, [this, connection](const QString &path, qint64 size) {
        m_batcher.add(TrafficEvent::state(connection->peer(), tr("“%1” (%2) has been queued completely for %3.")
                                                                   .arg(path, ByteCountText::count(size), connection->peer())));
    });
    setState(State::Connected, [p = connection->peer(), l = connection->local()] {
        return tr("Connected to %1 from %2").arg(p, l);
    });
    m_statsCoalescer.markDirty();
    emit connected();
}

void TcpClient::onSocketError(QAbstractSocket::SocketError error)
{
    QTcpSocket *socket = m_pending;
    if (!socket)
        return;
    m_connectTimer.stop();
    // Worded again after a language switch: the explanation of the error, not a cached sentence.
    const auto describe = [error, host = m_options.host, port = m_options.port, detail = socket->errorString()] {
        return SocketErrorText::explain(error, SocketErrorText::Role::TcpClient, host, port, detail);
    };
    const QString text = describe();
    dropPending();
    m_batcher.add(TrafficEvent::error(target(), text, attemptFailure(error)));
    emit errorOccurred(text);
    if (m_options.autoReconnect && !m_userDisconnect)
        scheduleReconnect();
    else
        setState(State::Disconnected, describe, true);
}

void TcpClient::onClosed(const QString &reason, bool error)
{
    if (!m_connection)
        return;
    const QString peer = m_connection->peer();
    const TrafficEvent::Action action = m_connection->closeAction();
    m_lastStats = m_connection->stats();
    dropConnection();
    TrafficEvent event = error ? TrafficEvent::error(peer, reason) : TrafficEvent::state(peer, reason);
    event.action = action;
    m_batcher.add(std::move(event));
    if (error)
        emit errorOccurred(reason);
    emit disconnected(reason);
    m_statsCoalescer.markDirty();
    m_statsCoalescer.flush();   // the last numbers of this connection, at once
    if (m_options.autoReconnect && !m_userDisconnect)
        scheduleReconnect();
    else
        setState(State::Disconnected, [reason] { return reason; }, true);
}

void TcpClient::scheduleReconnect()
{
    const int ms = qMax(1, m_options.reconnectIntervalMs);
    setState(State::WaitingToReconnect, [t = target(), ms] {
        return tr("Reconnecting to %1 in %2 s…").arg(t, QString::number(ms / 1000.0, 'g', 3));
    });
    m_reconnectTimer.start(ms);
}

void TcpClient::dropPending()
{
    m_connectTimer.stop();
    if (!m_pending)
        return;
    QTcpSocket *socket = m_pending;
    m_pending = nullptr;
    disconnect(socket, nullptr, this, nullptr);
    socket->abort();
    socket->deleteLater();
}

void TcpClient::dropConnection()
{
    if (!m_connection)
        return;
    TcpConnection *connection = m_connection;
    m_connection = nullptr;
    disconnect(connection, nullptr, this, nullptr);
    connection->abort();
    connection->deleteLater();
    if (m_recorder)
        m_recorder->sourceStopped();   // the one connection it recorded is gone
}

void TcpClient::restate()
{
    if (m_describe)
        emit stateChanged(m_state, m_describe());
}

void TcpClient::setState(State state, std::function<QString()> describe, bool logged)
{
    m_state = state;
    m_describe = std::move(describe);
    const QString description = m_describe();
    if (!logged)
        m_batcher.add(stateEvent(state, description));
    emit stateChanged(state, description);
}

TrafficEvent TcpClient::stateEvent(State state, const QString &description) const
{
    // An attempt is the engine's row (no peer: a host name typed would show up as a peer of
    // its own); a connection made is the server's, with both ends.
    if (state == State::Connecting)
        return TrafficEvent::state({}, description, TrafficEvent::Action::Connecting);
    if (state == State::Connected && m_connection)
        return TrafficEvent::state(m_connection->peer(), description, TrafficEvent::Action::Connected, m_connection->local());
    return TrafficEvent::state({}, description);
}

QString TcpClient::target() const
{
    return Endpoint::format(m_options.host, m_options.port);
}
