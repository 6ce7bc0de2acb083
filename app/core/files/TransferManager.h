#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include "SlftProtocol.h"
#include "TransferInfo.h"
#include "TransferRequest.h"

class TransferJob;

// The client side of file transfer: a queue of TransferJobs, several running at once
// (setMaxConcurrent), plus remote folder listings. The file tab and `socketlab get/put` drive
// it through its slots; everything it reports is a TransferInfo snapshot, so it can live in a
// WorkerThread (all slots are queued-safe; progress is coalesced to at most 20 signals/s).
class TransferManager final : public QObject
{
    Q_OBJECT

public:
    explicit TransferManager(QObject *parent = nullptr);
    ~TransferManager() override;

    QList<TransferInfo> transfers() const;
    bool hasUnfinished() const;

public slots:
    // Queues a transfer; transferAdded() reports it with its id. Returns the id (direct calls).
    quint64 add(const TransferRequest &request);
    void cancel(quint64 id);
    void cancelAll();
    // Starts a failed or cancelled transfer again (SLFT/1 resumes from its partial file).
    void retry(quint64 id);
    void remove(quint64 id);            // forgets a finished transfer
    void setMaxConcurrent(int count);   // at least 1
    // LIST on an SLFT/1 server: listed() or listFailed().
    void list(const QString &host, quint16 port, const QString &path);

signals:
    void transferAdded(const TransferInfo &info);
    void transferChanged(const TransferInfo &info);     // a state change (queued → running → verifying …)
    void transferProgress(const QList<TransferInfo> &transfers);   // coalesced, ≤ 20/s
    void transferFinished(const TransferInfo &info);    // done, failed (reason) or cancelled
    void allFinished();                                 // nothing queued or running any more
    void listed(const QString &host, quint16 port, const QString &path, const QList<RemoteEntry> &entries);
    void listFailed(const QString &host, quint16 port, const QString &path, const QString &reason);

private:
    TransferJob *createJob(quint64 id, const TransferRequest &request);
    void onJobStateChanged(quint64 id);
    void onJobFinished(quint64 id);
    void startQueued();
    void emitProgress();
    int runningCount() const;

    QHash<quint64, TransferJob *> m_jobs;   // children of this
    QList<quint64> m_order;
    QList<quint64> m_queue;
    QHash<quint64, qint64> m_reported;
    QTimer m_progressTimer;
    int m_maxConcurrent = 4;
    quint64 m_nextId = 1;
};
