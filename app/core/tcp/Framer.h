#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// Turns a TCP byte stream into messages and messages into bytes. TCP keeps no message
// boundaries, so two quick sends can arrive as one recv() chunk (粘包); a framing mode decides
// what "one message" is:
//   Raw            each received chunk is one message (what the seed scripts assume)
//   Lines          a message ends with LF; a CR before it is stripped; sending appends LF (a reply
//                  may end the way the message it answers ended: frame(payload, "\r\n"))
//   LengthPrefixed a 4-byte big-endian length, then that many bytes
// A peer can never make us buffer more than `maxMessage` bytes for one message: a longer line
// or a larger announced length is a protocol error (the caller drops the connection).
class Framer
{
public:
    enum class Mode { Raw, Lines, LengthPrefixed };
    static constexpr qint64 DefaultMaxMessage = 16 * 1024 * 1024;

    explicit Framer(Mode mode = Mode::Raw, qint64 maxMessage = DefaultMaxMessage);

    Mode mode() const;
    void setMode(Mode mode);          // drops any partial message
    qint64 maxMessage() const;
    qint64 pendingBytes() const;      // bytes of an incomplete message held back
    // At the end of the stream: Lines gives up its last line without LF (as Python's
    // readline() does, a trailing CR stripped) and forgets it; other modes return nothing
    // (an incomplete length-prefixed message is not a message) and keep their state.
    // `wire` (optional) receives the bytes that line took on the wire (a trailing CR included).
    std::optional<QByteArray> takeIncompleteLine(QByteArray *wire = nullptr);

    // Appends the complete messages found in `chunk` to `out`. Returns false (with a translated
    // `error`) when the peer broke the framing; nothing more should be fed then. When `wire` is
    // given, it receives for each message the bytes it took on the wire, in the same order:
    // Raw the chunk, Lines the line with its CRLF or LF, LengthPrefixed the header and payload.
    bool feed(const QByteArray &chunk, QList<QByteArray> *out, QString *error,
              QList<QByteArray> *wire = nullptr);
    // The bytes to write for one message. `lineEnding` (Lines only; empty: LF) ends the line.
    QByteArray frame(const QByteArray &payload, const QByteArray &lineEnding = {}) const;
    // The header to write before a streamed payload of `size` bytes (LengthPrefixed: 4 bytes;
    // others: empty) and the trailer after it (Lines: `lineEnding`, by default "\n").
    QByteArray header(qint64 size) const;
    QByteArray trailer(const QByteArray &lineEnding = {}) const;
    // The line ending a received message used on the wire ("\r\n" or "\n"; empty for a last
    // line without one or a mode without line endings): a reply can end the same way.
    static QByteArray lineEndingOf(const QByteArray &wire);

    static QString name(Mode mode);                        // "raw", "lines", "length"
    static std::optional<Mode> fromName(const QString &name);

private:
    void reset();
    bool feedLines(const QByteArray &chunk, QList<QByteArray> *out, QString *error, QList<QByteArray> *wire);
    bool feedLengthPrefixed(const QByteArray &chunk, QList<QByteArray> *out, QString *error,
                            QList<QByteArray> *wire);

    Mode m_mode;
    qint64 m_maxMessage;
    QByteArray m_buffer;          // Lines: the incomplete line; LengthPrefixed: the partial payload
    QByteArray m_header;          // LengthPrefixed: a partial 4-byte header
    qint64 m_expected = -1;       // LengthPrefixed: payload size being read, -1 = reading a header
};
