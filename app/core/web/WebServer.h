#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include "Batcher.h"
#include "ChangeCoalescer.h"
#include "RequestLogEntry.h"
#include "StaticResponder.h"
#include "StreamListener.h"
#include "WebServerOptions.h"
#include "WebServerStats.h"

class HttpConnection;

// The static web server engine: HTTP/1.0 and 1.1 over StreamListener/StreamSocket, written out so
// that students can read every request and response head. No widgets; the web tab and
// `socketlab web` drive it through its slots and listen to its signals. It may live in a
// worker thread (WorkerThread): every slot is safe to call through a queued connection.
//
// Life cycle, as for every SocketLab engine: start() answers with started() or startFailed();
// stopped() comes only after a started(), once per stop() (or start() again) that ends a
// running server; stop() on a server that is not listening emits nothing.
class WebServer final : public QObject
{
    Q_OBJECT

public:
    static constexpr int LogIntervalMs = 100;     // request-log batches at most 10 times a second
    static constexpr int StatsIntervalMs = 200;   // counters at most 5 times a second
    static constexpr int MaxPendingLog = 20000;   // more waiting: new entries are dropped (counted)

    explicit WebServer(QObject *parent = nullptr);
    ~WebServer() override;

    bool isListening() const;
    QHostAddress address() const;
    quint16 port() const;
    WebServerOptions options() const;
    WebServerStats stats() const;

    // The URLs a browser can use: loopback first (http://127.0.0.1:PORT/ and http://[::1]:PORT/
    // as the bound address allows: both for "any address"), then the LAN addresses.
    static QStringList urlsFor(const QHostAddress &bound, quint16 port);
    // Copies the bundled sample site (index.html, style.css, test.jpg, favicon.svg, 你好.html) into
    // `targetDir`, creating it; existing files are left alone. False + a reason on failure.
    static bool ensureSampleSite(const QString &targetDir, QString *error = nullptr);
    static void registerMetaTypes();

public slots:
    // Emits started() or startFailed(); a listening server is stopped first (stopped()).
    void start(const WebServerOptions &options);
    void stop();   // closes every connection; stopped() if it was listening

signals:
    void started(const QHostAddress &address, quint16 port, const QStringList &urls);
    void startFailed(const QString &reason);       // translated, plain words
    void stopped();
    void requestsLogged(const QList<RequestLogEntry> &entries);   // batched
    void statsChanged(const WebServerStats &stats);               // coalesced, only on change

private:
    void onDescriptor(qintptr descriptor);
    void onResponseFinished(const RequestLogEntry &entry);
    void onBytesQueued(qint64 bytes);
    void onConnectionClosed(HttpConnection *connection);
    void sweep();

    StreamListener m_listener;
    WebServerOptions m_options;
    StaticResponder m_responder;
    QSet<HttpConnection *> m_connections;   // children of this
    WebServerStats m_stats;
    QTimer m_sweepTimer;
    Batcher<RequestLogEntry> m_requestLog;
    ChangeCoalescer m_statsCoalescer;
};
