#pragma once

#include <QString>

#include <optional>

class QCommandLineParser;

// Reads a whole-number option (a limit, a timeout) with its range; the message for a bad
// value names the option and the range in one sentence.
class NumberOption
{
public:
    // nullopt when the option is not set; `*ok` false (and `*error` set) when it is invalid.
    static std::optional<qint64> read(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max,
                                      bool *ok, QString *error);
};
