#include "TextCodec.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QStringEncoder>

#include "ControlCharEscaper.h"

namespace {

void appendEscapedByte(QString &out, uchar byte)
{
    static const char digits[] = "0123456789abcdef";
    out += QLatin1String("\\x");
    out += QLatin1Char(digits[byte >> 4]);
    out += QLatin1Char(digits[byte & 0xf]);
}

void appendChar(QString &out, char32_t ch, bool escapeControls)
{
    // C0, DEL and C1 (U+0080-U+009F: a UTF-8 "\xc2\x9b" is a CSI to many terminals).
    if (escapeControls && ControlCharEscaper::isControl(ch)) {
        ControlCharEscaper::appendEscaped(&out, ch);
        return;
    }
    if (escapeControls && ch == '\\') {
        out += QLatin1String("\\\\");
        return;
    }
    if (QChar::requiresSurrogates(ch)) {
        out += QChar(QChar::highSurrogate(ch));
        out += QChar(QChar::lowSurrogate(ch));
    } else {
        out += QChar(char16_t(ch));
    }
}

// Length of the valid UTF-8 sequence starting at i, or 0 when the byte there does not start one.
int utf8SequenceLength(const uchar *s, qsizetype i, qsizetype n, char32_t *cp)
{
    const uchar b0 = s[i];
    if (b0 < 0x80) { *cp = b0; return 1; }
    int len;
    char32_t min;
    if ((b0 & 0xe0) == 0xc0) { len = 2; *cp = b0 & 0x1f; min = 0x80; }
    else if ((b0 & 0xf0) == 0xe0) { len = 3; *cp = b0 & 0x0f; min = 0x800; }
    else if ((b0 & 0xf8) == 0xf0) { len = 4; *cp = b0 & 0x07; min = 0x10000; }
    else return 0;
    if (i + len > n)
        return 0;
    for (int k = 1; k < len; ++k) {
        const uchar b = s[i + k];
        if ((b & 0xc0) != 0x80)
            return 0;
        *cp = (*cp << 6) | (b & 0x3f);
    }
    if (*cp < min || *cp > 0x10ffff || (*cp >= 0xd800 && *cp <= 0xdfff))
        return 0;
    return len;
}

QString decodeUtf8(const QByteArray &bytes, bool escapeControls)
{
    QString out;
    out.reserve(bytes.size());
    const auto *s = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        char32_t cp = 0;
        const int len = utf8SequenceLength(s, i, n, &cp);
        if (len == 0) {
            appendEscapedByte(out, s[i]);
            ++i;
        } else {
            appendChar(out, cp, escapeControls);
            i += len;
        }
    }
    return out;
}

QString decodeLatin1(const QByteArray &bytes, bool escapeControls)
{
    QString out;
    out.reserve(bytes.size());
    for (char c : bytes) {
        const uchar b = uchar(c);
        if (escapeControls && b >= 0x80 && b < 0xa0)
            appendEscapedByte(out, b);   // C1 controls are invisible; show them
        else
            appendChar(out, b, escapeControls);
    }
    return out;
}

QString decodeGbk(const QByteArray &bytes, bool escapeControls)
{
    QString out;
    out.reserve(bytes.size());
    QStringDecoder decoder("GBK", QStringDecoder::Flag::Stateless);
    const auto *s = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const uchar b = s[i];
        if (b < 0x80) {
            appendChar(out, b, escapeControls);
            ++i;
            continue;
        }
        const bool lead = b >= 0x81 && b <= 0xfe;
        const bool trail = i + 1 < n && s[i + 1] >= 0x40 && s[i + 1] <= 0xfe && s[i + 1] != 0x7f;
        if (lead && trail && decoder.isValid()) {
            const QString ch = decoder.decode(QByteArrayView(bytes.constData() + i, 2));
            if (ch.size() == 1 && ch.at(0) != QChar::ReplacementCharacter) {
                out += ch;
                i += 2;
                continue;
            }
        }
        appendEscapedByte(out, b);
        ++i;
    }
    return out;
}

} // namespace

QList<TextCodec::Encoding> TextCodec::encodings()
{
    return {Encoding::Utf8, Encoding::Gbk, Encoding::Latin1};
}

QString TextCodec::name(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return QStringLiteral("UTF-8");
    case Encoding::Gbk: return QStringLiteral("GBK");
    case Encoding::Latin1: return QStringLiteral("Latin-1");
    }
    return {};
}

std::optional<TextCodec::Encoding> TextCodec::fromName(const QString &name)
{
    const QString n = name.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (n == QLatin1String("utf8"))
        return Encoding::Utf8;
    if (n == QLatin1String("gbk") || n == QLatin1String("gb2312") || n == QLatin1String("cp936"))
        return Encoding::Gbk;
    if (n == QLatin1String("latin1") || n == QLatin1String("iso88591"))
        return Encoding::Latin1;
    return std::nullopt;
}

QString TextCodec::decode(const QByteArray &bytes, Encoding encoding, bool escapeControls)
{
    switch (encoding) {
    case Encoding::Utf8: return decodeUtf8(bytes, escapeControls);
    case Encoding::Gbk: return decodeGbk(bytes, escapeControls);
    case Encoding::Latin1: return decodeLatin1(bytes, escapeControls);
    }
    return {};
}

int TextCodec::characterAt(const QByteArray &bytes, qsizetype pos, Encoding encoding, char32_t *codePoint)
{
    const auto *s = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    Q_ASSERT(pos >= 0 && pos < n);
    switch (encoding) {
    case Encoding::Utf8:
        return utf8SequenceLength(s, pos, n, codePoint);
    case Encoding::Latin1:
        *codePoint = s[pos];
        return 1;
    case Encoding::Gbk: {
        if (s[pos] < 0x80) {
            *codePoint = s[pos];
            return 1;
        }
        const bool lead = s[pos] >= 0x81 && s[pos] <= 0xfe;
        const bool trail = pos + 1 < n && s[pos + 1] >= 0x40 && s[pos + 1] <= 0xfe && s[pos + 1] != 0x7f;
        if (!lead || !trail)
            return 0;
        // One decoder per thread: opening a GBK converter costs far more than decoding two bytes.
        thread_local QStringDecoder decoder("GBK", QStringDecoder::Flag::Stateless);
        if (!decoder.isValid())
            return 0;
        const QString ch = decoder.decode(QByteArrayView(bytes.constData() + pos, 2));
        if (ch.size() != 1 || ch.at(0) == QChar::ReplacementCharacter)
            return 0;
        *codePoint = ch.at(0).unicode();
        return 2;
    }
    }
    return 0;
}

QByteArray TextCodec::encode(const QString &text, Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return text.toUtf8();
    case Encoding::Latin1: return text.toLatin1();
    case Encoding::Gbk: {
        QStringEncoder encoder("GBK");
        if (!encoder.isValid())
            return text.toUtf8();
        return encoder.encode(text);
    }
    }
    return {};
}

QString TextCodec::toHex(const QByteArray &bytes, int maxBytes)
{
    const bool cut = maxBytes >= 0 && bytes.size() > maxBytes;
    const QByteArray shown = cut ? bytes.left(maxBytes) : bytes;
    QString out = QString::fromLatin1(shown.toHex(' '));
    if (cut)
        out += QStringLiteral(" …");
    return out;
}

std::optional<QByteArray> TextCodec::fromHex(const QString &text, QString *error)
{
    QByteArray out;
    out.reserve(text.size() / 2);
    int nibbleCount = 0;
    uchar current = 0;
    qsizetype tokenStart = -1;
    auto fail = [&](qsizetype pos, const QString &token) {
        if (error)
            *error = QCoreApplication::translate("TextCodec",
                         "“%1” at position %2 is not a hex byte; use pairs of 0-9 and a-f, e.g. 48 65 6c 6c 6f.")
                         .arg(token).arg(pos + 1);
        return std::nullopt;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char(':') || c == QLatin1Char('-')) {
            if (nibbleCount == 1)
                return fail(tokenStart, text.mid(tokenStart, i - tokenStart));
            continue;
        }
        if (c == QLatin1Char('0') && i + 1 < text.size()
            && (text.at(i + 1) == QLatin1Char('x') || text.at(i + 1) == QLatin1Char('X')) && nibbleCount == 0) {
            ++i;
            continue;
        }
        int v = -1;
        const ushort u = c.unicode();
        if (u >= '0' && u <= '9') v = u - '0';
        else if (u >= 'a' && u <= 'f') v = u - 'a' + 10;
        else if (u >= 'A' && u <= 'F') v = u - 'A' + 10;
        if (v < 0) {
            qsizetype end = i;
            while (end < text.size() && !text.at(end).isSpace())
                ++end;
            return fail(i, text.mid(i, qMin<qsizetype>(end - i, 8)));
        }
        if (nibbleCount == 0) {
            tokenStart = i;
            current = uchar(v << 4);
            nibbleCount = 1;
        } else {
            out.append(char(current | uchar(v)));
            nibbleCount = 0;
        }
    }
    if (nibbleCount == 1) {
        if (error)
            *error = QCoreApplication::translate("TextCodec",
                         "The hex text ends with half a byte (“%1”); every byte needs two digits.")
                         .arg(text.mid(tokenStart).trimmed());
        return std::nullopt;
    }
    return out;
}

QString TextCodec::hexDump(const QByteArray &bytes)
{
    QString out;
    for (qsizetype off = 0; off < bytes.size(); off += 16) {
        const QByteArray line = bytes.mid(off, 16);
        out += QStringLiteral("%1  ").arg(off, 8, 16, QLatin1Char('0'));
        for (int k = 0; k < 16; ++k) {
            if (k < line.size())
                out += QStringLiteral("%1 ").arg(uchar(line.at(k)), 2, 16, QLatin1Char('0'));
            else
                out += QLatin1String("   ");
            if (k == 7)
                out += QLatin1Char(' ');
        }
        out += QLatin1String(" |");
        for (char c : line)
            out += (uchar(c) >= 0x20 && uchar(c) < 0x7f) ? QLatin1Char(c) : QLatin1Char('.');
        out += QLatin1String("|\n");
    }
    return out;
}

QByteArray TextCodec::asciiUpper(QByteArray bytes)
{
    for (char &c : bytes) {
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
    }
    return bytes;
}
