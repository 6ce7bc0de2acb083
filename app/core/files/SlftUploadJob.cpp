#include "SlftUploadJob.h"

#include <QDir>
#include <QFileInfo>
#include <QTcpSocket>

#include "ByteCountText.h"
#include "FileSender.h"
#include "PrefixHasher.h"
#include "SlftProtocol.h"

SlftUploadJob::SlftUploadJob(quint64 id, const TransferRequest &request, QObject *parent)
    : TransferJob(id, request, parent)
    , m_hasher(new PrefixHasher(this))
{
    connect(m_hasher, &PrefixHasher::finished, this, [this](bool ok, const QString &error) {
        if (!isActive())
            return;
        if (!ok) {
            fail(error);
            return;
        }
        sendData();
    });
}

void SlftUploadJob::begin()
{
    m_stage = Stage::Status;
    const QFileInfo file(request().localPath);
    if (!file.isFile() || !file.isReadable()) {
        fail(tr("%1 is not a readable file.").arg(QDir::toNativeSeparators(request().localPath)));
        return;
    }
    m_name = request().remoteName.isEmpty() ? file.fileName() : request().remoteName;
    m_size = file.size();
    setTotal(m_size);
    setLocalPath(file.absoluteFilePath());
    connectToServer();
}

void SlftUploadJob::onConnected()
{
    socket()->write(SlftProtocol::putRequest(m_name, m_size));
    startWatchdog(30000);
}

void SlftUploadJob::onReadyRead()
{
    if (m_stage == Stage::Done)
        return;   // nothing is expected now; it stays buffered (capped)
    if (!socket()->canReadLine()) {
        if (socket()->bytesAvailable() > SlftProtocol::MaxLineBytes)
            fail(tr("The server %1 does not speak SLFT/1.").arg(serverName()));
        return;
    }
    stopWatchdog();
    const SlftProtocol::Status status = SlftProtocol::parseStatus(socket()->readLine(SlftProtocol::MaxLineBytes).chopped(1));
    const bool dataFlowing = m_stage == Stage::Hashing || m_stage == Stage::Sending;
    if (status.code == 0 || (dataFlowing && status.code == SlftProtocol::Ok)) {
        fail(tr("The server %1 does not speak SLFT/1.").arg(serverName()));
        return;
    }
    if (dataFlowing) {
        // The server says nothing while the data flows unless it gives up (a full disk, its
        // partial file unreadable): then its error line is the reason, not the cut connection.
        fail(tr("The server stopped the upload (%1): %2").arg(status.code).arg(status.rest));
        return;
    }
    if (status.code != SlftProtocol::Ok) {
        fail(tr("The server refused the upload (%1): %2").arg(status.code).arg(status.rest));
        return;
    }
    if (m_stage == Stage::Confirm) {
        m_stage = Stage::Done;
        succeed(tr("Saved on the server as %1 (SHA-256 verified).").arg(status.rest));
        return;
    }
    const std::optional<QList<qint64>> numbers = SlftProtocol::numbers(status.rest, 1);
    if (!numbers || numbers->at(0) > m_size) {
        fail(tr("The server's answer “%1” does not fit the request.").arg(status.rest));
        return;
    }
    m_offset = numbers->at(0);
    setResumedFrom(m_offset);
    m_hash.reset();
    m_stage = Stage::Hashing;
    m_hasher->start(&m_hash, request().localPath, m_offset);
}

void SlftUploadJob::sendData()
{
    m_stage = Stage::Sending;
    delete m_sender;
    m_sender = new FileSender(socket(), this);
    QString error;
    if (!m_sender->open(request().localPath, m_offset, m_size - m_offset, &error)) {
        fail(error);
        return;
    }
    m_sender->setHash(&m_hash);
    connect(m_sender, &FileSender::progressed, this, [this](qint64 written) { setDone(m_offset + written); });
    connect(m_sender, &FileSender::failed, this, [this](const QString &why) { fail(why); });
    connect(m_sender, &FileSender::finished, this, [this] {
        setDone(m_size);
        m_stage = Stage::Confirm;
        setState(TransferInfo::State::Verifying);
        socket()->write(SlftProtocol::endLine(m_hash.result().toHex()));
        startWatchdog(60000);
        onReadyRead();
    });
    m_sender->start();
}

void SlftUploadJob::onDisconnected()
{
    onReadyRead();
    if (!isActive())
        return;
    fail(tr("Incomplete: the connection was cut after %1 of %2; start the upload again to resume.")
             .arg(ByteCountText::withUnits(info().bytesDone), ByteCountText::withUnits(m_size)));
}

void SlftUploadJob::releaseFiles(bool)
{
    m_hasher->cancel();
    if (m_sender)
        m_sender->stop();
}
