#pragma once

#include <QCoreApplication>
#include <QString>

#include "Checksum.h"
#include "TrafficEvent.h"

// Whether a received message ends with the checksum its sender appended (a device, or another
// SocketLab's send box), for the traffic view's Check column and detail pane. Only received data
// is checked; a message of which only the first TrafficEvent::MaxStoredBytes bytes were kept, or
// one shorter than the checksum, cannot be: it says so, and is never reported as valid.
class EventChecksum
{
    Q_DECLARE_TR_FUNCTIONS(EventChecksum)

public:
    enum class Outcome { NotChecked, Ok, Bad, CannotCheck };

    struct Result
    {
        Outcome outcome = Outcome::NotChecked;
        // "CRC-16/MODBUS ok", "CRC-16/MODBUS: expected 0x1234, got 0x4321", or why it cannot be
        // checked; empty when not checked (no algorithm, sent data, a state change or an error).
        QString text;
    };

    static Result check(Checksum::Algorithm algorithm, const TrafficEvent &event);
};
