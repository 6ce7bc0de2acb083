#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

// Reads one HTTP/1.x response from the start of a received stream, as it arrives: the status
// line (HTTP/1.x NNN reason), the headers up to the empty line, then the body by Content-Length
// or until the server closes (none for HEAD, 1xx, 204 and 304). read() is called again with the
// same stream grown by what arrived since; it goes on where it stopped. A response that is not
// HTTP is refused as soon as its first bytes show it, with the reason in plain words.
// Line endings are accepted as CRLF or a bare LF (old scripts send "\n").
class HttpResponseReader
{
    Q_DECLARE_TR_FUNCTIONS(HttpResponseReader)

public:
    enum class State { Incomplete, Complete, Malformed };

    static constexpr qsizetype MaxHeadBytes = 64 * 1024;

    explicit HttpResponseReader(bool headRequest = false);

    // `stream`: every byte received since the response began; `closed`: nothing more will come.
    State read(const QByteArray &stream, bool closed);

    State state() const;
    QString error() const;              // Malformed: why (translated)
    int status() const;                 // once the head is read
    QByteArray statusLine() const;
    bool hasHeader(const QByteArray &name) const;      // case-insensitive
    QByteArray header(const QByteArray &name) const;
    const QList<QPair<QByteArray, QByteArray>> &headers() const;
    qint64 contentLength() const;       // -1: none (body until close)
    qsizetype headSize() const;         // status line + headers + empty line
    qsizetype bodySize() const;         // Complete: the body's size
    qsizetype consumed() const;         // Complete: the response's size in the stream

private:
    State fail(const QString &reason);
    State readHead(const QByteArray &stream, bool closed);

    bool m_head = false;
    State m_state = State::Incomplete;
    QString m_error;
    bool m_headDone = false;
    qsizetype m_scanFrom = 0;
    qsizetype m_headSize = 0;
    int m_status = 0;
    QByteArray m_statusLine;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    qint64 m_contentLength = -1;
    bool m_noBody = false;
    qsizetype m_consumed = 0;
};
