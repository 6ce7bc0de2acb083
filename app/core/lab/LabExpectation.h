#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

#include "HttpResponseReader.h"
#include "LabDefinition.h"

// Decides one Expect step from what a connection has received so far; no sockets, no clocks.
// The runner calls evaluate() whenever something changes (bytes arrived, the peer closed, the
// stream went quiet, the step's time ran out) and gets Pending, Matched (how many bytes the step
// consumed, the regex's named captures) or Failed (why, in plain words). The matchers'
// semantics are docs/labs.md's (LabDefinition.h summarises them).
class LabExpectation
{
    Q_DECLARE_TR_FUNCTIONS(LabExpectation)

public:
    // What may wait in a connection's receive buffer; beyond it the step fails.
    static constexpr qsizetype MaxBuffered = 1024 * 1024;

    enum class Verdict { Pending, Matched, Failed };

    struct Stream
    {
        QByteArray buffer;              // received and not consumed by an earlier step
        QList<qsizetype> chunkEnds;     // offsets in `buffer` where a received piece ended
        bool closed = false;            // the peer closed: nothing more will come
        bool quiet = false;             // bytes arrived and then nothing for the step's quiet time
        bool timeUp = false;            // the step's time ran out (Silence: the silence lasted)
        bool overflow = false;          // more than MaxBuffered arrived; the rest was dropped
    };

    struct Outcome
    {
        Verdict verdict = Verdict::Pending;
        qsizetype consumed = 0;         // Matched: bytes the step takes from the buffer
        QMap<QString, QString> captures; // Matched (Regex): named groups
        QString reason;                 // Failed (translated)
    };

    // `expected`: the bytes for Exact / Prefix (variables filled), Upper (the upper-case of the
    // last send) and Echo (the last send). `count`: Count's byte count. `timeoutMs`: the step's
    // time, for the wording of reasons (Silence: the silence asked for).
    LabExpectation(const LabStep &step, const QByteArray &expected = {}, qint64 count = 0,
                   int timeoutMs = 0);

    Outcome evaluate(const Stream &stream);

    // What the report shows as expected: bytes for the byte matchers, else a description
    // ("HTTP status 404", "the peer closes the connection", "text matching ^ok$").
    QByteArray expectedBytes() const;
    QString expectedText() const;

private:
    Outcome exact(const Stream &s, const QByteArray &expected) const;
    Outcome prefix(const Stream &s) const;
    Outcome regex(const Stream &s) const;
    Outcome count(const Stream &s) const;
    Outcome http(const Stream &s);
    Outcome closed(const Stream &s) const;
    Outcome silence(const Stream &s) const;
    // The common endings of a step still pending: overflow, the peer closed, time up.
    Outcome pendingEnd(const Stream &s, qsizetype needed) const;
    // Matched at `end`, unless `alone` asks for a piece boundary there.
    Outcome matchedAt(const Stream &s, qsizetype end) const;

    static Outcome failed(const QString &reason);

    LabStep m_step;
    QByteArray m_expected;
    qint64 m_count = 0;
    int m_timeoutMs = 0;
    std::optional<HttpResponseReader> m_http;
};
