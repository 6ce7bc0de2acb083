#include "PutCommand.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include "Endpoint.h"

PutCommand::PutCommand(ConsoleOutput *output, QObject *parent)
    : TransferCommand(output, parent)
{
}

std::optional<TransferRequest> PutCommand::parseOptions(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("classic"), tr("Use the seed's <SEPARATOR> protocol.")));
    parser.addOption(QCommandLineOption(QStringLiteral("name"), tr("Name announced to the server."), QStringLiteral("name")));
    if (!parser.parse(QStringList{QStringLiteral("socketlab put")} + arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        *error = tr("put needs the server and the file: socketlab put HOST:PORT FILE.");
        return std::nullopt;
    }
    const std::optional<Endpoint> endpoint = Endpoint::parse(positional.at(0), error);
    if (!endpoint)
        return std::nullopt;
    const QFileInfo file(positional.at(1));
    if (!file.isFile() || !file.isReadable()) {
        *error = tr("“%1” is not a readable file.").arg(positional.at(1));
        return std::nullopt;
    }
    TransferRequest request;
    request.direction = TransferInfo::Direction::Upload;
    request.protocol = parser.isSet(QStringLiteral("classic")) ? TransferInfo::Protocol::Classic
                                                               : TransferInfo::Protocol::Slft;
    request.host = endpoint->host;
    request.port = endpoint->port;
    request.localPath = file.absoluteFilePath();
    request.remoteName = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name")) : file.fileName();
    return request;
}

QString PutCommand::usageText()
{
    return tr("Usage: socketlab put HOST:PORT FILE [--classic] [--name NAME]\n"
              "Uploads FILE to a file server.\n"
              "\n"
              "  --classic    the seed's protocol (upload_server.py, port 12800): “NAME<SEPARATOR>SIZE”, wait for\n"
              "               the answer, send the bytes, then wait for the server to close the connection\n"
              "  --name NAME  the name announced to the server (default: FILE's own name)\n"
              "Without --classic, SocketLab's protocol SLFT/1 (port 7891): an interrupted upload resumes where it\n"
              "stopped, and the server confirms the SHA-256 of the whole file.\n"
              "\n"
              "Exit status: 0 when the upload is confirmed (SLFT/1: the server checked the size and the SHA-256;\n"
              "--classic: every byte was sent and the server then closed the connection cleanly, which is all\n"
              "that protocol can tell; a reset means the server did not keep the file), 1 otherwise, 2 on bad\n"
              "arguments.");
}

bool PutCommand::parse(const QStringList &arguments, QString *error)
{
    const std::optional<TransferRequest> request = parseOptions(arguments, error);
    if (!request)
        return false;
    m_request = *request;
    return true;
}

QString PutCommand::usage() const
{
    return usageText();
}
