#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class CommandSpec;

// The man page socketlab(1) in roff, written from the same option tables as `--help`: NAME,
// SYNOPSIS, DESCRIPTION, one subsection per command with its options, EXIT STATUS, SEE ALSO.
// The build writes it with the tool socketlab_manpage (in English: no translator is loaded).
class ManPage
{
    Q_DECLARE_TR_FUNCTIONS(ManPage)

public:
    // `date` ("2026-01-31") and `version` ("0.1.0") go into the title line.
    static QString roff(const QList<const CommandSpec *> &commands, const QString &version, const QString &date);
    // Text as roff shows it literally: dashes, backslashes, a leading dot, typographic quotes
    // and other characters beyond ASCII as groff escapes.
    static QString escaped(const QString &text);
};
