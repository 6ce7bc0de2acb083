#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "OptionSpec.h"

// The option table of one command (`socketlab tcp-server …`): its name, the arguments its
// synopsis starts with, what it does, its options and its exit status. The parser
// (CommandLineReader), `--help` (CommandHelp) and the man page (ManPage) are all made from it, so
// each option is described, and translated, once. Texts are source texts marked with QT_TR_NOOP
// in the command's parser class and translated under `context` (that class's name) when shown.
class CommandSpec
{
public:
    CommandSpec(const QString &name, const char *context);

    // What the synopsis shows right after the command name, untranslated: "HOST:PORT",
    // "--port N", "(--port N | --to HOST:PORT)".
    void setArguments(const QString &arguments);
    void setTitle(const char *title);               // one sentence: what the command is
    void setDescription(const char *description);   // paragraphs separated by "\n\n"
    void setExitStatus(const char *exitStatus);     // one sentence: "Exit status: 0 …, 2 on bad arguments."

    // Adds an option described in this command's context; the reference is for chained setters.
    OptionSpec &addValue(const QString &name, const QString &valueName, const char *description);
    OptionSpec &addFlag(const QString &name, const char *description);
    // Adds an option described elsewhere (one shared by several commands, e.g. --encoding).
    OptionSpec &add(const OptionSpec &option);

    QString name() const { return m_name; }
    const char *context() const { return m_context; }
    QString arguments() const { return m_arguments; }
    const QList<OptionSpec> &options() const { return m_options; }
    const OptionSpec *option(const QString &name) const;   // nullptr when there is none

    // Translated.
    QString title() const;
    QStringList descriptionParagraphs() const;
    QString exitStatus() const;

private:
    QString m_name;
    const char *m_context;
    QString m_arguments;
    const char *m_title = "";
    const char *m_description = "";
    const char *m_exitStatus = "";
    QList<OptionSpec> m_options;
};
