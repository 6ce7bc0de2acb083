#pragma once

#include <QAbstractSocket>
#include <QObject>
#include <QTimer>

#include "TransferInfo.h"
#include "TransferMeter.h"
#include "TransferRequest.h"

class QTcpSocket;

// One client-side transfer, KDE-Connect style: it reports total, processed, speed and a state
// (queued, running, verifying, done, failed with a reason, cancelled), can be cancelled, and
// can be started again (retry; SLFT/1 jobs resume from their partial file). Subclasses speak
// one protocol in one direction. Jobs live in the TransferManager's thread; the UI only ever
// sees TransferInfo snapshots.
class TransferJob : public QObject
{
    Q_OBJECT

public:
    TransferJob(quint64 id, const TransferRequest &request, QObject *parent = nullptr);
    ~TransferJob() override;

    quint64 id() const;
    const TransferRequest &request() const;
    TransferInfo info() const;     // a snapshot with the current speed
    bool isActive() const;         // running or verifying

    void start();                  // (re)starts from the beginning or, where possible, resumes
    void cancel();

    // "1.5 GiB (1,610,612,736 bytes)"-style numbers for messages.

signals:
    void stateChanged(quint64 id);
    void finished(quint64 id);

protected:
    // Prepare (check files, hash a partial) and call connectToServer() — or fail().
    virtual void begin() = 0;
    virtual void onConnected() = 0;
    virtual void onReadyRead() = 0;
    // The server closed the connection (EOF); any buffered bytes are still readable.
    virtual void onDisconnected() = 0;
    // The job ends (failed/cancelled/done): close files (discard, or keep for resume).
    virtual void releaseFiles(bool cancelled) = 0;

    QTcpSocket *socket() const;
    void connectToServer();
    void setTotal(qint64 total);
    void setDone(qint64 done);
    void setState(TransferInfo::State state);
    void setLocalPath(const QString &path);
    void setResumedFrom(qint64 offset);
    void succeed(const QString &note = {});
    void fail(const QString &reason);
    void startWatchdog(int ms);    // fail() when nothing arrives in time
    void stopWatchdog();
    QString serverName() const;    // "host:port"

private:
    void finish(TransferInfo::State state, const QString &reason);
    void onSocketError(QAbstractSocket::SocketError error);
    void dropSocket();

    TransferRequest m_request;
    TransferInfo m_info;
    TransferMeter m_meter;
    QTcpSocket *m_socket = nullptr;
    QTimer m_watchdog;
};
