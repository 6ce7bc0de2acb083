#include "ClassicDownloadJob.h"

#include <QDir>
#include <QFileInfo>
#include <QTcpSocket>

#include "ByteCountText.h"
#include "ClassicProtocol.h"
#include "SafeFileName.h"

void ClassicDownloadJob::begin()
{
    m_stage = Stage::Answer;
    m_buffer.clear();
    m_size = -1;
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
    connectToServer();
}

void ClassicDownloadJob::onConnected()
{
    // Like the seed client: the name, UTF-8, no terminator, in one send.
    socket()->write(request().remoteName.toUtf8());
    startWatchdog(30000);
}

void ClassicDownloadJob::onReadyRead()
{
    if (m_stage == Stage::Answer && !readAnswer())
        return;
    receive();
}

bool ClassicDownloadJob::readAnswer()
{
    m_buffer += socket()->read(4096 - m_buffer.size());
    const ClassicProtocol::Answer answer = ClassicProtocol::parseAnswer(m_buffer);
    switch (answer.status) {
    case ClassicProtocol::Status::Incomplete:
        if (m_buffer.size() >= 4096)
            fail(tr("The server's answer is not “0<SEPARATOR><size>” or “-1<SEPARATOR><message>”."));
        return false;
    case ClassicProtocol::Status::Invalid:
        fail(answer.message);
        return false;
    case ClassicProtocol::Status::Complete:
        break;
    }
    stopWatchdog();
    if (!answer.found) {
        // The server's own words (the seed server says “missing.txt文件不存在”), quoted as such.
        fail(tr("The server answered: “%1”").arg(answer.message));
        return false;
    }
    m_size = answer.size;
    m_sizeDigits = QByteArray::number(m_size);
    setTotal(m_size);
    QString error;
    if (!m_file.openFresh(request().localPath, m_finalName, &error)) {
        fail(error);
        return false;
    }
    setLocalPath(m_file.partPath());
    m_receiver.begin(&m_file, nullptr, m_size);
    m_stage = Stage::Data;
    const QByteArray leftover = m_buffer.mid(answer.headerLength);
    m_buffer.clear();
    if (leftover.size() > m_size) {
        fail(tr("The server sent more than the announced %1.").arg(ByteCountText::withUnits(m_size)));
        return false;
    }
    if (!m_receiver.consume(leftover, &error)) {
        fail(error);
        return false;
    }
    setDone(m_receiver.received());
    return true;
}

bool ClassicDownloadJob::receive()
{
    QString error;
    if (!m_receiver.consume(socket(), &error)) {
        fail(error);
        return false;
    }
    setDone(m_receiver.received());
    if (m_receiver.isComplete() && socket()->bytesAvailable() > 0) {
        fail(tr("The server sent more than the announced %1.").arg(ByteCountText::withUnits(m_size)));
        return false;
    }
    return true;
}

void ClassicDownloadJob::onDisconnected()
{
    if (m_stage == Stage::Answer) {
        if (!m_buffer.isEmpty() && readAnswer())
            onDisconnected();
        else if (isActive())
            fail(tr("The server %1 closed the connection without a complete answer.").arg(serverName()));
        return;
    }
    if (!receive())
        return;
    // The classic protocol ends with EOF: only the announced size is a success.
    if (!m_receiver.isComplete() && !resolveAmbiguousSize()) {
        fail(tr("Incomplete: the connection ended after %1 of %2; the partial file was deleted.")
                 .arg(ByteCountText::withUnits(m_receiver.received()), ByteCountText::withUnits(m_size)));
        return;
    }
    QString error;
    if (!m_file.commit(m_finalName, &error)) {
        fail(error);
        return;
    }
    setLocalPath(m_file.finalPath());
    succeed(tr("Saved as %1.").arg(QDir::toNativeSeparators(m_file.finalPath())));
}

// "0<SEPARATOR>10" followed at once by a file that starts with digits ("123…") reads as
// "0<SEPARATOR>10123…": where the size ends is only known at the end of the stream. When the
// count does not fit the size as parsed, a shorter size that fits exactly is the real one, and
// the digits after it were the first bytes of the file.
bool ClassicDownloadJob::resolveAmbiguousSize()
{
    const qint64 afterSeparator = m_sizeDigits.size() + m_receiver.received();
    for (qsizetype k = m_sizeDigits.size() - 1; k >= 1; --k) {
        const qint64 size = m_sizeDigits.left(k).toLongLong();
        if (afterSeparator - k != size)
            continue;
        QString error;
        if (!m_file.insertAtStart(m_sizeDigits.mid(k), &error)) {
            fail(error);
            return false;
        }
        m_size = size;
        setTotal(size);
        setDone(size);
        return true;
    }
    return false;
}

void ClassicDownloadJob::releaseFiles(bool)
{
    m_file.discard();   // the classic protocol cannot resume
}
