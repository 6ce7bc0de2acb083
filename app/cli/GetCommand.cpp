#include "GetCommand.h"

#include "GetCommandLine.h"

GetCommand::GetCommand(ConsoleOutput *output, QObject *parent)
    : TransferCommand(GetCommandLine::spec(), output, parent)
{
}

bool GetCommand::parse(const QStringList &arguments, QString *error)
{
    const std::optional<TransferRequest> request = GetCommandLine::parse(arguments, error, &m_eventsSettings);
    if (!request)
        return false;
    m_request = *request;
    return true;
}
