#include "LabPlaceholders.h"

namespace {

bool isNameChar(QChar c, bool first)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '_' || (!first && u >= '0' && u <= '9');
}

// The end of the placeholder starting at `start` ("${"), or -1 when it is not a valid one.
qsizetype placeholderEnd(const QString &text, qsizetype start)
{
    qsizetype i = start + 2;
    const qsizetype nameStart = i;
    while (i < text.size() && isNameChar(text.at(i), i == nameStart))
        ++i;
    if (i == nameStart || i >= text.size() || text.at(i) != QLatin1Char('}'))
        return -1;
    return i + 1;
}

const QLatin1String Open("${");

} // namespace

bool LabPlaceholders::names(const QString &text, QStringList *names, QString *bad)
{
    for (qsizetype at = text.indexOf(Open); at >= 0; at = text.indexOf(Open, at)) {
        const qsizetype end = placeholderEnd(text, at);
        if (end < 0) {
            if (bad) {
                qsizetype stop = text.indexOf(QLatin1Char('}'), at);
                stop = stop < 0 ? text.size() : stop + 1;
                *bad = text.mid(at, qMin<qsizetype>(stop - at, 40));
            }
            return false;
        }
        if (names)
            names->append(text.mid(at + 2, end - at - 3));
        at = end;
    }
    return true;
}

QString LabPlaceholders::fill(const QString &text, const QMap<QString, QString> &values)
{
    QString out;
    qsizetype copied = 0;
    for (qsizetype at = text.indexOf(Open); at >= 0; at = text.indexOf(Open, at)) {
        const qsizetype end = placeholderEnd(text, at);
        if (end < 0) {
            at += 2;
            continue;
        }
        const auto it = values.constFind(text.mid(at + 2, end - at - 3));
        if (it != values.cend()) {
            out += QStringView(text).mid(copied, at - copied);
            out += *it;
            copied = end;
        }
        at = end;
    }
    if (copied == 0)
        return text;
    out += QStringView(text).mid(copied);
    return out;
}

bool LabPlaceholders::isName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i)
        if (!isNameChar(name.at(i), i == 0))
            return false;
    return true;
}
