#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// One entry of a remote folder listing.
struct RemoteEntry
{
    QString name;
    bool isFolder = false;
    qint64 size = 0;
    QDateTime modified;   // UTC
};
Q_DECLARE_METATYPE(RemoteEntry)

// SocketLab's own file protocol, SLFT/1 (specified in docs/slft.md): line-oriented UTF-8
// requests and status lines ending in "\n", explicit lengths, SHA-256 at the end of every
// transfer, numbered errors.
class SlftProtocol
{
    Q_DECLARE_TR_FUNCTIONS(SlftProtocol)

public:
    enum Code {
        Ok = 200,
        BadRequest = 400,
        Forbidden = 403,
        NotFound = 404,
        Timeout = 408,
        Busy = 409,
        TooLong = 413,
        BadOffset = 416,
        ChecksumMismatch = 422,
        ServerError = 500,
        Unavailable = 503,
        VersionNotSupported = 505,
    };

    struct Request
    {
        enum class Verb { List, Get, Put, Invalid };
        Verb verb = Verb::Invalid;
        QString path;       // LIST/GET: path in the shared folder; PUT: the file name
        qint64 number = 0;  // GET: offset; PUT: size
        int errorCode = 0;  // for Invalid
        QString error;
    };
    struct Status
    {
        int code = 0;       // 0: not a status line
        QString rest;       // after the code: fields for 200, the message otherwise
    };

    static constexpr int MaxLineBytes = 4096;
    static QByteArray magic();                 // "SLFT/1"

    static QString message(int code);          // a translated sentence for an error code
    static QByteArray statusLine(int code, const QString &rest);
    static QByteArray errorLine(int code, const QString &detail = {});
    static QByteArray listRequest(const QString &path);
    static QByteArray getRequest(const QString &path, qint64 offset);
    static QByteArray putRequest(const QString &name, qint64 size);
    static QByteArray endLine(const QByteArray &sha256Hex);
    static QByteArray entryLine(const RemoteEntry &entry);

    // `line` without its "\n".
    static Request parseRequest(const QByteArray &line);
    static Status parseStatus(const QByteArray &line);
    static std::optional<QByteArray> parseEnd(const QByteArray &line);   // the hex digest
    static std::optional<RemoteEntry> parseEntry(const QByteArray &line);
    // "a b c" -> up to `count` numbers at the start of `text`.
    static std::optional<QList<qint64>> numbers(const QString &text, int count);
};
