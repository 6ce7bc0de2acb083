#include "CliRunner.h"

#include <QCoreApplication>

#include <map>

#include "CliCommand.h"
#include "ConsoleOutput.h"
#include "FileServerCommand.h"
#include "GetCommand.h"
#include "PutCommand.h"
#include "TcpClientCommand.h"
#include "TcpServerCommand.h"
#include "TerminationSignals.h"
#include "UdpCommand.h"
#include "WebCommand.h"

// Each command adds one line here.
const std::map<QString, CliRunner::Factory> &CliRunner::registry()
{
    static const std::map<QString, Factory> commands = {
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

QStringList CliRunner::commandNames()
{
    QStringList names;
    for (const auto &entry : registry())
        names.append(entry.first);
    return names;
}

QString CliRunner::overview()
{
    return QCoreApplication::translate("CliRunner",
        "Usage: socketlab [COMMAND [OPTIONS]]\n"
        "Without a command the window opens.\n"
        "\n"
        "Commands:\n"
        "  tcp-server --port N [--bind ADDR] [--reply none|echo|upper|text:STR] [--greeting STR] [--relay]\n"
        "  tcp-client HOST:PORT [--eol none|lf|crlf]\n"
        "  udp --port N [--bind ADDR] [--reply none|echo|upper|text:STR] [--to HOST:PORT] [--join GROUP]\n"
        "  file-server --root DIR [--inbox DIR] [--download-port N] [--upload-port N] [--port N]\n"
        "  get HOST:PORT NAME [--out DIR] [--classic]\n"
        "  put HOST:PORT FILE [--classic]\n"
        "  web --root DIR [--port N] [--bind ADDR] [--listing]\n"
        "  --open COMMAND [OPTIONS]   the window, with that tab filled in and started\n"
        "\n"
        "Run “socketlab COMMAND --help” for the options of one command.");
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
