#include "OptionSpec.h"

#include <QCoreApplication>

OptionSpec OptionSpec::value(const QString &name, const QString &valueName, const char *context,
                             const char *description)
{
    OptionSpec spec;
    spec.m_name = name;
    spec.m_valueName = valueName;
    spec.m_context = context;
    spec.m_description = description;
    return spec;
}

OptionSpec OptionSpec::flag(const QString &name, const char *context, const char *description)
{
    return value(name, QString(), context, description);
}

OptionSpec &OptionSpec::withDefault(const QString &value)
{
    m_defaultValue = value;
    return *this;
}

OptionSpec &OptionSpec::withDefaultText(const char *text)
{
    m_defaultText = text;
    return *this;
}

OptionSpec &OptionSpec::withChoices(const QString &choices)
{
    m_choices = choices;
    return *this;
}

OptionSpec &OptionSpec::repeatable()
{
    m_repeatable = true;
    return *this;
}

OptionSpec &OptionSpec::inArguments()
{
    m_inArguments = true;
    return *this;
}

QString OptionSpec::switchText() const
{
    const QString option = QStringLiteral("--") + m_name;
    return takesValue() ? option + QLatin1Char(' ') + m_valueName : option;
}

QString OptionSpec::synopsisText() const
{
    QString text = m_choices.isEmpty() ? switchText() : QStringLiteral("--%1 %2").arg(m_name, m_choices);
    if (m_repeatable)
        text += QStringLiteral("…");
    return text;
}

QString OptionSpec::description() const
{
    return QCoreApplication::translate(m_context, m_description);
}

QString OptionSpec::shownDefault() const
{
    if (m_defaultText)
        return QCoreApplication::translate(m_context, m_defaultText);
    return m_defaultValue;
}
