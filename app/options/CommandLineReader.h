#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

class CommandSpec;

// Reads one command's arguments against its option table (CommandSpec), with
// QCommandLineParser underneath: every option of the table is known, with its default value;
// anything else is refused with Qt's own message ("Unknown option 'x'.").
class CommandLineReader
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineReader)

public:
    explicit CommandLineReader(const CommandSpec &spec);

    // `arguments` excludes the program and the command name. false + Qt's reason on an unknown
    // option or a missing value.
    bool parse(const QStringList &arguments, QString *error);

    bool has(const QString &name) const;     // the table has this option
    bool isSet(const QString &name) const;   // given on the command line
    QString value(const QString &name) const;     // the last value given, else the default
    QStringList values(const QString &name) const;
    QStringList positionalArguments() const;

    // A whole-number option (a limit, a timeout) within [min, max]: nullopt when it is not
    // given; `*ok` false and `*error` naming the option and the range when it is not valid.
    std::optional<qint64> number(const QString &name, qint64 min, qint64 max, bool *ok, QString *error) const;

private:
    QString m_command;
    QStringList m_names;   // every option of the table
    QCommandLineParser m_parser;
};
