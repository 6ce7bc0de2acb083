// libFuzzer target for the send boxes' hex input (TextCodec::fromHex) and for what turns
// received bytes into displayed text (TextCodec::decode, ControlCharEscaper). Built with clang
// (-fsanitize=fuzzer,address,undefined) by tests/fuzz/CMakeLists.txt. Input: byte 0 picks the
// encoding, the rest is typed text (as UTF-8 and as Latin-1) and received bytes. Every input
// must be answered without a crash or a sanitizer report, and:
//   - hex input is either refused with a reason or gives at most one byte per two characters,
//     and the bytes written as hex read back the same; any bytes written as hex read back;
//   - decoded text (with escaping) holds no control character (C0, DEL, C1) at all, and
//     escaping it again changes nothing;
//   - escaped UTF-8 holds no control byte and no C1 character, is idempotent, and matches
//     escaping the decoded text.
#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "ControlCharEscaper.h"
#include "TextCodec.h"

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

bool hasControl(const QString &text)
{
    for (const QChar c : text) {
        if (ControlCharEscaper::isControl(c.unicode()))
            return true;
    }
    return false;
}

void checkHexInput(const QString &typed)
{
    QString error;
    const std::optional<QByteArray> bytes = TextCodec::fromHex(typed, &error);
    if (!bytes) {
        check(!error.isEmpty());
        return;
    }
    check(bytes->size() <= typed.size() / 2);
    check(TextCodec::fromHex(TextCodec::toHex(*bytes)) == bytes);
}

void checkUtf8Escaping(const QByteArray &bytes)
{
    for (const auto mode : {ControlCharEscaper::LineBreaks::Escape, ControlCharEscaper::LineBreaks::Keep}) {
        const QByteArray out = ControlCharEscaper::escapedUtf8(bytes, mode);
        for (qsizetype i = 0; i < out.size(); ++i) {
            const uchar b = uchar(out.at(i));
            check(b >= 0x20 || (b == '\n' && mode == ControlCharEscaper::LineBreaks::Keep));
            check(b != 0x7f);
            check(!(b == 0xc2 && i + 1 < out.size() && uchar(out.at(i + 1)) >= 0x80 && uchar(out.at(i + 1)) <= 0x9f));
        }
        check(ControlCharEscaper::escapedUtf8(out, mode) == out);
        if (QString::fromUtf8(bytes).toUtf8() == bytes)
            check(out == ControlCharEscaper::escaped(QString::fromUtf8(bytes), mode).toUtf8());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QList<TextCodec::Encoding> encodings = TextCodec::encodings();
    const TextCodec::Encoding encoding = encodings.at(data[0] % encodings.size());
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    checkHexInput(QString::fromUtf8(bytes));
    checkHexInput(QString::fromLatin1(bytes));
    check(TextCodec::fromHex(TextCodec::toHex(bytes)) == bytes);
    const QString shortHex = TextCodec::toHex(bytes, 8);
    check(bytes.size() <= 8 || shortHex.endsWith(QStringLiteral(" …")));

    const QString shown = TextCodec::decode(bytes, encoding, true);
    check(!hasControl(shown));
    check(ControlCharEscaper::escaped(shown) == shown);
    const QString raw = TextCodec::decode(bytes, encoding, false);
    check(ControlCharEscaper::escaped(raw).size() >= raw.size());
    check(!hasControl(ControlCharEscaper::escaped(raw)));
    checkUtf8Escaping(bytes);

    const QString dump = TextCodec::hexDump(bytes.left(256));
    check(!hasControl(QString(dump).remove(QLatin1Char('\n'))));
    check(TextCodec::asciiUpper(bytes).size() == bytes.size());
    check(TextCodec::encode(QString::fromUtf8(bytes), TextCodec::Encoding::Utf8) == QString::fromUtf8(bytes).toUtf8());
    return 0;
}
