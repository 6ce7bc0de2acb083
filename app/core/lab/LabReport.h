#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include "LabCheckResult.h"
#include "LocalizedText.h"

// One run of a lab against one program: the checks' results in lab order. LabReportWriter
// turns it into text, JSON or JUnit XML; the class table holds one per student.
struct LabReport
{
    QString labId;
    LocalizedText labTitle;
    QString target;                   // "127.0.0.1:9000", or the port SocketLab listened on
                                      // for a client lab ("listening on 0.0.0.0:12800")
    QString name;                     // the student's name in class mode, else empty
    QDateTime startedAt;
    qint64 elapsedMs = 0;
    QList<LabCheckResult> checks;

    // Every required check passed (lessons never count).
    bool passed() const
    {
        for (const LabCheckResult &c : checks)
            if (c.required && !c.passed())
                return false;
        return !checks.isEmpty();
    }
    int count(LabCheckResult::Outcome outcome, bool required) const
    {
        int n = 0;
        for (const LabCheckResult &c : checks)
            n += c.outcome == outcome && c.required == required;
        return n;
    }
};

Q_DECLARE_METATYPE(LabReport)
