#pragma once

#include <QObject>
#include <QTimer>

class QSocketNotifier;
class QTcpSocket;

// The end of an upload that the protocol never acknowledges (classic): after the last byte,
// shuts down our sending side (FIN) and waits for the server to close its side.
// closedCleanly() means the server's end of stream arrived and (on Linux) the server's kernel
// acknowledged every byte we sent; failed(reason) means a reset, an error, or neither progress
// (bytes acknowledged, on Linux) nor the end of stream for the timeout. Qt 6.4's QTcpSocket reports a reset (ECONNRESET) as an ordinary end of
// stream, so the connection is taken over from it (descriptor duplicated, QTcpSocket aborted:
// the connection stays open) and watched here directly (posix/HalfCloseWaiter.cpp). The
// portable build falls back to QTcpSocket's own close, which cannot tell a reset from a clean
// close and does not see the server's progress.
class HalfCloseWaiter final : public QObject
{
    Q_OBJECT

public:
    explicit HalfCloseWaiter(QObject *parent = nullptr);
    ~HalfCloseWaiter() override;

    // `socket` must be connected with nothing left to write. The result is signalled later,
    // never from inside start().
    void start(QTcpSocket *socket, int timeoutMs);
    // Whether closedCleanly() means that the server closed its side after reading everything
    // (POSIX), or only that our own close went out (portable: Qt has no half-close, so the
    // server's close is never seen).
    static bool seesServerClose();

signals:
    void closedCleanly();
    void failed(const QString &reason);

private:
    void onReadable();
    void checkAcknowledged();
    void checkProgress();          // restarts the timeout while the server still takes data
    void finish(bool clean, const QString &reason);
    void closeDescriptor();        // stops the timers, then releaseDescriptor()
    void releaseDescriptor();      // per build: closes the duplicated descriptor (POSIX)

    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_timeout;
    QTimer m_ackPoll;
    QTimer m_progressPoll;
    int m_unacknowledged = -1;
    int m_timeoutMs = 0;
    bool m_done = false;
};
