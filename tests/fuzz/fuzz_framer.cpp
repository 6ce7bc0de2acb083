// libFuzzer target for the TCP framer (Framer): raw chunks, LF-terminated lines and 4-byte
// big-endian length-prefixed messages, with a small message limit so that the limits are
// reached. Built with clang (-fsanitize=fuzzer,address,undefined) by tests/fuzz/CMakeLists.txt.
// Input: byte 0 picks the mode and the limit, byte 1 how the rest is cut into recv() chunks;
// the rest is the stream. Every input must be answered without a crash or a sanitizer report,
// and:
//   - the messages (and whether the peer broke the framing) do not depend on how the stream
//     was cut into chunks: fed whole, fed in the chosen pieces, fed one byte at a time (raw
//     messages are the chunks: only their concatenation is the same);
//   - no message is longer than the limit, and what is held back stays within it;
//   - raw messages are the stream itself; length-prefixed ones, framed again, are the stream;
//   - a message framed by frame() and fed to a new framer comes back as it was.
#include <QByteArray>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "Framer.h"

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

struct Outcome
{
    QList<QByteArray> messages;
    bool ok = true;
    bool operator==(const Outcome &o) const { return messages == o.messages && ok == o.ok; }
};

Outcome feedInPieces(Framer::Mode mode, qint64 limit, const QByteArray &stream, const QList<qsizetype> &cuts)
{
    Framer framer(mode, limit);
    Outcome outcome;
    qsizetype from = 0;
    for (qsizetype i = 0; i <= cuts.size() && outcome.ok; ++i) {
        const qsizetype to = i < cuts.size() ? cuts.at(i) : stream.size();
        QString error;
        outcome.ok = framer.feed(stream.mid(from, to - from), &outcome.messages, &error);
        check(outcome.ok == error.isEmpty());
        // Held back: at most one message under the limit (+ a CR, or a 4-byte header).
        check(framer.pendingBytes() <= limit + 4);
        from = to;
    }
    for (const QByteArray &m : std::as_const(outcome.messages))
        check(m.size() <= limit || mode == Framer::Mode::Raw);
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const Framer::Mode mode = Framer::Mode(data[0] % 3);
    static const qint64 limits[] = {1, 2, 7, 64, 300, 4096};
    const qint64 limit = limits[(data[0] / 3) % 6];
    const int step = 1 + data[1] % 17;
    const QByteArray stream(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));

    QList<qsizetype> pieces;   // growing cut points, from the stream's own bytes
    for (qsizetype at = 0; at < stream.size();) {
        at += 1 + (uchar(stream.at(at)) * step) % 23;
        if (at < stream.size())
            pieces.append(at);
    }
    QList<qsizetype> bytes;
    for (qsizetype at = 1; at < stream.size() && stream.size() <= 2048; ++at)
        bytes.append(at);

    // Raw messages are the chunks themselves: only what they add up to cannot depend on the cuts.
    auto same = [mode](const Outcome &a, const Outcome &b) {
        if (mode != Framer::Mode::Raw)
            return a == b;
        return a.ok == b.ok && a.messages.join() == b.messages.join();
    };
    const Outcome whole = feedInPieces(mode, limit, stream, {});
    check(same(feedInPieces(mode, limit, stream, pieces), whole));
    if (stream.size() <= 2048)
        check(same(feedInPieces(mode, limit, stream, bytes), whole));

    Framer writer(mode, limit);
    QByteArray framed;
    for (const QByteArray &m : std::as_const(whole.messages))
        framed += writer.frame(m);
    if (mode == Framer::Mode::Raw)
        check(framed == stream);
    if (mode == Framer::Mode::LengthPrefixed)
        check(stream.startsWith(framed));

    for (const QByteArray &m : std::as_const(whole.messages)) {
        if (mode == Framer::Mode::Lines && m.endsWith('\r'))
            continue;   // a CR before the LF is not part of a line
        Framer reader(mode, limit);
        QList<QByteArray> back;
        QString error;
        check(reader.feed(writer.frame(m), &back, &error));
        if (mode == Framer::Mode::Raw && m.isEmpty())
            check(back.isEmpty());   // an empty recv() is no message
        else
            check(back == QList<QByteArray>{m});
        check(reader.pendingBytes() == 0);
    }
    return 0;
}
