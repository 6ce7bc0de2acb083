#include "ByteRange.h"

namespace {

bool parseNumber(const QByteArray &text, qint64 *value)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    bool ok = false;
    *value = text.toLongLong(&ok);
    return ok;
}

} // namespace

qint64 ByteRange::length() const
{
    return kind == Kind::Satisfiable ? last - first + 1 : 0;
}

ByteRange ByteRange::parse(const QByteArray &header, qint64 fileSize)
{
    ByteRange none;
    const QByteArray h = header.trimmed();
    if (h.isEmpty() || !h.startsWith("bytes="))
        return none;
    const QByteArray spec = h.mid(6).trimmed();
    if (spec.contains(','))
        return none;   // several ranges: answered with the whole file
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return none;
    const QByteArray a = spec.left(dash).trimmed();
    const QByteArray b = spec.mid(dash + 1).trimmed();
    ByteRange r;
    if (a.isEmpty()) {
        qint64 suffix = 0;
        if (!parseNumber(b, &suffix))
            return none;
        if (suffix == 0 || fileSize == 0) {
            r.kind = Kind::Unsatisfiable;
            return r;
        }
        r.kind = Kind::Satisfiable;
        r.first = suffix >= fileSize ? 0 : fileSize - suffix;
        r.last = fileSize - 1;
        return r;
    }
    qint64 first = 0;
    if (!parseNumber(a, &first))
        return none;
    qint64 last = fileSize - 1;
    if (!b.isEmpty()) {
        if (!parseNumber(b, &last) || last < first)
            return none;
    }
    if (first >= fileSize) {
        r.kind = Kind::Unsatisfiable;
        return r;
    }
    r.kind = Kind::Satisfiable;
    r.first = first;
    r.last = qMin(last, fileSize - 1);
    return r;
}
