#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

#include "LabDefinition.h"

// Reads a lab file (docs/labs.md, format "socketlab-lab/1") into a LabDefinition, refusing
// anything invalid or hostile with the line and the reason: a JSON syntax error, an unknown or
// missing key, a step that names no connection, a regex that does not compile, a timeout or a
// size beyond the limits. A lab file can only describe steps against the target it is given:
// there is no key for another host, a file or a command.
class LabFileParser
{
public:
    struct Error
    {
        int line = 0;                 // 1-based; 0 when no line applies (unreadable file)
        QString reason;               // translated
        QString text() const;         // "line 12: unknown key \"expct\"" (translated)
    };

    static constexpr qint64 MaxFileBytes = 1024 * 1024;

    static std::optional<LabDefinition> parse(const QByteArray &json, const QString &source,
                                              Error *error = nullptr);
    static std::optional<LabDefinition> parseFile(const QString &path, Error *error = nullptr);
};
