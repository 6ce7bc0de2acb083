#include "FileServer.h"

#include <QDir>
#include <QFileInfo>

#include "ClassicDownloadSession.h"
#include "ClassicUploadSession.h"
#include "Endpoint.h"
#include "SharedFolder.h"
#include "SlftProtocol.h"
#include "SlftSession.h"
#include "SocketErrorText.h"
#include "StreamSocket.h"
#include "TransferRequest.h"

FileServer::FileServer(QObject *parent)
    : QObject(parent)
    , m_downloadServer(this)
    , m_uploadServer(this)
    , m_protocolServer(this)
    , m_checksums(std::make_shared<ChecksumCache>())
    , m_batcher(this, [this](const QList<TrafficEvent> &events) { emit trafficEvents(events); })
    , m_progressTimer(this)
{
    // Members are parented so that moveToThread() takes them along.
    registerMetaTypes();
    m_progressTimer.setInterval(50);
    connect(&m_progressTimer, &QTimer::timeout, this, &FileServer::emitProgress);
    connect(&m_downloadServer, &StreamListener::descriptorAccepted, this,
            [this](qintptr descriptor) { onDescriptor(descriptor, Kind::ClassicDownload); });
    connect(&m_uploadServer, &StreamListener::descriptorAccepted, this,
            [this](qintptr descriptor) { onDescriptor(descriptor, Kind::ClassicUpload); });
    connect(&m_protocolServer, &StreamListener::descriptorAccepted, this,
            [this](qintptr descriptor) { onDescriptor(descriptor, Kind::Slft); });
}

FileServer::~FileServer()
{
    // Sessions are children; make sure partial files are released before they go.
    const QList<FileServerSession *> sessions = m_sessions;
    for (FileServerSession *session : sessions) {
        session->disconnect(this);
        session->abort(tr("The server was stopped."));
    }
}

void FileServer::registerMetaTypes()
{
    qRegisterMetaType<FileServerOptions>();
    qRegisterMetaType<TransferInfo>();
    qRegisterMetaType<QList<TransferInfo>>();
    qRegisterMetaType<TransferRequest>();
    qRegisterMetaType<TrafficEvent>();
    qRegisterMetaType<QList<TrafficEvent>>();
    qRegisterMetaType<RemoteEntry>();
    qRegisterMetaType<QList<RemoteEntry>>();
}

bool FileServer::isRunning() const
{
    return m_running;
}

FileServerOptions FileServer::options() const
{
    return m_options;
}

quint16 FileServer::downloadPort() const
{
    return m_downloadServer.isListening() ? m_downloadServer.serverPort() : 0;
}

quint16 FileServer::uploadPort() const
{
    return m_uploadServer.isListening() ? m_uploadServer.serverPort() : 0;
}

quint16 FileServer::protocolPort() const
{
    return m_protocolServer.isListening() ? m_protocolServer.serverPort() : 0;
}

int FileServer::connectionCount() const
{
    return int(m_sessions.size());
}

ChecksumCache::Statistics FileServer::checksumCacheStatistics() const
{
    return m_checksums->statistics();
}

bool FileServer::listen(QTcpServer &server, quint16 port, QString *error)
{
    if (server.listen(m_options.bindAddress, port))
        return true;
    *error = SocketErrorText::bindFailed(server.serverError(), false, Endpoint::hostText(m_options.bindAddress), port,
                                         server.errorString());
    return false;
}

void FileServer::start(const FileServerOptions &options)
{
    if (m_running)
        stop();
    m_options = options;
    m_checksums->setCapacity(options.checksumCacheEntries);
    const SharedFolder folder(options.root);
    if (options.root.isEmpty() || !folder.isValid()) {
        emit startFailed(tr("The shared folder “%1” does not exist or is not a folder.")
                             .arg(QDir::toNativeSeparators(options.root)));
        return;
    }
    m_options.root = folder.root();
    const QFileInfo inbox(m_options.effectiveInbox());
    if (m_options.classicUpload || m_options.slft) {
        if (!inbox.isDir() || !inbox.isWritable()) {
            emit startFailed(tr("Uploads cannot be saved in “%1”: it is not a writable folder.")
                                 .arg(QDir::toNativeSeparators(m_options.effectiveInbox())));
            return;
        }
        if (!m_options.inbox.isEmpty())
            m_options.inbox = inbox.canonicalFilePath();
    }
    QString error;
    const bool ok = (!m_options.classicDownload || listen(m_downloadServer, m_options.downloadPort, &error))
        && (!m_options.classicUpload || listen(m_uploadServer, m_options.uploadPort, &error))
        && (!m_options.slft || listen(m_protocolServer, m_options.protocolPort, &error));
    if (!ok) {
        m_downloadServer.close();
        m_uploadServer.close();
        m_protocolServer.close();
        emit startFailed(error);
        return;
    }
    m_running = true;
    emit started(downloadPort(), uploadPort(), protocolPort());
}

void FileServer::stop()
{
    const bool wasRunning = m_running;
    m_running = false;
    m_downloadServer.close();
    m_uploadServer.close();
    m_protocolServer.close();
    const QList<FileServerSession *> sessions = m_sessions;
    for (FileServerSession *session : sessions)
        session->abort(tr("The server was stopped."));
    emitProgress();
    m_progressTimer.stop();
    m_batcher.flush();
    if (wasRunning)
        emit stopped();
}

void FileServer::onDescriptor(qintptr descriptor, Kind kind)
{
    auto *socket = new StreamSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;   // gone before we got to it; setSocketDescriptor() closed the descriptor
        return;
    }
    if (!m_running || m_sessions.size() >= m_options.maxConnections) {
        m_batcher.add(TrafficEvent::error(Endpoint::format(socket->peerAddress(), socket->peerPort()),
                                          tr("Too many connections (%1); this one was closed.").arg(m_options.maxConnections)));
        if (kind == Kind::Slft)
            socket->write(SlftProtocol::errorLine(SlftProtocol::Unavailable));
        connect(socket, &StreamSocket::disconnected, socket, &QObject::deleteLater);
        socket->disconnectFromHost();
        return;
    }
    FileServerSession *session = nullptr;
    switch (kind) {
    case Kind::ClassicDownload:
        session = new ClassicDownloadSession(socket, m_options, this);
        break;
    case Kind::ClassicUpload:
        session = new ClassicUploadSession(socket, m_options, this);
        break;
    case Kind::Slft:
        session = new SlftSession(socket, m_options, m_checksums, this);
        break;
    }
    m_sessions.append(session);
    connect(session, &FileServerSession::event, this, [this](const TrafficEvent &e) { m_batcher.add(e); });
    connect(session, &FileServerSession::transferStarted, this, [this](const TransferInfo &info) {
        m_reported.insert(info.id, info.bytesDone);
        if (!m_progressTimer.isActive())
            m_progressTimer.start();
        emit transferStarted(info);
    });
    connect(session, &FileServerSession::transferFinished, this, [this](const TransferInfo &info) {
        m_reported.remove(info.id);
        emit transferFinished(info);
    });
    connect(session, &FileServerSession::closed, this, &FileServer::onSessionClosed);
    session->begin();
}

void FileServer::onSessionClosed(FileServerSession *session)
{
    m_sessions.removeOne(session);
    session->deleteLater();
}

void FileServer::emitProgress()
{
    QList<TransferInfo> changed;
    for (const FileServerSession *session : std::as_const(m_sessions)) {
        if (!session->hasRunningTransfer())
            continue;
        const TransferInfo info = session->info();
        auto it = m_reported.find(info.id);
        if (it != m_reported.end() && it.value() == info.bytesDone)
            continue;
        m_reported.insert(info.id, info.bytesDone);
        changed.append(info);
    }
    if (!changed.isEmpty())
        emit transferProgress(changed);
    if (m_reported.isEmpty())
        m_progressTimer.stop();
}
