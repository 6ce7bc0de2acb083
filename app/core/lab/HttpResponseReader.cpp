#include "HttpResponseReader.h"

#include "ByteCountText.h"
#include "LabVariables.h"

namespace {

// Where the head ends (just after the empty line), or -1. Searches from `from`.
qsizetype headEnd(const QByteArray &s, qsizetype from)
{
    for (qsizetype i = qMax<qsizetype>(from, 0); i < s.size(); ++i) {
        if (s.at(i) != '\n')
            continue;
        if (i + 1 < s.size() && s.at(i + 1) == '\n')
            return i + 2;
        if (i + 2 < s.size() && s.at(i + 1) == '\r' && s.at(i + 2) == '\n')
            return i + 3;
    }
    return -1;
}

bool isStatusLine(const QByteArray &line, int *status)
{
    // HTTP/1.x NNN[ reason]
    if (line.size() < 12 || !line.startsWith("HTTP/1.") || line.at(8) != ' ')
        return false;
    if (line.at(7) != '0' && line.at(7) != '1')
        return false;
    for (int i = 9; i < 12; ++i)
        if (line.at(i) < '0' || line.at(i) > '9')
            return false;
    if (line.size() > 12 && line.at(12) != ' ')
        return false;
    *status = line.mid(9, 3).toInt();
    return true;
}

} // namespace

HttpResponseReader::HttpResponseReader(bool headRequest)
    : m_head(headRequest)
{
}

HttpResponseReader::State HttpResponseReader::fail(const QString &reason)
{
    m_state = State::Malformed;
    m_error = reason;
    return m_state;
}

HttpResponseReader::State HttpResponseReader::read(const QByteArray &stream, bool closed)
{
    if (m_state != State::Incomplete)
        return m_state;
    if (!m_headDone && readHead(stream, closed) != State::Incomplete)
        return m_state;
    if (!m_headDone)
        return m_state;

    const qsizetype available = stream.size() - m_headSize;
    if (m_noBody) {
        m_consumed = m_headSize;
    } else if (m_contentLength >= 0) {
        if (available < m_contentLength) {
            if (closed)
                return fail(tr("The connection was closed after %1 of the body that Content-Length announced.")
                                .arg(ByteCountText::ofTotal(available, m_contentLength)));
            return m_state;
        }
        m_consumed = m_headSize + m_contentLength;
    } else {
        if (!closed)
            return m_state;   // the body ends when the server closes
        m_consumed = stream.size();
    }
    m_state = State::Complete;
    return m_state;
}

HttpResponseReader::State HttpResponseReader::readHead(const QByteArray &stream, bool closed)
{
    // Refuse what is not HTTP as soon as the first bytes show it.
    static const QByteArray magic("HTTP/1.");
    const qsizetype start = qMin(stream.size(), magic.size());
    if (stream.left(start) != magic.left(start)) {
        const qsizetype lineEnd = stream.indexOf('\n');
        return fail(tr("The answer does not start with an HTTP status line (HTTP/1.x NNN reason): “%1”.")
                        .arg(LabVariables::shown(stream.left(lineEnd >= 0 ? lineEnd : 80), 80)));
    }

    const qsizetype end = headEnd(stream, m_scanFrom);
    if (end < 0) {
        m_scanFrom = qMax<qsizetype>(0, stream.size() - 3);
        if (stream.size() > MaxHeadBytes)
            return fail(tr("The response headers are longer than %1 without an empty line to end them.")
                            .arg(ByteCountText::compact(MaxHeadBytes)));
        if (closed)
            return fail(stream.isEmpty()
                            ? tr("The connection was closed before any HTTP response arrived.")
                            : tr("The connection was closed before the end of the response headers (the empty line)."));
        return m_state;
    }

    QList<QByteArray> lines = stream.left(end).split('\n');
    for (QByteArray &line : lines)
        if (line.endsWith('\r'))
            line.chop(1);
    m_statusLine = lines.value(0);
    if (!isStatusLine(m_statusLine, &m_status))
        return fail(tr("The first line “%1” is not an HTTP status line (HTTP/1.x NNN reason).")
                        .arg(LabVariables::shown(m_statusLine, 80)));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(tr("The header line “%1” has no “Name: value” form.").arg(LabVariables::shown(line, 80)));
        m_headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }

    if (hasHeader("Transfer-Encoding") && header("Transfer-Encoding").toLower() != "identity")
        return fail(tr("The response uses Transfer-Encoding “%1”, which this check does not read: send a Content-Length or close the connection after the body.")
                        .arg(QString::fromLatin1(header("Transfer-Encoding"))));
    if (hasHeader("Content-Length")) {
        bool ok = false;
        const QByteArray value = header("Content-Length");
        m_contentLength = value.toLongLong(&ok);
        if (!ok || m_contentLength < 0 || value.startsWith('+'))
            return fail(tr("The Content-Length “%1” is not a number of bytes.").arg(LabVariables::shown(value, 40)));
    }
    m_noBody = m_head || (m_status >= 100 && m_status < 200) || m_status == 204 || m_status == 304;
    m_headSize = end;
    m_headDone = true;
    return m_state;
}

HttpResponseReader::State HttpResponseReader::state() const { return m_state; }
QString HttpResponseReader::error() const { return m_error; }
int HttpResponseReader::status() const { return m_status; }
QByteArray HttpResponseReader::statusLine() const { return m_statusLine; }
const QList<QPair<QByteArray, QByteArray>> &HttpResponseReader::headers() const { return m_headers; }
qint64 HttpResponseReader::contentLength() const { return m_contentLength; }
qsizetype HttpResponseReader::headSize() const { return m_headSize; }
qsizetype HttpResponseReader::consumed() const { return m_consumed; }

qsizetype HttpResponseReader::bodySize() const
{
    return m_state == State::Complete ? m_consumed - m_headSize : 0;
}

bool HttpResponseReader::hasHeader(const QByteArray &name) const
{
    for (const auto &h : m_headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QByteArray HttpResponseReader::header(const QByteArray &name) const
{
    for (const auto &h : m_headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}
