#pragma once

#include <QList>
#include <QString>

#include <optional>

#include "LabDefinition.h"

// The built-in labs: the JSON files in resources/labs, compiled in under :/labs/.
class LabCatalog
{
public:
    // Every built-in lab, server labs first, each group in the order of the course.
    static QList<LabDefinition> builtIn();
    static std::optional<LabDefinition> builtIn(const QString &id);
};
