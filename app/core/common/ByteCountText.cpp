#include "ByteCountText.h"

#include <QLocale>

#include <limits>

namespace {
// tr()'s %n takes an int; larger counts are always plural in the languages SocketLab speaks.
bool fitsPlural(qint64 n)
{
    return n >= 0 && n <= std::numeric_limits<int>::max();
}
} // namespace

QString ByteCountText::count(qint64 bytes)
{
    if (fitsPlural(bytes))
        return tr("%Ln byte(s)", "", int(bytes));
    return tr("%1 bytes").arg(QLocale().toString(bytes));
}

QString ByteCountText::ofTotal(qint64 done, qint64 total)
{
    if (fitsPlural(total))
        return tr("%1 of %Ln byte(s)", "", int(total)).arg(QLocale().toString(done));
    return tr("%1 of %2 bytes").arg(QLocale().toString(done), QLocale().toString(total));
}

QString ByteCountText::compact(qint64 bytes, int precision)
{
    if (bytes >= 0 && bytes < 1024)
        return count(bytes);
    return QLocale().formattedDataSize(bytes, precision, QLocale::DataSizeIecFormat);
}

QString ByteCountText::withUnits(qint64 bytes)
{
    if (bytes < 1024)
        return count(bytes);
    return tr("%1 (%2)").arg(compact(bytes), count(bytes));
}
