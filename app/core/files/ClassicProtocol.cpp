#include "ClassicProtocol.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <optional>

namespace {
constexpr int MaxSizeDigits = 18;   // up to 999,999 TB; more does not fit into qint64 safely

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Length of the run of digits at `from` (at most `max`).
qsizetype digitRun(const QByteArray &bytes, qsizetype from, qsizetype max)
{
    qsizetype n = 0;
    while (from + n < bytes.size() && n < max && isDigit(bytes.at(from + n)))
        ++n;
    return n;
}

std::optional<QString> strictUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}
} // namespace

QByteArray ClassicProtocol::separator()
{
    return QByteArrayLiteral("<SEPARATOR>");
}

QByteArray ClassicProtocol::foundAnswer(qint64 size)
{
    return "0" + separator() + QByteArray::number(size);
}

QByteArray ClassicProtocol::missingAnswer(const QString &name)
{
    // Exactly what the seed server sends: f"{-1}{SEPARATOR}{file_name}文件不存在".
    return "-1" + separator() + name.toUtf8() + QStringLiteral("文件不存在").toUtf8();
}

QByteArray ClassicProtocol::refusal(const QString &reason)
{
    return "-1" + separator() + reason.toUtf8();
}

QByteArray ClassicProtocol::uploadHeader(const QString &name, qint64 size)
{
    return name.toUtf8() + separator() + QByteArray::number(size);
}

QByteArray ClassicProtocol::uploadAccepted()
{
    return QByteArrayLiteral("ok");
}

ClassicProtocol::Answer ClassicProtocol::parseAnswer(const QByteArray &bytes)
{
    Answer answer;
    const QByteArray sep = separator();
    qsizetype pos = 0;
    if (pos < bytes.size() && bytes.at(pos) == '-')
        ++pos;
    const qsizetype codeDigits = digitRun(bytes, pos, 9);
    pos += codeDigits;
    // Everything seen so far must be a prefix of -?\d+<SEPARATOR>.
    const QByteArray afterCode = bytes.mid(pos, sep.size());
    if (codeDigits == 0) {
        answer.status = pos == bytes.size() ? Status::Incomplete : Status::Invalid;
        if (answer.status == Status::Invalid)
            answer.message = tr("The server's answer does not start with a number followed by <SEPARATOR>.");
        return answer;
    }
    if (!sep.startsWith(afterCode)) {
        answer.status = Status::Invalid;
        answer.message = tr("The server's answer does not start with a number followed by <SEPARATOR>.");
        return answer;
    }
    if (afterCode.size() < sep.size())
        return answer;   // Incomplete
    const int code = bytes.left(pos).toInt();
    pos += sep.size();
    if (code != 0) {
        answer.status = Status::Complete;
        answer.found = false;
        answer.message = QString::fromUtf8(bytes.mid(pos));
        answer.headerLength = bytes.size();
        return answer;
    }
    const qsizetype sizeDigits = digitRun(bytes, pos, MaxSizeDigits);
    if (sizeDigits == 0) {
        if (pos == bytes.size())
            return answer;   // Incomplete
        answer.status = Status::Invalid;
        answer.message = tr("The server announced a file size that is not a number.");
        return answer;
    }
    answer.status = Status::Complete;
    answer.found = true;
    answer.size = bytes.mid(pos, sizeDigits).toLongLong();
    answer.headerLength = pos + sizeDigits;
    return answer;
}

ClassicProtocol::UploadHeader ClassicProtocol::parseUploadHeader(const QByteArray &bytes)
{
    UploadHeader header;
    const QByteArray sep = separator();
    const qsizetype at = bytes.indexOf(sep);
    if (at < 0)
        return header;   // Incomplete (the caller caps the size and the time)
    const qsizetype pos = at + sep.size();
    if (pos == bytes.size())
        return header;
    const std::optional<QString> name = strictUtf8(bytes.left(at));
    if (!name) {
        header.status = Status::Invalid;
        header.error = tr("The file name is not valid UTF-8.");
        return header;
    }
    header.name = *name;
    if (bytes.at(pos) == '-') {
        header.status = Status::Invalid;
        header.error = tr("The announced size “%1” is negative.")
                           .arg(QString::fromUtf8(bytes.mid(pos, 24)).trimmed());
        return header;
    }
    const qsizetype digits = digitRun(bytes, pos, MaxSizeDigits + 1);
    if (digits == 0) {
        header.status = Status::Invalid;
        header.error = tr("The announced size “%1” is not a number.")
                           .arg(QString::fromUtf8(bytes.mid(pos, 24)).trimmed());
        return header;
    }
    if (digits > MaxSizeDigits) {
        header.status = Status::Invalid;
        header.error = tr("The announced size is too large.");
        return header;
    }
    header.status = Status::Complete;
    header.size = bytes.mid(pos, digits).toLongLong();
    header.headerLength = pos + digits;
    return header;
}
