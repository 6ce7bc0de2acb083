#include <QtTest>

#include <QTcpSocket>

#include <memory>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "PlatformPaths.h"
#include "StreamListener.h"
#include "StreamSocket.h"

// StreamSocket: what Qt 6.4's QTcpSocket does not do (keep writing after the peer's EOF, a
// lingering close) and what it must still do like QTcpSocket (bounded read buffer, errors,
// readLine/skip/bytesToWrite, taking over a connected QTcpSocket).
class tst_StreamSocket : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void peerHalfCloseKeepsTheWriteSide();
    void readLineAndSkip();
    void readBufferSizeBoundsWhatIsBuffered();
    void disconnectFromHostFlushesThenLingers();
    void resetByPeerIsAnError();
    void adoptTakesOverAConnectedQTcpSocket();

private:
    // A connected pair: `m_peer` is a plain QTcpSocket (a student's script), the returned
    // StreamSocket is the server's end.
    std::unique_ptr<StreamSocket> acceptOne();

    std::unique_ptr<StreamListener> m_listener;
    std::unique_ptr<QTcpSocket> m_peer;
};

void tst_StreamSocket::init()
{
    m_listener = std::make_unique<StreamListener>();
    QVERIFY2(m_listener->listen(QHostAddress::LocalHost, 0), qPrintable(m_listener->errorString()));
    m_peer = std::make_unique<QTcpSocket>();
}

void tst_StreamSocket::cleanup()
{
    m_peer.reset();
    m_listener.reset();
}

std::unique_ptr<StreamSocket> tst_StreamSocket::acceptOne()
{
    QSignalSpy accepted(m_listener.get(), &StreamListener::descriptorAccepted);
    m_peer->connectToHost(QHostAddress::LocalHost, m_listener->serverPort());
    if (!m_peer->waitForConnected(10000) || !(accepted.size() || accepted.wait(10000)))
        return {};
    auto socket = std::make_unique<StreamSocket>();
    if (!socket->setSocketDescriptor(accepted.first().first().value<qintptr>()))
        return {};
    return socket;
}

void tst_StreamSocket::peerHalfCloseKeepsTheWriteSide()
{
    SKIP_WITHOUT_POSIX_PATHS("Qt closes the connection at the peer's end of stream");
    std::unique_ptr<StreamSocket> socket = acceptOne();
    QVERIFY(socket);
    QCOMPARE(socket->peerPort(), m_peer->localPort());
    QCOMPARE(socket->localPort(), m_listener->serverPort());
    QSignalSpy finished(socket.get(), &StreamSocket::readFinished);
    QSignalSpy gone(socket.get(), &StreamSocket::disconnected);
    m_peer->write("request");
    QVERIFY(m_peer->waitForBytesWritten(10000));
    QCOMPARE(::shutdown(int(m_peer->socketDescriptor()), SHUT_WR), 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY(socket->isReadFinished());
    QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
    QCOMPARE(socket->readAll(), QByteArray("request"));
    QCOMPARE(gone.size(), 0);

    // The answer is larger than any socket buffer: it flows while the peer reads.
    const QByteArray answer(3 * 1024 * 1024, 'a');
    QCOMPARE(socket->write(answer), qint64(answer.size()));
    socket->disconnectFromHost();
    QByteArray got;
    QTRY_VERIFY_WITH_TIMEOUT((got += m_peer->readAll(), got.size() >= answer.size()), 20000);
    QVERIFY(got == answer);
    // Everything went out, then our FIN: the peer sees a clean end, we see disconnected().
    QTRY_COMPARE_WITH_TIMEOUT(gone.size(), 1, 10000);
    QCOMPARE(socket->state(), QAbstractSocket::UnconnectedState);
    QTRY_COMPARE_WITH_TIMEOUT(m_peer->state(), QAbstractSocket::UnconnectedState, 10000);
}

void tst_StreamSocket::readLineAndSkip()
{
    std::unique_ptr<StreamSocket> socket = acceptOne();
    QVERIFY(socket);
    m_peer->write("first line\nsecond");
    QTRY_VERIFY_WITH_TIMEOUT(socket->canReadLine() && socket->bytesAvailable() == 17, 10000);
    QCOMPARE(socket->readLine(100), QByteArray("first line\n"));
    QVERIFY(!socket->canReadLine());
    QCOMPARE(socket->skip(3), qint64(3));
    QCOMPARE(socket->read(100), QByteArray("ond"));
    QCOMPARE(socket->bytesAvailable(), qint64(0));
}

void tst_StreamSocket::readBufferSizeBoundsWhatIsBuffered()
{
    std::unique_ptr<StreamSocket> socket = acceptOne();
    QVERIFY(socket);
    socket->setReadBufferSize(64 * 1024);
    const QByteArray data(2 * 1024 * 1024, 'f');
    m_peer->write(data);
    QTRY_COMPARE_WITH_TIMEOUT(socket->bytesAvailable(), qint64(64 * 1024), 10000);
    // Nothing read: nothing more is taken from the kernel (TCP pushes back on the peer).
    QTest::qWait(50);
    QCOMPARE(socket->bytesAvailable(), qint64(64 * 1024));
    qint64 total = 0;
    QTRY_VERIFY_WITH_TIMEOUT((total += socket->read(1024 * 1024).size(), total >= data.size()), 20000);
    QCOMPARE(total, qint64(data.size()));
}

void tst_StreamSocket::disconnectFromHostFlushesThenLingers()
{
    SKIP_WITHOUT_POSIX_PATHS("Qt's close does not linger");
    // A raw peer (QTcpSocket would close its side as soon as it sees our FIN).
    QSignalSpy accepted(m_listener.get(), &StreamListener::descriptorAccepted);
    const int peer = ::socket(AF_INET, SOCK_STREAM, 0);
    QVERIFY(peer >= 0);
    sockaddr_in to {};
    to.sin_family = AF_INET;
    to.sin_port = htons(m_listener->serverPort());
    to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QCOMPARE(::connect(peer, reinterpret_cast<sockaddr *>(&to), sizeof(to)), 0);
    QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 10000);
    StreamSocket socket;
    QVERIFY(socket.setSocketDescriptor(accepted.first().first().value<qintptr>()));
    QSignalSpy gone(&socket, &StreamSocket::disconnected);
    socket.write("bye");
    socket.disconnectFromHost();
    QCOMPARE(socket.state(), QAbstractSocket::ClosingState);
    // QTRY_* evaluate their expression once more at the end: keep the reads outside.
    QByteArray got;
    bool eof = false;
    auto pull = [&] {
        char buffer[16];
        const ssize_t n = ::recv(peer, buffer, sizeof(buffer), MSG_DONTWAIT);
        if (n > 0)
            got.append(buffer, n);
        eof = eof || n == 0;
        return eof;
    };
    QTRY_VERIFY_WITH_TIMEOUT(pull(), 10000);   // the data, then our FIN
    QCOMPARE(got, QByteArray("bye"));
    // The peer keeps its side open and even sends: the input is discarded (no reset that
    // could destroy our last answer) until the linger time ends.
    QCOMPARE(::send(peer, "ignored", 7, MSG_NOSIGNAL), ssize_t(7));
    QTest::qWait(100);
    QCOMPARE(gone.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(gone.size(), 1, StreamSocket::LingerMs + 5000);
    QCOMPARE(socket.bytesAvailable(), qint64(0));
    ::close(peer);
}

void tst_StreamSocket::resetByPeerIsAnError()
{
    SKIP_WITHOUT_POSIX_PATHS("Qt reports a reset as an end of stream");
    std::unique_ptr<StreamSocket> socket = acceptOne();
    QVERIFY(socket);
    QSignalSpy errors(socket.get(), &StreamSocket::errorOccurred);
    QSignalSpy gone(socket.get(), &StreamSocket::disconnected);
    // SO_LINGER 0: the peer's close sends a reset instead of a FIN.
    socket->write("unread");
    QTRY_COMPARE_WITH_TIMEOUT(socket->bytesToWrite(), qint64(0), 10000);
    struct linger hard {1, 0};
    ::setsockopt(int(m_peer->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof(hard));
    m_peer->abort();
    // The next writes fail with ECONNRESET/EPIPE.
    QTRY_VERIFY_WITH_TIMEOUT((socket->write(QByteArray(64 * 1024, 'x')), !gone.isEmpty()), 10000);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().value<QAbstractSocket::SocketError>(), QAbstractSocket::RemoteHostClosedError);
    QCOMPARE(socket->bytesToWrite(), qint64(0));
    QCOMPARE(socket->write("late"), qint64(-1));
}

void tst_StreamSocket::adoptTakesOverAConnectedQTcpSocket()
{
    QSignalSpy accepted(m_listener.get(), &StreamListener::descriptorAccepted);
    m_peer->connectToHost(QHostAddress::LocalHost, m_listener->serverPort());
    QVERIFY(m_peer->waitForConnected(10000));
    QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, 10000);
    StreamSocket server;
    QVERIFY(server.setSocketDescriptor(accepted.first().first().value<qintptr>()));
    const quint16 clientPort = m_peer->localPort();

    StreamSocket client;
    QVERIFY(client.adopt(m_peer.release()));   // the QTcpSocket object is the StreamSocket's now
    QCOMPARE(client.localPort(), clientPort);
    QCOMPARE(client.state(), QAbstractSocket::ConnectedState);
    // Still connected: both directions work, and the server's half-close reaches the client.
    client.write("hi");
    QTRY_COMPARE_WITH_TIMEOUT(server.bytesAvailable(), qint64(2), 10000);
    QSignalSpy clientFinished(&client, &StreamSocket::readFinished);
    server.write("there");
    server.disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(clientFinished.size(), 1, 10000);
    QCOMPARE(client.readAll(), QByteArray("there"));
}

QTEST_GUILESS_MAIN(tst_StreamSocket)
#include "tst_streamsocket.moc"
