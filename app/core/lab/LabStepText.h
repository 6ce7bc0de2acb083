#pragma once

#include <QCoreApplication>
#include <QString>

#include "LabDefinition.h"

class LabVariables;

// A step of a lab in words, as the report shows the step that failed ("Send 5 bytes on a:
// hello", "Wait for the upper-case of what was sent on a", "Wait for the server to close a"),
// and durations as they read in reasons ("3 s", "500 ms", "1.5 s"). Translated.
class LabStepText
{
    Q_DECLARE_TR_FUNCTIONS(LabStepText)

public:
    // `variables` fills ${name} in the texts shown; `role` says who the peer is ("the server"
    // in a server lab, "the client" in a client lab).
    static QString describe(const LabStep &step, const LabVariables &variables, LabDefinition::Role role);
    static QString duration(int ms);
};
