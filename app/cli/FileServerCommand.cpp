#include "FileServerCommand.h"

#include <QDir>

#include "FileServerCommandLine.h"
#include "TransferEvents.h"
#include "TransferText.h"

FileServerCommand::FileServerCommand(ConsoleOutput *output, QObject *parent)
    : CliCommand(FileServerCommandLine::spec(), output, parent)
    , m_events(output)
{
}

bool FileServerCommand::parse(const QStringList &arguments, QString *error)
{
    const std::optional<FileServerOptions> options = FileServerCommandLine::parse(arguments, error, &m_eventsSettings);
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
        m_events.close();
        finish(1);
    });
    connect(&m_server, &FileServer::trafficEvents, this, [this](const QList<TrafficEvent> &events) { report(events); });
    connect(&m_server, &FileServer::transferStarted, this, [this](const TransferInfo &info) {
        report({TransferEvents::started(info)});
        out()->flush();
    });
    connect(&m_server, &FileServer::transferFinished, this, [this](const TransferInfo &info) {
        report(TransferEvents::finished(info, TransferEvents::Side::Server));
        out()->flush();
    });
    if (!m_events.open(m_eventsSettings, QStringLiteral("file-server"))) {
        finish(2);
        return;
    }
    m_server.start(m_options);
}

void FileServerCommand::onStarted(quint16 downloadPort, quint16 uploadPort, quint16 protocolPort)
{
    QList<TrafficEvent> events;
    events.append(TrafficEvent::state({}, tr("Sharing %1; uploads go to %2.")
                                             .arg(QDir::toNativeSeparators(m_server.options().root),
                                                  QDir::toNativeSeparators(m_server.options().effectiveInbox()))));
    events.append(TrafficEvent::state({}, tr("Listening: classic download on port %1, classic upload on port %2, SLFT/1 on port %3.")
                                             .arg(downloadPort).arg(uploadPort).arg(protocolPort)));
    const FileServerOptions options = m_server.options();
    if (options.showUploads && QDir(options.effectiveInbox()).canonicalPath() != QDir(options.root).canonicalPath())
        events.append(TrafficEvent::state({}, tr("SLFT/1 clients see the uploads read-only in the folder uploads/.")));
    report(events);
    out()->flush();
}

void FileServerCommand::terminate()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_server.stop();   // partial uploads are deleted (classic) or kept in .socketlab-partial/ (SLFT/1)
    report({TrafficEvent::state({}, tr("Stopped."))});
    m_events.close();
    finish(0);
}

void FileServerCommand::report(const QList<TrafficEvent> &events)
{
    out()->events(events);
    m_events.write(events);
}
