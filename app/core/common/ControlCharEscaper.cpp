#include "ControlCharEscaper.h"

namespace {

const char kHexDigits[] = "0123456789abcdef";

// The visible form of a control character, into `to` (at most 4 bytes); returns its length.
int escapeInto(char *to, char32_t ch)
{
    switch (ch) {
    case 0: to[0] = '\\'; to[1] = '0'; return 2;
    case '\t': to[0] = '\\'; to[1] = 't'; return 2;
    case '\n': to[0] = '\\'; to[1] = 'n'; return 2;
    case '\r': to[0] = '\\'; to[1] = 'r'; return 2;
    default:
        to[0] = '\\';
        to[1] = 'x';
        to[2] = kHexDigits[(ch >> 4) & 0xf];
        to[3] = kHexDigits[ch & 0xf];
        return 4;
    }
}

bool mustEscape(char32_t ch, ControlCharEscaper::LineBreaks lineBreaks)
{
    return ControlCharEscaper::isControl(ch)
        && !(ch == '\n' && lineBreaks == ControlCharEscaper::LineBreaks::Keep);
}

bool isC1Lead(const char *s, qsizetype i, qsizetype n)
{
    return uchar(s[i]) == 0xc2 && i + 1 < n && uchar(s[i + 1]) >= 0x80 && uchar(s[i + 1]) <= 0x9f;
}

} // namespace

bool ControlCharEscaper::isControl(char32_t ch)
{
    return ch < 0x20 || (ch >= 0x7f && ch <= 0x9f);
}

void ControlCharEscaper::appendEscaped(QString *out, char32_t ch)
{
    char text[4];
    const int length = escapeInto(text, ch);
    out->append(QLatin1String(text, length));
}

bool ControlCharEscaper::needsEscaping(QStringView text, LineBreaks lineBreaks)
{
    for (const QChar c : text) {
        if (mustEscape(c.unicode(), lineBreaks))
            return true;
    }
    return false;
}

QString ControlCharEscaper::escaped(const QString &text, LineBreaks lineBreaks)
{
    if (!needsEscaping(text, lineBreaks))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (mustEscape(c.unicode(), lineBreaks))
            appendEscaped(&out, c.unicode());
        else
            out.append(c);
    }
    return out;
}

QByteArray ControlCharEscaper::escapedUtf8(const QByteArray &utf8, LineBreaks lineBreaks)
{
    const char *s = utf8.constData();
    const qsizetype n = utf8.size();
    auto needs = [&](qsizetype i) {
        const uchar b = uchar(s[i]);
        return (b < 0x80 && mustEscape(b, lineBreaks)) || isC1Lead(s, i, n);
    };
    qsizetype first = 0;
    while (first < n && !needs(first))
        ++first;
    if (first == n)
        return utf8;
    QByteArray out;
    out.reserve(n + 16);
    out.append(s, first);
    char text[4];
    for (qsizetype i = first; i < n; ++i) {
        if (isC1Lead(s, i, n)) {
            out.append(text, escapeInto(text, uchar(s[i + 1])));
            ++i;
        } else if (uchar(s[i]) < 0x80 && mustEscape(uchar(s[i]), lineBreaks)) {
            out.append(text, escapeInto(text, uchar(s[i])));
        } else {
            out.append(s[i]);
        }
    }
    return out;
}
