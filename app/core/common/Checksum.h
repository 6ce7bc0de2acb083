#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// The checksums a device protocol appends to a message, as the network debugging assistants
// (网络调试助手) offer them: 8-bit sum, 8-bit XOR, CRC-16/MODBUS (appended little-endian, as
// Modbus RTU sends it), CRC-16/CCITT-FALSE and CRC-32 (appended big-endian, as written). Each is
// checked against its published check value for "123456789" (CRC-16/MODBUS 0x4B37,
// CRC-16/CCITT-FALSE 0x29B1, CRC-32 0xCBF43926, sum8 0xDD, xor8 0x31).
class Checksum
{
public:
    enum class Algorithm : quint8 { None, Sum8, Xor8, Crc16Modbus, Crc16CcittFalse, Crc32 };

    static QList<Algorithm> algorithms();                 // without None
    // The command-line name: "sum8", "xor8", "crc16-modbus", "crc16-ccitt", "crc32" ("none").
    static QString key(Algorithm algorithm);
    static std::optional<Algorithm> fromKey(const QString &key);
    // What people call it: "8-bit sum", "CRC-16/MODBUS" (translated where words are involved).
    static QString displayName(Algorithm algorithm);
    static int size(Algorithm algorithm);                 // bytes appended: 0, 1, 2 or 4

    // The checksum value of `data` (for the check tables) and the bytes appended to a message.
    static quint32 value(Algorithm algorithm, const QByteArray &data);
    static QByteArray appended(Algorithm algorithm, const QByteArray &data);
    // data + appended(data).
    static QByteArray withChecksum(Algorithm algorithm, const QByteArray &data);

    // A received message whose last size() bytes should be the checksum of the rest: nullopt
    // when it is too short; else whether it matches, with the words for the log ("CRC-16/MODBUS
    // ok" / "CRC-16/MODBUS: expected 0x1234, got 0x4321").
    struct Verdict
    {
        bool ok = false;
        QString text;
    };
    static std::optional<Verdict> verify(Algorithm algorithm, const QByteArray &message);
};
