#include "HalfCloseWaiter.h"

#include <QSocketNotifier>
#include <QTcpSocket>
#include <QTimer>

// The portable build: QTcpSocket's own close, which cannot tell a reset from a clean close.

void HalfCloseWaiter::closeDescriptor()
{
    m_ackPoll.stop();
    m_progressPoll.stop();
    m_timeout.stop();
    delete m_notifier;
    m_notifier = nullptr;
    m_fd = -1;
}

void HalfCloseWaiter::start(QTcpSocket *socket, int timeoutMs)
{
    m_timeoutMs = timeoutMs;
    m_done = false;
    if (socket->state() != QAbstractSocket::ConnectedState) {
        const QString reason = tr("The connection to the server was lost before it could be closed: %1")
                                   .arg(socket->errorString());
        QTimer::singleShot(0, this, [this, reason] { finish(false, reason); });
        return;
    }
    // Queued: with nothing left to write, Qt closes (and says so) inside disconnectFromHost().
    connect(socket, &QTcpSocket::disconnected, this, [this] { finish(true, {}); }, Qt::QueuedConnection);
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError)
            finish(false, socket->errorString());
    }, Qt::QueuedConnection);
    socket->disconnectFromHost();
    m_timeout.start(timeoutMs);
}

// Qt tells neither the unacknowledged bytes nor a reset: the polls are never started here.

void HalfCloseWaiter::onReadable()
{
}

void HalfCloseWaiter::checkAcknowledged()
{
}

void HalfCloseWaiter::checkProgress()
{
}
