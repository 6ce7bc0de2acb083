#include "TcpTab.h"

#include "TcpClientCommandLine.h"
#include "TcpServerCommandLine.h"

TcpTab::TcpTab(QWidget *parent)
    : RoleTabOf({"TcpTab", QT_TRANSLATE_NOOP("TcpTab", "TCP"),
                 QT_TRANSLATE_NOOP("TcpTab", "Both can run at once: start a server here, then connect to it as a client.")},
                QStringLiteral("tcp"), {QStringLiteral("tcp-server"), QStringLiteral("tcp-client")}, parent)
{
}

bool TcpTab::openCommand(const QString &command, const QStringList &arguments, QString *error)
{
    if (command == QLatin1String("tcp-server")) {
        const std::optional<TcpServerArguments> parsed = TcpServerCommandLine::parse(arguments, error);
        if (!parsed)
            return false;
        showServer();
        serverPanel()->applyOptions(parsed->server, parsed->text.encoding);
        serverPanel()->saveReceived(parsed->save);
        serverPanel()->start();
        return true;
    }
    const std::optional<TcpClientArguments> parsed = TcpClientCommandLine::parse(arguments, error);
    if (!parsed)
        return false;
    showClient();
    clientPanel()->applyOptions(parsed->client, parsed->text.encoding);
    clientPanel()->saveReceived(parsed->save);
    clientPanel()->connectToServer();
    return true;
}
