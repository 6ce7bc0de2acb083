#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "TextCodec.h"

// Bytes as the rows of a hex editor, for the traffic view's "Both" display mode (hex and text
// side by side):
//   0000  68 65 6c 6c 6f 20 e4 b8  ad e6 96 87 0d 0a 00 ff  hello 中文....
// Each row is an offset, `bytesPerLine` bytes in hex (a wider gap after every 8), and the same
// bytes as text in the chosen encoding. A multi-byte character (UTF-8, GBK) is shown whole on the
// row of its first byte, even when its other bytes run onto the next row, which then shows
// nothing for them; so the text of a row may be a character longer or shorter than its bytes.
// Bytes that are not printable (control characters, line breaks, bytes that are not valid in the
// encoding) are shown as '.'. The hex of a short last row is padded with spaces, so that the text
// columns of all rows line up in a fixed-width font.
class HexTextDump
{
public:
    static constexpr int DefaultBytesPerLine = 16;

    // The first `maxLines` rows (every row when -1); none for no bytes.
    static QStringList lines(const QByteArray &bytes, TextCodec::Encoding encoding,
                             int bytesPerLine = DefaultBytesPerLine, int maxLines = -1);
    // Every row, one a line (no line break after the last).
    static QString dump(const QByteArray &bytes, TextCodec::Encoding encoding, int bytesPerLine = DefaultBytesPerLine);

    // Hex digits of the offsets: 4 up to 64 KiB of bytes (more above).
    static int offsetDigits(qsizetype size);
    // Characters of a full row of `bytesPerLine` bytes of single-width text (to fit rows in a column).
    static int lineChars(int bytesPerLine, qsizetype size);
    // Whether a character is shown as itself (not as '.').
    static bool isShown(char32_t ch);
};
