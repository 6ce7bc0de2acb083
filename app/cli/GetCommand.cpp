#include "GetCommand.h"

#include <QCommandLineParser>
#include <QDir>

#include "Endpoint.h"

GetCommand::GetCommand(ConsoleOutput *output, QObject *parent)
    : TransferCommand(output, parent)
{
}

std::optional<TransferRequest> GetCommand::parseOptions(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("out"), tr("Folder to save into."), QStringLiteral("dir"), QStringLiteral(".")));
    parser.addOption(QCommandLineOption(QStringLiteral("classic"), tr("Use the seed's <SEPARATOR> protocol.")));
    if (!parser.parse(QStringList{QStringLiteral("socketlab get")} + arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        *error = tr("get needs the server and the file name: socketlab get HOST:PORT NAME.");
        return std::nullopt;
    }
    const std::optional<Endpoint> endpoint = Endpoint::parse(positional.at(0), error);
    if (!endpoint)
        return std::nullopt;
    if (positional.at(1).isEmpty()) {
        *error = tr("The file name is empty.");
        return std::nullopt;
    }
    TransferRequest request;
    request.direction = TransferInfo::Direction::Download;
    request.protocol = parser.isSet(QStringLiteral("classic")) ? TransferInfo::Protocol::Classic
                                                               : TransferInfo::Protocol::Slft;
    request.host = endpoint->host;
    request.port = endpoint->port;
    request.remoteName = positional.at(1);
    request.localPath = QDir(parser.value(QStringLiteral("out"))).absolutePath();
    return request;
}

QString GetCommand::usageText()
{
    return tr("Usage: socketlab get HOST:PORT NAME [--out DIR] [--classic]\n"
              "Downloads NAME from a file server into DIR (default: the current folder), under its plain name;\n"
              "an existing file is never overwritten (“ (1)” is added).\n"
              "\n"
              "  --out DIR    folder to save into\n"
              "  --classic    the seed's protocol (download_server.py, port 7890): no resume, no checksum;\n"
              "               only exactly the announced size counts as success\n"
              "Without --classic, SocketLab's protocol SLFT/1 (port 7891): an interrupted download is kept as\n"
              "“NAME.part” and resumed by the next get; the SHA-256 of the whole file is checked.\n"
              "\n"
              "Exit status: 0 for a complete (and verified) file, 1 otherwise, 2 on bad arguments.");
}

bool GetCommand::parse(const QStringList &arguments, QString *error)
{
    const std::optional<TransferRequest> request = parseOptions(arguments, error);
    if (!request)
        return false;
    m_request = *request;
    return true;
}

QString GetCommand::usage() const
{
    return usageText();
}
