#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The seed 002 "<SEPARATOR>" protocol (docs/slft.md, “The classic protocols”): parsing and
// formatting of the download answer and the upload header. There are no terminators: a header
// ends where its digits end, and whatever follows in the same read is file data.
class ClassicProtocol
{
    Q_DECLARE_TR_FUNCTIONS(ClassicProtocol)

public:
    enum class Status { Incomplete, Complete, Invalid };

    // Download answer: "0<SEPARATOR><size>" or "-1<SEPARATOR><text>" (matches -?\d+<SEPARATOR>…).
    struct Answer
    {
        Status status = Status::Incomplete;
        bool found = false;
        qint64 size = -1;
        QString message;           // the server's text for a refusal
        qsizetype headerLength = 0;   // bytes of the answer; the rest is file data
    };
    // Upload header: "<name><SEPARATOR><size>".
    struct UploadHeader
    {
        Status status = Status::Incomplete;
        QString name;
        qint64 size = -1;
        QString error;             // translated, for Invalid
        qsizetype headerLength = 0;
    };

    static QByteArray separator();
    static QByteArray foundAnswer(qint64 size);
    static QByteArray missingAnswer(const QString &name);          // "<name>文件不存在"
    static QByteArray refusal(const QString &reason);              // "-1<SEPARATOR><reason>"
    static QByteArray uploadHeader(const QString &name, qint64 size);
    static QByteArray uploadAccepted();                            // "ok"

    static Answer parseAnswer(const QByteArray &bytes);
    static UploadHeader parseUploadHeader(const QByteArray &bytes);
};
