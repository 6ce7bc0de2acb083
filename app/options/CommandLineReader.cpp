#include "CommandLineReader.h"

#include "CommandSpec.h"

CommandLineReader::CommandLineReader(const CommandSpec &spec)
    : m_command(spec.name())
{
    for (const OptionSpec &option : spec.options()) {
        m_names.append(option.name());
        // No description: --help is written by CommandHelp from the table itself.
        m_parser.addOption(QCommandLineOption(option.name(), QString(), option.valueName(), option.defaultValue()));
    }
}

bool CommandLineReader::parse(const QStringList &arguments, QString *error)
{
    // QCommandLineParser skips the first element (the program name).
    if (m_parser.parse(QStringList{QStringLiteral("socketlab ") + m_command} + arguments))
        return true;
    *error = m_parser.errorText();
    return false;
}

bool CommandLineReader::has(const QString &name) const
{
    return m_names.contains(name);
}

bool CommandLineReader::isSet(const QString &name) const
{
    return has(name) && m_parser.isSet(name);
}

QString CommandLineReader::value(const QString &name) const
{
    return has(name) ? m_parser.value(name) : QString();
}

QStringList CommandLineReader::values(const QString &name) const
{
    return has(name) ? m_parser.values(name) : QStringList();
}

QStringList CommandLineReader::positionalArguments() const
{
    return m_parser.positionalArguments();
}

std::optional<qint64> CommandLineReader::number(const QString &name, qint64 min, qint64 max, bool *ok,
                                                QString *error) const
{
    *ok = true;
    if (!isSet(name))
        return std::nullopt;
    const QString text = value(name);
    bool parsed = false;
    const qint64 number = text.trimmed().toLongLong(&parsed);
    if (!parsed || number < min || number > max) {
        *ok = false;
        *error = tr("“%1” is not a valid value for --%2: use a whole number from %3 to %4.")
                     .arg(text, name, QString::number(min), QString::number(max));
        return std::nullopt;
    }
    return number;
}
