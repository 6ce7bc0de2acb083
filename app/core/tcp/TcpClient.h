#pragma once

#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

#include "Batcher.h"
#include "ChangeCoalescer.h"
#include "ConnectionStats.h"
#include "ReceiveRecorder.h"
#include "TcpServerOptions.h"
#include "TrafficEvent.h"

class TcpConnection;

// The TCP client engine: connect (name, IPv4 or IPv6), disconnect, auto-reconnect, send text /
// bytes / a file's contents with the chosen framing, report every state change.
//
// Life cycle, as for every SocketLab engine: disconnected() comes only after a connected(),
// once per connection that ends; disconnectFromServer() while not connected emits no
// disconnected() (cancelling an attempt is a stateChanged() only).
class TcpClient final : public QObject
{
    Q_OBJECT

public:
    enum class State { Disconnected, LookingUp, Connecting, Connected, Closing, WaitingToReconnect };
    Q_ENUM(State)

    explicit TcpClient(QObject *parent = nullptr);
    ~TcpClient() override;

    State state() const;
    ConnectionStats stats() const;
    TcpClientOptions options() const;
    // "Receive to file": every byte received from the server goes to `recorder` (not owned; it
    // lives in this engine's thread) as it is read, before framing; the end of the connection
    // (whichever side closes it) ends the recording. Null: none.
    void setRecorder(ReceiveRecorder *recorder);

public slots:
    void connectToServer(const TcpClientOptions &options);
    void disconnectFromServer();                    // also cancels a pending reconnect
    void setAutoReconnect(bool enabled, int intervalMs);
    void setFraming(Framer::Mode mode);
    void send(const QByteArray &payload);           // error event when not connected
    void sendFile(const QString &path);
    // The connection's byte and message counters back to zero (statsChanged() at once); the
    // connection itself is not touched.
    void resetCounters();
    // Emits stateChanged() again with the description worded in the language now installed
    // (after a language switch); nothing is logged.
    void restate();

signals:
    // `description` is a translated sentence: "Connecting to 127.0.0.1:9000…",
    // "Connected to 127.0.0.1:9000 from 127.0.0.1:51234", "Reconnecting in 2 s…".
    void stateChanged(TcpClient::State state, const QString &description);
    void connected();
    void disconnected(const QString &reason);
    // A failure in plain words ("No server is listening on 127.0.0.1:1246 …").
    void errorOccurred(const QString &explanation);
    void messageReceived(const QByteArray &message);
    void statsChanged(const ConnectionStats &stats);   // coalesced
    void trafficEvents(const QList<TrafficEvent> &events);

private:
    // `describe` words the state in the current language (called again by restate()).
    // `logged`: the description is already a row of the log (an error or a close reason), so the
    // state change adds none: one event, one row.
    void setState(State state, std::function<QString()> describe, bool logged = false);
    TrafficEvent stateEvent(State state, const QString &description) const;   // the row setState() adds
    void onSocketConnected();
    void onSocketError(QAbstractSocket::SocketError error);
    void onClosed(const QString &reason, bool error);
    void scheduleReconnect();
    void startAttempt();
    void dropPending();
    void dropConnection();
    QString target() const;

    TcpClientOptions m_options;
    State m_state = State::Disconnected;
    std::function<QString()> m_describe;
    QTcpSocket *m_pending = nullptr;      // while looking up / connecting
    TcpConnection *m_connection = nullptr;
    Batcher<TrafficEvent> m_batcher;
    QTimer m_reconnectTimer;
    ChangeCoalescer m_statsCoalescer;
    QTimer m_connectTimer;                // gives up on a connect that never completes
    ConnectionStats m_lastStats;          // of the last connection, once it is gone
    bool m_userDisconnect = false;
    QPointer<ReceiveRecorder> m_recorder;
};
