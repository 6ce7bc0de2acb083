#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

#include "QuickSendItem.h"

// The quick-send list as a file, so that a teacher can hand the class the messages of an exercise
// (docs/quick-send.md). UTF-8 JSON:
//   {"format": "socketlab-quick-send", "version": 1,
//    "items": [{"name": "Read registers", "text": "01 03 00 00 00 0A", "hex": true,
//               "eol": "none", "encoding": "UTF-8", "checksum": "crc16-modbus"}]}
// "name" and "text" are required; "hex" (false), "eol" ("none": also "lf", "crlf"), "encoding"
// ("UTF-8": also "GBK", "Latin-1") and "checksum" ("none", or a --checksum name) may be left out.
// Reading refuses anything invalid or hostile as a whole, with the line and the reason: not JSON,
// another format or version, an unknown or missing key, a wrong type, too many messages or too
// long a text, a file over 1 MiB, and a message that could not be sent (invalid hex, a character
// its encoding cannot hold, nothing to send). Nothing is half-read.
class QuickSendFile
{
    Q_DECLARE_TR_FUNCTIONS(QuickSendFile)

public:
    struct Error
    {
        int line = 0;          // 1-based; 0 when no line applies (unreadable or too large a file)
        QString reason;        // translated, names the key it is about
        QString text() const;  // "Line 7: “EBCDIC” is not an encoding SocketLab knows; …"
    };

    static constexpr int Version = 1;
    static constexpr qint64 MaxFileBytes = 1024 * 1024;
    static constexpr int MaxItems = 500;
    static constexpr int MaxNameChars = 200;
    static constexpr int MaxTextChars = 65536;
    static QString formatName();   // "socketlab-quick-send"

    static QByteArray toJson(const QList<QuickSendItem> &items);
    static std::optional<QList<QuickSendItem>> fromJson(const QByteArray &json, Error *error = nullptr);

    // Written whole or not at all (QSaveFile); false + the reason.
    static bool write(const QString &path, const QList<QuickSendItem> &items, QString *error = nullptr);
    static std::optional<QList<QuickSendItem>> read(const QString &path, Error *error = nullptr);
};
