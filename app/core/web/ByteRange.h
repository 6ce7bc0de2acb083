#pragma once

#include <QByteArray>

// A Range header applied to a file of a known size. Only single "bytes=" ranges are honoured;
// several ranges or a malformed header are ignored (the whole file is sent, as RFC 9110 allows).
struct ByteRange
{
    enum class Kind { None, Satisfiable, Unsatisfiable };

    Kind kind = Kind::None;
    qint64 first = 0;
    qint64 last = -1;      // inclusive

    qint64 length() const;
    static ByteRange parse(const QByteArray &header, qint64 fileSize);
};
