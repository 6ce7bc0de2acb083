#include "SendInputConverter.h"

#include <QStringDecoder>

namespace {

QString firstChar(const QString &text, qsizetype at)
{
    if (at + 1 < text.size() && text.at(at).isHighSurrogate())
        return text.mid(at, 2);
    return text.mid(at, 1);
}

// Strict decoding: nullopt when the bytes are not valid text in the encoding, with the offset
// of the first byte that is not.
std::optional<QString> decodeStrict(const QByteArray &bytes, TextCodec::Encoding encoding, qsizetype *badAt)
{
    if (encoding == TextCodec::Encoding::Latin1)
        return QString::fromLatin1(bytes);
    QStringDecoder decoder(encoding == TextCodec::Encoding::Gbk ? "GBK" : "UTF-8",
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const QString text = decoder.isValid() ? decoder.decode(bytes) : QString();
    // A decoder may not flag every error: a lossless decoding also encodes back to the same bytes.
    const QByteArray back = TextCodec::encode(text, encoding);
    if (decoder.isValid() && !decoder.hasError() && back == bytes)
        return text;
    qsizetype at = 0;
    while (at < bytes.size() && at < back.size() && bytes.at(at) == back.at(at))
        ++at;
    *badAt = qMin(at, bytes.size() - 1);
    return std::nullopt;
}

} // namespace

std::optional<QByteArray> SendInputConverter::encode(const QString &text, TextCodec::Encoding encoding, QString *error)
{
    auto refuse = [&](qsizetype at) {
        if (error)
            *error = tr("“%1” cannot be written in %2. Choose UTF-8, or remove the character.")
                         .arg(firstChar(text, at), TextCodec::name(encoding));
        return std::nullopt;
    };
    switch (encoding) {
    case TextCodec::Encoding::Utf8:
        return text.toUtf8();
    case TextCodec::Encoding::Latin1:
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i).unicode() > 0xff)
                return refuse(i);
        }
        return text.toLatin1();
    case TextCodec::Encoding::Gbk: {
        const QByteArray bytes = TextCodec::encode(text, encoding);
        QStringDecoder decoder("GBK", QStringDecoder::Flag::Stateless);
        const QString back = decoder.isValid() ? decoder.decode(bytes) : QString();
        if (back == text)
            return bytes;
        qsizetype at = 0;
        while (at < text.size() && at < back.size() && text.at(at) == back.at(at))
            ++at;
        return refuse(qMin(at, text.size() - 1));
    }
    }
    return text.toUtf8();
}

std::optional<QString> SendInputConverter::textToHex(const QString &text, TextCodec::Encoding encoding, QString *error)
{
    const std::optional<QByteArray> bytes = encode(text, encoding, error);
    if (!bytes)
        return std::nullopt;
    return QString::fromLatin1(bytes->toHex(' ').toUpper());
}

std::optional<QString> SendInputConverter::hexToText(const QString &hex, TextCodec::Encoding encoding, QString *error)
{
    const std::optional<QByteArray> bytes = TextCodec::fromHex(hex, error);
    if (!bytes)
        return std::nullopt;
    qsizetype badAt = 0;
    const std::optional<QString> text = decodeStrict(*bytes, encoding, &badAt);
    if (!text) {
        if (error)
            *error = tr("Byte %1 (%2) is not valid %3 text, so the message stays in hex. Choose another encoding, or send it as hex.")
                         .arg(badAt + 1)
                         .arg(QString::fromLatin1(bytes->mid(badAt, 1).toHex().toUpper()), TextCodec::name(encoding));
        return std::nullopt;
    }
    // The editor keeps lines and tabs, but turns \r into a line break and cannot show \0 or the
    // other control characters faithfully: those stay in hex.
    const QByteArray encoded = TextCodec::encode(*text, encoding);
    for (qsizetype i = 0; i < text->size(); ++i) {
        const QChar c = text->at(i);
        const bool control = c.category() == QChar::Other_Control || c == QChar::LineSeparator
                             || c == QChar::ParagraphSeparator;
        if (control && c != QLatin1Char('\n') && c != QLatin1Char('\t')) {
            const QByteArray before = TextCodec::encode(text->left(i), encoding);
            if (error)
                *error = tr("Byte %1 (%2) is a control character the text editor cannot keep, so the message stays in hex. Send it as hex.")
                             .arg(before.size() + 1)
                             .arg(QString::fromLatin1(encoded.mid(before.size(), 1).toHex().toUpper()));
            return std::nullopt;
        }
    }
    return text;
}
