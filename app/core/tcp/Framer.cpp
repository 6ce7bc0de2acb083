#include "Framer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QtEndian>

#include "ByteCountText.h"

namespace {

constexpr qsizetype HeaderSize = 4;

QString sizeText(qint64 bytes)
{
    return ByteCountText::compact(bytes, 1);
}

} // namespace

Framer::Framer(Mode mode, qint64 maxMessage)
    : m_mode(mode)
    , m_maxMessage(qMax<qint64>(1, maxMessage))
{
}

Framer::Mode Framer::mode() const
{
    return m_mode;
}

void Framer::setMode(Mode mode)
{
    m_mode = mode;
    reset();
}

qint64 Framer::maxMessage() const
{
    return m_maxMessage;
}

qint64 Framer::pendingBytes() const
{
    return m_header.size() + m_buffer.size();
}

std::optional<QByteArray> Framer::takeIncompleteLine(QByteArray *wire)
{
    if (m_mode != Mode::Lines || m_buffer.isEmpty())
        return std::nullopt;
    QByteArray line = std::move(m_buffer);
    m_buffer.clear();
    if (wire)
        *wire = line;
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

void Framer::reset()
{
    m_buffer.clear();
    m_header.clear();
    m_expected = -1;
}

bool Framer::feed(const QByteArray &chunk, QList<QByteArray> *out, QString *error, QList<QByteArray> *wire)
{
    if (chunk.isEmpty())
        return true;
    switch (m_mode) {
    case Mode::Raw:
        out->append(chunk);
        if (wire)
            wire->append(chunk);
        return true;
    case Mode::Lines:
        return feedLines(chunk, out, error, wire);
    case Mode::LengthPrefixed:
        return feedLengthPrefixed(chunk, out, error, wire);
    }
    return true;
}

bool Framer::feedLines(const QByteArray &chunk, QList<QByteArray> *out, QString *error, QList<QByteArray> *wire)
{
    auto tooLong = [&]() {
        if (error)
            *error = QCoreApplication::translate("Framer",
                         "A line is longer than the limit of %1 without a line end (LF); is the peer using another framing?")
                         .arg(sizeText(m_maxMessage));
        reset();
        return false;
    };
    qsizetype pos = 0;
    const qsizetype n = chunk.size();
    while (pos < n) {
        const qsizetype lf = chunk.indexOf('\n', pos);
        if (lf < 0) {
            // Only the new bytes are ever searched, so a long line costs O(n) overall.
            if (m_buffer.size() + (n - pos) > m_maxMessage + 1)   // +1: a CR may still precede the LF
                return tooLong();
            if (pos == 0 && m_buffer.isEmpty())
                m_buffer = chunk;
            else
                m_buffer.append(chunk.constData() + pos, n - pos);
            return true;
        }
        QByteArray line;
        if (m_buffer.isEmpty()) {
            line = (pos == 0 && lf == n - 1) ? chunk.left(lf) : chunk.mid(pos, lf - pos);
        } else {
            line.swap(m_buffer);
            line.append(chunk.constData() + pos, lf - pos);
        }
        const bool crlf = line.endsWith('\r');
        if (crlf)
            line.chop(1);
        if (line.size() > m_maxMessage)
            return tooLong();
        if (wire)
            wire->append(line + (crlf ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n")));
        out->append(line);
        pos = lf + 1;
    }
    return true;
}

bool Framer::feedLengthPrefixed(const QByteArray &chunk, QList<QByteArray> *out, QString *error,
                                QList<QByteArray> *wire)
{
    const auto framed = [this](const QByteArray &payload) { return header(payload.size()) + payload; };
    qsizetype pos = 0;
    const qsizetype n = chunk.size();
    while (pos < n) {
        if (m_expected < 0) {
            const qsizetype take = qMin(HeaderSize - m_header.size(), n - pos);
            m_header.append(chunk.constData() + pos, take);
            pos += take;
            if (m_header.size() < HeaderSize)
                return true;
            const qint64 length = qFromBigEndian<quint32>(m_header.constData());
            m_header.clear();
            if (length > m_maxMessage) {
                // Rejected before a single byte of it is allocated.
                if (error)
                    *error = QCoreApplication::translate("Framer",
                                 "The peer announced a message of %1 bytes, more than the limit of %2; is it using another framing?")
                                 .arg(length).arg(sizeText(m_maxMessage));
                reset();
                return false;
            }
            m_expected = length;
            if (length == 0) {
                out->append(QByteArray());
                if (wire)
                    wire->append(header(0));
                m_expected = -1;
            }
            continue;
        }
        const qint64 need = m_expected - m_buffer.size();
        const qsizetype take = qsizetype(qMin<qint64>(need, n - pos));
        if (m_buffer.isEmpty() && take == need) {
            // The whole message is inside this chunk: no intermediate buffer.
            out->append(pos == 0 && take == n ? chunk : chunk.mid(pos, take));
            if (wire)
                wire->append(framed(out->constLast()));
        } else {
            m_buffer.append(chunk.constData() + pos, take);
            if (m_buffer.size() < m_expected) {
                pos += take;
                continue;
            }
            out->append(m_buffer);
            if (wire)
                wire->append(framed(m_buffer));
            m_buffer.clear();
        }
        pos += take;
        m_expected = -1;
    }
    return true;
}

QByteArray Framer::frame(const QByteArray &payload, const QByteArray &lineEnding) const
{
    switch (m_mode) {
    case Mode::Raw:
        return payload;
    case Mode::Lines:
        return payload + trailer(lineEnding);
    case Mode::LengthPrefixed:
        return header(payload.size()) + payload;
    }
    return payload;
}

QByteArray Framer::header(qint64 size) const
{
    if (m_mode != Mode::LengthPrefixed)
        return {};
    QByteArray h(HeaderSize, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(size), h.data());
    return h;
}

QByteArray Framer::trailer(const QByteArray &lineEnding) const
{
    if (m_mode != Mode::Lines)
        return {};
    return lineEnding.isEmpty() ? QByteArray("\n", 1) : lineEnding;
}

QByteArray Framer::lineEndingOf(const QByteArray &wire)
{
    if (wire.endsWith("\r\n"))
        return QByteArrayLiteral("\r\n");
    if (wire.endsWith('\n'))
        return QByteArrayLiteral("\n");
    return {};
}

QString Framer::name(Mode mode)
{
    switch (mode) {
    case Mode::Raw: return QStringLiteral("raw");
    case Mode::Lines: return QStringLiteral("lines");
    case Mode::LengthPrefixed: return QStringLiteral("length");
    }
    return {};
}

std::optional<Framer::Mode> Framer::fromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("raw") || n == QLatin1String("none"))
        return Mode::Raw;
    if (n == QLatin1String("lines") || n == QLatin1String("line"))
        return Mode::Lines;
    if (n == QLatin1String("length") || n == QLatin1String("length-prefixed") || n == QLatin1String("lengthprefixed"))
        return Mode::LengthPrefixed;
    return std::nullopt;
}
