#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

// Byte counts in messages, with the right plural ("1 byte", "2 bytes") in every language. The
// numbers follow the current QLocale (digit grouping where the locale has it).
class ByteCountText
{
    Q_DECLARE_TR_FUNCTIONS(ByteCountText)

public:
    static QString count(qint64 bytes);                  // "1 byte", "1,024 bytes"
    static QString ofTotal(qint64 done, qint64 total);   // "312 of 1,024 bytes"
    // Below 1 KiB the count alone, else the size in units and the exact count:
    // "17 bytes", "1.00 MiB (1,048,576 bytes)".
    static QString withUnits(qint64 bytes);
    // QLocale::formattedDataSize() in IEC units (KiB, MiB, GiB: powers of 1024, as the README
    // writes them), but below the first unit the count with its plural: "1 byte", "17 bytes",
    // "1.50 KiB". SocketLab shows every size this way; there is no choice of units on purpose.
    static QString compact(qint64 bytes, int precision = 2);
};
