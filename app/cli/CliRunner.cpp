#include "CliRunner.h"

#include <QCoreApplication>

#include <map>

#include "CheckCommand.h"
#include "CliCommand.h"
#include "CommandCatalog.h"
#include "CommandHelp.h"
#include "ConsoleOutput.h"
#include "DiagramCommand.h"
#include "FileServerCommand.h"
#include "GetCommand.h"
#include "PutCommand.h"
#include "TcpClientCommand.h"
#include "TcpServerCommand.h"
#include "TerminationSignals.h"
#include "UdpCommand.h"
#include "WebCommand.h"

// Each command adds one line here (and its option table one line in CommandCatalog).
const std::map<QString, CliRunner::Factory> &CliRunner::registry()
{
    static const std::map<QString, Factory> commands = {
        {QStringLiteral("check"), [](ConsoleOutput *o) { return std::make_unique<CheckCommand>(o); }},
        {QStringLiteral("diagram"), [](ConsoleOutput *o) { return std::make_unique<DiagramCommand>(o); }},
        {QStringLiteral("file-server"), [](ConsoleOutput *o) { return std::make_unique<FileServerCommand>(o); }},
        {QStringLiteral("get"), [](ConsoleOutput *o) { return std::make_unique<GetCommand>(o); }},
        {QStringLiteral("put"), [](ConsoleOutput *o) { return std::make_unique<PutCommand>(o); }},
        {QStringLiteral("tcp-client"), [](ConsoleOutput *o) { return std::make_unique<TcpClientCommand>(o); }},
        {QStringLiteral("tcp-server"), [](ConsoleOutput *o) { return std::make_unique<TcpServerCommand>(o); }},
        {QStringLiteral("udp"), [](ConsoleOutput *o) { return std::make_unique<UdpCommand>(o); }},
        {QStringLiteral("web"), [](ConsoleOutput *o) { return std::make_unique<WebCommand>(o); }},
    };
    return commands;
}

bool CliRunner::isCommand(const QString &name)
{
    return registry().count(name) > 0;
}

bool CliRunner::needsFonts(const QString &name)
{
    return name == QLatin1String("diagram");
}

QString CliRunner::overview()
{
    return CommandHelp::overview(CommandCatalog::commands());
}

int CliRunner::run(const QStringList &arguments)
{
    ConsoleOutput output;
    if (arguments.size() < 2 || !isCommand(arguments.at(1))) {
        output.error(QCoreApplication::translate("CliRunner", "unknown command “%1”.")
                         .arg(arguments.value(1)));
        output.line(overview());
        return 2;
    }
    std::unique_ptr<CliCommand> command = registry().at(arguments.at(1))(&output);
    const QStringList rest = arguments.mid(2);
    if (rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
        output.line(command->usage());
        return 0;
    }
    QString error;
    if (!command->parse(rest, &error)) {
        output.error(error);
        output.line(command->usage());
        return 2;
    }
    TerminationSignals signals_;
    int exitCode = 0;
    QObject::connect(&signals_, &TerminationSignals::terminationRequested, command.get(),
                     [&command](int) { command->terminate(); });
    QObject::connect(command.get(), &CliCommand::finished, QCoreApplication::instance(),
                     [&exitCode](int code) {
                         exitCode = code;
                         QCoreApplication::exit(code);
                     });
    command->start();
    QCoreApplication::exec();
    output.flush();
    return exitCode;
}
