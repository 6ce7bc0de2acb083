#include "HexTextDump.h"

#include <QChar>

#include "ControlCharEscaper.h"

namespace {

void appendHexByte(QString &out, uchar byte)
{
    static const char digits[] = "0123456789abcdef";
    out += QLatin1Char(digits[byte >> 4]);
    out += QLatin1Char(digits[byte & 0xf]);
}

void appendCharacter(QString &out, char32_t ch)
{
    if (QChar::requiresSurrogates(ch)) {
        out += QChar(QChar::highSurrogate(ch));
        out += QChar(QChar::lowSurrogate(ch));
    } else {
        out += QChar(char16_t(ch));
    }
}

} // namespace

bool HexTextDump::isShown(char32_t ch)
{
    if (ControlCharEscaper::isControl(ch) || !QChar::isPrint(ch))
        return false;
    // Printable to Unicode, but they break the line in a text view.
    const QChar::Category category = QChar::category(ch);
    return category != QChar::Separator_Line && category != QChar::Separator_Paragraph;
}

int HexTextDump::offsetDigits(qsizetype size)
{
    int digits = 4;
    for (qsizetype last = size > 0 ? size - 1 : 0; (last >> (4 * digits)) != 0;)
        ++digits;
    return digits;
}

int HexTextDump::lineChars(int bytesPerLine, qsizetype size)
{
    const int n = qMax(1, bytesPerLine);
    // Offset, two spaces, "hh " per byte (one more space after every 8), a space, the text.
    return offsetDigits(size) + 2 + 3 * n - 1 + (n - 1) / 8 + 2 + n;
}

QStringList HexTextDump::lines(const QByteArray &bytes, TextCodec::Encoding encoding, int bytesPerLine, int maxLines)
{
    QStringList out;
    const int n = qMax(1, bytesPerLine);
    const qsizetype size = bytes.size();
    const int digits = offsetDigits(size);
    qsizetype next = 0;   // where the next character starts (it may be on a later row)
    for (qsizetype offset = 0; offset < size && (maxLines < 0 || out.size() < maxLines); offset += n) {
        const qsizetype end = qMin<qsizetype>(offset + n, size);
        QString line;
        line.reserve(lineChars(n, size) + 4);
        line += QString::number(offset, 16).rightJustified(digits, QLatin1Char('0'));
        line += QLatin1String("  ");
        for (int k = 0; k < n; ++k) {
            if (k > 0)
                line += (k % 8 == 0) ? QLatin1String("  ") : QLatin1String(" ");
            if (offset + k < end)
                appendHexByte(line, uchar(bytes.at(offset + k)));
            else
                line += QLatin1String("  ");
        }
        line += QLatin1String("  ");
        while (next < end) {
            char32_t ch = 0;
            const int length = TextCodec::characterAt(bytes, next, encoding, &ch);
            if (length == 0) {
                line += QLatin1Char('.');
                ++next;
            } else {
                if (isShown(ch))
                    appendCharacter(line, ch);
                else
                    line += QLatin1Char('.');
                next += length;
            }
        }
        out.append(line);
    }
    return out;
}

QString HexTextDump::dump(const QByteArray &bytes, TextCodec::Encoding encoding, int bytesPerLine)
{
    return lines(bytes, encoding, bytesPerLine).join(QLatin1Char('\n'));
}
