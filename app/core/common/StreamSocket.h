#pragma once

#include <QAbstractSocket>
#include <QByteArray>
#include <QHostAddress>
#include <QIODevice>
#include <QList>
#include <QTimer>

class QSocketNotifier;
class QTcpSocket;

// A connected TCP socket that survives the peer's half-close. Qt 6.4's QAbstractSocket treats
// read() == 0 as a full close: it closes the descriptor and throws away what was still queued
// for writing, so a client that sends its request and then shuts down its sending side
// (`nc -N`, `sock.shutdown(SHUT_WR)`, HTTP/1.0 scripts) never gets its answer. Here the end
// of the peer's stream only means "no more data will come": readFinished() is emitted, what
// was received stays readable, and the socket goes on writing until the owner closes it.
//
// The API is the subset of QTcpSocket that the servers use (read side through QIODevice:
// read, readLine, canReadLine, skip, bytesAvailable; write side: write, bytesToWrite, flush,
// bytesWritten), with QTcpSocket's rules: bytesWritten() is not emitted again while a
// handler of it runs, readyRead() not while a handler of it runs, reading stops while
// readBufferSize() bytes wait unread (so a flooding peer is slowed down by TCP itself).
//
// disconnectFromHost() is a lingering close: queued data is written, the sending side is shut
// down (FIN), and input is discarded until the peer closes too (at most LingerMs), so that a
// last answer is not destroyed by a reset caused by unread input. disconnected() follows.
// abort() closes at once.
//
// posix/StreamSocket.cpp drives the descriptor itself (Linux, macOS, BSD). The portable build
// (portable/StreamSocket.cpp) wraps a QTcpSocket and keeps its limits: the peer's end of stream
// (or a reset) ends the whole connection, so readFinished() is followed by disconnected() at
// once and an answer to a client that half-closed is lost; disconnectFromHost() is Qt's close
// (no linger), abortWithReset() a plain abort().
class StreamSocket final : public QIODevice
{
    Q_OBJECT

public:
    static constexpr int LingerMs = 2000;

    explicit StreamSocket(QObject *parent = nullptr);
    ~StreamSocket() override;

    // Takes ownership of a connected descriptor (e.g. from QTcpServer::incomingConnection).
    // False (and the descriptor closed; left to the system on the portable build) if it is
    // not a usable connected socket.
    bool setSocketDescriptor(qintptr descriptor);
    // Takes over the connection of a connected QTcpSocket, with whatever it already buffered.
    // The QTcpSocket object is ours in every case (deleted later, or kept inside on the
    // portable build); false when it was not connected.
    bool adopt(QTcpSocket *socket);

    qintptr socketDescriptor() const;
    QAbstractSocket::SocketState state() const;
    QAbstractSocket::SocketError error() const;
    QHostAddress peerAddress() const;
    quint16 peerPort() const;
    QHostAddress localAddress() const;
    quint16 localPort() const;

    void setReadBufferSize(qint64 size);   // 0 = unlimited
    void setLowDelay(bool enabled);

    // The peer has finished sending: what is buffered is all that will ever come.
    bool isReadFinished() const;
    // The connection broke with a reset (RST) from the peer; error() says RemoteHostClosedError
    // for it, as Qt does. Always false on the portable build, which cannot tell a reset apart.
    bool isReset() const;

    // Writes as much of the queue as the kernel takes now. True if anything was written.
    bool flush();
    // write(), but when nothing is queued the bytes go straight to the kernel, without being
    // copied and without waking the event loop for a write notification (small answers on
    // keep-alive connections); bytesWritten() is not emitted for what went out at once.
    void writeImmediately(const QByteArray &bytes);
    void disconnectFromHost();
    void abort();
    // Closes at once with a reset (RST) instead of an end of stream (FIN): the peer learns
    // that not everything it sent was taken.
    void abortWithReset();

    bool isSequential() const override;
    qint64 bytesAvailable() const override;
    qint64 bytesToWrite() const override;
    bool canReadLine() const override;
    void close() override;   // = disconnectFromHost(), as for QAbstractSocket

signals:
    // The peer shut down its sending side (EOF). Emitted once, after the last readyRead().
    void readFinished();
    void disconnected();
    void errorOccurred(QAbstractSocket::SocketError error);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 readLineData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;
    qint64 skipData(qint64 maxSize) override;

private:
    // posix/StreamSocket.cpp: the descriptor, its notifiers and our own buffers.
    void onReadable();
    void onWritable();
    qint64 pullFromKernel(bool discard);
    qint64 pushToKernel();
    void consumed();
    void updateReadNotifier();
    void updateWriteNotifier();
    void afterQueueDrained();
    void shutdownWrite();
    void fail(int errnoValue);
    void closeDescriptor();
    void finishClose();
    const char *inData() const;

    int m_fd = -1;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    QTimer m_lingerTimer;
    QByteArray m_in;             // received, not yet read: m_in.mid(m_inPos)
    qsizetype m_inPos = 0;
    QList<QByteArray> m_out;     // queued for writing; the first one from m_outPos
    qsizetype m_outPos = 0;
    qint64 m_outBytes = 0;
    bool m_writeShut = false;
    bool m_emittingReadyRead = false;
    bool m_emittingBytesWritten = false;

    // portable/StreamSocket.cpp: the QTcpSocket that carries the connection.
    void takeOver(QTcpSocket *socket);
    void onTcpError(QAbstractSocket::SocketError error);
    void onTcpDisconnected();
    QTcpSocket *m_tcp = nullptr;

    // Both.
    QHostAddress m_peerAddress;
    QHostAddress m_localAddress;
    quint16 m_peerPort = 0;
    quint16 m_localPort = 0;
    qint64 m_readBufferSize = 0;
    QAbstractSocket::SocketState m_state = QAbstractSocket::UnconnectedState;
    QAbstractSocket::SocketError m_error = QAbstractSocket::UnknownSocketError;
    bool m_readFinished = false;
    bool m_readFinishedEmitted = false;
    bool m_closing = false;              // disconnectFromHost() was called
    bool m_reset = false;                // see isReset()
};
