#include "FileServerCommand.h"

#include <QDir>

#include "FileServerCommandLine.h"
#include "TransferText.h"

FileServerCommand::FileServerCommand(ConsoleOutput *output, QObject *parent)
    : CliCommand(FileServerCommandLine::spec(), output, parent)
{
}

bool FileServerCommand::parse(const QStringList &arguments, QString *error)
{
    const std::optional<FileServerOptions> options = FileServerCommandLine::parse(arguments, error);
    if (!options)
        return false;
    m_options = *options;
    return true;
}

void FileServerCommand::start()
{
    connect(&m_server, &FileServer::started, this, &FileServerCommand::onStarted);
    connect(&m_server, &FileServer::startFailed, this, [this](const QString &reason) {
        out()->error(reason);
        finish(1);
    });
    connect(&m_server, &FileServer::trafficEvents, this, [this](const QList<TrafficEvent> &events) { out()->events(events); });
    connect(&m_server, &FileServer::transferStarted, this, [this](const TransferInfo &info) {
        out()->event(TrafficEvent::state(info.peer, TransferText::started(info)));
        out()->flush();
    });
    connect(&m_server, &FileServer::transferFinished, this, [this](const TransferInfo &info) {
        const QString text = TransferText::finished(info);
        out()->event(info.state == TransferInfo::State::Done ? TrafficEvent::state(info.peer, text)
                                                             : TrafficEvent::error(info.peer, text));
        out()->flush();
    });
    m_server.start(m_options);
}

void FileServerCommand::onStarted(quint16 downloadPort, quint16 uploadPort, quint16 protocolPort)
{
    out()->event(TrafficEvent::state({}, tr("Sharing %1; uploads go to %2.")
                                             .arg(QDir::toNativeSeparators(m_server.options().root),
                                                  QDir::toNativeSeparators(m_server.options().effectiveInbox()))));
    out()->event(TrafficEvent::state({}, tr("Listening: classic download on port %1, classic upload on port %2, SLFT/1 on port %3.")
                                             .arg(downloadPort).arg(uploadPort).arg(protocolPort)));
    const FileServerOptions options = m_server.options();
    if (options.showUploads && QDir(options.effectiveInbox()).canonicalPath() != QDir(options.root).canonicalPath())
        out()->event(TrafficEvent::state({}, tr("SLFT/1 clients see the uploads read-only in the folder uploads/.")));
    out()->flush();
}

void FileServerCommand::terminate()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_server.stop();   // partial uploads are deleted (classic) or kept in .socketlab-partial/ (SLFT/1)
    out()->event(TrafficEvent::state({}, tr("Stopped.")));
    finish(0);
}
