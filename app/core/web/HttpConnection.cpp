#include "HttpConnection.h"

#include <QDateTime>

#include "CoarseClock.h"
#include "Endpoint.h"
#include "HttpRequestParser.h"
#include "StaticResponder.h"
#include "StreamSocket.h"
#include "WebServerOptions.h"

namespace {
constexpr int LingerMs = 2000;   // how long a closing connection waits for the client's FIN
}

HttpConnection::HttpConnection(StreamSocket *socket, StaticResponder *responder, const WebServerOptions &options,
                               QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_responder(responder)
    , m_log(options.logRequests)
    , m_headTimeoutMs(options.headTimeoutMs)
    , m_idleTimeoutMs(options.idleTimeoutMs)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(InputLimit);
    m_socket->setLowDelay(true);
    m_client = Endpoint::format(m_socket->peerAddress(), m_socket->peerPort());
    connect(m_socket, &QIODevice::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QIODevice::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &StreamSocket::disconnected, this, &HttpConnection::onDisconnected);
    connect(m_socket, &StreamSocket::readFinished, this, &HttpConnection::onReadFinished);
}

HttpConnection::~HttpConnection() = default;

qint64 HttpConnection::nowMs()
{
    return CoarseClock::nowMs();
}

void HttpConnection::start()
{
    enterIdle();
    if (m_socket->bytesAvailable() > 0)
        pump();
}

void HttpConnection::enterIdle()
{
    m_state = State::Idle;
    m_deadline = nowMs() + m_idleTimeoutMs;
}

void HttpConnection::rejectBusy()
{
    send(StaticResponder::error(503, false, false), nullptr);
    if (m_socket->bytesToWrite() > 0)
        m_socket->flush();
}

void HttpConnection::onReadyRead()
{
    if (m_state == State::Closing) {
        m_socket->skip(m_socket->bytesAvailable());   // lingering close: input is discarded
        return;
    }
    if (m_state == State::Idle || m_state == State::ReadingHead)
        pump();
}

bool HttpConnection::readMore()
{
    const qint64 room = InputLimit - m_buffer.size();
    const qint64 available = m_socket->bytesAvailable();
    if (room <= 0 || available <= 0)
        return false;
    const qint64 want = qMin(room, available);
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + want);
    const qint64 got = m_socket->read(m_buffer.data() + old, want);
    m_buffer.resize(old + qMax<qint64>(got, 0));
    return got > 0;
}

void HttpConnection::pump()
{
    bool again = true;
    while (again) {
        again = false;
        bool paused = false;
        while (m_state == State::Idle || m_state == State::ReadingHead) {
            // Back-pressure on pipelined requests: while the answers already queued are not
            // read, no more requests are answered (onBytesWritten resumes), so memory stays
            // bounded.
            if (m_socket->bytesToWrite() >= HighWater) {
                paused = true;
                break;
            }
            if (m_buffer.isEmpty() && !readMore()) {
                if (m_peerDone)
                    beginClose();   // every request of a half-closed client is answered
                break;
            }
            HttpRequest request;
            const HttpRequestParser::Result result = HttpRequestParser::parse(m_buffer, &request);
            if (result.status == HttpRequestParser::Status::Incomplete) {
                if (m_state == State::Idle) {
                    // Slowloris defence: the whole head must arrive within headTimeoutMs.
                    m_state = State::ReadingHead;
                    m_deadline = nowMs() + m_headTimeoutMs;
                }
                if (!readMore()) {
                    if (m_peerDone && m_socket->bytesAvailable() == 0)
                        beginClose();   // an unfinished head can never be completed
                    break;
                }
                continue;
            }
            if (result.status == HttpRequestParser::Status::Error) {
                m_startMs = nowMs();
                send(StaticResponder::error(result.errorStatus, false, false), nullptr);
                break;
            }
            m_buffer.remove(0, result.consumed);
            handle(std::move(request));
        }
        if (m_state != State::Closed && m_socket->bytesToWrite() > 0) {
            m_socket->flush();
            // Inside our own bytesWritten() handler Qt does not emit bytesWritten() again, so
            // when this flush() drained the buffer nothing would wake a paused connection.
            again = paused && m_socket->bytesToWrite() < HighWater;
        }
    }
}

void HttpConnection::handle(HttpRequest &&request)
{
    m_startMs = nowMs();
    send(m_responder->respond(request), &request);
}

void HttpConnection::send(HttpResponse &&response, const HttpRequest *request)
{
    if (response.file) {
        m_file = std::move(response.file);   // opened beneath the root by the responder
        if (!m_file->seek(response.fileOffset)) {
            m_file.reset();
            response = StaticResponder::error(500, false, false);
        }
    }
    m_closeAfter = response.close;
    m_entry = RequestLogEntry();
    m_entry.status = response.status;
    if (m_log) {
        m_entry.msecsSinceEpoch = QDateTime::currentMSecsSinceEpoch();
        m_entry.client = m_client;
        if (request) {
            m_entry.method = request->method;
            m_entry.target = request->target;
            m_entry.version = request->version;
            m_entry.requestHead = request->rawHead;
        } else {
            // A refused head: keep what arrived (bounded) so that the log shows why.
            m_entry.requestHead = m_buffer.left(4096);
            const QList<QByteArray> parts = m_buffer.left(m_buffer.indexOf('\n')).trimmed().split(' ');
            if (parts.size() == 3) {
                m_entry.method = parts.at(0).left(32);
                m_entry.target = parts.at(1).left(1024);
                m_entry.version = parts.at(2).left(16);
            }
        }
        m_entry.responseHead = response.head;
    }
    emit bytesQueued(response.head.size() + response.body.size());
    if (response.body.isEmpty()) {
        writeOut(response.head);
    } else {
        // One buffer, so that head and body leave in one segment.
        response.head.append(response.body);
        writeOut(response.head);
        m_entry.bytesSent = response.body.size();
    }
    if (m_file) {
        m_remaining = response.fileLength;
        m_state = State::Sending;
        m_deadline = nowMs() + m_idleTimeoutMs;
        fillSocket();
        return;
    }
    finishResponse(true);
}

void HttpConnection::writeOut(const QByteArray &bytes)
{
    // Straight to the kernel when nothing is queued: for a small answer on a keep-alive
    // connection, a queued write (a copy, and the write notifier switched on and off) is most
    // of the cost of a request.
    m_socket->writeImmediately(bytes);
}

void HttpConnection::fillSocket()
{
    while (m_state == State::Sending && m_remaining > 0 && m_socket->bytesToWrite() < HighWater) {
        const qint64 want = qMin(ChunkSize, m_remaining);
        QByteArray chunk(want, Qt::Uninitialized);
        const qint64 got = m_file->read(chunk.data(), want);
        if (got <= 0) {
            // The file shrank while being sent: the promised length cannot be kept.
            abort();
            return;
        }
        if (got < want)
            chunk.truncate(got);
        m_socket->write(chunk);
        m_remaining -= got;
        m_entry.bytesSent += got;
        emit bytesQueued(got);
    }
    if (m_state == State::Sending && m_remaining == 0)
        finishResponse(true);
}

void HttpConnection::finishResponse(bool completed)
{
    m_file.reset();
    m_entry.completed = completed;
    m_entry.durationMs = nowMs() - m_startMs;
    emit responseFinished(m_entry);
    m_entry = RequestLogEntry();
    if (!completed)
        return;
    if (m_closeAfter)
        beginClose();
    else
        enterIdle();
}

void HttpConnection::onBytesWritten()
{
    if (m_state == State::Sending) {
        m_deadline = nowMs() + m_idleTimeoutMs;   // progress: the client is reading
        fillSocket();
        if (m_state == State::Idle)
            pump();
    } else if (m_state == State::Closing && !m_writeShut && m_socket->bytesToWrite() == 0) {
        shutdownWrite();
    } else if (m_state == State::Idle || m_state == State::ReadingHead) {
        if (m_state == State::Idle)
            m_deadline = nowMs() + m_idleTimeoutMs;   // progress: the client reads our answers
        if (m_socket->bytesToWrite() < HighWater && (!m_buffer.isEmpty() || m_socket->bytesAvailable() > 0 || m_peerDone))
            pump();
    }
}

void HttpConnection::beginClose()
{
    if (m_state == State::Closing || m_state == State::Closed)
        return;
    m_state = State::Closing;
    m_buffer.clear();
    m_deadline = nowMs() + qMax(m_idleTimeoutMs, LingerMs);
    if (m_socket->bytesAvailable() > 0)
        m_socket->skip(m_socket->bytesAvailable());
    if (m_socket->bytesToWrite() > 0)
        m_socket->flush();
    // flush() may have written everything without a bytesWritten() signal (it is suppressed
    // while we are inside a bytesWritten() handler, e.g. after streaming a file), so the FIN
    // must not wait for one: clients reading until EOF would hang until the linger timeout.
    if (m_socket->bytesToWrite() == 0 && !m_writeShut)
        shutdownWrite();
}

void HttpConnection::shutdownWrite()
{
    // The socket sends the FIN, discards input until the client closes too (or its linger
    // time ends) and then reports disconnected().
    m_writeShut = true;
    m_deadline = nowMs() + LingerMs + 1000;
    m_socket->disconnectFromHost();
}

void HttpConnection::checkTimeout(qint64 now)
{
    if (now < m_deadline)
        return;
    switch (m_state) {
    case State::Idle:
        beginClose();
        break;
    case State::ReadingHead:
        m_startMs = now;
        send(StaticResponder::error(408, false, false), nullptr);
        m_socket->flush();
        break;
    case State::Sending:
    case State::Closing:
        abort();
        break;
    case State::Closed:
        break;
    }
}

void HttpConnection::abort()
{
    if (m_state == State::Closed)
        return;
    const bool sending = m_state == State::Sending;
    m_state = State::Closed;
    if (sending)
        finishResponse(false);
    m_socket->abort();
    emit closed(this);
}

void HttpConnection::onReadFinished()
{
    // The client will send nothing more: what it sent is still answered in full (the body of
    // a 40 MiB file to an HTTP/1.0 script that shut down its side), then the server closes.
    m_peerDone = true;
    if (m_state == State::Idle || m_state == State::ReadingHead)
        pump();
}

void HttpConnection::onDisconnected()
{
    if (m_state == State::Closed)
        return;
    const bool sending = m_state == State::Sending;
    m_state = State::Closed;
    if (sending)
        finishResponse(false);
    emit closed(this);
}
