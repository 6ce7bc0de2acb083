#include "PutCommand.h"

#include "PutCommandLine.h"

PutCommand::PutCommand(ConsoleOutput *output, QObject *parent)
    : TransferCommand(PutCommandLine::spec(), output, parent)
{
}

bool PutCommand::parse(const QStringList &arguments, QString *error)
{
    const std::optional<TransferRequest> request = PutCommandLine::parse(arguments, error, &m_eventsSettings);
    if (!request)
        return false;
    m_request = *request;
    return true;
}
