#pragma once

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

#include "EventLog.h"
#include "TrafficEvent.h"

// Writes events as JSON Lines (docs/events.md): a header line, then one line per event,
// appended as the events come. Every append() is flushed to the system at once, so a program
// that crashes or is killed loses at most what it had not yet handed over; a line cut short by
// that is skipped by EventLogReader (EventLog::incompleteLastLine).
//
// What it writes, EventLogReader reads back equal: texts, peers and payloads beyond the file's
// limits are shortened here (a payload keeps its real size and says "truncated"), never refused
// there. Not thread-safe: use it from one thread (the engine's owner, with its batches).
class EventLogWriter
{
public:
    EventLogWriter();
    ~EventLogWriter();
    EventLogWriter(const EventLogWriter &) = delete;
    EventLogWriter &operator=(const EventLogWriter &) = delete;

    // Creates (or empties) the file and writes the header. False, with errorString(), when the
    // file cannot be written.
    bool open(const QString &path, const EventLog::Header &header);
    // One line per event, then a flush. False once a write has failed (errorString() says why);
    // after that nothing more is written.
    bool append(const QList<TrafficEvent> &events);
    bool append(const TrafficEvent &event);
    void close();

    bool isOpen() const;
    QString path() const;
    QString errorString() const;   // translated: "Cannot write the events file /tmp/x: …"

    // The lines themselves, each ending in "\n".
    static QByteArray headerLine(const EventLog::Header &header);
    static QByteArray eventLine(const TrafficEvent &event);
    // A whole file in memory (to save a window's log, or for tests).
    static QByteArray serialize(const EventLog &log);

private:
    bool write(const QByteArray &bytes);
    void fail();

    QFile m_file;
    QString m_error;
};
