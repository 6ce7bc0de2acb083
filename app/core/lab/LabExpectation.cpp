#include "LabExpectation.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include "ByteCountText.h"
#include "LabStepText.h"
#include "LabVariables.h"

LabExpectation::LabExpectation(const LabStep &step, const QByteArray &expected, qint64 count, int timeoutMs)
    : m_step(step)
    , m_expected(expected)
    , m_count(count)
    , m_timeoutMs(timeoutMs)
{
}

LabExpectation::Outcome LabExpectation::failed(const QString &reason)
{
    Outcome o;
    o.verdict = Verdict::Failed;
    o.reason = reason;
    return o;
}

QByteArray LabExpectation::expectedBytes() const
{
    switch (m_step.match) {
    case LabStep::Match::Exact:
    case LabStep::Match::Prefix:
    case LabStep::Match::Upper:
    case LabStep::Match::Echo:
        return m_expected;
    default:
        return {};
    }
}

QString LabExpectation::expectedText() const
{
    switch (m_step.match) {
    case LabStep::Match::Exact:
        return {};
    case LabStep::Match::Prefix:
        return tr("data starting with “%1”").arg(LabVariables::shown(m_expected, 80));
    case LabStep::Match::Upper:
        return tr("the upper-case of what was sent");
    case LabStep::Match::Echo:
        return tr("the same bytes as were sent");
    case LabStep::Match::Regex:
        return tr("text matching %1").arg(m_step.pattern);
    case LabStep::Match::Count:
        return ByteCountText::count(m_count);
    case LabStep::Match::Http:
        if (m_step.httpStatus != 0)
            return tr("an HTTP response with status %1").arg(m_step.httpStatus);
        return tr("a complete HTTP response");
    case LabStep::Match::Closed:
        return tr("the peer closes the connection");
    case LabStep::Match::Silence:
        return tr("nothing for %1").arg(LabStepText::duration(m_timeoutMs));
    case LabStep::Match::None:
        break;
    }
    return {};
}

LabExpectation::Outcome LabExpectation::evaluate(const Stream &s)
{
    switch (m_step.match) {
    case LabStep::Match::Exact:
    case LabStep::Match::Upper:
    case LabStep::Match::Echo:
        return exact(s, m_expected);
    case LabStep::Match::Prefix:
        return prefix(s);
    case LabStep::Match::Regex:
        return regex(s);
    case LabStep::Match::Count:
        return count(s);
    case LabStep::Match::Http:
        return http(s);
    case LabStep::Match::Closed:
        return closed(s);
    case LabStep::Match::Silence:
        return silence(s);
    case LabStep::Match::None:
        break;
    }
    return failed(tr("This step expects nothing that SocketLab can check."));
}

LabExpectation::Outcome LabExpectation::matchedAt(const Stream &s, qsizetype end) const
{
    if (m_step.alone && end < s.buffer.size() && !s.chunkEnds.contains(end)) {
        qsizetype pieceEnd = s.buffer.size();
        for (qsizetype e : s.chunkEnds)
            if (e > end) {
                pieceEnd = e;
                break;
            }
        return failed(tr("What was expected arrived glued to %1 more in the same piece, so a program reading it cannot tell where one message ends.")
                          .arg(ByteCountText::count(pieceEnd - end)));
    }
    Outcome o;
    o.verdict = Verdict::Matched;
    o.consumed = end;
    return o;
}

LabExpectation::Outcome LabExpectation::pendingEnd(const Stream &s, qsizetype needed) const
{
    const qsizetype got = s.buffer.size();
    if (s.overflow)
        return failed(tr("More than %1 arrived without matching what was expected; SocketLab stopped reading.")
                          .arg(ByteCountText::compact(MaxBuffered)));
    if (s.closed) {
        if (got == 0)
            return failed(tr("The connection was closed before anything arrived."));
        if (needed > 0)
            return failed(tr("The connection was closed after only %1.").arg(ByteCountText::ofTotal(got, needed)));
        return failed(tr("The connection was closed after %1, before what was expected arrived.")
                          .arg(ByteCountText::count(got)));
    }
    if (s.timeUp) {
        const QString within = LabStepText::duration(m_timeoutMs);
        if (got == 0)
            return failed(tr("Nothing arrived within %1.").arg(within));
        if (needed > 0)
            return failed(tr("Only %1 arrived within %2.").arg(ByteCountText::ofTotal(got, needed), within));
        return failed(tr("%1 arrived within %2, but not what was expected.").arg(ByteCountText::count(got), within));
    }
    return {};
}

LabExpectation::Outcome LabExpectation::exact(const Stream &s, const QByteArray &expected) const
{
    if (expected.isEmpty())
        return failed(m_step.match == LabStep::Match::Exact
                          ? tr("The lab expects an empty text, which cannot be received.")
                          : tr("Nothing was sent on connection %1 before, so there is nothing to compare with.")
                                .arg(m_step.connection));
    const qsizetype n = qMin(s.buffer.size(), expected.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (s.buffer.at(i) != expected.at(i))
            return failed(tr("What arrived differs from what was expected from byte %1 on.").arg(i + 1));
    }
    if (s.buffer.size() >= expected.size())
        return matchedAt(s, expected.size());
    return pendingEnd(s, expected.size());
}

LabExpectation::Outcome LabExpectation::prefix(const Stream &s) const
{
    const qsizetype n = qMin(s.buffer.size(), m_expected.size());
    if (s.buffer.left(n) != m_expected.left(n))
        return failed(tr("What arrived does not start with “%1”.").arg(LabVariables::shown(m_expected, 80)));
    const bool started = s.buffer.size() >= m_expected.size() && !s.buffer.isEmpty();
    if (started && (s.quiet || s.closed))
        return matchedAt(s, s.buffer.size());
    if (started && s.timeUp && !s.overflow)
        return failed(tr("Data kept arriving for %1 without a pause of %2.")
                          .arg(LabStepText::duration(m_timeoutMs), LabStepText::duration(m_step.quietMs)));
    return pendingEnd(s, started ? 0 : m_expected.size());
}

LabExpectation::Outcome LabExpectation::regex(const Stream &s) const
{
    const QRegularExpression re(m_step.pattern);
    if (!re.isValid())
        return failed(tr("The pattern %1 is not a valid regular expression: %2").arg(m_step.pattern, re.errorString()));
    if (!s.buffer.isEmpty() && (s.quiet || s.closed || s.timeUp || s.overflow)) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder.decode(s.buffer);
        const bool valid = !decoder.hasError();
        const QRegularExpressionMatch m = re.match(text, 0, QRegularExpression::NormalMatch,
                                                   QRegularExpression::AnchorAtOffsetMatchOption);
        if (m.hasMatch()) {
            const qsizetype endChars = m.capturedEnd(0);
            // Byte length of the match; exact for valid UTF-8 (invalid bytes decode to U+FFFD,
            // so it is approximate only for text that is not UTF-8 anyway).
            qsizetype end = endChars == text.size() ? s.buffer.size() : text.left(endChars).toUtf8().size();
            if (!valid)
                end = qMin(end, s.buffer.size());
            Outcome o = matchedAt(s, end);
            if (o.verdict == Verdict::Matched) {
                for (const QString &name : re.namedCaptureGroups())
                    if (!name.isEmpty())
                        o.captures.insert(name, m.captured(name));
            }
            return o;
        }
        if (s.closed || s.timeUp || s.overflow)
            return failed(tr("What arrived does not match %1.").arg(m_step.pattern));
    }
    return pendingEnd(s, 0);
}

LabExpectation::Outcome LabExpectation::count(const Stream &s) const
{
    if (m_count <= 0)
        return matchedAt(s, 0);
    if (s.buffer.size() >= m_count)
        return matchedAt(s, m_count);
    return pendingEnd(s, m_count);
}

LabExpectation::Outcome LabExpectation::http(const Stream &s)
{
    if (!m_http)
        m_http.emplace(m_step.httpHead);
    const HttpResponseReader::State state = m_http->read(s.buffer, s.closed);
    if (state == HttpResponseReader::State::Malformed)
        return failed(m_http->error());
    if (state == HttpResponseReader::State::Incomplete) {
        if (s.overflow)
            return pendingEnd(s, 0);
        if (s.timeUp)
            return failed(s.buffer.isEmpty()
                              ? tr("Nothing arrived within %1.").arg(LabStepText::duration(m_timeoutMs))
                              : tr("The HTTP response was not complete within %1 (%2 arrived).")
                                    .arg(LabStepText::duration(m_timeoutMs), ByteCountText::count(s.buffer.size())));
        return {};
    }
    if (m_step.httpStatus != 0 && m_http->status() != m_step.httpStatus)
        return failed(tr("The status is %1, not %2 (“%3”).")
                          .arg(m_http->status())
                          .arg(m_step.httpStatus)
                          .arg(LabVariables::shown(m_http->statusLine(), 80)));
    for (const QString &name : m_step.httpHeaders) {
        if (!m_http->hasHeader(name.toLatin1()))
            return failed(tr("The response has no %1 header.").arg(name));
    }
    if (m_step.httpBody && m_http->bodySize() == 0)
        return failed(tr("The response has no body."));
    return matchedAt(s, m_http->consumed());
}

LabExpectation::Outcome LabExpectation::closed(const Stream &s) const
{
    if (!s.buffer.isEmpty() && !m_step.allowData)
        return failed(tr("%1 arrived where the connection should have been closed.").arg(ByteCountText::count(s.buffer.size())));
    if (s.closed) {
        Outcome o;
        o.verdict = Verdict::Matched;
        o.consumed = s.buffer.size();
        return o;
    }
    if (s.overflow)
        return pendingEnd(s, 0);
    if (s.timeUp)
        return failed(tr("The connection was still open after %1.").arg(LabStepText::duration(m_timeoutMs)));
    return {};
}

LabExpectation::Outcome LabExpectation::silence(const Stream &s) const
{
    if (!s.buffer.isEmpty())
        return failed(tr("%1 arrived where nothing should have.").arg(ByteCountText::count(s.buffer.size())));
    if (s.timeUp) {
        Outcome o;
        o.verdict = Verdict::Matched;
        return o;
    }
    return {};
}
