#include "TcpConnection.h"

#include <QDateTime>
#include <QLocale>
#include <QTimer>

#include "ByteCountText.h"
#include "Endpoint.h"
#include "ReceiveBudget.h"
#include "StreamSocket.h"

namespace {

// The socket buffers at most this much that we have not read yet; the rest waits in the
// kernel, so a flooding peer is slowed down by TCP itself.
constexpr qint64 ReadBufferSize = 4 * TcpConnection::ReadChunk;
// A streamed file is read from disk only while less than this waits in the socket.
constexpr qint64 FileWindow = 1024 * 1024;
// Payloads up to this size are framed into one buffer (one write); larger ones are written as
// header + payload + trailer so the payload is never copied.
constexpr qsizetype CopyFrameLimit = 64 * 1024;
// A graceful close that cannot flush (the peer reads nothing for this long) becomes an abort.
constexpr int CloseTimeoutMs = 10000;

QString sizeText(qint64 bytes)
{
    return ByteCountText::compact(bytes, 1);
}

} // namespace

TcpConnection::TcpConnection(StreamSocket *socket, quint64 id, Framer::Mode framing, qint64 maxMessage,
                             QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_framer(framing, maxMessage)
{
    // Parented too, so that moveToThread() takes the socket along; the unique_ptr deletes it
    // first, which removes it from our children.
    m_socket->setParent(this);
    m_socket->setReadBufferSize(ReadBufferSize);
    m_peerHost = Endpoint::hostText(m_socket->peerAddress());
    m_peerPort = m_socket->peerPort();
    m_peer = Endpoint::format(m_peerHost, m_peerPort);
    m_local = Endpoint::format(m_socket->localAddress(), m_socket->localPort());
    m_stats.id = id;
    m_stats.peer = m_peer;
    m_stats.connectedSinceMsecs = QDateTime::currentMSecsSinceEpoch();

    connect(m_socket.get(), &QIODevice::readyRead, this, &TcpConnection::onReadyRead);
    connect(m_socket.get(), &QIODevice::bytesWritten, this, &TcpConnection::onBytesWritten);
    connect(m_socket.get(), &StreamSocket::disconnected, this, &TcpConnection::onDisconnected);
    connect(m_socket.get(), &StreamSocket::errorOccurred, this, &TcpConnection::onError);
    connect(m_socket.get(), &StreamSocket::readFinished, this, &TcpConnection::onReadFinished);
    m_closeTimer.setParent(this);
    m_closeTimer.setSingleShot(true);
    connect(&m_closeTimer, &QTimer::timeout, this, [this] {
        if (!m_finished)
            closeNow(tr("%1 did not take our remaining data, so the connection was closed without it.").arg(m_peer), true);
    });
    m_partialTimer.setParent(this);
    m_partialTimer.setSingleShot(true);
    connect(&m_partialTimer, &QTimer::timeout, this, &TcpConnection::onPartialTimer);

    // Data (or a close) may have arrived before we were listening.
    scheduleRead();
    if (m_socket->isReadFinished())
        onReadFinished();
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        QTimer::singleShot(0, this, [this] {
            if (!m_finished && m_socket->state() == QAbstractSocket::UnconnectedState)
                onDisconnected();
        });
    }
}

TcpConnection::~TcpConnection()
{
    if (m_budget)
        m_budget->adjust(-m_budgeted);
    if (m_socket) {
        disconnect(m_socket.get(), nullptr, this, nullptr);
        m_socket->abort();
    }
}

quint64 TcpConnection::id() const
{
    return m_stats.id;
}

QString TcpConnection::peer() const
{
    return m_peer;
}

QString TcpConnection::local() const
{
    return m_local;
}

ConnectionStats TcpConnection::stats() const
{
    ConnectionStats s = m_stats;
    s.queuedBytes = backlog();
    return s;
}

void TcpConnection::resetCounters()
{
    m_stats.bytesIn = 0;
    m_stats.bytesOut = 0;
    m_stats.messagesIn = 0;
    m_stats.messagesOut = 0;
    m_stats.peakQueuedBytes = backlog();
}

qint64 TcpConnection::backlog() const
{
    if (m_finished)
        return 0;
    return m_socket->bytesToWrite() + m_afterFileBytes;
}

void TcpConnection::setFraming(Framer::Mode mode)
{
    if (mode != m_framer.mode())
        m_framer.setMode(mode);
}

void TcpConnection::setRole(SocketErrorText::Role role)
{
    m_role = role;
}

void TcpConnection::setReadPaused(bool paused)
{
    if (m_readPaused == paused)
        return;
    m_readPaused = paused;
    if (!paused)
        scheduleRead();
}

void TcpConnection::setReceiveBudget(ReceiveBudget *budget)
{
    if (m_budget)
        m_budget->adjust(-m_budgeted);
    m_budgeted = 0;
    m_budget = budget;
    accountPending();
}

void TcpConnection::setPartialTimeout(int msecs)
{
    m_partialTimeoutMs = qMax(0, msecs);
    if (m_partialTimeoutMs == 0)
        m_partialTimer.stop();
    else if (m_framer.pendingBytes() > 0 && !m_finished)
        m_partialTimer.start(m_partialTimeoutMs);
}

qint64 TcpConnection::pendingBytes() const
{
    return m_framer.pendingBytes();
}

TrafficEvent::Action TcpConnection::closeAction() const
{
    return m_closeAction;
}

void TcpConnection::send(const QByteArray &payload, const QByteArray &lineEnding)
{
    if (m_finished || m_closing)
        return;
    if (m_framer.mode() == Framer::Mode::Raw) {
        if (m_file) {
            // Never in the middle of the file's bytes: queued behind it (and counted in backlog()).
            m_afterFileBytes += payload.size();
            m_afterFile.append(payload);
            noteBacklog();
        } else {
            write(payload);
        }
        ++m_stats.messagesOut;
        emit messageSent(payload);
        return;
    }
    const QByteArray framed = m_framer.frame(payload, lineEnding);
    if (m_file) {
        m_afterFileBytes += framed.size();
        m_afterFile.append(framed);
        noteBacklog();
    } else if (payload.size() <= CopyFrameLimit) {
        write(framed);
    } else {
        write(m_framer.header(payload.size()));
        write(payload);
        write(m_framer.trailer(lineEnding));
    }
    ++m_stats.messagesOut;
    emit messageSent(framed);
}

bool TcpConnection::sendFile(const QString &path, QString *error)
{
    auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (m_finished || m_closing)
        return fail(tr("The connection to %1 is closed.").arg(m_peer));
    if (m_file)
        return fail(tr("Another file is still being sent to %1; wait until it is done.").arg(m_peer));
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return fail(tr("Cannot open “%1”: %2").arg(path, file->errorString()));
    if (file->isSequential())
        return fail(tr("“%1” is not a regular file.").arg(path));
    const qint64 size = file->size();
    if (m_framer.mode() == Framer::Mode::LengthPrefixed && size > qint64(0xffffffffu))
        return fail(tr("“%1” is %2, too large for a 4-byte length prefix (at most 4 GiB).").arg(path, sizeText(size)));
    m_file = std::move(file);
    m_filePath = path;
    m_fileSize = size;
    m_fileRemaining = size;
    write(m_framer.header(size));
    pumpFile();
    return true;
}

void TcpConnection::pumpFile()
{
    while (m_file && !m_finished && m_fileRemaining > 0 && m_socket->bytesToWrite() < FileWindow) {
        const QByteArray chunk = m_file->read(qMin(ReadChunk, m_fileRemaining));
        if (chunk.isEmpty()) {
            const QString text = tr("Reading “%1” failed after %2: %3")
                                     .arg(m_filePath, ByteCountText::ofTotal(m_fileSize - m_fileRemaining, m_fileSize),
                                          m_file->atEnd() ? tr("the file became shorter") : m_file->errorString());
            emit warning(text);
            m_file.reset();
            if (m_framer.mode() != Framer::Mode::Raw) {
                // The peer expects more bytes of this message: the framing cannot be repaired.
                drop(tr("%1 Closed the connection to %2 because the message could not be completed.").arg(text, m_peer));
            }
            return;
        }
        write(chunk);
        m_fileRemaining -= chunk.size();
    }
    if (m_file && m_fileRemaining == 0)
        finishFile();
}

void TcpConnection::finishFile()
{
    write(m_framer.trailer());
    ++m_stats.messagesOut;
    const QString path = m_filePath;
    const qint64 size = m_fileSize;
    m_file.reset();
    const QList<QByteArray> queued = std::move(m_afterFile);
    m_afterFile.clear();
    m_afterFileBytes = 0;
    for (const QByteArray &bytes : queued)
        write(bytes);
    emit fileSent(path, size);
    if (m_closing && !m_finished)
        m_socket->disconnectFromHost();
}

void TcpConnection::write(const QByteArray &bytes)
{
    if (bytes.isEmpty() || m_finished || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_socket->write(bytes);
    noteBacklog();
}

void TcpConnection::noteBacklog()
{
    const qint64 b = backlog();
    if (b > m_stats.peakQueuedBytes)
        m_stats.peakQueuedBytes = b;
}

void TcpConnection::scheduleRead()
{
    if (m_readScheduled || m_finished)
        return;
    m_readScheduled = true;
    QMetaObject::invokeMethod(this, &TcpConnection::onReadyRead, Qt::QueuedConnection);
}

void TcpConnection::onReadyRead()
{
    m_readScheduled = false;
    if (m_inRead || m_finished)
        return;
    m_inRead = true;
    QList<QByteArray> messages;
    QList<QByteArray> wire;
    const bool draining = m_socket->state() != QAbstractSocket::ConnectedState;
    while (!m_finished && (draining || (!m_readPaused && !m_writeThrottled && !m_closing))) {
        const QByteArray chunk = m_socket->read(ReadChunk);
        if (chunk.isEmpty())
            break;
        m_stats.bytesIn += chunk.size();
        emit chunkReceived(chunk);
        messages.clear();
        wire.clear();
        QString error;
        const bool ok = m_framer.feed(chunk, &messages, &error, &wire);
        for (qsizetype i = 0; i < messages.size(); ++i) {
            ++m_stats.messagesIn;
            emit messageReceived(messages.at(i), wire.at(i));
            if (m_finished)
                break;
        }
        if (!ok && !m_finished) {
            drop(tr("%1 broke the framing, so the connection was closed: %2").arg(m_peer, error));
            break;
        }
        m_lastInputMs = QDateTime::currentMSecsSinceEpoch();
        if (!m_finished && !accountPending())
            break;
        if (!draining && backlog() > HighWater)
            m_writeThrottled = true;   // resumed by onBytesWritten once the peer has read enough
    }
    m_inRead = false;
    if (m_peerDone && !m_peerDoneHandled && !m_finished && m_socket->bytesAvailable() == 0)
        finishPeerInput();
}

bool TcpConnection::accountPending()
{
    const qint64 pending = m_framer.pendingBytes();
    if (m_partialTimeoutMs > 0) {
        if (pending == 0)
            m_partialTimer.stop();
        else if (!m_partialTimer.isActive())
            m_partialTimer.start(m_partialTimeoutMs);
    }
    if (!m_budget || pending == m_budgeted)
        return true;
    const bool grew = pending > m_budgeted;
    const bool within = m_budget->adjust(pending - m_budgeted);
    m_budgeted = pending;
    if (within || !grew)
        return true;
    drop(tr("%1 sent %2 of a message without its end while all clients together already hold %3 of unfinished messages (the server's limit), so it was disconnected.")
             .arg(m_peer, sizeText(pending), sizeText(m_budget->limit())));
    return false;
}

void TcpConnection::onPartialTimer()
{
    if (m_finished || m_framer.pendingBytes() == 0)
        return;
    const qint64 idle = QDateTime::currentMSecsSinceEpoch() - m_lastInputMs;
    if (idle < m_partialTimeoutMs) {
        m_partialTimer.start(int(m_partialTimeoutMs - idle));   // bytes came meanwhile
        return;
    }
    drop(tr("%1 sent %2 of a message and then nothing for %3 s, so it was disconnected (an unfinished message may wait at most that long).")
             .arg(m_peer, sizeText(m_framer.pendingBytes()), QString::number(m_partialTimeoutMs / 1000.0, 'g', 3)));
}

void TcpConnection::onReadFinished()
{
    if (m_peerDone)
        return;
    m_peerDone = true;
    scheduleRead();   // what is still buffered is delivered first; then finishPeerInput()
}

void TcpConnection::finishPeerInput()
{
    m_peerDoneHandled = true;
    m_partialTimer.stop();
    QByteArray wire;
    if (const std::optional<QByteArray> last = m_framer.takeIncompleteLine(&wire)) {
        ++m_stats.messagesIn;
        emit messageReceived(*last, wire);
        if (m_finished)
            return;
    } else if (m_framer.pendingBytes() > 0) {
        emit warning(tr("%1 finished sending in the middle of a message; its %2 were discarded.")
                         .arg(m_peer, sizeText(m_framer.pendingBytes())));
    }
    accountPending();
    emit peerFinished();
    close();   // what we owe (replies, a file being sent) is written first
}

void TcpConnection::onBytesWritten(qint64 bytes)
{
    m_stats.bytesOut += bytes;
    emit bytesWritten(bytes);
    if (m_finished)
        return;
    if (m_closeTimer.isActive())
        m_closeTimer.start(CloseTimeoutMs);   // progress: the peer is still reading
    if (m_file)
        pumpFile();
    if (m_writeThrottled && backlog() <= HighWater / 2) {
        m_writeThrottled = false;
        scheduleRead();
    }
}

void TcpConnection::close()
{
    if (m_finished || m_closing)
        return;
    m_closing = true;
    m_closeTimer.start(CloseTimeoutMs);
    if (!m_file)
        m_socket->disconnectFromHost();   // flushes what is queued first
}

void TcpConnection::abort()
{
    closeNow(tr("Closed the connection to %1.").arg(m_peer), false);
}

void TcpConnection::drop(const QString &reason)
{
    closeNow(reason, true);
}

qint64 TcpConnection::undeliveredNow() const
{
    return m_socket->bytesToWrite() + m_afterFileBytes + (m_file ? m_fileRemaining : 0);
}

void TcpConnection::closeNow(const QString &reason, bool error)
{
    if (m_finished)
        return;
    m_undelivered = qMax(m_undelivered, undeliveredNow());
    const qint64 lost = m_undelivered;
    m_finished = true;      // the disconnected() that abort() emits is ours, not news
    m_socket->abort();
    m_finished = false;
    QString text = reason;
    if (lost > 0)
        text += QLatin1Char(' ') + tr("%1 of our data was not delivered.").arg(ByteCountText::withUnits(lost));
    finish(text, error, TrafficEvent::Action::ClosedByUs);
}

void TcpConnection::onError(QAbstractSocket::SocketError error)
{
    if (m_finished)
        return;
    if (!m_hadError) {
        m_hadError = true;
        m_lastError = error;
        m_lastErrorText = m_socket->errorString();
    }
    m_undelivered = qMax(m_undelivered, undeliveredNow());
    // Normally disconnected() follows; make sure we finish even if it does not.
    QTimer::singleShot(0, this, [this] {
        if (!m_finished && m_socket->state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
}

void TcpConnection::onDisconnected()
{
    if (m_finished)
        return;
    if (m_inRead) {
        // Emitted from inside a read: finish once the read loop has unwound.
        QTimer::singleShot(0, this, [this] {
            if (!m_finished)
                onDisconnected();
        });
        return;
    }
    m_undelivered = qMax(m_undelivered, undeliveredNow());
    // Whatever the peer sent before closing is still ours to count and deliver.
    onReadyRead();
    if (m_finished)
        return;
    QString reason;
    bool error = false;
    using Action = TrafficEvent::Action;
    Action action = Action::ClosedByPeer;
    if (m_hadError && m_socket->isReset()) {
        reason = SocketErrorText::reset(m_peerHost, m_peerPort);
        error = true;
        action = Action::Reset;
    } else if (m_hadError && m_lastError != QAbstractSocket::RemoteHostClosedError) {
        reason = SocketErrorText::explain(m_lastError, m_role, m_peerHost, m_peerPort, m_lastErrorText);
        error = true;
        action = m_lastError == QAbstractSocket::SocketTimeoutError ? Action::TimedOut : Action::OtherError;
    } else if (m_closing && !m_hadError && m_peerDoneHandled && m_role == SocketErrorText::Role::TcpClient) {
        // The server ended its side first; we only followed.
        reason = SocketErrorText::explain(QAbstractSocket::RemoteHostClosedError, m_role, m_peerHost, m_peerPort);
    } else if (m_closing && !m_hadError && m_peerDoneHandled) {
        reason = tr("Closed the connection to %1 after it finished sending.").arg(m_peer);
    } else if (m_closing && !m_hadError) {
        reason = tr("Closed the connection to %1.").arg(m_peer);
        action = Action::ClosedByUs;
    } else {
        reason = SocketErrorText::explain(QAbstractSocket::RemoteHostClosedError, m_role, m_peerHost, m_peerPort);
    }
    if (m_undelivered > 0) {
        reason += QLatin1Char(' ') + tr("%1 of our data was not delivered.").arg(ByteCountText::withUnits(m_undelivered));
        error = true;
    }
    finish(reason, error, action);
}

void TcpConnection::finish(const QString &reason, bool error, TrafficEvent::Action action)
{
    if (m_finished)
        return;
    m_finished = true;
    m_closeAction = action;
    m_closeTimer.stop();
    m_partialTimer.stop();
    if (m_budget) {
        m_budget->adjust(-m_budgeted);
        m_budgeted = 0;
    }
    m_file.reset();
    m_afterFile.clear();
    m_afterFileBytes = 0;
    emit closed(reason, error);
}
