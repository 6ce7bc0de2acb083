// libFuzzer target for events files (EventLogReader, with EventLogWriter for the round trip):
// an events file is something a student hands in and a teacher draws, so any bytes must be
// refused cleanly. Built with clang (-fsanitize=fuzzer,address,undefined) by
// tests/fuzz/CMakeLists.txt. Every input must be answered without a crash or a sanitizer
// report, and:
//   - a refused file has a reason and a line inside the file (0 for the whole file);
//   - an accepted file keeps the format's limits (lengths, payload sizes, times, event count);
//   - what was accepted, written again by EventLogWriter, reads back equal (and so the writer
//     never writes a line the reader refuses).
#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "EventLogReader.h"
#include "EventLogWriter.h"

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void checkLog(const EventLog &log, int maxEvents)
{
    check(log.header.role.size() <= EventLog::MaxRoleChars);
    check(log.header.local.size() <= EventLog::MaxEndpointChars);
    check(log.header.startedMsecs >= 0);
    check(log.events.size() <= maxEvents);
    for (const TrafficEvent &e : log.events) {
        check(e.msecsSinceEpoch >= 0 && e.msecsSinceEpoch <= 253402300799999LL);
        check(e.peer.size() <= EventLog::MaxEndpointChars && e.local.size() <= EventLog::MaxEndpointChars);
        check(e.text.size() <= EventLog::MaxTextChars);
        check(e.bytes.size() <= TrafficEvent::MaxStoredBytes);
        check(e.size >= e.bytes.size());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const int lines = int(bytes.count('\n')) + 1;

    // Small limits, so that the fuzzer reaches them.
    EventLogReader::Limits limits;
    limits.maxFileBytes = 6000;
    limits.maxLineBytes = 1500;
    limits.maxEvents = 20;
    EventLogReader::Error error;
    const std::optional<EventLog> log = EventLogReader::parse(bytes, &error, limits);
    if (!log) {
        check(!error.reason.isEmpty() && !error.text().isEmpty());
        check(error.line >= 0 && error.line <= lines);
        return 0;
    }
    checkLog(*log, limits.maxEvents);

    const QByteArray written = EventLogWriter::serialize(*log);
    EventLogReader::Error again;
    const std::optional<EventLog> back = EventLogReader::parse(written, &again);
    check(back.has_value());
    check(back->header == log->header);
    check(back->events == log->events);
    check(!back->incompleteLastLine);
    check(EventLogWriter::serialize(*back) == written);
    return 0;
}
