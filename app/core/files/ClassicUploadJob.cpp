#include "ClassicUploadJob.h"

#include <QDir>
#include <QFileInfo>
#include <QTcpSocket>

#include "ByteCountText.h"
#include "ClassicProtocol.h"
#include "FileSender.h"
#include "HalfCloseWaiter.h"
#include "SafeFileName.h"

void ClassicUploadJob::begin()
{
    m_stage = Stage::Answer;
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

void ClassicUploadJob::onConnected()
{
    socket()->write(ClassicProtocol::uploadHeader(m_name, m_size));
    startWatchdog(30000);
}

void ClassicUploadJob::onReadyRead()
{
    if (m_stage != Stage::Answer) {
        socket()->skip(socket()->bytesAvailable());
        return;
    }
    const QByteArray answer = socket()->read(1024);
    if (answer.isEmpty())
        return;
    stopWatchdog();
    if (answer.startsWith("-1" + ClassicProtocol::separator())) {
        fail(tr("The server refused the upload: %1")
                 .arg(QString::fromUtf8(answer.mid(2 + ClassicProtocol::separator().size()))));
        return;
    }
    // The seed server answers "ok"; like the seed client, any answer means "go on".
    m_stage = Stage::Sending;
    delete m_sender;
    m_sender = new FileSender(socket(), this);
    QString error;
    if (!m_sender->open(request().localPath, 0, m_size, &error)) {
        fail(error);
        return;
    }
    connect(m_sender, &FileSender::progressed, this, [this](qint64 written) { setDone(written); });
    connect(m_sender, &FileSender::failed, this, [this](const QString &why) { fail(why); });
    connect(m_sender, &FileSender::finished, this, [this] {
        setDone(m_size);
        m_stage = Stage::Closing;
        // At once, from inside the socket's bytesWritten (aborting a QTcpSocket there is safe):
        // the server's end of stream must not reach QTcpSocket first, which cannot tell it from
        // a reset.
        waitForServerClose();
    });
    m_sender->start();
}

void ClassicUploadJob::waitForServerClose()
{
    if (m_closer || !isActive())
        return;
    if (socket()->bytesToWrite() > 0) {
        // Not all handed to the system yet: come back when it is.
        connect(socket(), &QTcpSocket::bytesWritten, this, &ClassicUploadJob::waitForServerClose, Qt::UniqueConnection);
        return;
    }
    // The protocol has no acknowledgement. What it can tell: our side says "that was all"
    // (half-close), and the server closes its side cleanly once it has read everything. A reset
    // (or an error) instead means the upload was not taken, e.g. the server's disk was full.
    m_closer = new HalfCloseWaiter(this);
    connect(m_closer, &HalfCloseWaiter::closedCleanly, this, [this] {
        const QString sent = ByteCountText::withUnits(m_size);
        succeed(HalfCloseWaiter::seesServerClose()
                    ? tr("Sent %1; the server read every byte and closed the connection cleanly (the classic protocol has no other confirmation).").arg(sent)
                    : tr("Sent %1 and closed the connection; this system cannot tell whether the server read every byte (the classic protocol has no confirmation).").arg(sent));
    });
    connect(m_closer, &HalfCloseWaiter::failed, this, [this](const QString &why) { fail(why); });
    m_closer->start(socket(), CloseTimeoutMs);
}

void ClassicUploadJob::onDisconnected()
{
    if (m_stage == Stage::Closing)
        return;   // the HalfCloseWaiter decides
    if (m_stage == Stage::Answer) {
        fail(tr("The server %1 closed the connection without answering.").arg(serverName()));
        return;
    }
    fail(tr("The server closed the connection after %1 of %2.")
             .arg(ByteCountText::withUnits(info().bytesDone), ByteCountText::withUnits(m_size)));
}

void ClassicUploadJob::releaseFiles(bool)
{
    if (m_sender)
        m_sender->stop();
    if (m_closer) {
        m_closer->disconnect(this);
        m_closer->deleteLater();   // may be the one signalling right now
        m_closer = nullptr;
    }
}
