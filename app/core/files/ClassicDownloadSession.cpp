#include "ClassicDownloadSession.h"

#include <QFileInfo>
#include <QStringDecoder>

#include "ByteCountText.h"
#include "ClassicProtocol.h"
#include "FileSender.h"
#include "StreamSocket.h"

ClassicDownloadSession::ClassicDownloadSession(StreamSocket *socket, const FileServerOptions &options, QObject *parent)
    : FileServerSession(socket, options, parent)
    , m_folder(options.root)
    , m_pause(this)
{
    if (options.showUploads)
        m_folder.showUploads(options.effectiveInbox());
    m_pause.setSingleShot(true);
    connect(&m_pause, &QTimer::timeout, this, &ClassicDownloadSession::startStreaming);
    connect(socket, &StreamSocket::readyRead, this, &ClassicDownloadSession::onReadyRead);
    connect(socket, &StreamSocket::bytesWritten, this, &ClassicDownloadSession::onBytesWritten);
    connect(socket, &StreamSocket::disconnected, this, &ClassicDownloadSession::onPeerClosed);
}

void ClassicDownloadSession::begin()
{
    startHeaderTimer();
    onReadyRead();
}

void ClassicDownloadSession::onReadyRead()
{
    if (m_stage != Stage::Name) {
        socket()->skip(socket()->bytesAvailable());   // nothing more is expected from the client
        return;
    }
    const qint64 room = options().maxHeaderBytes + 1 - m_buffer.size();
    m_buffer += socket()->read(qMax<qint64>(0, room));
    if (m_buffer.isEmpty())
        return;
    if (m_buffer.size() > options().maxHeaderBytes) {
        refuse(tr("(a name longer than %1 bytes)").arg(options().maxHeaderBytes),
               tr("The requested name is longer than %1 bytes.").arg(options().maxHeaderBytes));
        return;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString name = decoder.decode(m_buffer);
    if (decoder.hasError())
        return;   // maybe the rest of a character is on its way; the header timeout ends it
    handleName(name);
}

void ClassicDownloadSession::handleName(const QString &name)
{
    stopHeaderTimer();
    QString reason;
    // Opened first (beneath the shared folder, whatever is swapped meanwhile), then decided on;
    // the sender reads only through this descriptor.
    QString inner;
    // "uploads/…" while uploads are shown: the inbox, read-only (as for SLFT/1).
    const std::unique_ptr<QFile> opened = m_folder.folderFor(name, &inner).openFile(inner, &m_path, &reason);
    if (!opened) {
        refuse(name, reason);
        return;
    }
    const qint64 size = opened->size();
    m_sender = new FileSender(socket(), this);
    QString error;
    if (!m_sender->open(*opened, m_path, 0, size, &error)) {
        refuse(name, error);
        return;
    }
    connect(m_sender, &FileSender::progressed, this, [this](qint64 written) { setProgress(written); });
    connect(m_sender, &FileSender::finished, this, [this] {
        m_stage = Stage::Done;
        finishTransfer(TransferInfo::State::Done, {});
        closeGracefully();
    });
    connect(m_sender, &FileSender::failed, this, [this](const QString &why) {
        m_stage = Stage::Done;
        finishTransfer(TransferInfo::State::Failed, why);
        closeGracefully();
    });
    startTransfer(name, TransferInfo::Direction::Download, TransferInfo::Protocol::Classic, size);
    mutableInfo().localPath = m_path;
    m_stage = Stage::Answered;
    socket()->write(ClassicProtocol::foundAnswer(size));
}

void ClassicDownloadSession::refuse(const QString &name, const QString &reason)
{
    stopHeaderTimer();
    m_stage = Stage::Done;
    startTransfer(name, TransferInfo::Direction::Download, TransferInfo::Protocol::Classic, -1);
    finishTransfer(TransferInfo::State::Failed, tr("Refused: %1").arg(reason));
    socket()->write(ClassicProtocol::missingAnswer(name));
    closeGracefully();
}

void ClassicDownloadSession::onBytesWritten()
{
    // The answer is on the wire: pause briefly so it arrives alone, then send the data.
    if (m_stage == Stage::Answered && socket()->bytesToWrite() == 0) {
        m_stage = Stage::Pausing;
        m_pause.start(options().answerDelayMs);
    }
}

void ClassicDownloadSession::startStreaming()
{
    if (m_stage != Stage::Pausing)
        return;
    m_stage = Stage::Streaming;
    m_sender->start();
}

void ClassicDownloadSession::onHeaderTimeout()
{
    if (m_stage != Stage::Name)
        return;
    if (m_buffer.isEmpty()) {
        m_stage = Stage::Done;
        logError(tr("No file name arrived within %1 ms; the connection was closed.").arg(options().headerTimeoutMs));
        closeGracefully();
        return;
    }
    refuse(QString::fromUtf8(m_buffer), tr("The file name is not valid UTF-8."));
}

void ClassicDownloadSession::onPeerClosed()
{
    if (m_stage == Stage::Done)
        return;
    const Stage stage = m_stage;
    m_stage = Stage::Done;
    m_pause.stop();
    if (m_sender)
        m_sender->stop();
    if (stage == Stage::Name) {
        if (!m_buffer.isEmpty())
            refuse(QString::fromUtf8(m_buffer), tr("The client closed the connection."));
        return;
    }
    finishTransfer(TransferInfo::State::Failed,
                   tr("The client closed the connection after %1.")
                       .arg(ByteCountText::ofTotal(info().bytesDone, info().bytesTotal)));
}

void ClassicDownloadSession::onInputFinished()
{
    // A client that sent the name and then shut down its side (`nc -N`, shutdown(SHUT_WR))
    // still gets the answer and the whole file; only a name that never came ends here.
    if (m_stage != Stage::Name)
        return;
    onReadyRead();
    if (m_stage != Stage::Name)
        return;
    if (m_buffer.isEmpty()) {
        m_stage = Stage::Done;
        stopHeaderTimer();
        logState(tr("The client finished sending without asking for a file; the connection was closed."));
        closeGracefully();
        return;
    }
    refuse(QString::fromUtf8(m_buffer), tr("The file name is not valid UTF-8."));
}

void ClassicDownloadSession::releaseFiles()
{
    m_pause.stop();
    if (m_sender)
        m_sender->stop();
}
