#include "PutCommandLine.h"

#include <QFileInfo>

#include "CommandLineReader.h"
#include "Endpoint.h"

namespace {
const QString kClassic = QStringLiteral("classic");
const QString kName = QStringLiteral("name");
} // namespace

const CommandSpec &PutCommandLine::spec()
{
    static const CommandSpec table = makeSpec();
    return table;
}

CommandSpec PutCommandLine::makeSpec()
{
    CommandSpec spec(QStringLiteral("put"), "PutCommandLine");
    spec.setArguments(QStringLiteral("HOST:PORT FILE"));
    spec.setTitle(QT_TR_NOOP("Uploads a file to a file server."));
    spec.setDescription(QT_TR_NOOP("Without --classic, SocketLab's protocol SLFT/1 (port 7891): an interrupted upload "
                                   "resumes where it stopped, and the server confirms the SHA-256 of the whole file."));
    spec.addFlag(kClassic, QT_TR_NOOP("Use the seed's protocol (upload_server.py, port 12800): “NAME<SEPARATOR>SIZE”, "
                                      "wait for the answer, send the bytes, then wait for the server to close the "
                                      "connection."));
    spec.addValue(kName, QStringLiteral("NAME"), QT_TR_NOOP("The name announced to the server."))
        .withDefaultText(QT_TR_NOOP("FILE's own name"));
    spec.add(EventsSettings::eventsOption());
    spec.setExitStatus(QT_TR_NOOP("Exit status: 0 when the upload is confirmed (SLFT/1: the server checked the size and "
                                  "the SHA-256; --classic: every byte was sent and the server then closed the "
                                  "connection cleanly, which is all that protocol can tell; a reset means the server "
                                  "did not keep the file), 1 otherwise, 2 on bad arguments."));
    return spec;
}

std::optional<TransferRequest> PutCommandLine::parse(const QStringList &arguments, QString *error,
                                                     EventsSettings *events)
{
    CommandLineReader reader(spec());
    if (!reader.parse(arguments, error))
        return std::nullopt;
    if (!EventsSettings::read(reader, events, error))
        return std::nullopt;
    const QStringList positional = reader.positionalArguments();
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
    request.protocol = reader.isSet(kClassic) ? TransferInfo::Protocol::Classic : TransferInfo::Protocol::Slft;
    request.host = endpoint->host;
    request.port = endpoint->port;
    request.localPath = file.absoluteFilePath();
    request.remoteName = reader.isSet(kName) ? reader.value(kName) : file.fileName();
    return request;
}
