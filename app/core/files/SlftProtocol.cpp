#include "SlftProtocol.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>

namespace {
std::optional<qint64> number(const QByteArray &text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    return text.toLongLong();
}
} // namespace

QByteArray SlftProtocol::magic()
{
    return QByteArrayLiteral("SLFT/1");
}

QString SlftProtocol::message(int code)
{
    switch (code) {
    case Ok: return tr("OK");
    case BadRequest: return tr("The request is not understood.");
    case Forbidden: return tr("That name is not allowed.");
    case NotFound: return tr("There is no such file or folder.");
    case Timeout: return tr("The request did not arrive in time.");
    case Busy: return tr("The same file is being transferred by another connection right now.");
    case TooLong: return tr("The request line is too long.");
    case BadOffset: return tr("The resume offset is beyond the end of the file.");
    case ChecksumMismatch: return tr("The SHA-256 checksum does not match: the file was changed or damaged on the way.");
    case ServerError: return tr("The server could not read or write the file.");
    case Unavailable: return tr("The server is stopping or has too many connections.");
    case VersionNotSupported: return tr("This protocol version is not supported; the server speaks SLFT/1.");
    default: return tr("Error %1.").arg(code);
    }
}

QByteArray SlftProtocol::statusLine(int code, const QString &rest)
{
    QString clean = rest;
    clean.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    return magic() + ' ' + QByteArray::number(code) + (clean.isEmpty() ? QByteArray() : ' ' + clean.toUtf8()) + '\n';
}

QByteArray SlftProtocol::errorLine(int code, const QString &detail)
{
    return statusLine(code, detail.isEmpty() ? message(code) : detail);
}

QByteArray SlftProtocol::listRequest(const QString &path)
{
    return magic() + " LIST " + path.toUtf8() + '\n';
}

QByteArray SlftProtocol::getRequest(const QString &path, qint64 offset)
{
    return magic() + " GET " + QByteArray::number(offset) + ' ' + path.toUtf8() + '\n';
}

QByteArray SlftProtocol::putRequest(const QString &name, qint64 size)
{
    return magic() + " PUT " + QByteArray::number(size) + ' ' + name.toUtf8() + '\n';
}

QByteArray SlftProtocol::endLine(const QByteArray &sha256Hex)
{
    return magic() + " END " + sha256Hex + '\n';
}

QByteArray SlftProtocol::entryLine(const RemoteEntry &entry)
{
    return QByteArray(entry.isFolder ? "d " : "f ") + QByteArray::number(entry.size) + ' '
        + QByteArray::number(entry.modified.toSecsSinceEpoch()) + ' ' + entry.name.toUtf8() + '\n';
}

SlftProtocol::Request SlftProtocol::parseRequest(const QByteArray &rawLine)
{
    Request request;
    QByteArray line = rawLine;
    if (line.endsWith('\r'))
        line.chop(1);
    const qsizetype space = line.indexOf(' ');
    const QByteArray version = space < 0 ? line : line.left(space);
    if (version != magic()) {
        if (version.startsWith("SLFT/")) {
            request.errorCode = VersionNotSupported;
        } else {
            request.errorCode = BadRequest;
            request.error = tr("The request must start with “SLFT/1”.");
        }
        return request;
    }
    const QByteArray rest = space < 0 ? QByteArray() : line.mid(space + 1);
    const qsizetype verbEnd = rest.indexOf(' ');
    const QByteArray verb = verbEnd < 0 ? rest : rest.left(verbEnd);
    const QByteArray args = verbEnd < 0 ? QByteArray() : rest.mid(verbEnd + 1);

    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    auto text = [&decoder, &request](const QByteArray &bytes) -> std::optional<QString> {
        const QString s = decoder.decode(bytes);
        if (decoder.hasError()) {
            request.errorCode = BadRequest;
            request.error = tr("The name is not valid UTF-8.");
            return std::nullopt;
        }
        return s;
    };

    if (verb == "LIST") {
        const std::optional<QString> path = text(args);
        if (!path)
            return request;
        request.verb = Request::Verb::List;
        request.path = *path;
        return request;
    }
    if (verb == "GET" || verb == "PUT") {
        const qsizetype sp = args.indexOf(' ');
        const std::optional<qint64> n = number(sp < 0 ? args : args.left(sp));
        if (!n || sp < 0) {
            request.errorCode = BadRequest;
            request.error = verb == "GET" ? tr("Use “SLFT/1 GET <offset> <path>”.")
                                          : tr("Use “SLFT/1 PUT <size> <name>”.");
            return request;
        }
        const std::optional<QString> path = text(args.mid(sp + 1));
        if (!path)
            return request;
        request.verb = verb == "GET" ? Request::Verb::Get : Request::Verb::Put;
        request.number = *n;
        request.path = *path;
        return request;
    }
    request.errorCode = BadRequest;
    request.error = tr("Unknown command “%1”; SLFT/1 knows LIST, GET and PUT.").arg(QString::fromUtf8(verb.left(32)));
    return request;
}

SlftProtocol::Status SlftProtocol::parseStatus(const QByteArray &rawLine)
{
    Status status;
    QByteArray line = rawLine;
    if (line.endsWith('\r'))
        line.chop(1);
    if (!line.startsWith(magic() + ' '))
        return status;
    const QByteArray rest = line.mid(magic().size() + 1);
    const qsizetype sp = rest.indexOf(' ');
    const QByteArray codeText = sp < 0 ? rest : rest.left(sp);
    // Exactly three digits, 100-999: toInt() alone also took "+12", "-12" and " 12".
    if (codeText.size() != 3 || codeText.at(0) < '1' || codeText.at(0) > '9')
        return status;
    for (const char c : codeText) {
        if (c < '0' || c > '9')
            return status;
    }
    status.code = codeText.toInt();
    status.rest = sp < 0 ? QString() : QString::fromUtf8(rest.mid(sp + 1));
    return status;
}

std::optional<QByteArray> SlftProtocol::parseEnd(const QByteArray &rawLine)
{
    QByteArray line = rawLine;
    if (line.endsWith('\r'))
        line.chop(1);
    const QByteArray prefix = magic() + " END ";
    if (!line.startsWith(prefix))
        return std::nullopt;
    const QByteArray hex = line.mid(prefix.size()).toLower();
    static const QRegularExpression sha(QStringLiteral("^[0-9a-f]{64}$"));
    if (!sha.match(QString::fromLatin1(hex)).hasMatch())
        return std::nullopt;
    return hex;
}

std::optional<RemoteEntry> SlftProtocol::parseEntry(const QByteArray &line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() < 4 || (parts.at(0) != "d" && parts.at(0) != "f"))
        return std::nullopt;
    const std::optional<qint64> size = number(parts.at(1));
    bool ok = false;
    const qint64 mtime = parts.at(2).toLongLong(&ok);
    if (!size || !ok)
        return std::nullopt;
    const qsizetype nameStart = parts.at(0).size() + parts.at(1).size() + parts.at(2).size() + 3;
    RemoteEntry entry;
    entry.isFolder = parts.at(0) == "d";
    entry.size = *size;
    entry.modified = QDateTime::fromSecsSinceEpoch(mtime, Qt::UTC);
    entry.name = QString::fromUtf8(line.mid(nameStart));
    return entry;
}

std::optional<QList<qint64>> SlftProtocol::numbers(const QString &text, int count)
{
    const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() < count)
        return std::nullopt;
    QList<qint64> result;
    for (int i = 0; i < count; ++i) {
        const std::optional<qint64> n = number(parts.at(i).toLatin1());
        if (!n)
            return std::nullopt;
        result.append(*n);
    }
    return result;
}
