#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

#include "Batcher.h"
#include "ChecksumCache.h"
#include "FileServerOptions.h"
#include "StreamListener.h"
#include "TrafficEvent.h"
#include "TransferInfo.h"

class FileServerSession;

// The file server engine: the classic download server (seed download_server.py, port 7890),
// the classic upload server (seed upload_server.py, port 12800) and SocketLab's own protocol
// (SLFT/1, port 7891), all at once, over one shared folder. No widgets: the file tab and
// `socketlab file-server` both drive it through its slots and signals. It may be moved into a
// WorkerThread; every slot is safe to call through a queued connection.
//
// Life cycle, as for every SocketLab engine: start() answers with started() or startFailed();
// stopped() comes only after a started(), once per stop() (or start() again) that ends a
// running server; stop() on a server that is not running emits nothing.
class FileServer final : public QObject
{
    Q_OBJECT

public:
    explicit FileServer(QObject *parent = nullptr);
    ~FileServer() override;

    bool isRunning() const;
    FileServerOptions options() const;
    quint16 downloadPort() const;   // 0 when not listening
    quint16 uploadPort() const;
    quint16 protocolPort() const;
    int connectionCount() const;
    // The SLFT/1 checksum cache's counters. Safe to call from any thread, also while the server
    // runs in a WorkerThread. The cache lives as long as this object (kept across stop/start;
    // its entries are only ever used for unchanged files).
    ChecksumCache::Statistics checksumCacheStatistics() const;

    static void registerMetaTypes();

public slots:
    // Emits started() or startFailed(); a running server is stopped first (stopped()).
    void start(const FileServerOptions &options);
    // Closes every connection (partial uploads are deleted, or kept for an SLFT/1 resume in the
    // inbox's hidden state folder, UploadStateFolder; never under a final name); stopped() if
    // it was running.
    void stop();

signals:
    void started(quint16 downloadPort, quint16 uploadPort, quint16 protocolPort);
    void startFailed(const QString &reason);
    void stopped();
    // The transfers table feed. transferProgress carries every running transfer whose numbers
    // changed, at most 20 times a second.
    void transferStarted(const TransferInfo &info);
    void transferProgress(const QList<TransferInfo> &transfers);
    void transferFinished(const TransferInfo &info);
    // Connections, refusals and errors in plain words (batched, 50 ms).
    void trafficEvents(const QList<TrafficEvent> &events);

private:
    enum class Kind { ClassicDownload, ClassicUpload, Slft };

    bool listen(QTcpServer &server, quint16 port, QString *error);
    void onDescriptor(qintptr descriptor, Kind kind);
    void onSessionClosed(FileServerSession *session);
    void emitProgress();

    FileServerOptions m_options;
    StreamListener m_downloadServer;
    StreamListener m_uploadServer;
    StreamListener m_protocolServer;
    QList<FileServerSession *> m_sessions;   // children of this
    std::shared_ptr<ChecksumCache> m_checksums;
    QHash<quint64, qint64> m_reported;   // transfer id -> bytes last reported
    Batcher<TrafficEvent> m_batcher;
    QTimer m_progressTimer;
    bool m_running = false;
};
