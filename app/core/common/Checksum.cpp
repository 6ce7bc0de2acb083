#include "Checksum.h"

#include <QCoreApplication>

#include <array>

namespace {

// One table per CRC, built once: entry i is the CRC register after shifting the byte i through.
template <typename T, typename Step>
std::array<T, 256> makeTable(Step step)
{
    std::array<T, 256> table{};
    for (unsigned i = 0; i < 256; ++i)
        table[i] = step(i);
    return table;
}

quint16 crc16Modbus(const QByteArray &data)
{
    // Reflected, polynomial 0x8005 reversed (0xA001), init 0xFFFF, no final XOR.
    static const std::array<quint16, 256> table = makeTable<quint16>([](unsigned i) {
        quint16 crc = quint16(i);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1) ? quint16((crc >> 1) ^ 0xA001) : quint16(crc >> 1);
        return crc;
    });
    quint16 crc = 0xFFFF;
    for (const char c : data)
        crc = quint16((crc >> 8) ^ table[(crc ^ quint8(c)) & 0xFF]);
    return crc;
}

quint16 crc16CcittFalse(const QByteArray &data)
{
    // Not reflected, polynomial 0x1021, init 0xFFFF, no final XOR.
    static const std::array<quint16, 256> table = makeTable<quint16>([](unsigned i) {
        quint16 crc = quint16(i << 8);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x8000) ? quint16((crc << 1) ^ 0x1021) : quint16(crc << 1);
        return crc;
    });
    quint16 crc = 0xFFFF;
    for (const char c : data)
        crc = quint16((crc << 8) ^ table[((crc >> 8) ^ quint8(c)) & 0xFF]);
    return crc;
}

quint32 crc32(const QByteArray &data)
{
    // IEEE 802.3: reflected, polynomial 0x04C11DB7 reversed (0xEDB88320), init and final XOR 0xFFFFFFFF.
    static const std::array<quint32, 256> table = makeTable<quint32>([](unsigned i) {
        quint32 crc = i;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 1) ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        return crc;
    });
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data)
        crc = (crc >> 8) ^ table[(crc ^ quint8(c)) & 0xFF];
    return crc ^ 0xFFFFFFFFu;
}

QString hexValue(quint32 value, int bytes)
{
    return QStringLiteral("0x") + QString::number(value, 16).toUpper().rightJustified(bytes * 2, QLatin1Char('0'));
}

} // namespace

QList<Checksum::Algorithm> Checksum::algorithms()
{
    return {Algorithm::Sum8, Algorithm::Xor8, Algorithm::Crc16Modbus, Algorithm::Crc16CcittFalse, Algorithm::Crc32};
}

QString Checksum::key(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::None: return QStringLiteral("none");
    case Algorithm::Sum8: return QStringLiteral("sum8");
    case Algorithm::Xor8: return QStringLiteral("xor8");
    case Algorithm::Crc16Modbus: return QStringLiteral("crc16-modbus");
    case Algorithm::Crc16CcittFalse: return QStringLiteral("crc16-ccitt");
    case Algorithm::Crc32: return QStringLiteral("crc32");
    }
    return {};
}

std::optional<Checksum::Algorithm> Checksum::fromKey(const QString &key)
{
    const QString wanted = key.trimmed().toLower();
    if (wanted == Checksum::key(Algorithm::None))
        return Algorithm::None;
    for (const Algorithm algorithm : algorithms()) {
        if (wanted == Checksum::key(algorithm))
            return algorithm;
    }
    return std::nullopt;
}

QString Checksum::displayName(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::None: return QCoreApplication::translate("Checksum", "None");
    case Algorithm::Sum8: return QCoreApplication::translate("Checksum", "8-bit sum");
    case Algorithm::Xor8: return QCoreApplication::translate("Checksum", "8-bit XOR");
    case Algorithm::Crc16Modbus: return QStringLiteral("CRC-16/MODBUS");
    case Algorithm::Crc16CcittFalse: return QStringLiteral("CRC-16/CCITT-FALSE");
    case Algorithm::Crc32: return QStringLiteral("CRC-32");
    }
    return {};
}

int Checksum::size(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::None: return 0;
    case Algorithm::Sum8:
    case Algorithm::Xor8: return 1;
    case Algorithm::Crc16Modbus:
    case Algorithm::Crc16CcittFalse: return 2;
    case Algorithm::Crc32: return 4;
    }
    return 0;
}

quint32 Checksum::value(Algorithm algorithm, const QByteArray &data)
{
    switch (algorithm) {
    case Algorithm::None: return 0;
    case Algorithm::Sum8: {
        quint8 sum = 0;
        for (const char c : data)
            sum = quint8(sum + quint8(c));
        return sum;
    }
    case Algorithm::Xor8: {
        quint8 x = 0;
        for (const char c : data)
            x ^= quint8(c);
        return x;
    }
    case Algorithm::Crc16Modbus: return crc16Modbus(data);
    case Algorithm::Crc16CcittFalse: return crc16CcittFalse(data);
    case Algorithm::Crc32: return crc32(data);
    }
    return 0;
}

QByteArray Checksum::appended(Algorithm algorithm, const QByteArray &data)
{
    const int n = size(algorithm);
    const quint32 v = value(algorithm, data);
    QByteArray bytes(n, '\0');
    for (int i = 0; i < n; ++i) {
        // Modbus RTU sends its CRC low byte first; the others are written as read, high byte first.
        const int shift = algorithm == Algorithm::Crc16Modbus ? 8 * i : 8 * (n - 1 - i);
        bytes[i] = char((v >> shift) & 0xFF);
    }
    return bytes;
}

QByteArray Checksum::withChecksum(Algorithm algorithm, const QByteArray &data)
{
    return data + appended(algorithm, data);
}

std::optional<Checksum::Verdict> Checksum::verify(Algorithm algorithm, const QByteArray &message)
{
    const int n = size(algorithm);
    if (n == 0 || message.size() < n)
        return std::nullopt;
    const QByteArray body = message.left(message.size() - n);
    const QByteArray received = message.right(n);
    const QByteArray expected = appended(algorithm, body);
    Verdict verdict;
    verdict.ok = received == expected;
    if (verdict.ok) {
        verdict.text = QCoreApplication::translate("Checksum", "%1 ok").arg(displayName(algorithm));
        return verdict;
    }
    // The value as people write it, whatever the byte order on the wire.
    quint32 got = 0;
    for (int i = 0; i < n; ++i) {
        const int shift = algorithm == Algorithm::Crc16Modbus ? 8 * i : 8 * (n - 1 - i);
        got |= quint32(quint8(received.at(i))) << shift;
    }
    verdict.text = QCoreApplication::translate("Checksum", "%1: expected %2, got %3")
                       .arg(displayName(algorithm), hexValue(value(algorithm, body), n), hexValue(got, n));
    return verdict;
}
