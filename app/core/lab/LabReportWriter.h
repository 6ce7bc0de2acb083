#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "LabReport.h"

// A lab report as text for people (one line per check, then the failures' details: step,
// expected, received as text and hex with line endings visible, reason, explanation; in the
// current language), as JSON for programs, and as JUnit XML for autograders and CI (one
// testsuite per report, one testcase per check; lessons that fail are not failures).
class LabReportWriter
{
public:
    static QString text(const LabReport &report);
    static QByteArray json(const LabReport &report);
    static QByteArray json(const QList<LabReport> &reports);
    static QByteArray junit(const QList<LabReport> &reports);
};
