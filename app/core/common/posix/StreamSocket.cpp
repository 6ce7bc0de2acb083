#include "StreamSocket.h"

#include <QPointer>
#include <QSocketNotifier>
#include <QTcpSocket>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#ifndef MSG_NOSIGNAL
#define MSG_NOSIGNAL 0   // macOS: SO_NOSIGPIPE is set on the socket instead
#endif

namespace {

constexpr qint64 RecvChunk = 64 * 1024;
constexpr qint64 MaxPullPerWakeup = 1024 * 1024;   // fairness between connections
constexpr qsizetype CoalesceLimit = 64 * 1024;     // small writes share one queued buffer

QAbstractSocket::SocketError errorFor(int errnoValue)
{
    switch (errnoValue) {
    case ECONNRESET:
    case EPIPE:
        return QAbstractSocket::RemoteHostClosedError;
    case ETIMEDOUT:
        return QAbstractSocket::SocketTimeoutError;
    case ENETDOWN:
    case ENETUNREACH:
    case EHOSTUNREACH:
    case ECONNABORTED:
        return QAbstractSocket::NetworkError;
    case ENOBUFS:
    case ENOMEM:
        return QAbstractSocket::SocketResourceError;
    default:
        return QAbstractSocket::UnknownSocketError;
    }
}

bool addressOf(int fd, bool peer, QHostAddress *address, quint16 *port)
{
    sockaddr_storage storage {};
    socklen_t length = sizeof(storage);
    auto *sa = reinterpret_cast<sockaddr *>(&storage);
    if ((peer ? ::getpeername(fd, sa, &length) : ::getsockname(fd, sa, &length)) != 0)
        return false;
    address->setAddress(sa);
    if (sa->sa_family == AF_INET)
        *port = ntohs(reinterpret_cast<sockaddr_in *>(sa)->sin_port);
    else if (sa->sa_family == AF_INET6)
        *port = ntohs(reinterpret_cast<sockaddr_in6 *>(sa)->sin6_port);
    else
        return false;
    return true;
}

} // namespace

StreamSocket::StreamSocket(QObject *parent)
    : QIODevice(parent)
{
    m_lingerTimer.setParent(this);   // moves along with the socket into a worker thread
    m_lingerTimer.setSingleShot(true);
    connect(&m_lingerTimer, &QTimer::timeout, this, &StreamSocket::finishClose);
}

StreamSocket::~StreamSocket()
{
    closeDescriptor();
}

bool StreamSocket::setSocketDescriptor(qintptr descriptor)
{
    closeDescriptor();
    const int fd = int(descriptor);
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0 || ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) < 0
        || !addressOf(fd, true, &m_peerAddress, &m_peerPort) || !addressOf(fd, false, &m_localAddress, &m_localPort)) {
        setErrorString(QString::fromLocal8Bit(std::strerror(errno)));
        ::close(fd);
        return false;
    }
    ::fcntl(fd, F_SETFD, FD_CLOEXEC);
#ifdef SO_NOSIGPIPE
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &one, sizeof one);
#endif
    m_fd = fd;
    m_readNotifier = new QSocketNotifier(qintptr(fd), QSocketNotifier::Read, this);
    m_writeNotifier = new QSocketNotifier(qintptr(fd), QSocketNotifier::Write, this);
    m_writeNotifier->setEnabled(false);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &StreamSocket::onReadable);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &StreamSocket::onWritable);
    m_state = QAbstractSocket::ConnectedState;
    m_error = QAbstractSocket::UnknownSocketError;
    m_readFinished = m_readFinishedEmitted = m_writeShut = m_closing = m_reset = false;
    QIODevice::open(QIODevice::ReadWrite | QIODevice::Unbuffered);
    return true;
}

bool StreamSocket::adopt(QTcpSocket *socket)
{
    if (!socket)
        return false;
    socket->deleteLater();
    if (socket->state() != QAbstractSocket::ConnectedState)
        return false;
    const int fd = ::fcntl(int(socket->socketDescriptor()), F_DUPFD_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const QByteArray early = socket->readAll();   // what Qt had read already is ours too
    socket->disconnect();
    // Closes Qt's descriptor only; the duplicate keeps the connection open (no FIN is sent
    // while another descriptor refers to it).
    socket->abort();
    if (!setSocketDescriptor(fd))
        return false;
    m_in = early;
    m_inPos = 0;
    return true;
}

qintptr StreamSocket::socketDescriptor() const
{
    return m_fd;
}

QAbstractSocket::SocketState StreamSocket::state() const
{
    return m_state;
}

void StreamSocket::setReadBufferSize(qint64 size)
{
    m_readBufferSize = qMax<qint64>(0, size);
    updateReadNotifier();
}

void StreamSocket::setLowDelay(bool enabled)
{
    if (m_fd < 0)
        return;
    const int value = enabled ? 1 : 0;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &value, sizeof(value));
}

qint64 StreamSocket::bytesAvailable() const
{
    return (m_in.size() - m_inPos) + QIODevice::bytesAvailable();
}

qint64 StreamSocket::bytesToWrite() const
{
    return m_outBytes;
}

bool StreamSocket::canReadLine() const
{
    return std::memchr(inData(), '\n', size_t(m_in.size() - m_inPos)) != nullptr || QIODevice::canReadLine();
}

const char *StreamSocket::inData() const
{
    return m_in.constData() + m_inPos;
}

qint64 StreamSocket::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin<qint64>(maxSize, m_in.size() - m_inPos);
    if (n <= 0)
        return (m_readFinished || m_fd < 0) && maxSize > 0 ? -1 : 0;
    std::memcpy(data, inData(), size_t(n));
    m_inPos += n;
    consumed();
    return n;
}

qint64 StreamSocket::readLineData(char *data, qint64 maxSize)
{
    const qint64 available = qMin<qint64>(maxSize, m_in.size() - m_inPos);
    if (available <= 0)
        return (m_readFinished || m_fd < 0) && maxSize > 0 ? -1 : 0;
    const void *newline = std::memchr(inData(), '\n', size_t(available));
    const qint64 n = newline ? qint64(static_cast<const char *>(newline) - inData()) + 1 : available;
    std::memcpy(data, inData(), size_t(n));
    m_inPos += n;
    consumed();
    return n;
}

qint64 StreamSocket::skipData(qint64 maxSize)
{
    const qint64 n = qMin<qint64>(maxSize, m_in.size() - m_inPos);
    if (n <= 0)
        return 0;
    m_inPos += n;
    consumed();
    return n;
}

void StreamSocket::consumed()
{
    if (m_inPos >= m_in.size()) {
        m_in.clear();
        m_inPos = 0;
    } else if (m_inPos >= CoalesceLimit && m_inPos * 2 >= m_in.size()) {
        m_in.remove(0, m_inPos);
        m_inPos = 0;
    }
    updateReadNotifier();
}

qint64 StreamSocket::writeData(const char *data, qint64 size)
{
    if (m_fd < 0 || m_writeShut) {
        setErrorString(tr("The connection is closed."));
        return -1;
    }
    if (size <= 0)
        return 0;
    if (m_out.size() > 1 && m_out.last().size() + size <= CoalesceLimit)
        m_out.last().append(data, size);
    else
        m_out.append(QByteArray(data, size));
    m_outBytes += size;
    updateWriteNotifier();
    return size;
}

void StreamSocket::updateReadNotifier()
{
    if (!m_readNotifier)
        return;
    const bool discarding = m_closing;
    const bool room = m_readBufferSize == 0 || m_in.size() - m_inPos < m_readBufferSize;
    m_readNotifier->setEnabled(m_fd >= 0 && !m_readFinished && (discarding || room));
}

void StreamSocket::updateWriteNotifier()
{
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(m_fd >= 0 && m_outBytes > 0);
}

qint64 StreamSocket::pullFromKernel(bool discard)
{
    qint64 total = 0;
    char scratch[4096];
    while (m_fd >= 0 && !m_readFinished && total < MaxPullPerWakeup) {
        qint64 want = RecvChunk;
        char *target = scratch;
        if (discard) {
            want = qint64(sizeof(scratch));
        } else {
            if (m_readBufferSize > 0)
                want = qMin(want, m_readBufferSize - (m_in.size() - m_inPos));
            if (want <= 0)
                break;
            if (m_inPos > 0 && m_inPos * 2 >= m_in.size()) {
                m_in.remove(0, m_inPos);
                m_inPos = 0;
            }
            m_in.resize(m_in.size() + want);
            target = m_in.data() + m_in.size() - want;
        }
        const ssize_t n = ::recv(m_fd, target, size_t(want), 0);
        const int savedErrno = errno;
        if (!discard)
            m_in.resize(m_in.size() - want + qMax<ssize_t>(n, 0));
        if (n > 0) {
            total += n;
            continue;
        }
        if (n == 0) {
            m_readFinished = true;
            break;
        }
        if (savedErrno == EINTR)
            continue;
        if (savedErrno != EAGAIN && savedErrno != EWOULDBLOCK)
            fail(savedErrno);
        break;
    }
    updateReadNotifier();
    return total;
}

void StreamSocket::onReadable()
{
    if (m_fd < 0)
        return;
    if (m_closing) {
        // Closing: input is discarded; the peer's FIN ends the linger.
        pullFromKernel(true);
        if (m_readFinished && m_writeShut)
            finishClose();
        return;
    }
    const qint64 got = pullFromKernel(false);
    QPointer<StreamSocket> self(this);
    if (got > 0 && !m_emittingReadyRead) {
        m_emittingReadyRead = true;
        emit readyRead();
        if (!self)
            return;
        m_emittingReadyRead = false;
    }
    if (m_readFinished && !m_readFinishedEmitted) {
        m_readFinishedEmitted = true;
        emit readChannelFinished();
        if (!self)
            return;
        emit readFinished();
    }
}

qint64 StreamSocket::pushToKernel()
{
    qint64 total = 0;
    while (m_fd >= 0 && !m_out.isEmpty()) {
        const QByteArray &first = m_out.first();
        const ssize_t n = ::send(m_fd, first.constData() + m_outPos, size_t(first.size() - m_outPos), MSG_NOSIGNAL);
        if (n > 0) {
            total += n;
            m_outBytes -= n;
            m_outPos += n;
            if (m_outPos == first.size()) {
                m_out.removeFirst();
                m_outPos = 0;
            }
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
            fail(errno);
        break;
    }
    updateWriteNotifier();
    return total;
}

void StreamSocket::onWritable()
{
    flush();
}

bool StreamSocket::flush()
{
    const qint64 written = pushToKernel();
    if (written > 0 && !m_emittingBytesWritten) {
        QPointer<StreamSocket> self(this);
        m_emittingBytesWritten = true;
        emit bytesWritten(written);
        if (!self)
            return true;
        m_emittingBytesWritten = false;
    }
    if (m_fd >= 0 && m_outBytes == 0)
        afterQueueDrained();
    return written > 0;
}

void StreamSocket::afterQueueDrained()
{
    if (!m_closing || m_writeShut)
        return;
    shutdownWrite();
    if (m_readFinished) {
        finishClose();
    } else {
        m_lingerTimer.start(LingerMs);
        updateReadNotifier();
    }
}

void StreamSocket::shutdownWrite()
{
    m_writeShut = true;
    if (m_fd >= 0)
        ::shutdown(m_fd, SHUT_WR);
}

void StreamSocket::disconnectFromHost()
{
    if (m_fd < 0 || m_closing)
        return;
    m_closing = true;
    m_state = QAbstractSocket::ClosingState;
    updateReadNotifier();
    if (m_outBytes == 0)
        afterQueueDrained();
}

void StreamSocket::writeImmediately(const QByteArray &bytes)
{
    qint64 sent = 0;
    if (m_outBytes == 0 && m_state == QAbstractSocket::ConnectedState && m_fd >= 0) {
        while (sent < bytes.size()) {
            const ssize_t n = ::send(m_fd, bytes.constData() + sent, size_t(bytes.size() - sent),
                                     MSG_NOSIGNAL | MSG_DONTWAIT);
            if (n > 0) {
                sent += n;
            } else if (n < 0 && errno == EINTR) {
                continue;
            } else {
                break;   // full (EAGAIN) or an error: the queue takes the rest and reports errors
            }
        }
    }
    if (sent == 0)
        write(bytes);
    else if (sent < bytes.size())
        write(bytes.constData() + sent, bytes.size() - sent);
}

void StreamSocket::abortWithReset()
{
    if (m_fd >= 0) {
        struct linger immediately = {1, 0};
        ::setsockopt(m_fd, SOL_SOCKET, SO_LINGER, &immediately, sizeof immediately);
    }
    abort();
}

void StreamSocket::abort()
{
    m_out.clear();
    m_outPos = 0;
    m_outBytes = 0;
    finishClose();
}

void StreamSocket::fail(int errnoValue)
{
    if (m_fd < 0)
        return;
    m_error = errorFor(errnoValue);
    m_reset = errnoValue == ECONNRESET;
    setErrorString(QString::fromLocal8Bit(std::strerror(errnoValue)));
    // The owner learns how much was still queued (bytesToWrite()) before the queue goes.
    // Owners must not delete the socket from a handler (deleteLater(), as for QTcpSocket).
    QPointer<StreamSocket> self(this);
    emit errorOccurred(m_error);
    if (!self)
        return;
    m_out.clear();
    m_outPos = 0;
    m_outBytes = 0;
    finishClose();
}

void StreamSocket::closeDescriptor()
{
    m_lingerTimer.stop();
    delete m_readNotifier;
    m_readNotifier = nullptr;
    delete m_writeNotifier;
    m_writeNotifier = nullptr;
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
}

void StreamSocket::finishClose()
{
    const bool wasOpen = m_fd >= 0;
    closeDescriptor();
    m_state = QAbstractSocket::UnconnectedState;
    if (wasOpen)
        emit disconnected();
}
