#include "SlftSession.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>

#include "ByteCountText.h"
#include "ChecksumCache.h"
#include "FileSender.h"
#include "PrefixHasher.h"
#include "SafeFileName.h"
#include "UploadStateFolder.h"
#include "StreamSocket.h"

namespace {
// A file modified less than this before its download started is not remembered in the checksum
// cache: it could be written again within the same file-system timestamp tick without any
// visible change (and network file systems' clocks may be a little off).
constexpr qint64 SettleMarginMs = 2000;

int codeFor(RootedFile::Status status)
{
    switch (status) {
    case RootedFile::Status::NotFound:
    case RootedFile::Status::WrongType:
        return SlftProtocol::NotFound;
    case RootedFile::Status::Outside:
    case RootedFile::Status::Denied:
        return SlftProtocol::Forbidden;
    case RootedFile::Status::Ok:
    case RootedFile::Status::Failed:
        break;
    }
    return SlftProtocol::ServerError;
}
} // namespace

SlftSession::SlftSession(StreamSocket *socket, const FileServerOptions &options, std::shared_ptr<ChecksumCache> checksums,
                         QObject *parent)
    : FileServerSession(socket, options, parent)
    , m_folder(options.root)
    , m_checksums(std::move(checksums))
    , m_hasher(new PrefixHasher(this))
    , m_sender(new FileSender(socket, this))
{
    if (options.showUploads)
        m_folder.showUploads(options.effectiveInbox());
    connect(socket, &StreamSocket::readyRead, this, &SlftSession::onReadyRead);
    connect(socket, &StreamSocket::disconnected, this, &SlftSession::onPeerClosed);
    connect(m_sender, &FileSender::progressed, this, [this](qint64 written) { setProgress(m_offset + written); });
    connect(m_sender, &FileSender::finished, this, &SlftSession::finishGet);
    connect(m_sender, &FileSender::failed, this, [this](const QString &why) {
        finishTransfer(TransferInfo::State::Failed, why);
        m_stage = Stage::Done;
        this->socket()->abort();
    });
}

void SlftSession::begin()
{
    startHeaderTimer();
    onReadyRead();
}

void SlftSession::nextRequest()
{
    m_stage = Stage::Request;
    startHeaderTimer();
    // A request may already be waiting (pipelined).
    QTimer::singleShot(0, this, &SlftSession::onReadyRead);
}

void SlftSession::onReadyRead()
{
    switch (m_stage) {
    case Stage::Request:
        if (socket()->canReadLine()) {
            const QByteArray line = socket()->readLine(SlftProtocol::MaxLineBytes + 1);
            if (!line.endsWith('\n')) {
                failWith(SlftProtocol::TooLong, {});
                return;
            }
            handleRequest(line.chopped(1));
        } else if (socket()->bytesAvailable() > SlftProtocol::MaxLineBytes) {
            failWith(SlftProtocol::TooLong, {});
        } else if (socket()->isReadFinished()) {
            endOfInput();
        }
        return;
    case Stage::Receiving:
        receiveData();
        if (m_stage == Stage::Receiving && socket()->isReadFinished() && socket()->bytesAvailable() == 0)
            endOfInput();
        return;
    case Stage::WaitEnd:
        if (socket()->canReadLine()) {
            handleEnd(socket()->readLine(SlftProtocol::MaxLineBytes + 1).chopped(1));
        } else if (socket()->bytesAvailable() > SlftProtocol::MaxLineBytes) {
            failWith(SlftProtocol::TooLong, {});
        } else if (socket()->isReadFinished()) {
            endOfInput();
        }
        return;
    case Stage::Done:
        socket()->skip(socket()->bytesAvailable());
        return;
    case Stage::Hashing:
    case Stage::Sending:
        return;   // a pipelined request waits in the (capped) buffer
    }
}

void SlftSession::handleRequest(const QByteArray &line)
{
    stopHeaderTimer();
    const SlftProtocol::Request request = SlftProtocol::parseRequest(line);
    switch (request.verb) {
    case SlftProtocol::Request::Verb::List:
        handleList(request.path);
        return;
    case SlftProtocol::Request::Verb::Get:
        handleGet(request.path, request.number);
        return;
    case SlftProtocol::Request::Verb::Put:
        handlePut(request.path, request.number);
        return;
    case SlftProtocol::Request::Verb::Invalid:
        failWith(request.errorCode, request.error);
        return;
    }
}

void SlftSession::handleList(const QString &path)
{
    QString reason;
    QString inner;
    const SharedFolder &folder = m_folder.folderFor(path, &inner);   // "uploads/…": the inbox
    const RootedFile::Result dir = folder.openFolder(inner, &reason);
    if (!dir.ok()) {
        failWith(codeFor(dir.status), reason);
        return;
    }
    // Read from the folder that was opened, not from its name again. As before: no hidden
    // names, folders first, then by name regardless of case.
    QList<RootedFile::Entry> infos = folder.entries(dir);
    if (&folder == &m_folder && dir.resolved.isEmpty() && m_folder.showsUploads()) {
        // The top folder shows the inbox as "uploads" (in place of a real folder of that name).
        infos.removeIf([](const RootedFile::Entry &e) { return e.name == SharedFolder::UploadsFolderName; });
        const RootedFile::Result inbox =
            m_folder.folderFor(QString::fromLatin1(SharedFolder::UploadsFolderName), &inner).openFolder({});
        if (inbox.ok()) {
            RootedFile::Entry uploads;
            uploads.name = SharedFolder::UploadsFolderName;
            uploads.info = inbox.info;
            infos.append(uploads);
        }
    }
    std::sort(infos.begin(), infos.end(), [](const RootedFile::Entry &a, const RootedFile::Entry &b) {
        const bool aDir = a.info.isFolder();
        if (aDir != b.info.isFolder())
            return aDir;
        const int c = QString::compare(QFile::decodeName(a.name), QFile::decodeName(b.name), Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.name < b.name;
    });
    QByteArray body;
    int count = 0;
    for (const RootedFile::Entry &info : std::as_const(infos)) {
        const QString name = QFile::decodeName(info.name);
        if (name.startsWith(QLatin1Char('.')))
            continue;
        if (name.contains(QLatin1Char('\n')) || name.contains(QLatin1Char('\r')))
            continue;
        if (UploadStateFolder::isStateFolderName(name))
            continue;   // unfinished uploads, when the inbox is the shared folder
        // Symlinks that dangle or lead outside the shared folder are not among the entries;
        // one that leads to the shared folder itself is left out too.
        if (info.isSymlink && info.resolved.isEmpty())
            continue;
        RemoteEntry entry;
        entry.name = name;
        entry.isFolder = info.info.isFolder();
        entry.size = entry.isFolder ? 0 : info.info.size;
        entry.modified = QDateTime::fromMSecsSinceEpoch(
            info.info.modifiedSecs * 1000 + info.info.modifiedNsecs / 1000000, Qt::UTC);
        body += SlftProtocol::entryLine(entry);
        ++count;
    }
    socket()->write(SlftProtocol::statusLine(SlftProtocol::Ok, QString::number(count)));
    socket()->write(body);
    logState(tr("Listed “%1” (%n entries).", "", count).arg(path.isEmpty() ? QStringLiteral("/") : path));
    nextRequest();
}

void SlftSession::handleGet(const QString &path, qint64 offset)
{
    QString reason;
    RootedFile::Status status = RootedFile::Status::Failed;
    // Opened first (beneath the shared folder, whatever is swapped meanwhile), then decided on;
    // every byte sent or hashed is read through this descriptor.
    QString inner;
    m_source = m_folder.folderFor(path, &inner).openFile(inner, &m_path, &reason, &status);   // "uploads/…": the inbox
    if (!m_source) {
        logError(tr("Refused GET “%1”: %2").arg(path, reason));
        failWith(codeFor(status), reason);
        return;
    }
    const std::optional<FileIdentity> identity = FileIdentity::of(m_path);
    if (!identity || !identity->describes(*m_source)) {
        // Opened a moment ago, gone or replaced now.
        failWith(SlftProtocol::NotFound, {});
        return;
    }
    m_identity = *identity;
    m_size = identity->size;
    if (offset > m_size) {
        failWith(SlftProtocol::BadOffset,
                 tr("The offset %1 is beyond the end of the file (%2).").arg(offset).arg(ByteCountText::count(m_size)));
        return;
    }
    m_offset = offset;
    m_hash.reset();
    m_getStartedNs = QDateTime::currentMSecsSinceEpoch() * 1000000;
    m_knownDigest = m_checksums ? m_checksums->find(m_identity) : std::nullopt;
    startTransfer(path, TransferInfo::Direction::Download, TransferInfo::Protocol::Slft, m_size, offset);
    mutableInfo().localPath = m_path;
    if (offset == 0 || m_knownDigest) {
        sendData();
        return;
    }
    m_stage = Stage::Hashing;
    disconnect(m_hasher, nullptr, this, nullptr);
    connect(m_hasher, &PrefixHasher::finished, this, [this](bool ok, const QString &error) {
        if (!ok) {
            finishTransfer(TransferInfo::State::Failed, error);
            failWith(SlftProtocol::ServerError, error);
            return;
        }
        sendData();
    });
    m_hasher->start(&m_hash, *m_source, offset);
}

void SlftSession::sendData()
{
    QString error;
    const bool opened = m_source && m_sender->open(*m_source, m_path, m_offset, m_size - m_offset, &error);
    m_source.reset();   // the sender reads through its own duplicate
    if (!opened) {
        finishTransfer(TransferInfo::State::Failed, error);
        failWith(SlftProtocol::ServerError, error);
        return;
    }
    m_stage = Stage::Sending;
    socket()->write(SlftProtocol::statusLine(SlftProtocol::Ok, QStringLiteral("%1 %2").arg(m_size).arg(m_offset)));
    m_sender->setHash(m_knownDigest ? nullptr : &m_hash);
    m_sender->start();
}

void SlftSession::finishGet()
{
    const std::optional<FileIdentity> now = FileIdentity::of(m_path);
    if (!now || *now != m_identity) {
        // What was sent may mix two versions of the file: no END line (a digest of either
        // version would be wrong or stale), and nothing is remembered.
        if (m_checksums)
            m_checksums->remove(m_path);
        finishTransfer(TransferInfo::State::Failed,
                       tr("The file changed while it was being sent; the client was told to download it again."));
        failWith(SlftProtocol::ChecksumMismatch, tr("The file changed while it was being sent; download it again."));
        return;
    }
    QByteArray digest;
    if (m_knownDigest) {
        digest = *m_knownDigest;
    } else {
        digest = m_hash.result();
        if (m_checksums && m_identity.settledBefore(m_getStartedNs, SettleMarginMs))
            m_checksums->store(m_identity, digest);
    }
    socket()->write(SlftProtocol::endLine(digest.toHex()));
    finishTransfer(TransferInfo::State::Done,
                   m_knownDigest ? tr("SHA-256 taken from the cache (the file is unchanged).")
                                 : QString());
    nextRequest();
}

void SlftSession::handlePut(const QString &announced, qint64 size)
{
    QString reason;
    if (m_folder.isInUploads(announced)) {
        failWith(SlftProtocol::Forbidden, tr("The folder “uploads” only shows what was uploaded; it cannot be written to. "
                                             "Upload with a plain file name."));
        return;
    }
    const std::optional<QString> name = SafeFileName::fromPeer(announced, &reason);
    if (!name) {
        failWith(SlftProtocol::Forbidden, reason);
        return;
    }
    // Only a partial file that this server made for exactly this name and size is resumed; it
    // lives in the inbox's hidden state folder, out of reach of any upload name.
    bool busy = false;
    if (!m_file.openUpload(options().effectiveInbox(), *name, size, &reason, &busy)) {
        failWith(busy ? SlftProtocol::Busy : SlftProtocol::ServerError, reason);
        return;
    }
    if (m_file.size() > size && !m_file.truncate(&reason)) {
        m_file.keep();
        failWith(SlftProtocol::ServerError, reason);
        return;
    }
    m_path = *name;
    m_size = size;
    m_offset = m_file.size();
    m_hash.reset();
    startTransfer(announced, TransferInfo::Direction::Upload, TransferInfo::Protocol::Slft, size, m_offset);
    mutableInfo().localPath = m_file.partPath();
    // The answer goes out at once: the client hashes its own copy of the prefix while this
    // side hashes the partial file; its data waits in the socket until the prefix is done.
    socket()->write(SlftProtocol::statusLine(SlftProtocol::Ok, QString::number(m_offset)));
    auto ready = [this] {
        m_stage = Stage::Receiving;
        m_receiver.begin(&m_file, &m_hash, m_size - m_offset);
        receiveData();
    };
    if (m_offset == 0) {
        ready();
        return;
    }
    m_stage = Stage::Hashing;
    disconnect(m_hasher, nullptr, this, nullptr);
    connect(m_hasher, &PrefixHasher::finished, this, [this, ready](bool ok, const QString &error) {
        if (!ok) {
            m_file.keep();
            finishTransfer(TransferInfo::State::Failed, error);
            failWith(SlftProtocol::ServerError, error);
            return;
        }
        ready();
    });
    m_hasher->start(&m_hash, m_file.readPath(), m_offset);
}

void SlftSession::receiveData()
{
    QString error;
    if (!m_receiver.consume(socket(), &error)) {
        m_file.keep();
        finishTransfer(TransferInfo::State::Failed, error);
        failWith(SlftProtocol::ServerError, error);
        return;
    }
    setProgress(m_offset + m_receiver.received());
    if (m_receiver.isComplete() || m_size == m_offset) {
        m_stage = Stage::WaitEnd;
        mutableInfo().state = TransferInfo::State::Verifying;
        startHeaderTimer();
        onReadyRead();
    }
}

void SlftSession::handleEnd(const QByteArray &line)
{
    stopHeaderTimer();
    const std::optional<QByteArray> digest = SlftProtocol::parseEnd(line);
    if (!digest) {
        m_file.keep();
        finishTransfer(TransferInfo::State::Failed, tr("The client did not end the upload with “SLFT/1 END <sha256>”."));
        failWith(SlftProtocol::BadRequest, tr("Expected “SLFT/1 END <sha256>” after the data."));
        return;
    }
    const QByteArray mine = m_hash.result().toHex();
    if (*digest != mine) {
        m_file.discard();
        const QString why = tr("Checksum mismatch: the client says %1, the received data has %2; the partial file was deleted.")
                                .arg(QString::fromLatin1(*digest), QString::fromLatin1(mine));
        finishTransfer(TransferInfo::State::Failed, why);
        failWith(SlftProtocol::ChecksumMismatch, {});
        return;
    }
    QString error;
    if (!m_file.commit(m_path, &error)) {
        finishTransfer(TransferInfo::State::Failed, error);
        failWith(SlftProtocol::ServerError, error);
        return;
    }
    const QString saved = QFileInfo(m_file.finalPath()).fileName();
    mutableInfo().localPath = m_file.finalPath();
    finishTransfer(TransferInfo::State::Done, tr("Saved as %1 (SHA-256 verified).").arg(QDir::toNativeSeparators(m_file.finalPath())));
    socket()->write(SlftProtocol::statusLine(SlftProtocol::Ok, saved));
    nextRequest();
}

void SlftSession::failWith(int code, const QString &detail)
{
    m_stage = Stage::Done;
    stopHeaderTimer();
    socket()->write(SlftProtocol::errorLine(code, detail));
    closeGracefully();
}

void SlftSession::onPeerClosed()
{
    const Stage stage = m_stage;
    m_stage = Stage::Done;
    m_hasher->cancel();
    m_sender->stop();
    switch (stage) {
    case Stage::Hashing:
    case Stage::Receiving:
    case Stage::WaitEnd:
        if (m_file.isOpen()) {
            const QString part = QDir::toNativeSeparators(m_file.partPath());
            m_file.keep();
            finishTransfer(TransferInfo::State::Failed,
                           tr("The connection ended after %1; %2 is kept so the upload can resume.")
                               .arg(ByteCountText::ofTotal(info().bytesDone, info().bytesTotal), part));
            return;
        }
        finishTransfer(TransferInfo::State::Failed, tr("The client closed the connection."));
        return;
    case Stage::Sending:
        finishTransfer(TransferInfo::State::Failed,
                       tr("The client closed the connection after %1.").arg(ByteCountText::ofTotal(info().bytesDone, info().bytesTotal)));
        return;
    case Stage::Request:
    case Stage::Done:
        return;
    }
}

void SlftSession::onInputFinished()
{
    // The client sends nothing more (half-close after LIST, GET or PUT … END): what it sent
    // is still handled and answered in full; in a stage that reads, onReadyRead() ends it.
    onReadyRead();
}

bool SlftSession::waitsForPeer() const
{
    return m_stage != Stage::Hashing;
}

void SlftSession::endOfInput()
{
    // Only called while reading and with nothing usable left in the buffer.
    switch (m_stage) {
    case Stage::Request:
        if (socket()->bytesAvailable() > 0) {
            failWith(SlftProtocol::BadRequest, tr("The request line ended without a line end (LF)."));
            return;
        }
        m_stage = Stage::Done;
        stopHeaderTimer();
        closeGracefully();   // every request has been answered
        return;
    case Stage::Receiving:
    case Stage::WaitEnd: {
        const QString part = QDir::toNativeSeparators(m_file.partPath());
        m_file.keep();
        const QString why = m_stage == Stage::WaitEnd
            ? tr("The client finished sending without “SLFT/1 END <sha256>”; %1 is kept so the upload can resume.").arg(part)
            : tr("The client finished sending after %1; %2 is kept so the upload can resume.")
                  .arg(ByteCountText::ofTotal(info().bytesDone, info().bytesTotal), part);
        finishTransfer(TransferInfo::State::Failed, why);
        failWith(SlftProtocol::BadRequest, tr("The data ended before the announced size and “SLFT/1 END <sha256>”."));
        return;
    }
    case Stage::Hashing:
    case Stage::Sending:
    case Stage::Done:
        return;
    }
}

void SlftSession::onHeaderTimeout()
{
    if (m_stage == Stage::Request) {
        // An idle connection or a request line that never ends.
        if (socket()->bytesAvailable() > 0)
            failWith(SlftProtocol::Timeout, {});
        else
            closeGracefully();
    } else if (m_stage == Stage::WaitEnd) {
        m_file.keep();
        finishTransfer(TransferInfo::State::Failed, SlftProtocol::message(SlftProtocol::Timeout));
        failWith(SlftProtocol::Timeout, {});
    }
}

void SlftSession::releaseFiles()
{
    m_stage = Stage::Done;
    m_hasher->cancel();
    m_sender->stop();
    m_file.keep();   // in the inbox's hidden state folder, resumable
}
