#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

// The ${name} placeholders of lab texts, counts and explanations (docs/labs.md): a name is
// letters, digits and '_' (not starting with a digit). The parser lists the names a text uses
// to check each is defined; the runner fills them.
class LabPlaceholders
{
public:
    // The names `text` uses, in order (repeats kept). False when a "${" does not start a valid
    // placeholder; `bad` then gets that piece of text ("${ size}", "${size").
    static bool names(const QString &text, QStringList *names, QString *bad = nullptr);
    // `text` with every ${name} that `values` has replaced by its value (in one pass: a value
    // is never scanned again); other placeholders are left as written.
    static QString fill(const QString &text, const QMap<QString, QString> &values);
    static bool isName(const QString &name);
};
