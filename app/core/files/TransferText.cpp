#include "TransferText.h"

#include <QCoreApplication>
#include <QLocale>

#include "ByteCountText.h"

namespace {
QString what(const TransferInfo &info)
{
    const bool classic = info.protocol == TransferInfo::Protocol::Classic;
    if (info.direction == TransferInfo::Direction::Download)
        return classic ? TransferText::tr("classic download") : TransferText::tr("SLFT download");
    return classic ? TransferText::tr("classic upload") : TransferText::tr("SLFT upload");
}
} // namespace

QString TransferText::size(qint64 bytes)
{
    if (bytes < 0)
        return tr("unknown size");
    return ByteCountText::compact(bytes);
}

QString TransferText::speed(double bytesPerSecond)
{
    return tr("%1/s").arg(ByteCountText::compact(qint64(bytesPerSecond)));
}

QString TransferText::started(const TransferInfo &info)
{
    if (info.resumedFrom > 0)
        return tr("%1 of “%2” started (%3), resuming at %4").arg(what(info), info.file, size(info.bytesTotal), size(info.resumedFrom));
    return tr("%1 of “%2” started (%3)").arg(what(info), info.file, size(info.bytesTotal));
}

QString TransferText::finished(const TransferInfo &info)
{
    switch (info.state) {
    case TransferInfo::State::Done:
        return tr("%1 of “%2” done: %3 at %4. %5")
            .arg(what(info), info.file, size(info.bytesDone), speed(info.bytesPerSecond), info.reason).trimmed();
    case TransferInfo::State::Cancelled:
        if (info.reason.isEmpty())
            return tr("%1 of “%2” cancelled after %3.").arg(what(info), info.file, size(info.bytesDone));
        return tr("%1 of “%2” cancelled after %3: %4").arg(what(info), info.file, size(info.bytesDone), info.reason);
    default:
        return tr("%1 of “%2” failed: %3").arg(what(info), info.file, info.reason);
    }
}

QString TransferText::progress(const TransferInfo &info)
{
    if (info.state == TransferInfo::State::Verifying)
        return tr("%1: verifying…").arg(info.file);
    if (info.bytesTotal <= 0)
        return tr("%1: %2 at %3").arg(info.file, size(info.bytesDone), speed(info.bytesPerSecond));
    const int percent = int(info.bytesDone * 100 / info.bytesTotal);
    return tr("%1: %2% — %3 of %4 at %5")
        .arg(info.file, QString::number(percent), size(info.bytesDone), size(info.bytesTotal), speed(info.bytesPerSecond));
}
