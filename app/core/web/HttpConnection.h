#pragma once

#include <QByteArray>
#include <QFile>
#include <QObject>

#include <memory>

#include "HttpRequest.h"
#include "HttpResponse.h"
#include "RequestLogEntry.h"

class StaticResponder;
class StreamSocket;
struct WebServerOptions;

// One client connection: buffers input (bounded), parses pipelined requests one after the
// other and answers them in order, keeps the connection alive or closes it, and streams file
// bodies in chunks while the socket's write buffer is small (back-pressure). Timeouts are
// checked by the server's sweep timer through checkTimeout(). Closing is "lingering": after
// the last byte the sending side is shut down and input is discarded until the client closes,
// so that an error answer is not lost to a TCP reset. A client that half-closes after its
// request (HTTP/1.0 scripts, `nc -N`) still gets every answer in full; then the server closes.
class HttpConnection final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 ChunkSize = 256 * 1024;
    static constexpr qint64 HighWater = 1024 * 1024;   // socket write buffer limit while streaming
    static constexpr qint64 InputLimit = 64 * 1024;    // bytes buffered ahead of the parser

    HttpConnection(StreamSocket *socket, StaticResponder *responder, const WebServerOptions &options,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

    void start();
    void rejectBusy();                 // 503 and close (over the connection cap)
    void checkTimeout(qint64 nowMs);   // closes or answers 408 when a deadline has passed
    void abort();

    static qint64 nowMs();             // monotonic milliseconds

signals:
    // Every finished response; the heads are only filled in when logging is on.
    void responseFinished(const RequestLogEntry &entry);
    void bytesQueued(qint64 bytes);
    void closed(HttpConnection *connection);

private:
    enum class State { Idle, ReadingHead, Sending, Closing, Closed };

    void onReadyRead();
    void onBytesWritten();
    void onDisconnected();
    void onReadFinished();
    void pump();
    bool readMore();
    void handle(HttpRequest &&request);
    void send(HttpResponse &&response, const HttpRequest *request);
    void writeOut(const QByteArray &bytes);
    void fillSocket();
    void finishResponse(bool completed);
    void beginClose();
    void shutdownWrite();
    void enterIdle();

    StreamSocket *m_socket;   // owned (child)
    StaticResponder *m_responder;
    const bool m_log;
    const int m_headTimeoutMs;
    const int m_idleTimeoutMs;
    QString m_client;
    State m_state = State::Idle;
    QByteArray m_buffer;
    qint64 m_deadline = 0;
    bool m_writeShut = false;
    bool m_peerDone = false;   // the client finished sending (half-close): answer, then close

    // the response in progress
    std::unique_ptr<QFile> m_file;
    qint64 m_remaining = 0;
    bool m_closeAfter = false;
    RequestLogEntry m_entry;
    qint64 m_startMs = 0;
};
