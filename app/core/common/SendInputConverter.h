#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

#include "TextCodec.h"

// Turns what is typed in the send box into bytes, and converts it between Text and Hex when the
// user switches the input format, without ever losing a byte: text the encoding cannot hold,
// invalid hex, and bytes that are not valid text in the encoding (or that the editor cannot keep,
// such as \r and \0) are refused with a translated reason instead of being replaced by "?".
class SendInputConverter
{
    Q_DECLARE_TR_FUNCTIONS(SendInputConverter)

public:
    // Text to bytes in `encoding`; nullopt + reason when a character cannot be written in it.
    static std::optional<QByteArray> encode(const QString &text, TextCodec::Encoding encoding, QString *error);
    // "abc" -> "61 62 63" (upper case, as the network debugging assistants show it).
    static std::optional<QString> textToHex(const QString &text, TextCodec::Encoding encoding, QString *error);
    // "61 62 63" -> "abc"; nullopt + reason for invalid hex or bytes that would not survive as text.
    static std::optional<QString> hexToText(const QString &hex, TextCodec::Encoding encoding, QString *error);
};
