#include "HalfCloseWaiter.h"

#include <QSocketNotifier>
#include <QTcpSocket>
#include <QTimer>

// The portable build: QTcpSocket's own close, which cannot tell a reset from a clean close.

void HalfCloseWaiter::releaseDescriptor()
{
    m_fd = -1;   // never set here: the QTcpSocket keeps its own
}

bool HalfCloseWaiter::seesServerClose()
{
    return false;
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
    // The result goes out on the next turn of the event loop: with nothing left to write, Qt
    // closes (and says so) inside disconnectFromHost() already.
    connect(socket, &QTcpSocket::disconnected, this, [this] {
        QTimer::singleShot(0, this, [this] { finish(true, {}); });
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError)
            return;   // the end of stream, or a reset: Qt does not tell them apart
        const QString reason = socket->errorString();
        QTimer::singleShot(0, this, [this, reason] { finish(false, reason); });
    });
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
