#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "EventLogWriter.h"
#include "EventsSettings.h"
#include "TrafficEvent.h"

class ConsoleOutput;

// --events FILE of every server and client command: one events file (JSON Lines,
// docs/events.md) for the whole run, opened with its header before the engine starts, each batch
// of events appended (and handed to the system) as the engine emits it, and closed when the
// command ends, with a line saying what was written. A write error (a full disk) is printed once
// and ends the recording, not the command. Without --events every call does nothing.
class EventsFileWriter final
{
    Q_DECLARE_TR_FUNCTIONS(EventsFileWriter)

public:
    explicit EventsFileWriter(ConsoleOutput *output);

    // Creates settings.path and writes the header: `role` ("tcp-server", "get", …) and this
    // side's address where it is already known (else empty: the first event that knows it, a
    // listening/bound/connected one, carries it). False, with the reason printed, when the file
    // cannot be created.
    bool open(const EventsSettings &settings, const QString &role, const QString &local = {});
    void write(const QList<TrafficEvent> &events);
    void write(const TrafficEvent &event);
    // Closes the file and says how many events it holds; nothing when none was open.
    void close();

    bool isOpen() const;

private:
    ConsoleOutput *m_output;
    EventLogWriter m_writer;
    qint64 m_written = 0;
};
