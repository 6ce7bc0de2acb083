#include "GetCommandLine.h"

#include <QDir>

#include "CommandLineReader.h"
#include "Endpoint.h"

namespace {
const QString kOut = QStringLiteral("out");
const QString kClassic = QStringLiteral("classic");
} // namespace

const CommandSpec &GetCommandLine::spec()
{
    static const CommandSpec table = makeSpec();
    return table;
}

CommandSpec GetCommandLine::makeSpec()
{
    CommandSpec spec(QStringLiteral("get"), "GetCommandLine");
    spec.setArguments(QStringLiteral("HOST:PORT NAME"));
    spec.setTitle(QT_TR_NOOP("Downloads a file from a file server."));
    spec.setDescription(QT_TR_NOOP("NAME is saved under its plain name into the folder given with --out; an existing "
                                   "file is never overwritten (“ (1)” is added).\n\n"
                                   "Without --classic, SocketLab's protocol SLFT/1 (port 7891): an interrupted "
                                   "download is kept as “NAME.part” and resumed by the next get; the SHA-256 of the "
                                   "whole file is checked."));
    spec.addValue(kOut, QStringLiteral("DIR"), QT_TR_NOOP("Folder to save into."))
        .withDefault(QStringLiteral("."))
        .withDefaultText(QT_TR_NOOP("the current folder"));
    spec.addFlag(kClassic, QT_TR_NOOP("Use the seed's protocol (download_server.py, port 7890): no resume, no checksum; "
                                      "only exactly the announced size counts as success."));
    spec.add(EventsSettings::eventsOption());
    spec.setExitStatus(QT_TR_NOOP("Exit status: 0 for a complete (and verified) file, 1 otherwise, 2 on bad arguments."));
    return spec;
}

std::optional<TransferRequest> GetCommandLine::parse(const QStringList &arguments, QString *error,
                                                     EventsSettings *events)
{
    CommandLineReader reader(spec());
    if (!reader.parse(arguments, error))
        return std::nullopt;
    if (!EventsSettings::read(reader, events, error))
        return std::nullopt;
    const QStringList positional = reader.positionalArguments();
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
    request.protocol = reader.isSet(kClassic) ? TransferInfo::Protocol::Classic : TransferInfo::Protocol::Slft;
    request.host = endpoint->host;
    request.port = endpoint->port;
    request.remoteName = positional.at(1);
    request.localPath = QDir(reader.value(kOut)).absolutePath();
    return request;
}
