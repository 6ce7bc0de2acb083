#include "QuickSendItem.h"

#include "SendInputConverter.h"

std::optional<QByteArray> QuickSendItem::message(QString *error) const
{
    std::optional<QByteArray> bytes = hex ? TextCodec::fromHex(text, error) : SendInputConverter::encode(text, encoding, error);
    if (!bytes)
        return std::nullopt;
    switch (lineEnding) {
    case LineEnding::None: break;
    case LineEnding::Lf: bytes->append('\n'); break;
    case LineEnding::CrLf: bytes->append("\r\n", 2); break;
    }
    return bytes;
}

std::optional<QByteArray> QuickSendItem::payload(QString *error) const
{
    const std::optional<QByteArray> bytes = message(error);
    if (!bytes)
        return std::nullopt;
    if (bytes->isEmpty()) {
        if (error)
            *error = tr("Nothing to send: the message is empty. Type something, or choose a line ending to send just that.");
        return std::nullopt;
    }
    return Checksum::withChecksum(checksum, *bytes);
}

QString QuickSendItem::displayName() const
{
    const QString trimmed = name.trimmed();
    return trimmed.isEmpty() ? preview(30) : trimmed;
}

QString QuickSendItem::preview(int maxChars) const
{
    QString line = text;
    line.replace(QLatin1String("\r\n"), QStringLiteral("\u23ce"));
    line.replace(QLatin1Char('\n'), QChar(0x23ce));   // ⏎
    line.replace(QLatin1Char('\r'), QChar(0x23ce));
    line.replace(QLatin1Char('\t'), QLatin1Char(' '));
    if (line.size() > maxChars)
        line = line.left(qMax(1, maxChars - 1)) + QStringLiteral("…");
    return line;
}

QString QuickSendItem::lineEndingKey(LineEnding lineEnding)
{
    switch (lineEnding) {
    case LineEnding::None: return QStringLiteral("none");
    case LineEnding::Lf: return QStringLiteral("lf");
    case LineEnding::CrLf: return QStringLiteral("crlf");
    }
    return {};
}

std::optional<QuickSendItem::LineEnding> QuickSendItem::lineEndingFromKey(const QString &key)
{
    for (const LineEnding e : {LineEnding::None, LineEnding::Lf, LineEnding::CrLf}) {
        if (key == lineEndingKey(e))
            return e;
    }
    return std::nullopt;
}

QString QuickSendItem::lineEndingName(LineEnding lineEnding)
{
    // The same words as the send box's line-ending choice.
    switch (lineEnding) {
    case LineEnding::None: return QCoreApplication::translate("SendBox", "No line ending");
    case LineEnding::Lf: return QCoreApplication::translate("SendBox", "LF (\\n)");
    case LineEnding::CrLf: return QCoreApplication::translate("SendBox", "CRLF (\\r\\n)");
    }
    return {};
}

bool QuickSendItem::operator==(const QuickSendItem &other) const
{
    return name == other.name && text == other.text && hex == other.hex && lineEnding == other.lineEnding
           && encoding == other.encoding && checksum == other.checksum;
}
