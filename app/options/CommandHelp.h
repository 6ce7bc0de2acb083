#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "OptionSpec.h"

class CommandSpec;

// The `--help` texts, written from the option tables in the current language: one command's
// usage (synopsis, what it does, every option with its default, exit status) and the overview of
// all commands for `socketlab --help`. Lines are wrapped for a terminal of `width` columns.
class CommandHelp
{
    Q_DECLARE_TR_FUNCTIONS(CommandHelp)

public:
    static constexpr int DefaultWidth = 80;

    static QString usage(const CommandSpec &spec, int width = DefaultWidth);
    static QString overview(const QList<const CommandSpec *> &commands, int width = DefaultWidth);

    // "socketlab tcp-server --port N", then each other option in brackets, as pieces that a line
    // break may separate.
    static QStringList synopsisPieces(const CommandSpec &spec);
    // An option's description followed by its default, if it has one, translated.
    static QString optionText(const OptionSpec &option);
};
