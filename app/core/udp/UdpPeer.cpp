#include "UdpPeer.h"

#include <QDateTime>
#include <QMetaMethod>
#include <QNetworkInterface>

#include "DualStackMulticastOptions.h"
#include "Endpoint.h"
#include "SocketErrorText.h"
#include "UdpReceiveBuffer.h"

namespace {

QString formatAddressForUser(const QHostAddress &address, quint16 port)
{
    if (address == QHostAddress(QHostAddress::Any))
        return UdpPeer::tr("any address (IPv4 + IPv6), port %1").arg(port);
    return Endpoint::format(address, port);
}

// The address as one form for comparing: IPv4-mapped IPv6 as IPv4 (Endpoint::unmapped), no scope.
QHostAddress comparable(const QHostAddress &address)
{
    QHostAddress plain = Endpoint::unmapped(address);
    plain.setScopeId(QString());
    return plain;
}

bool isAnyAddress(const QHostAddress &address)
{
    return address == QHostAddress(QHostAddress::Any) || address == QHostAddress(QHostAddress::AnyIPv4)
        || address == QHostAddress(QHostAddress::AnyIPv6);
}

// How long the list of this machine's addresses is trusted (an interface may come up).
constexpr qint64 MachineAddressesMaxAgeMs = 10000;

// What an ICMP error for a datagram we sent means, for its traffic event.
TrafficEvent::Action unreachableAction(UdpErrorQueue::Kind kind)
{
    switch (kind) {
    case UdpErrorQueue::Kind::PortUnreachable:
        return TrafficEvent::Action::PortUnreachable;
    case UdpErrorQueue::Kind::HostUnreachable:
    case UdpErrorQueue::Kind::NetworkUnreachable:
        return TrafficEvent::Action::HostUnreachable;
    case UdpErrorQueue::Kind::TooLarge:
    case UdpErrorQueue::Kind::Other:
        break;
    }
    return TrafficEvent::Action::OtherError;
}

} // namespace

UdpPeer::UdpPeer(QObject *parent)
    : QObject(parent)
    , m_buffer(64 * 1024, Qt::Uninitialized)
    , m_resolver(this)
    , m_batcher(this, [this](const QList<TrafficEvent> &events) { emit trafficEvents(events); })
    , m_statsCoalescer(StatsIntervalMs, this)
{
    registerMetaTypes();
    m_batcher.setCapacity(EventCapacity);
    connect(&m_resolver, &HostResolver::resolved, this, &UdpPeer::onResolved);
    connect(&m_statsCoalescer, &ChangeCoalescer::due, this, &UdpPeer::emitStats);
    m_clock.start();
}

UdpPeer::~UdpPeer()
{
    closeSocket();
}

qint64 UdpPeer::maxPayloadFor(const QHostAddress &destination)
{
    return Endpoint::isIPv4(destination) ? MaxIPv4Payload : MaxIPv6Payload;
}

void UdpPeer::registerMetaTypes()
{
    qRegisterMetaType<UdpOptions>();
    qRegisterMetaType<UdpCounters>();
    qRegisterMetaType<PeerStats>();
    qRegisterMetaType<QList<PeerStats>>();
    qRegisterMetaType<MulticastMembership>();
    qRegisterMetaType<QList<MulticastMembership>>();
    qRegisterMetaType<TrafficEvent>();
    qRegisterMetaType<QList<TrafficEvent>>();
    qRegisterMetaType<ReplyPolicy>();
    qRegisterMetaType<QHostAddress>();
}

bool UdpPeer::isBound() const
{
    return m_socket != nullptr;
}

QHostAddress UdpPeer::localAddress() const
{
    return m_socket ? m_socket->localAddress() : QHostAddress();
}

quint16 UdpPeer::localPort() const
{
    return m_socket ? m_socket->localPort() : 0;
}

UdpOptions UdpPeer::options() const
{
    return m_options;
}

UdpCounters UdpPeer::counters() const
{
    UdpCounters c = m_counters;
    c.eventsDropped = m_batcher.droppedCount();
    return c;
}

QList<PeerStats> UdpPeer::peers() const
{
    return m_peers.snapshot();
}

QList<MulticastMembership> UdpPeer::groups() const
{
    return m_groups;
}

QString UdpPeer::lastSender() const
{
    return m_lastSenderText;
}

int UdpPeer::receiveBufferSize() const
{
    return m_socket ? m_socket->socketOption(QAbstractSocket::ReceiveBufferSizeSocketOption).toInt() : 0;
}

// ---- binding ----------------------------------------------------------------------------

void UdpPeer::bind(const UdpOptions &options)
{
    const bool wasBound = isBound();
    closeSocket();
    if (wasBound)
        emit unbound();
    m_options = options;
    m_replyBudget.setLimit(options.replyLimit);
    m_autoBound = false;
    QString error;
    if (!openSocket(options, &error)) {
        addEvent(TrafficEvent::error(QString(), error, TrafficEvent::Action::BindFailed));
        m_batcher.flush();
        emit bindFailed(error);
        return;
    }
    addEvent(TrafficEvent::state(QString(),
        tr("Bound to %1: waiting for datagrams.").arg(formatAddressForUser(localAddress(), localPort())),
        TrafficEvent::Action::Bound, Endpoint::format(localAddress(), localPort())));
    emit bound(localAddress(), localPort(), false);
}

void UdpPeer::unbind()
{
    if (!m_socket)
        return;
    const QString where = formatAddressForUser(localAddress(), localPort());
    closeSocket();
    m_pendingSends.clear();
    addEvent(TrafficEvent::state(QString(), tr("Closed the socket on %1.").arg(where), TrafficEvent::Action::Unbound));
    flush();
    emit unbound();
}

bool UdpPeer::openSocket(const UdpOptions &options, QString *error)
{
    auto *socket = new QUdpSocket(this);
    const QAbstractSocket::BindMode mode = options.shareAddress
        ? (QAbstractSocket::ShareAddress | QAbstractSocket::ReuseAddressHint)
        : QAbstractSocket::DontShareAddress;
    if (!socket->bind(options.bindAddress, options.port, mode)) {
        *error = SocketErrorText::bindFailed(socket->error(), true, Endpoint::hostText(options.bindAddress),
                                             options.port, socket->errorString());
        delete socket;
        return false;
    }
    // A large receive buffer, so that a flood is queued by the kernel instead of dropped while
    // this thread is busy.
    if (options.receiveBufferSize > 0)
        UdpReceiveBuffer::enlarge(socket, options.receiveBufferSize);
    UdpErrorQueue::enable(socket);
    connect(socket, &QUdpSocket::readyRead, this, &UdpPeer::onReadyRead);
    m_socket = socket;
    m_ownAddressReported = false;
    m_replyBudget.clear();
    m_cachedPeerText.clear();
    m_cachedPeerAddress.clear();
    applyMulticastOptions();
    return true;
}

void UdpPeer::closeSocket()
{
    if (!m_socket)
        return;
    QUdpSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->close();
    socket->deleteLater();   // we may be inside its readyRead
    if (m_recorder)
        m_recorder->sourceStopped();
    if (!m_groups.isEmpty()) {
        m_groups.clear();
        emit groupsChanged(m_groups);
    }
}

bool UdpPeer::ensureBound()
{
    if (m_socket)
        return true;
    UdpOptions automatic = m_options;
    automatic.bindAddress = QHostAddress(QHostAddress::Any);
    automatic.port = 0;
    QString error;
    if (!openSocket(automatic, &error)) {
        addEvent(TrafficEvent::error(QString(), error, TrafficEvent::Action::BindFailed));
        emit sendFailed(error);
        return false;
    }
    m_autoBound = true;
    m_options.bindAddress = automatic.bindAddress;
    m_options.port = 0;
    addEvent(TrafficEvent::state(QString(),
        tr("Not bound yet: the system chose port %1 to send from, so replies come back here.")
            .arg(localPort()), TrafficEvent::Action::Bound, Endpoint::format(localAddress(), localPort())));
    emit bound(localAddress(), localPort(), true);
    return true;
}

bool UdpPeer::applyMulticastOptions()
{
    if (!m_socket)
        return true;
    m_socket->setSocketOption(QAbstractSocket::MulticastTtlOption, m_options.multicastTtl);
    m_socket->setSocketOption(QAbstractSocket::MulticastLoopbackOption, m_options.multicastLoopback ? 1 : 0);
    QNetworkInterface iface;
    if (!m_options.multicastInterface.isEmpty()) {
        iface = QNetworkInterface::interfaceFromName(m_options.multicastInterface);
        if (iface.isValid())
            m_socket->setMulticastInterface(iface);
    }
    if (m_socket->localAddress() == QHostAddress(QHostAddress::Any))   // dual stack: IPv4 groups too
        DualStackMulticastOptions::apply(m_socket->socketDescriptor(), m_options.multicastTtl,
                                         m_options.multicastLoopback, iface);
    return m_options.multicastInterface.isEmpty() || iface.isValid();
}

void UdpPeer::setReplyPolicy(const ReplyPolicy &policy)
{
    m_options.reply = policy;
}

void UdpPeer::setReplyLimit(int repliesPerSecond)
{
    m_options.replyLimit = qMax(0, repliesPerSecond);
    m_replyBudget.setLimit(m_options.replyLimit);
}

void UdpPeer::setEventCapacity(int capacity)
{
    m_batcher.setCapacity(capacity);
}

// ---- receiving --------------------------------------------------------------------------

void UdpPeer::onReadyRead()
{
    if (!m_socket)
        return;
    drainErrorQueue();
    QUdpSocket *const socket = m_socket;
    int count = 0;
    // The first read of every pass goes through Qt, even when nothing seems to wait. Qt 6.4 marks
    // an unbuffered socket as "has pending data" on each read notification, also on one for an
    // ICMP error alone (POLLERR, nothing to read), and only QUdpSocket::readDatagram() clears that
    // mark; while it is set, the next notification switches Qt's read notifier off for good. So a
    // readyRead answered without a Qt read (after "port unreachable") left the socket deaf until
    // it was closed (issue 11). The read also re-arms the notifier.
    bool readThroughQt = false;
    while (m_socket == socket && count < MaxDatagramsPerPass && (!readThroughQt || socket->hasPendingDatagrams())) {
        readThroughQt = true;
        QHostAddress from;
        quint16 port = 0;
        const qint64 got = socket->readDatagram(m_buffer.data(), m_buffer.size(), &from, &port);
        if (got < 0) {
            // A pending ICMP error makes one read fail; the datagram is still there.
            if (drainErrorQueue() > 0)
                continue;
            if (socket->error() == QAbstractSocket::TemporaryError)
                break;   // nothing was waiting (the notification was for an error, or spurious)
            ++m_counters.receiveErrors;
            markStatsDirty(false);
            addEvent(TrafficEvent::error(QString(),
                tr("Reading a datagram failed: %1").arg(socket->errorString()), TrafficEvent::Action::OtherError));
            break;
        }
        ++count;
        handleDatagram(from, port, m_buffer.constData(), got);
        // Then whatever else is queued, several datagrams per system call where the platform can.
        while (m_socket == socket && count < MaxDatagramsPerPass) {
            const int batch = m_batchReader.read(socket, MaxDatagramsPerPass - count);
            if (batch <= 0) {
                if (batch < 0)
                    drainErrorQueue();   // then the loop above reads (and explains) through Qt
                break;
            }
            for (int i = 0; i < batch && m_socket == socket; ++i) {
                const UdpBatchReader::Datagram &d = m_batchReader.at(i);
                ++count;
                handleDatagram(d.sender, d.port, d.data, d.size);
            }
        }
    }
    // At most MaxDatagramsPerPass per readyRead: then timers and queued calls get their turn.
    // The read re-enabled Qt's (level-triggered) read notifier, so a readyRead for the rest
    // follows on the next loop iteration. (Re-posting ourselves instead, with a queued call,
    // stalled the event loop under a flood on Qt 6.4: timers stopped firing.)
}

void UdpPeer::handleDatagram(const QHostAddress &from, quint16 port, const char *data, qint64 size)
{
    ++m_counters.datagramsIn;
    m_counters.bytesIn += size;
    const QString peer = peerText(from, port);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_peers.record(peer, from, port, size, now);
    markStatsDirty(true);

    if (port != m_lastSenderPort || from != m_lastSender) {
        m_lastSender = from;
        m_lastSenderPort = port;
        m_lastSenderText = peer;
        emit lastSenderChanged(peer);
    }

    if (m_recorder && m_recorder->isRecording())
        m_recorder->record(peer, QByteArray::fromRawData(data, size));   // copied into its buffer
    static const QMetaMethod receivedSignal = QMetaMethod::fromSignal(&UdpPeer::datagramReceived);
    const bool wanted = m_options.logData || m_options.reply.isActive() || isSignalConnected(receivedSignal);
    if (!wanted)
        return;
    const QByteArray payload(data, size);
    if (m_options.logData) {
        TrafficEvent event = TrafficEvent::data(peer, TrafficEvent::Direction::In, payload);
        event.note = TrafficEvent::Note::Size;   // worded when shown, in the language of that moment
        addEvent(std::move(event));
    }
    emit datagramReceived(from, port, payload);
    if (m_socket && m_options.reply.isActive()) {
        if (const std::optional<QByteArray> reply = m_options.reply.replyTo(payload)) {
            if (mayAutoReply(from, port, peer))
                sendNow(from, port, *reply, true);
        }
    }
}

bool UdpPeer::mayAutoReply(const QHostAddress &from, quint16 port, const QString &peer)
{
    if (isOwnAddress(from, port)) {
        // Said once per socket: a flood of spoofed datagrams must not flood the log too.
        if (!m_ownAddressReported) {
            m_ownAddressReported = true;
            addEvent(TrafficEvent::state(peer,
                tr("Not answering datagrams from %1: that is this socket's own address, and answering itself would never stop.")
                    .arg(peer)));
        }
        return false;
    }
    switch (m_replyBudget.take(peer, m_clock.elapsed())) {
    case ReplyBudget::Verdict::Reply:
        return true;
    case ReplyBudget::Verdict::ReplyResumed:
        addEvent(TrafficEvent::state(peer, tr("Auto-reply resumed for %1.").arg(peer)));
        return true;
    case ReplyBudget::Verdict::Paused:
        addEvent(TrafficEvent::state(peer,
            tr("Auto-reply paused for %1: too many replies (at most %n a second).", "", m_replyBudget.limit())
                .arg(peer)));
        return false;
    case ReplyBudget::Verdict::Refused:
        return false;
    }
    return false;
}

bool UdpPeer::isOwnAddress(const QHostAddress &from, quint16 port)
{
    if (!m_socket || port != m_socket->localPort())
        return false;
    const QHostAddress sender = comparable(from);
    const QHostAddress local = m_socket->localAddress();
    if (!isAnyAddress(local))
        return sender == comparable(local);
    // Bound to any address: every address of this machine reaches us, the whole of 127.0.0.0/8
    // included. Only a sender using our port gets here, so listing the interfaces is rare.
    if (sender.isLoopback())
        return true;
    const qint64 now = m_clock.elapsed();
    if (m_machineAddressesMsecs < 0 || now - m_machineAddressesMsecs > MachineAddressesMaxAgeMs) {
        m_machineAddresses.clear();
        for (const QHostAddress &a : QNetworkInterface::allAddresses())
            m_machineAddresses.append(comparable(a));
        m_machineAddressesMsecs = now;
    }
    return m_machineAddresses.contains(sender);
}

int UdpPeer::drainErrorQueue()
{
    if (!m_socket)
        return 0;
    const QList<UdpErrorQueue::Report> reports = UdpErrorQueue::drain(m_socket);
    for (const UdpErrorQueue::Report &r : reports)
        reportUnreachable(r);
    return int(reports.size());
}

void UdpPeer::reportUnreachable(const UdpErrorQueue::Report &report)
{
    // The portable build learns that a datagram was refused, but not which one (port 0).
    const bool known = report.port != 0;
    const QString where = known ? Endpoint::format(report.destination, report.port) : QString();
    QString text;
    switch (report.kind) {
    case UdpErrorQueue::Kind::PortUnreachable:
        text = known ? tr("Nobody is listening on %1 (the system reported port unreachable).").arg(where)
                     : tr("A datagram sent earlier found nobody listening (the system reported port unreachable without saying where it was going).");
        break;
    case UdpErrorQueue::Kind::HostUnreachable:
        text = tr("%1 cannot be reached (the system reported host unreachable).").arg(where);
        break;
    case UdpErrorQueue::Kind::NetworkUnreachable:
        text = tr("%1 cannot be reached (the system reported network unreachable).").arg(where);
        break;
    case UdpErrorQueue::Kind::TooLarge:
        text = tr("A datagram to %1 was too large for the path to it (the system reported message too long).").arg(where);
        break;
    case UdpErrorQueue::Kind::Other:
        text = tr("Sending to %1 failed later: %2").arg(where, qt_error_string(report.systemError));
        break;
    }
    ++m_counters.receiveErrors;
    markStatsDirty(false);
    addEvent(TrafficEvent::error(where, text, unreachableAction(report.kind)));
    emit unreachable(text);
}

QString UdpPeer::peerText(const QHostAddress &address, quint16 port)
{
    if (port != m_cachedPeerPort || address != m_cachedPeerAddress || m_cachedPeerText.isEmpty()) {
        m_cachedPeerAddress = address;
        m_cachedPeerPort = port;
        m_cachedPeerText = Endpoint::format(address, port);
    }
    return m_cachedPeerText;
}

// ---- sending ----------------------------------------------------------------------------

void UdpPeer::sendTo(const QString &host, quint16 port, const QByteArray &payload)
{
    const QString name = host.trimmed();
    if (name.isEmpty() || port == 0) {
        failSend(tr("Say where to send: a host (such as 127.0.0.1 or localhost) and a port of 1-65535."));
        return;
    }
    QString literal = name;
    if (literal.startsWith(QLatin1Char('[')) && literal.endsWith(QLatin1Char(']')))
        literal = literal.mid(1, literal.size() - 2);
    const QHostAddress address(literal);
    if (!address.isNull()) {
        sendToAddress(address, port, payload);
        return;
    }
    if (payload.size() > MaxIPv6Payload) {   // too large whatever the name resolves to
        ++m_counters.sendErrors;
        markStatsDirty(false);
        failSend(tr("The datagram for %1 is %L2 bytes, but one UDP datagram carries at most %L3 bytes over IPv4 (%L4 over IPv6). Nothing was sent: split the data into smaller messages.")
                     .arg(Endpoint::format(name, port))
                     .arg(payload.size())
                     .arg(MaxIPv4Payload)
                     .arg(MaxIPv6Payload));
        return;
    }
    if (const auto addresses = m_resolver.cached(name)) {
        sendToAddress(pickAddress(*addresses), port, payload);
        return;
    }
    if (m_pendingSends.size() >= MaxPendingLookupSends) {
        failSend(tr("Too many datagrams are waiting for the name lookup of “%1”; this one was not sent.").arg(name));
        return;
    }
    m_pendingSends.append(PendingSend{name, port, payload});
    m_resolver.lookup(name);
}

void UdpPeer::onResolved(const QString &host, const QList<QHostAddress> &addresses, const QString &error)
{
    QList<PendingSend> ready;
    for (auto it = m_pendingSends.begin(); it != m_pendingSends.end();) {
        if (it->host == host) {
            ready.append(std::move(*it));
            it = m_pendingSends.erase(it);
        } else {
            ++it;
        }
    }
    if (ready.isEmpty())
        return;
    if (addresses.isEmpty()) {
        m_counters.sendErrors += ready.size();
        failSend(error);
        return;
    }
    const QHostAddress address = pickAddress(addresses);
    for (const PendingSend &p : std::as_const(ready))
        sendToAddress(address, p.port, p.payload);
}

QHostAddress UdpPeer::pickAddress(const QList<QHostAddress> &addresses) const
{
    // A socket bound to one IPv6 address can only send IPv6; otherwise prefer IPv4, which is
    // what the seed scripts (and most student programs) bind to.
    const QHostAddress local = m_socket ? m_socket->localAddress() : m_options.bindAddress;
    const bool wantV6 = local.protocol() == QAbstractSocket::IPv6Protocol
        && local != QHostAddress(QHostAddress::AnyIPv6) && local != QHostAddress(QHostAddress::Any)
        && !Endpoint::isIPv4(local);
    for (const QHostAddress &a : addresses) {
        if (wantV6 ? a.protocol() == QAbstractSocket::IPv6Protocol : a.protocol() == QAbstractSocket::IPv4Protocol)
            return a;
    }
    return addresses.first();
}

void UdpPeer::sendToAddress(const QHostAddress &address, quint16 port, const QByteArray &payload)
{
    if (address.isNull() || port == 0) {
        failSend(tr("Say where to send: a host (such as 127.0.0.1 or localhost) and a port of 1-65535."));
        return;
    }
    sendNow(address, port, payload, false);
}

void UdpPeer::replyToLastSender(const QByteArray &payload)
{
    if (m_lastSenderPort == 0) {
        failSend(tr("Nobody has sent a datagram yet, so there is no last sender to reply to."));
        return;
    }
    sendNow(m_lastSender, m_lastSenderPort, payload, false);
}

bool UdpPeer::sendNow(const QHostAddress &address, quint16 port, const QByteArray &payload, bool autoReply)
{
    const QString where = Endpoint::format(address, port);
    const qint64 limit = maxPayloadFor(address);
    if (payload.size() > limit) {
        ++m_counters.sendErrors;
        markStatsDirty(false);
        failSend(tr("The datagram for %1 is %L2 bytes, but one UDP datagram over %3 carries at most %L4 bytes. Nothing was sent: split the data into smaller messages.")
                     .arg(where)
                     .arg(payload.size())
                     .arg(Endpoint::isIPv4(address) ? QStringLiteral("IPv4") : QStringLiteral("IPv6"))
                     .arg(limit));
        return false;
    }
    if (!ensureBound())
        return false;
    qint64 written = m_socket->writeDatagram(payload, address, port);
    if (written < 0 && drainErrorQueue() > 0)   // a pending ICMP error failed this send: retry once
        written = m_socket->writeDatagram(payload, address, port);
    if (written < 0) {
        ++m_counters.sendErrors;
        markStatsDirty(false);
        QString reason;
        switch (m_socket->error()) {
        case QAbstractSocket::DatagramTooLargeError:
            reason = tr("The datagram for %1 (%L2 bytes) is too large for this network; nothing was sent.")
                         .arg(where).arg(payload.size());
            break;
        case QAbstractSocket::TemporaryError:
            reason = tr("The system's send buffer is full; the datagram for %1 was dropped.").arg(where);
            break;
        default:
            reason = tr("Could not send to %1: %2").arg(where, m_socket->errorString());
            break;
        }
        failSend(reason);
        return false;
    }
    ++m_counters.datagramsOut;
    m_counters.bytesOut += written;
    markStatsDirty(false);
    if (!autoReply)
        emit sent(where);
    if (m_options.logData) {
        TrafficEvent event = TrafficEvent::data(where, TrafficEvent::Direction::Out, payload);
        event.note = autoReply ? TrafficEvent::Note::AutoReplySize : TrafficEvent::Note::Size;
        addEvent(std::move(event));
    }
    return true;
}

void UdpPeer::failSend(const QString &reason)
{
    addEvent(TrafficEvent::error(QString(), reason));
    emit sendFailed(reason);
}

void UdpPeer::failGroup(const QString &reason)
{
    addEvent(TrafficEvent::error(QString(), reason));
    emit groupFailed(reason);
}

// ---- multicast --------------------------------------------------------------------------

void UdpPeer::joinGroup(const QHostAddress &group, const QString &interfaceName)
{
    if (!group.isMulticast()) {
        failGroup(tr("%1 is not a multicast group address (IPv4: 224.0.0.0 to 239.255.255.255, IPv6: ff00::/8).")
                      .arg(group.toString()));
        return;
    }
    if (!m_socket) {
        failGroup(tr("Bind a port first: a multicast group is joined by a bound socket."));
        return;
    }
    const MulticastMembership membership{group, interfaceName};
    if (m_groups.contains(membership)) {
        emit groupsChanged(m_groups);   // nothing to do, and nothing wrong
        return;
    }
    QNetworkInterface iface;
    if (!interfaceName.isEmpty()) {
        iface = QNetworkInterface::interfaceFromName(interfaceName);
        if (!iface.isValid()) {
            failGroup(tr("This machine has no network interface named “%1”.").arg(interfaceName));
            return;
        }
    }
    const QHostAddress local = m_socket->localAddress();
    const bool dualStack = local == QHostAddress(QHostAddress::Any);
    const bool v4Group = group.protocol() == QAbstractSocket::IPv4Protocol;
    if (!dualStack && v4Group && local.protocol() != QAbstractSocket::IPv4Protocol) {
        failGroup(tr("The IPv4 group %1 cannot be joined from a socket bound to the IPv6 address %2 (IPv6 only): bind to any address (IPv4 + IPv6) or to an IPv4 address, then join again.")
                      .arg(group.toString(), local.toString()));
        return;
    }
    if (!v4Group && local.protocol() == QAbstractSocket::IPv4Protocol) {
        failGroup(tr("The IPv6 group %1 cannot be joined from a socket bound to the IPv4 address %2 (IPv4 only): bind to any address (IPv4 + IPv6) or to an IPv6 address, then join again.")
                      .arg(group.toString(), local.toString()));
        return;
    }
    bool ok = false;
    QString reason;
    if (dualStack && v4Group) {
        // QUdpSocket refuses IPv4 groups on a dual-stack socket; the system (Linux) does not.
        ok = DualStackMulticastOptions::joinIPv4Group(m_socket->socketDescriptor(), group, iface, &reason);
    } else {
        ok = iface.isValid() ? m_socket->joinMulticastGroup(group, iface) : m_socket->joinMulticastGroup(group);
        reason = m_socket->errorString();
    }
    if (!ok) {
        failGroup(tr("Could not join the multicast group %1: %2").arg(group.toString(), reason));
        return;
    }
    m_groups.append(membership);
    addEvent(TrafficEvent::state(QString(),
        interfaceName.isEmpty() ? tr("Joined the multicast group %1.").arg(group.toString())
                                : tr("Joined the multicast group %1 on %2.").arg(group.toString(), interfaceName)));
    emit groupsChanged(m_groups);
}

void UdpPeer::leaveGroup(const QHostAddress &group, const QString &interfaceName)
{
    const MulticastMembership membership{group, interfaceName};
    if (!m_socket || !m_groups.contains(membership))
        return;
    const QNetworkInterface iface = QNetworkInterface::interfaceFromName(interfaceName);
    bool ok = false;
    QString reason;
    if (m_socket->localAddress() == QHostAddress(QHostAddress::Any) && group.protocol() == QAbstractSocket::IPv4Protocol) {
        ok = DualStackMulticastOptions::leaveIPv4Group(m_socket->socketDescriptor(), group, iface, &reason);
    } else {
        ok = interfaceName.isEmpty() ? m_socket->leaveMulticastGroup(group) : m_socket->leaveMulticastGroup(group, iface);
        reason = m_socket->errorString();
    }
    if (!ok)
        addEvent(TrafficEvent::error(QString(), tr("Could not leave the multicast group %1: %2")
                                                    .arg(group.toString(), reason)));
    m_groups.removeAll(membership);
    addEvent(TrafficEvent::state(QString(), tr("Left the multicast group %1.").arg(group.toString())));
    emit groupsChanged(m_groups);
}

void UdpPeer::setMulticastInterface(const QString &interfaceName)
{
    m_options.multicastInterface = interfaceName;
    if (m_socket && !interfaceName.isEmpty() && !applyMulticastOptions())
        failSend(tr("This machine has no network interface named “%1”.").arg(interfaceName));
}

void UdpPeer::setMulticastTtl(int ttl)
{
    m_options.multicastTtl = qBound(0, ttl, 255);
    applyMulticastOptions();
}

void UdpPeer::setMulticastLoopback(bool enabled)
{
    m_options.multicastLoopback = enabled;
    applyMulticastOptions();
}

// ---- counters and views -----------------------------------------------------------------

void UdpPeer::setRecorder(ReceiveRecorder *recorder)
{
    m_recorder = recorder;
}

void UdpPeer::resetCounters()
{
    m_counters = UdpCounters();
    markStatsDirty(false);
}

void UdpPeer::flush()
{
    m_batcher.flush();
    m_statsCoalescer.flush();
}

void UdpPeer::markStatsDirty(bool peers)
{
    m_peersDirty = m_peersDirty || peers;
    m_statsCoalescer.markDirty();
}

void UdpPeer::emitStats()
{
    emit countersChanged(counters());
    if (m_peersDirty) {
        m_peersDirty = false;
        emit peersChanged(m_peers.snapshot());
    }
}

void UdpPeer::addEvent(TrafficEvent event)
{
    m_batcher.add(std::move(event));
}
