#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

#include "Batcher.h"
#include "ChangeCoalescer.h"
#include "ConnectionStats.h"
#include "ReceiveBudget.h"
#include "ReceiveRecorder.h"
#include "StreamListener.h"
#include "TcpServerOptions.h"
#include "TrafficEvent.h"

class TcpConnection;

// The TCP server engine: many clients at once, reply modes, greeting, chat-room relay,
// framing. No widgets; the TCP tab and `socketlab tcp-server` both drive it through its slots
// and listen to its signals. It may live in a worker thread (all slots are queued-safe).
//
// Life cycle, as for every SocketLab engine: start() answers with started() or startFailed();
// stopped() comes only after a started(), once per stop() (or start() again) that ends a
// running server; stop() on a server that is not listening emits nothing.
class TcpServer final : public QObject
{
    Q_OBJECT

public:
    explicit TcpServer(QObject *parent = nullptr);
    ~TcpServer() override;

    bool isListening() const;
    QHostAddress address() const;
    quint16 port() const;
    TcpServerOptions options() const;
    QList<ConnectionStats> clients() const;
    // In relay mode a recipient that keeps more than TcpConnection::HighWater bytes queued
    // without reading for this long is disconnected (default 10 s).
    void setStuckRecipientTimeout(int msecs);
    // "Receive to file": every byte received from every client goes to `recorder` (not owned; it
    // lives in this engine's thread) as it is read, before framing; a client that disconnects
    // ends a recording of that client, stop() ends any recording. Null: none.
    void setRecorder(ReceiveRecorder *recorder);

public slots:
    // Emits started() or startFailed(); a listening server is stopped first (stopped()).
    void start(const TcpServerOptions &options);
    void stop();   // closes every client; stopped() if it was listening

    void setReplyPolicy(const ReplyPolicy &policy);
    void setGreeting(const QByteArray &greeting);
    void setRelay(bool relay);
    void setFraming(Framer::Mode mode);

    void sendTo(const QList<quint64> &clientIds, const QByteArray &payload);
    void sendToAll(const QByteArray &payload);
    void sendFileTo(const QList<quint64> &clientIds, const QString &path);  // empty list: all
    void disconnectClients(const QList<quint64> &clientIds);
    // Every client's byte and message counters back to zero (statsChanged() at once); the
    // connections and what is queued are not touched.
    void resetCounters();

signals:
    void started(const QHostAddress &address, quint16 port);
    void startFailed(const QString &reason);       // translated, plain words
    void stopped();
    void clientConnected(const ConnectionStats &client);
    void clientDisconnected(quint64 clientId, const QString &reason);
    // Every message from every client, exactly once and in order per client.
    void messageReceived(quint64 clientId, const QByteArray &message);
    // Coalesced (at most 5 times a second), only when something changed.
    void statsChanged(const QList<ConnectionStats> &clients);
    // Batched for the views (Batcher, 50 ms).
    void trafficEvents(const QList<TrafficEvent> &events);

private:
    void onDescriptor(qintptr descriptor);
    void onMessage(TcpConnection *connection, const QByteArray &message, const QByteArray &wire);
    void onClosed(TcpConnection *connection, const QString &reason, bool error);
    void updateBackPressure();
    void checkCongestion(TcpConnection *connection, bool progressed);
    void dropStuckRecipients();
    void setReadsPaused(bool paused);
    void logState(const QString &peer, const QString &text, bool error = false,
                  TrafficEvent::Action action = TrafficEvent::Action::None, const QString &local = {});
    QString tagFor(const TcpConnection *connection) const;

    StreamListener m_server;
    ReceiveBudget m_budget;
    TcpServerOptions m_options;
    QHash<quint64, TcpConnection *> m_clients;   // owned (parented to this)
    quint64 m_nextId = 1;
    Batcher<TrafficEvent> m_batcher;
    ChangeCoalescer m_statsCoalescer;
    bool m_readsPaused = false;
    QHash<TcpConnection *, qint64> m_congested;  // backlog above HighWater -> last progress (ms)
    QTimer m_stuckTimer;
    int m_stuckTimeoutMs = 10000;
    QPointer<ReceiveRecorder> m_recorder;
};
