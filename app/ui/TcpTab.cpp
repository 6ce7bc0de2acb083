#include "TcpTab.h"

#include "TcpClientCommand.h"
#include "TcpServerCommand.h"

TcpTab::TcpTab(QWidget *parent)
    : RoleTabOf({"TcpTab", QT_TRANSLATE_NOOP("TcpTab", "TCP"),
                 QT_TRANSLATE_NOOP("TcpTab", "Both can run at once: start a server here, then connect to it as a client.")},
                QStringLiteral("tcp"), {QStringLiteral("tcp-server"), QStringLiteral("tcp-client")}, parent)
{
}

bool TcpTab::openCommand(const QString &command, const QStringList &arguments, QString *error)
{
    if (command == QLatin1String("tcp-server")) {
        const std::optional<TcpServerOptions> options = TcpServerCommand::parseOptions(arguments, error);
        if (!options)
            return false;
        showServer();
        serverPanel()->applyOptions(*options);
        serverPanel()->start();
        return true;
    }
    const std::optional<TcpClientOptions> options = TcpClientCommand::parseOptions(arguments, error);
    if (!options)
        return false;
    showClient();
    clientPanel()->applyOptions(*options);
    clientPanel()->connectToServer();
    return true;
}
