#include "ClassicUploadSession.h"

#include <QDir>

#include "ByteCountText.h"
#include "ClassicProtocol.h"
#include "SafeFileName.h"
#include "StreamSocket.h"

ClassicUploadSession::ClassicUploadSession(StreamSocket *socket, const FileServerOptions &options, QObject *parent)
    : FileServerSession(socket, options, parent)
{
    connect(socket, &StreamSocket::readyRead, this, &ClassicUploadSession::onReadyRead);
    connect(socket, &StreamSocket::disconnected, this, &ClassicUploadSession::onPeerClosed);
}

void ClassicUploadSession::begin()
{
    startHeaderTimer();
    onReadyRead();
}

void ClassicUploadSession::onReadyRead()
{
    if (m_stage == Stage::Done) {
        socket()->skip(socket()->bytesAvailable());
        return;
    }
    if (m_stage == Stage::Receiving) {
        QString error;
        if (!m_receiver.consume(socket(), &error)) {
            fail(error);
            return;
        }
        setProgress(m_receiver.received());
        if (m_receiver.isComplete() && socket()->bytesAvailable() > 0)
            fail(tr("The client sent more than the announced %1.").arg(ByteCountText::count(info().bytesTotal)));
        return;
    }
    const qint64 room = options().maxHeaderBytes + 1 - m_buffer.size();
    m_buffer += socket()->read(qMax<qint64>(0, room));
    const ClassicProtocol::UploadHeader header = ClassicProtocol::parseUploadHeader(m_buffer);
    switch (header.status) {
    case ClassicProtocol::Status::Incomplete:
        if (m_buffer.size() > options().maxHeaderBytes)
            refuse({}, tr("The header is longer than %1 bytes without a complete “<name><SEPARATOR><size>”.")
                           .arg(options().maxHeaderBytes));
        return;
    case ClassicProtocol::Status::Invalid:
        refuse(header.name, header.error);
        return;
    case ClassicProtocol::Status::Complete:
        accept(header.name, header.size, m_buffer.mid(header.headerLength));
        m_buffer.clear();
        return;
    }
}

void ClassicUploadSession::accept(const QString &announcedName, qint64 size, const QByteArray &leftover)
{
    stopHeaderTimer();
    QString reason;
    const std::optional<QString> name = SafeFileName::fromPeer(announcedName, &reason);
    if (!name) {
        refuse(announcedName, reason);
        return;
    }
    const QString inbox = options().effectiveInbox();
    if (!m_file.openUploadTemporary(inbox, *name, &reason)) {
        refuse(announcedName, reason);
        return;
    }
    m_name = *name;
    startTransfer(announcedName, TransferInfo::Direction::Upload, TransferInfo::Protocol::Classic, size);
    mutableInfo().localPath = m_file.partPath();
    m_stage = Stage::Receiving;
    m_receiver.begin(&m_file, nullptr, size);
    socket()->write(ClassicProtocol::uploadAccepted());
    if (leftover.size() > size) {
        fail(tr("The client sent more than the announced %1.").arg(ByteCountText::count(size)));
        return;
    }
    QString error;
    if (!m_receiver.consume(leftover, &error)) {
        fail(error);
        return;
    }
    setProgress(m_receiver.received());
    onReadyRead();
}

void ClassicUploadSession::refuse(const QString &name, const QString &reason)
{
    stopHeaderTimer();
    m_stage = Stage::Done;
    startTransfer(name, TransferInfo::Direction::Upload, TransferInfo::Protocol::Classic, -1);
    finishTransfer(TransferInfo::State::Failed, tr("Refused: %1").arg(reason));
    socket()->write(ClassicProtocol::refusal(reason));
    closeGracefully();
}

void ClassicUploadSession::fail(const QString &reason)
{
    m_stage = Stage::Done;
    m_file.discard();
    finishTransfer(TransferInfo::State::Failed, reason);
    // Once the data flows the protocol has no way to say "not kept" but a reset: a clean close
    // would tell the client that every byte was taken.
    socket()->abortWithReset();
}

void ClassicUploadSession::onInputFinished()
{
    // The end of the client's stream is the end of the file (the protocol has no other);
    // then our side is closed too, cleanly, so the client knows every byte was taken.
    if (m_stage == Stage::Header)
        onReadyRead();   // a header and data may still wait in the buffer
    if (m_stage == Stage::Done)
        return;
    finishUpload();
    closeGracefully();
}

void ClassicUploadSession::onPeerClosed()
{
    finishUpload();
}

void ClassicUploadSession::finishUpload()
{
    if (m_stage == Stage::Header) {
        m_stage = Stage::Done;
        stopHeaderTimer();
        if (!m_buffer.isEmpty())
            logError(tr("The client closed the connection before the header “<name><SEPARATOR><size>” was complete."));
        return;
    }
    if (m_stage != Stage::Receiving)
        return;
    // Whatever is still buffered arrived before the end of the stream.
    QString error;
    if (!m_receiver.consume(socket(), &error)) {
        fail(error);
        return;
    }
    if (socket()->bytesAvailable() > 0) {
        fail(tr("The client sent more than the announced %1.").arg(ByteCountText::count(info().bytesTotal)));
        return;
    }
    m_stage = Stage::Done;
    setProgress(m_receiver.received());
    if (!m_receiver.isComplete()) {
        m_file.discard();
        finishTransfer(TransferInfo::State::Failed,
                       tr("Incomplete: the connection ended after %1; the partial file was deleted.")
                           .arg(ByteCountText::ofTotal(m_receiver.received(), info().bytesTotal)));
        return;
    }
    if (!m_file.commit(m_name, &error)) {
        finishTransfer(TransferInfo::State::Failed, error);
        return;
    }
    mutableInfo().localPath = m_file.finalPath();
    finishTransfer(TransferInfo::State::Done,
                   tr("Saved as %1.").arg(QDir::toNativeSeparators(m_file.finalPath())));
}

void ClassicUploadSession::onHeaderTimeout()
{
    if (m_stage != Stage::Header)
        return;
    refuse({}, tr("The header “<name><SEPARATOR><size>” did not arrive within %1 ms.").arg(options().headerTimeoutMs));
}

void ClassicUploadSession::releaseFiles()
{
    m_stage = Stage::Done;
    m_file.discard();
}
