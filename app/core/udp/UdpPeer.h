#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUdpSocket>

#include "Batcher.h"
#include "ChangeCoalescer.h"
#include "HostResolver.h"
#include "MulticastMembership.h"
#include "PeerStats.h"
#include "PeerTable.h"
#include "ReceiveRecorder.h"
#include "ReplyBudget.h"
#include "TrafficEvent.h"
#include "UdpBatchReader.h"
#include "UdpCounters.h"
#include "UdpErrorQueue.h"
#include "UdpOptions.h"

// The UDP engine: bind a port (any / localhost / an interface address; 0 = the OS picks),
// receive every datagram with its sender, send to HOST:PORT (names resolved without blocking)
// or to the last sender, auto-reply (none / echo / upper / text), broadcast, multicast groups,
// exact counters under a flood, ICMP "port unreachable" explained in plain words.
// Auto-replies never go to our own address (a datagram "from" ourselves, spoofed or sent to
// ourselves, would be answered forever) and are limited per sender (UdpOptions::replyLimit),
// so that two tools answering each other settle down; both are said in the traffic log.
//
// No widgets. The UDP tab and `socketlab udp` drive it through its slots and listen to its
// signals only. It may live in a worker thread (WorkerThread::adopt): every slot is safe to
// call through a queued connection, every signal argument is a registered metatype, and the
// signals to a view are coalesced (trafficEvents every 50 ms through a Batcher; counters
// and peers at most 5 times a second). The const getters are for the engine's own thread
// (tests, the CLI); a tab uses the signals.
//
// Life cycle, as for every SocketLab engine: bind() answers with bound() or bindFailed();
// unbound() comes only after a bound(), once per unbind() (or bind() again) that closes an
// open socket; unbind() on a peer that is not bound emits nothing.
class UdpPeer final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxIPv4Payload = 65507;   // 65535 - 20 (IP header) - 8 (UDP header)
    static constexpr qint64 MaxIPv6Payload = 65527;   // 65535 - 8 (the IPv6 header is not counted)
    static constexpr int MaxDatagramsPerPass = 256;   // per readyRead, so the thread stays responsive
    static constexpr int MaxPendingLookupSends = 1024;
    static constexpr int StatsIntervalMs = 200;
    static constexpr int EventCapacity = 50000;

    explicit UdpPeer(QObject *parent = nullptr);
    ~UdpPeer() override;

    // The largest payload one datagram to `destination` can carry.
    static qint64 maxPayloadFor(const QHostAddress &destination);
    // Registers every type used in this class's signals and slots (called by the constructor).
    static void registerMetaTypes();

    bool isBound() const;
    QHostAddress localAddress() const;
    quint16 localPort() const;
    UdpOptions options() const;
    UdpCounters counters() const;
    QList<PeerStats> peers() const;
    QList<MulticastMembership> groups() const;
    QString lastSender() const;            // "127.0.0.1:5000", empty before the first datagram
    int receiveBufferSize() const;         // as the system reports it, 0 when unbound
    // "Receive to file": every datagram received goes to `recorder` (not owned; it lives in this
    // engine's thread) with its sender, in order; closing the socket ends the recording.
    // Null: none.
    void setRecorder(ReceiveRecorder *recorder);

public slots:
    void bind(const UdpOptions &options);  // emits bound() or bindFailed()
    void unbind();                         // emits unbound() when a socket was open
    void setReplyPolicy(const ReplyPolicy &policy);
    void setReplyLimit(int repliesPerSecond);   // per sender; 0 = no limit
    void setEventCapacity(int capacity);   // traffic events held between two batches

    // Sends one datagram. Binds an ephemeral port first when not bound (reported by bound()),
    // so replies come back. Host names are resolved asynchronously. Oversized payloads are
    // refused with sendFailed(), never truncated.
    void sendTo(const QString &host, quint16 port, const QByteArray &payload);
    void sendToAddress(const QHostAddress &address, quint16 port, const QByteArray &payload);
    void replyToLastSender(const QByteArray &payload);

    void joinGroup(const QHostAddress &group, const QString &interfaceName);   // empty = default
    void leaveGroup(const QHostAddress &group, const QString &interfaceName);
    void setMulticastInterface(const QString &interfaceName);                  // for sending
    void setMulticastTtl(int ttl);
    void setMulticastLoopback(bool enabled);

    void resetCounters();
    void flush();   // emits pending traffic events, counters and peers now

signals:
    // `automatic`: bound by a send before any bind() (ephemeral port, any address).
    void bound(const QHostAddress &address, quint16 port, bool automatic);
    void bindFailed(const QString &reason);          // translated, plain words
    void unbound();
    void sendFailed(const QString &reason);          // translated, plain words
    // A datagram asked for (sendTo, sendToAddress, replyToLastSender) went out; auto-replies are
    // not reported. An ICMP error for it may still follow (unreachable).
    void sent(const QString &destination);
    void groupFailed(const QString &reason);         // a join or leave refused; translated
    // An ICMP error for a datagram we sent, e.g. "Nobody is listening on 127.0.0.1:9 (…)".
    void unreachable(const QString &explanation);
    // Every datagram, in order. Connect directly (same thread); across threads prefer
    // trafficEvents, which is batched.
    void datagramReceived(const QHostAddress &sender, quint16 port, const QByteArray &payload);
    void lastSenderChanged(const QString &peer);
    void countersChanged(const UdpCounters &counters);        // coalesced
    void peersChanged(const QList<PeerStats> &peers);         // coalesced, most recent first
    void groupsChanged(const QList<MulticastMembership> &groups);
    void trafficEvents(const QList<TrafficEvent> &events);    // batched (Batcher, 50 ms)

private:
    struct PendingSend
    {
        QString host;
        quint16 port = 0;
        QByteArray payload;
    };

    bool openSocket(const UdpOptions &options, QString *error);
    void closeSocket();
    bool ensureBound();
    // TTL, loopback and interface onto the socket (IPv4 ones too on a dual-stack socket); false
    // when the interface named in the options does not exist.
    bool applyMulticastOptions();
    void onReadyRead();
    void handleDatagram(const QHostAddress &from, quint16 port, const char *data, qint64 size);
    // Whether an auto-reply may go to this sender (never to ourselves; within its budget), with
    // a log line when that changes.
    bool mayAutoReply(const QHostAddress &from, quint16 port, const QString &peer);
    bool isOwnAddress(const QHostAddress &from, quint16 port);
    int drainErrorQueue();
    void reportUnreachable(const UdpErrorQueue::Report &report);
    bool sendNow(const QHostAddress &address, quint16 port, const QByteArray &payload, bool autoReply);
    void failSend(const QString &reason);
    void failGroup(const QString &reason);
    void onResolved(const QString &host, const QList<QHostAddress> &addresses, const QString &error);
    QHostAddress pickAddress(const QList<QHostAddress> &addresses) const;
    QString peerText(const QHostAddress &address, quint16 port);
    void markStatsDirty(bool peers);
    void emitStats();   // counters, and peers when they changed
    void addEvent(TrafficEvent event);

    UdpOptions m_options;
    QUdpSocket *m_socket = nullptr;          // owned (child), null when unbound
    bool m_autoBound = false;
    QByteArray m_buffer;                     // one receive buffer, reused for every datagram
    UdpBatchReader m_batchReader;            // the datagrams queued behind it, several per call
    UdpCounters m_counters;
    PeerTable m_peers;
    QList<MulticastMembership> m_groups;
    QHostAddress m_lastSender;
    quint16 m_lastSenderPort = 0;
    QString m_lastSenderText;
    QHostAddress m_cachedPeerAddress;        // the formatted text of the last peer seen, reused
    quint16 m_cachedPeerPort = 0;
    QString m_cachedPeerText;
    QList<PendingSend> m_pendingSends;       // waiting for a name lookup
    ReplyBudget m_replyBudget;
    QElapsedTimer m_clock;                   // monotonic, for the reply budget
    bool m_ownAddressReported = false;       // "not answering ourselves" said once per socket
    QList<QHostAddress> m_machineAddresses;  // this machine's addresses, for an "any" bind
    qint64 m_machineAddressesMsecs = -1;     // when they were listed (m_clock)
    HostResolver m_resolver;
    Batcher<TrafficEvent> m_batcher;
    ChangeCoalescer m_statsCoalescer;        // counters (always) and peers (m_peersDirty)
    bool m_peersDirty = false;
    QPointer<ReceiveRecorder> m_recorder;
};
