#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <optional>

#include "Checksum.h"
#include "TextCodec.h"

// One saved message of the quick-send list (the assistants' 快捷指令 / 多条发送): a name, the
// message as text or as hex bytes, the line ending and encoding it is sent with, and the checksum
// appended after the line ending. An item carries all of its choices, so it sends the same bytes
// from the list, a loop, an auto-send or a server's reply, and a file of items means the same on
// every machine. Its payload is exactly what the send box sends for the same choices; text the
// encoding cannot hold or invalid hex gives no payload but the reason, so nothing is sent half.
struct QuickSendItem
{
    Q_DECLARE_TR_FUNCTIONS(QuickSendItem)

public:
    enum class LineEnding { None, Lf, CrLf };

    QString name;
    QString text;          // as typed: the message, or its bytes in hex ("01 03 00 00")
    bool hex = false;
    LineEnding lineEnding = LineEnding::None;
    TextCodec::Encoding encoding = TextCodec::Encoding::Utf8;
    Checksum::Algorithm checksum = Checksum::Algorithm::None;

    // The message and its line ending, without the checksum (may be empty), or nullopt + reason.
    std::optional<QByteArray> message(QString *error = nullptr) const;
    // What is sent: message, line ending, checksum. Nullopt + reason for invalid input and for
    // an empty message ("nothing to send").
    std::optional<QByteArray> payload(QString *error = nullptr) const;
    // The name shown: the name, or the start of the message for an item without one.
    QString displayName() const;
    // The message on one line, for a list row: line breaks as ⏎, at most `maxChars` characters.
    QString preview(int maxChars = 80) const;

    // "none", "lf", "crlf" (the file format's and the settings' words).
    static QString lineEndingKey(LineEnding lineEnding);
    static std::optional<LineEnding> lineEndingFromKey(const QString &key);
    // "LF (\n)": what the send box's line-ending choice says.
    static QString lineEndingName(LineEnding lineEnding);

    bool operator==(const QuickSendItem &other) const;
    bool operator!=(const QuickSendItem &other) const { return !(*this == other); }
};

Q_DECLARE_METATYPE(QuickSendItem)
