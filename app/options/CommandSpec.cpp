#include "CommandSpec.h"

#include <QCoreApplication>

CommandSpec::CommandSpec(const QString &name, const char *context)
    : m_name(name)
    , m_context(context)
{
}

void CommandSpec::setArguments(const QString &arguments)
{
    m_arguments = arguments;
}

void CommandSpec::setTitle(const char *title)
{
    m_title = title;
}

void CommandSpec::setDescription(const char *description)
{
    m_description = description;
}

void CommandSpec::setExitStatus(const char *exitStatus)
{
    m_exitStatus = exitStatus;
}

OptionSpec &CommandSpec::addValue(const QString &name, const QString &valueName, const char *description)
{
    return add(OptionSpec::value(name, valueName, m_context, description));
}

OptionSpec &CommandSpec::addFlag(const QString &name, const char *description)
{
    return add(OptionSpec::flag(name, m_context, description));
}

OptionSpec &CommandSpec::add(const OptionSpec &option)
{
    m_options.append(option);
    return m_options.last();
}

const OptionSpec *CommandSpec::option(const QString &name) const
{
    for (const OptionSpec &o : m_options) {
        if (o.name() == name)
            return &o;
    }
    return nullptr;
}

QString CommandSpec::title() const
{
    return QCoreApplication::translate(m_context, m_title);
}

QStringList CommandSpec::descriptionParagraphs() const
{
    if (!*m_description)
        return {};
    return QCoreApplication::translate(m_context, m_description).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
}

QString CommandSpec::exitStatus() const
{
    return QCoreApplication::translate(m_context, m_exitStatus);
}
