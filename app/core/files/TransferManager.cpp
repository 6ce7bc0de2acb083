#include "TransferManager.h"

#include "ClassicDownloadJob.h"
#include "ClassicUploadJob.h"
#include "FileServer.h"
#include "RemoteLister.h"
#include "SlftDownloadJob.h"
#include "SlftUploadJob.h"

TransferManager::TransferManager(QObject *parent)
    : QObject(parent)
    , m_progressTimer(this)   // parented so that moveToThread() takes it along
{
    FileServer::registerMetaTypes();
    m_progressTimer.setInterval(50);
    connect(&m_progressTimer, &QTimer::timeout, this, &TransferManager::emitProgress);
}

TransferManager::~TransferManager()
{
    // Cancelling releases partial files properly (classic: deleted; SLFT/1: kept as .part).
    for (TransferJob *job : std::as_const(m_jobs)) {
        job->disconnect(this);
        job->cancel();
    }
}

QList<TransferInfo> TransferManager::transfers() const
{
    QList<TransferInfo> list;
    for (const quint64 id : m_order)
        list.append(m_jobs.value(id)->info());
    return list;
}

bool TransferManager::hasUnfinished() const
{
    for (const TransferJob *job : m_jobs) {
        if (!job->info().isFinished())
            return true;
    }
    return false;
}

TransferJob *TransferManager::createJob(quint64 id, const TransferRequest &request)
{
    const bool download = request.direction == TransferInfo::Direction::Download;
    if (request.protocol == TransferInfo::Protocol::Classic) {
        if (download)
            return new ClassicDownloadJob(id, request, this);
        return new ClassicUploadJob(id, request, this);
    }
    if (download)
        return new SlftDownloadJob(id, request, this);
    return new SlftUploadJob(id, request, this);
}

quint64 TransferManager::add(const TransferRequest &request)
{
    const quint64 id = m_nextId++;
    TransferJob *job = createJob(id, request);
    m_jobs.insert(id, job);
    m_order.append(id);
    m_queue.append(id);
    connect(job, &TransferJob::stateChanged, this, &TransferManager::onJobStateChanged);
    connect(job, &TransferJob::finished, this, &TransferManager::onJobFinished);
    emit transferAdded(job->info());
    // Queued so that whoever added the job sees transferAdded() before anything else.
    QTimer::singleShot(0, this, &TransferManager::startQueued);
    return id;
}

void TransferManager::cancel(quint64 id)
{
    m_queue.removeOne(id);
    if (TransferJob *job = m_jobs.value(id))
        job->cancel();
}

void TransferManager::cancelAll()
{
    const QList<quint64> ids = m_order;
    for (const quint64 id : ids)
        cancel(id);
}

void TransferManager::retry(quint64 id)
{
    TransferJob *job = m_jobs.value(id);
    if (!job || !job->info().isFinished() || job->info().state == TransferInfo::State::Done)
        return;
    m_queue.append(id);
    QTimer::singleShot(0, this, &TransferManager::startQueued);
}

void TransferManager::remove(quint64 id)
{
    TransferJob *job = m_jobs.value(id);
    if (!job || !job->info().isFinished())
        return;
    m_jobs.remove(id);
    m_order.removeOne(id);
    m_reported.remove(id);
    job->deleteLater();
}

void TransferManager::setMaxConcurrent(int count)
{
    m_maxConcurrent = qMax(1, count);
    startQueued();
}

void TransferManager::list(const QString &host, quint16 port, const QString &path)
{
    auto *lister = new RemoteLister(this);
    connect(lister, &RemoteLister::listed, this,
            [this, lister, host, port](const QString &p, const QList<RemoteEntry> &entries) {
                emit listed(host, port, p, entries);
                lister->deleteLater();
            });
    connect(lister, &RemoteLister::failed, this, [this, lister, host, port](const QString &p, const QString &reason) {
        emit listFailed(host, port, p, reason);
        lister->deleteLater();
    });
    lister->list(host, port, path);
}

int TransferManager::runningCount() const
{
    int n = 0;
    for (const TransferJob *job : m_jobs) {
        if (job->isActive())
            ++n;
    }
    return n;
}

void TransferManager::startQueued()
{
    while (!m_queue.isEmpty() && runningCount() < m_maxConcurrent) {
        TransferJob *job = m_jobs.value(m_queue.takeFirst());
        if (!job || job->isActive())
            continue;
        m_reported.insert(job->id(), -1);
        if (!m_progressTimer.isActive())
            m_progressTimer.start();
        job->start();
    }
}

void TransferManager::onJobStateChanged(quint64 id)
{
    if (TransferJob *job = m_jobs.value(id)) {
        if (!job->info().isFinished())
            emit transferChanged(job->info());
    }
}

void TransferManager::onJobFinished(quint64 id)
{
    TransferJob *job = m_jobs.value(id);
    if (!job)
        return;
    m_queue.removeOne(id);
    m_reported.remove(id);
    emit transferFinished(job->info());
    QTimer::singleShot(0, this, [this] {
        startQueued();
        if (!hasUnfinished())
            emit allFinished();
    });
}

void TransferManager::emitProgress()
{
    QList<TransferInfo> changed;
    for (auto it = m_reported.begin(); it != m_reported.end(); ++it) {
        const TransferJob *job = m_jobs.value(it.key());
        if (!job || !job->isActive())
            continue;
        const TransferInfo info = job->info();
        if (info.bytesDone == it.value())
            continue;
        it.value() = info.bytesDone;
        changed.append(info);
    }
    if (!changed.isEmpty())
        emit transferProgress(changed);
    if (m_reported.isEmpty())
        m_progressTimer.stop();
}
