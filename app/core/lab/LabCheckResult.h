#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include "LocalizedText.h"
#include "TrafficEvent.h"

// What one check of a lab found: passed, failed (at which step, what was expected, what
// arrived, why) or not run, with every byte exchanged during the check for the traffic view.
struct LabCheckResult
{
    enum class Outcome : quint8 {
        Pending,    // not started yet
        Running,
        Passed,
        Failed,
        NotRun,     // could not run: an earlier failure left nothing to talk to (see `reason`)
    };

    QString id;                       // the check's id in the lab file
    LocalizedText title;
    bool required = true;             // false: a lesson (reported, never fails the lab)
    Outcome outcome = Outcome::Pending;

    // Failed / NotRun:
    int failedStep = -1;              // index in the check's steps
    QString step;                     // the step in words, worded by SocketLab when it ran
                                      // ("Wait for the upper-case answer on connection a")
    QByteArray expected;              // the bytes expected, when the step expected bytes
    QString expectedText;             // or a description ("HTTP status 404", "the peer closes",
                                      // "text matching ^0<SEPARATOR>\d+$")
    QByteArray received;              // what arrived for that step (at most 16 KiB kept)
    qint64 receivedSize = 0;          // how many bytes arrived in all
    QString reason;                   // what went wrong, worded by SocketLab ("Nothing arrived
                                      // within 2 s.", "The server closed the connection.")
    LocalizedText explanation;        // the lab's plain-language cause, ${placeholders} filled

    QList<TrafficEvent> exchange;     // sent/received data and state changes during the check;
                                      // TrafficEvent::peer is the connection ("a", "b")
    qint64 elapsedMs = 0;

    bool passed() const { return outcome == Outcome::Passed; }
    bool isFinished() const
    {
        return outcome == Outcome::Passed || outcome == Outcome::Failed
            || outcome == Outcome::NotRun;
    }
};

Q_DECLARE_METATYPE(LabCheckResult)
