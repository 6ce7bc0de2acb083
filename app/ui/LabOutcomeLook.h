#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include "LabCheckResult.h"

// How a check's state looks in the Lab tab's check list and class table. Every state has a text
// mark as well as a colour (✓ passed, ✗ failed, – not run, … running), so it reads the same for
// colour-blind users, in print and in a screen reader. A failed lesson gets amber, not red: it is
// reported but never fails the lab.
class LabOutcomeLook
{
    Q_DECLARE_TR_FUNCTIONS(LabOutcomeLook)

public:
    enum class State { Pending, Running, WaitingForClient, Passed, Failed, NotRun };

    static State state(LabCheckResult::Outcome outcome);
    // "✓ Passed", "✗ Failed", "⌛ Waiting for the client"…
    static QString text(State state);
    // The mark alone, for a table cell: "✓", "✗", "–", "…", "⌛", "" (pending).
    static QString mark(State state);
    // Light backgrounds (invalid for pending: the view's own); `required` false = a lesson.
    static QColor background(State state, bool required);
    // Dark text that reads on background() whatever the style's palette; invalid with it.
    static QColor foreground(State state, bool required);
    // "Required" / "Lesson".
    static QString kind(bool required);
};
