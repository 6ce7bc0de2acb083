#include "WrappedText.h"

#include <QTextBoundaryFinder>

namespace {

// East Asian wide and full-width characters (Unicode's EastAsianWidth W and F, by block).
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
           || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
           || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
           || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

bool isWideAt(const QString &text, qsizetype index)
{
    const QChar c = text.at(index);
    if (c.isLowSurrogate() && index > 0)
        return isWide(QChar::surrogateToUcs4(text.at(index - 1), c));
    if (c.isHighSurrogate() && index + 1 < text.size())
        return isWide(QChar::surrogateToUcs4(c, text.at(index + 1)));
    return isWide(c.unicode());
}

// More Latin letters than wide characters: an English sentence quoting a Chinese word.
bool mostlyNarrow(const QString &text)
{
    qsizetype narrow = 0;
    qsizetype wide = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isWideAt(text, i))
            ++wide;
        else if (text.at(i).isLetter())
            ++narrow;
    }
    return narrow > wide;
}

// The places a line may break, as pieces (a word with the spaces after it). In an English
// sentence a quoted Chinese word ("已送达") stays whole, as an English word does.
QStringList breakPieces(const QString &text)
{
    const bool keepWideWords = mostlyNarrow(text);
    QStringList pieces;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, text);
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = finder.toNextBoundary();
        if (end < 0)
            end = text.size();
        const QString piece = text.mid(start, end - start);
        const bool joinsWideRun = keepWideWords && !pieces.isEmpty() && start > 0
                                  && isWideAt(text, start - 1) && isWideAt(text, start);
        // A value with a hyphen (crc16-modbus, tcp-server) is one word on the command line: a
        // break after its hyphen would read as two words or a minus sign.
        const bool joinsHyphenated = !pieces.isEmpty() && start > 1 && text.at(start - 1) == u'-'
                                     && text.at(start - 2).isLetterOrNumber() && text.at(start).isLetterOrNumber();
        if (joinsWideRun || joinsHyphenated)
            pieces.last() += piece;
        else
            pieces.append(piece);
        start = end;
    }
    return pieces;
}

QStringList wrapLine(const QString &text, int width)
{
    QStringList lines;
    QString line;
    for (const QString &piece : breakPieces(text)) {
        const QString candidate = line + piece;
        if (!line.isEmpty() && WrappedText::columns(candidate.trimmed()) > width) {
            lines.append(line.trimmed());
            line = piece;
        } else {
            line = candidate;
        }
    }
    if (!line.trimmed().isEmpty() || lines.isEmpty())
        lines.append(line.trimmed());
    return lines;
}

} // namespace

int WrappedText::columns(const QString &text)
{
    int columns = 0;
    for (const char32_t c : text.toUcs4())
        columns += isWide(c) ? 2 : 1;
    return columns;
}

QStringList WrappedText::lines(const QString &paragraph, int width)
{
    QStringList lines;
    for (const QString &line : paragraph.split(QLatin1Char('\n')))
        lines += wrapLine(line, width);
    return lines;
}
