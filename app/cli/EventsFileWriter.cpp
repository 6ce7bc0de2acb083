#include "EventsFileWriter.h"

#include <QDateTime>

#include "ConsoleOutput.h"

EventsFileWriter::EventsFileWriter(ConsoleOutput *output)
    : m_output(output)
{
}

bool EventsFileWriter::open(const EventsSettings &settings, const QString &role, const QString &local)
{
    if (!settings.isSet())
        return true;
    EventLog::Header header;
    header.role = role;
    header.local = local;
    header.startedMsecs = QDateTime::currentMSecsSinceEpoch();
    m_written = 0;
    if (!m_writer.open(settings.path, header)) {
        m_output->error(m_writer.errorString());
        return false;
    }
    return true;
}

void EventsFileWriter::write(const QList<TrafficEvent> &events)
{
    if (!m_writer.isOpen() || events.isEmpty())
        return;
    if (!m_writer.append(events)) {
        m_output->error(tr("%1. Nothing more is written to it; the file holds the first %2 events.")
                            .arg(m_writer.errorString())
                            .arg(m_written));
        return;
    }
    m_written += events.size();
}

void EventsFileWriter::write(const TrafficEvent &event)
{
    write(QList<TrafficEvent>{event});
}

void EventsFileWriter::close()
{
    if (!m_writer.isOpen())
        return;
    const QString path = m_writer.path();
    m_writer.close();
    m_output->line(tr("Events written to %1: %2.").arg(path).arg(m_written));
}

bool EventsFileWriter::isOpen() const
{
    return m_writer.isOpen();
}
