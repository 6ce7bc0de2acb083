#include "NumberOption.h"

#include <QCommandLineParser>
#include <QCoreApplication>

std::optional<qint64> NumberOption::read(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max,
                                         bool *ok, QString *error)
{
    *ok = true;
    if (!parser.isSet(name))
        return std::nullopt;
    const QString text = parser.value(name);
    bool parsed = false;
    const qint64 value = text.trimmed().toLongLong(&parsed);
    if (!parsed || value < min || value > max) {
        *ok = false;
        *error = QCoreApplication::translate("NumberOption", "“%1” is not a valid value for --%2: use a whole number from %3 to %4.")
                     .arg(text, name, QString::number(min), QString::number(max));
        return std::nullopt;
    }
    return value;
}
