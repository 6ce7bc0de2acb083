#include "HalfCloseWaiter.h"

#include <QSocketNotifier>
#include <QTcpSocket>

#include <cerrno>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

void HalfCloseWaiter::releaseDescriptor()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

bool HalfCloseWaiter::seesServerClose()
{
    return true;
}

void HalfCloseWaiter::start(QTcpSocket *socket, int timeoutMs)
{
    m_timeoutMs = timeoutMs;
    m_done = false;
    const bool connected = socket->state() == QAbstractSocket::ConnectedState;
    const int fd = connected ? ::fcntl(int(socket->socketDescriptor()), F_DUPFD_CLOEXEC, 0) : -1;
    const QString why = connected ? qt_error_string(errno) : socket->errorString();
    socket->disconnect();
    // Closes Qt's descriptor only: the duplicate keeps the connection open.
    socket->abort();
    if (fd < 0) {
        const QString reason = tr("The connection to the server was lost before it could be closed: %1").arg(why);
        QTimer::singleShot(0, this, [this, reason] { finish(false, reason); });
        return;
    }
    m_fd = fd;
    ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK);
    if (::shutdown(m_fd, SHUT_WR) != 0) {
        const QString reason = tr("The server reset the connection after the last byte (%1), so it may not have kept the file.")
                                   .arg(qt_error_string(errno));
        QTimer::singleShot(0, this, [this, reason] { finish(false, reason); });
        return;
    }
    m_notifier = new QSocketNotifier(qintptr(m_fd), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &HalfCloseWaiter::onReadable);
    m_unacknowledged = -1;
    m_timeout.start(timeoutMs);
    m_progressPoll.start();
}

void HalfCloseWaiter::checkProgress()
{
#ifdef Q_OS_LINUX
    // A slow server is still reading what waits in the buffers: that is progress, not silence.
    int unacknowledged = 0;
    if (m_fd >= 0 && ::ioctl(m_fd, TIOCOUTQ, &unacknowledged) == 0 && unacknowledged != m_unacknowledged) {
        m_unacknowledged = unacknowledged;
        m_timeout.start(m_timeoutMs);
    }
#endif
}

void HalfCloseWaiter::onReadable()
{
    char buffer[16384];
    for (;;) {
        const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (n > 0)
            continue;   // the protocol has nothing to say here: ignore it
        if (n == 0) {
            // The server's end of stream. A server that closes with unread data sends a reset
            // instead, so this is a clean close — once our bytes are acknowledged.
            m_notifier->setEnabled(false);
            m_progressPoll.stop();
            checkAcknowledged();
            if (!m_done)
                m_ackPoll.start();
            return;
        }
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return;
        finish(false, tr("The server reset the connection after the last byte (%1), so it may not have kept the file.")
                          .arg(qt_error_string(errno)));
        return;
    }
}

void HalfCloseWaiter::checkAcknowledged()
{
    if (m_done || m_fd < 0)
        return;
    int error = 0;
    socklen_t length = sizeof error;
    if (::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &length) == 0 && error != 0) {
        finish(false, tr("The server reset the connection after the last byte (%1), so it may not have kept the file.")
                          .arg(qt_error_string(error)));
        return;
    }
#ifdef Q_OS_LINUX
    // Bytes (and our FIN) that the server's kernel has not acknowledged yet.
    int unacknowledged = 0;
    if (::ioctl(m_fd, TIOCOUTQ, &unacknowledged) == 0 && unacknowledged > 0) {
        if (unacknowledged != m_unacknowledged) {
            m_unacknowledged = unacknowledged;
            m_timeout.start(m_timeoutMs);
        }
        return;   // polled again (m_ackPoll) until the timeout
    }
#endif
    finish(true, {});
}
