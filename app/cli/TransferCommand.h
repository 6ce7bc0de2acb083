#pragma once

#include "CliCommand.h"
#include "EventsFileWriter.h"
#include "TransferManager.h"
#include "TransferRequest.h"

// Runs one client transfer (`get` / `put`) to its end: a progress line on stderr, one result
// line, exit status 0 only for a complete (and, with SLFT/1, verified) transfer. Ctrl+C cancels:
// no half-written file is left under the final name (an SLFT/1 download keeps "<name>.part").
// --events FILE records the transfer's start, its size and its result (TransferEvents).
class TransferCommand : public CliCommand
{
    Q_OBJECT

public:
    TransferCommand(const CommandSpec &spec, ConsoleOutput *output, QObject *parent = nullptr);

    void start() override;
    void terminate() override;

protected:
    TransferRequest m_request;
    EventsSettings m_eventsSettings;   // --events FILE

private:
    void end(int exitCode);

    TransferManager m_manager;
    EventsFileWriter m_events;
    bool m_startRecorded = false;
    bool m_cancelled = false;
};
