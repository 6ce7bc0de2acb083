#include "TextSettings.h"

#include "CommandLineReader.h"

namespace {
const QString kEncoding = QStringLiteral("encoding");
const QString kHex = QStringLiteral("hex");
const QString kQuiet = QStringLiteral("quiet");
const QString kChecksum = QStringLiteral("checksum");
} // namespace

OptionSpec TextSettings::encodingOption()
{
    return OptionSpec::value(kEncoding, QStringLiteral("NAME"), "TextSettings",
                             QT_TR_NOOP("Text encoding for display and sending: utf-8, gbk or latin-1."))
        .withDefault(QStringLiteral("utf-8"))
        .withChoices(QStringLiteral("utf-8|gbk|latin-1"));
}

OptionSpec TextSettings::hexOption()
{
    return OptionSpec::flag(kHex, "TextSettings",
                            QT_TR_NOOP("Show data as hex bytes; typed lines are hex bytes too (“68 69”)."));
}

OptionSpec TextSettings::checksumOption()
{
    return OptionSpec::value(kChecksum, QStringLiteral("NAME"), "TextSettings",
                             QT_TR_NOOP("Append a checksum to every message sent, after its line ending: none, sum8 "
                                        "(8-bit sum), xor8 (8-bit XOR), crc16-modbus (low byte first, as Modbus RTU "
                                        "sends it), crc16-ccitt (CRC-16/CCITT-FALSE) or crc32; the CRCs other than "
                                        "Modbus are sent high byte first."))
        .withDefault(QStringLiteral("none"));
}

bool TextSettings::read(const CommandLineReader &reader, TextSettings *settings, QString *error)
{
    const QString encodingName = reader.value(kEncoding);
    const std::optional<TextCodec::Encoding> encoding = TextCodec::fromName(encodingName);
    if (!encoding) {
        *error = tr("Unknown encoding “%1”: use utf-8, gbk or latin-1.").arg(encodingName);
        return false;
    }
    settings->encoding = *encoding;
    settings->hex = reader.isSet(kHex);
    settings->quiet = reader.isSet(kQuiet);
    if (reader.isSet(kChecksum)) {
        const QString checksumName = reader.value(kChecksum);
        const std::optional<Checksum::Algorithm> checksum = Checksum::fromKey(checksumName);
        if (!checksum) {
            *error = tr("Unknown checksum “%1”: use none, sum8, xor8, crc16-modbus, crc16-ccitt or crc32.")
                         .arg(checksumName);
            return false;
        }
        settings->checksum = *checksum;
    }
    return true;
}

std::optional<QByteArray> TextSettings::inputToBytes(const QByteArray &line, QString *error) const
{
    if (hex)
        return TextCodec::fromHex(QString::fromUtf8(line), error);
    if (encoding == TextCodec::Encoding::Utf8)
        return line;   // exactly the bytes typed, even when they are not valid UTF-8
    return TextCodec::encode(QString::fromUtf8(line), encoding);
}

QByteArray TextSettings::textToBytes(const QString &text) const
{
    return TextCodec::encode(text, encoding);
}

QByteArray TextSettings::withChecksum(const QByteArray &message) const
{
    return Checksum::withChecksum(checksum, message);
}
