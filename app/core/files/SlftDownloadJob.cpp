#include "SlftDownloadJob.h"

#include <QDir>
#include <QFileInfo>
#include <QTcpSocket>

#include "ByteCountText.h"
#include "PrefixHasher.h"
#include "SafeFileName.h"
#include "SlftProtocol.h"

SlftDownloadJob::SlftDownloadJob(quint64 id, const TransferRequest &request, QObject *parent)
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
        m_prefixReady = true;
        if (m_stage == Stage::Status && socket() && socket()->state() == QAbstractSocket::ConnectedState)
            startWatchdog(statusTimeoutMs());   // onConnected() did not start it
        onReadyRead();   // data that arrived meanwhile
        if (isActive() && socket() && socket()->state() == QAbstractSocket::UnconnectedState)
            onDisconnected();   // the server closed while the prefix was being hashed
    });
}

void SlftDownloadJob::begin()
{
    m_stage = Stage::Status;
    m_size = -1;
    m_restartedFromZero = false;
    QString reason;
    const std::optional<QString> name = SafeFileName::fromPeer(request().remoteName, &reason);
    if (!name) {
        fail(reason);
        return;
    }
    m_finalName = *name;
    const QFileInfo out(request().localPath);
    if (!out.isDir() || !out.isWritable()) {
        fail(tr("The folder %1 does not exist or cannot be written.").arg(QDir::toNativeSeparators(request().localPath)));
        return;
    }
    if (!m_file.openResumable(request().localPath, m_finalName + PartialFile::partSuffix(), &reason)) {
        fail(reason);
        return;
    }
    setLocalPath(m_file.partPath());
    m_offset = m_file.size();
    m_hash.reset();
    setResumedFrom(m_offset);
    // The whole file is verified at the end, so the partial's bytes go into the hash first.
    // That runs while the request goes out and the server prepares its answer (a resume makes
    // it hash the same prefix of its file, unless it has the file's checksum cached); the data
    // waits in the socket until the prefix is done.
    m_prefixReady = false;
    m_hasher->start(&m_hash, m_file.partPath(), m_offset);
    connectToServer();
}

void SlftDownloadJob::onConnected()
{
    socket()->write(SlftProtocol::getRequest(request().remoteName, m_offset));
    // While this side hashes its partial file, the answer may already wait unread: the clock for
    // it starts once the hashing is done.
    if (m_prefixReady)
        startWatchdog(statusTimeoutMs());
}

int SlftDownloadJob::statusTimeoutMs() const
{
    // A resume makes the server hash the first `offset` bytes of its file before it answers
    // (unless it has the file's checksum cached): allow for a slow disk, 50 MiB/s.
    const qint64 hashingMs = m_offset / (50 * 1024 * 1024) * 1000;
    return int(qMin<qint64>(30000 + hashingMs, 3600 * 1000));
}

void SlftDownloadJob::onReadyRead()
{
    if (m_stage == Stage::Status)
        readStatus();
    if (m_stage == Stage::Data && isActive() && m_prefixReady) {
        QString error;
        if (!m_receiver.consume(socket(), &error)) {
            fail(error);
            return;
        }
        setDone(m_offset + m_receiver.received());
        if (m_receiver.isComplete()) {
            m_stage = Stage::End;
            setState(TransferInfo::State::Verifying);
            startWatchdog(30000);
        }
    }
    if (m_stage == Stage::End && isActive())
        readEnd();
}

void SlftDownloadJob::readStatus()
{
    if (!socket()->canReadLine()) {
        if (socket()->bytesAvailable() > SlftProtocol::MaxLineBytes)
            fail(tr("The server %1 does not speak SLFT/1 (no status line).").arg(serverName()));
        return;
    }
    stopWatchdog();
    const SlftProtocol::Status status = SlftProtocol::parseStatus(socket()->readLine(SlftProtocol::MaxLineBytes).chopped(1));
    if (status.code == SlftProtocol::BadOffset && m_offset > 0 && !m_restartedFromZero) {
        // The partial file is longer than the file on the server: it belongs to another
        // version. Start again from zero.
        QString error;
        if (!m_file.truncate(&error)) {
            fail(error);
            return;
        }
        m_restartedFromZero = true;
        m_hasher->cancel();
        m_prefixReady = true;
        m_offset = 0;
        m_hash.reset();
        setResumedFrom(0);
        connectToServer();
        return;
    }
    if (status.code != SlftProtocol::Ok) {
        if (status.code == 0)
            fail(tr("The server %1 does not speak SLFT/1.").arg(serverName()));
        else
            fail(tr("The server refused the download (%1): %2").arg(status.code).arg(status.rest));
        return;
    }
    const std::optional<QList<qint64>> numbers = SlftProtocol::numbers(status.rest, 2);
    if (!numbers || numbers->at(1) != m_offset || numbers->at(0) < m_offset) {
        fail(tr("The server's answer “%1” does not fit the request.").arg(status.rest));
        return;
    }
    m_size = numbers->at(0);
    setTotal(m_size);
    m_receiver.begin(&m_file, &m_hash, m_size - m_offset);
    m_stage = Stage::Data;
}

void SlftDownloadJob::readEnd()
{
    if (!socket()->canReadLine()) {
        if (socket()->bytesAvailable() > SlftProtocol::MaxLineBytes)
            fail(tr("The server did not end the transfer with “SLFT/1 END <sha256>”."));
        return;
    }
    stopWatchdog();
    const QByteArray line = socket()->readLine(SlftProtocol::MaxLineBytes).chopped(1);
    const std::optional<QByteArray> digest = SlftProtocol::parseEnd(line);
    if (!digest) {
        const SlftProtocol::Status status = SlftProtocol::parseStatus(line);
        if (status.code != 0 && status.code != SlftProtocol::Ok) {
            // 422 in place of END: the file changed on the server while it was being sent, so
            // the bytes received may mix two versions; they are of no use for a resume.
            if (status.code == SlftProtocol::ChecksumMismatch)
                m_file.discard();
            fail(tr("The server stopped the download (%1): %2").arg(status.code).arg(status.rest));
            return;
        }
        fail(tr("The server did not end the transfer with “SLFT/1 END <sha256>”."));
        return;
    }
    const QByteArray mine = m_hash.result().toHex();
    if (*digest != mine) {
        m_file.discard();
        fail(tr("Checksum mismatch: the server's SHA-256 is %1 but the received file has %2. The partial file was deleted; try again.")
                 .arg(QString::fromLatin1(*digest), QString::fromLatin1(mine)));
        return;
    }
    m_stage = Stage::Done;
    QString error;
    if (!m_file.commit(m_finalName, &error)) {
        fail(error);
        return;
    }
    setLocalPath(m_file.finalPath());
    succeed(tr("Saved as %1 (SHA-256 verified).").arg(QDir::toNativeSeparators(m_file.finalPath())));
}

void SlftDownloadJob::onDisconnected()
{
    onReadyRead();   // whatever is still buffered
    if (!isActive())
        return;
    if (m_stage == Stage::Status) {
        fail(tr("The server %1 closed the connection without an answer.").arg(serverName()));
        return;
    }
    if (!m_prefixReady)
        return;   // judged once the partial file is hashed and the buffer is read
    fail(tr("Incomplete: the connection was cut after %1 of %2. %3 is kept: start the download again to resume.")
             .arg(ByteCountText::withUnits(info().bytesDone), ByteCountText::withUnits(m_size), QDir::toNativeSeparators(m_file.partPath())));
}

void SlftDownloadJob::releaseFiles(bool)
{
    m_hasher->cancel();
    if (m_file.size() == 0)
        m_file.discard();   // nothing worth resuming
    else
        m_file.keep();      // "<name>.part": resumable
}
