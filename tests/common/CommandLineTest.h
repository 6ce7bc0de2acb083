#pragma once

#include <QString>
#include <QStringList>

#include "CommandSpec.h"

// Small helpers for the option parser tests (tests/options).
namespace CommandLineTest {

// The names of a command's options, in table order.
inline QStringList optionNames(const CommandSpec &spec)
{
    QStringList names;
    for (const OptionSpec &option : spec.options())
        names.append(option.name());
    return names;
}

// Runs `parse` on `arguments`, which must fail: the reason it gives ("" when it did not fail).
template<typename Parse>
QString errorOf(Parse parse, const QStringList &arguments, bool *failed)
{
    QString error;
    *failed = !parse(arguments, &error).has_value();
    return error;
}

} // namespace CommandLineTest
