#include "CommandCatalog.h"

#include "CheckCommandLine.h"
#include "DiagramCommandLine.h"
#include "FileServerCommandLine.h"
#include "GetCommandLine.h"
#include "PutCommandLine.h"
#include "TcpClientCommandLine.h"
#include "TcpServerCommandLine.h"
#include "UdpCommandLine.h"
#include "WebCommandLine.h"

QList<const CommandSpec *> CommandCatalog::commands()
{
    return {&TcpServerCommandLine::spec(), &TcpClientCommandLine::spec(), &UdpCommandLine::spec(),
            &FileServerCommandLine::spec(), &GetCommandLine::spec(), &PutCommandLine::spec(), &WebCommandLine::spec(),
            &CheckCommandLine::spec(), &DiagramCommandLine::spec()};
}

const CommandSpec *CommandCatalog::find(const QString &name)
{
    for (const CommandSpec *spec : commands()) {
        if (spec->name() == name)
            return spec;
    }
    return nullptr;
}
