#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

// Bytes <-> text for display and for the send boxes. Decoding for display never drops a byte:
// bytes that are not valid in the chosen encoding are shown as \xNN, and control characters
// are made visible (\r, \n, \t, \0, \xNN) when `escapeControls` is set, so one chunk fits one
// line and a student can see exactly what was sent.
class TextCodec
{
public:
    enum class Encoding { Utf8, Gbk, Latin1 };

    static QList<Encoding> encodings();
    static QString name(Encoding encoding);                 // "UTF-8", "GBK", "Latin-1"
    static std::optional<Encoding> fromName(const QString &name);

    static QString decode(const QByteArray &bytes, Encoding encoding, bool escapeControls = true);
    static QByteArray encode(const QString &text, Encoding encoding);
    // The character that starts at `pos` (a valid index) and how many bytes it takes (1 to 4), or
    // 0 when the byte there does not start a valid character in `encoding` (a stray or cut
    // sequence, a byte GBK does not use). For walking bytes one character at a time (HexTextDump).
    static int characterAt(const QByteArray &bytes, qsizetype pos, Encoding encoding, char32_t *codePoint);

    // "68 65 6c 6c 6f"; at most `maxBytes` bytes are rendered (-1 = all), then "…".
    static QString toHex(const QByteArray &bytes, int maxBytes = -1);
    // Accepts "68656c6c6f", "68 65 6c", "0x68,0x65", "68:65"; nullopt + a translated reason
    // ("'zz' at position 4 is not a hex byte") otherwise.
    static std::optional<QByteArray> fromHex(const QString &text, QString *error = nullptr);
    // Offset / hex / ASCII columns, 16 bytes a line, for the detail pane.
    static QString hexDump(const QByteArray &bytes);

    // Python's bytes.upper(): ASCII letters only, every other byte unchanged.
    static QByteArray asciiUpper(QByteArray bytes);
};
