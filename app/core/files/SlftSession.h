#pragma once

#include "FileReceiver.h"
#include "PartialFile.h"
#include "ServerSession.h"
#include "Sha256.h"
#include "SharedFolder.h"
#include "SlftProtocol.h"

class FileSender;
class PrefixHasher;

// Serves SocketLab's own protocol (SLFT/1, notes/file_protocol.md) on one connection:
// LIST, GET with a resume offset, PUT with resume; SHA-256 of the whole file after every
// transfer. Requests may follow each other on the same connection; an error closes it.
class SlftSession final : public ServerSession
{
    Q_OBJECT

public:
    SlftSession(QTcpSocket *socket, const FileServerOptions &options, QObject *parent = nullptr);

    void begin() override;

protected:
    void onHeaderTimeout() override;
    void releaseFiles() override;

private:
    enum class Stage { Request, Hashing, Sending, Receiving, WaitEnd, Done };

    void onReadyRead();
    void onPeerClosed();
    void handleRequest(const QByteArray &line);
    void handleList(const QString &path);
    void handleGet(const QString &path, qint64 offset);
    void handlePut(const QString &name, qint64 size);
    void sendData();
    void receiveData();
    void handleEnd(const QByteArray &line);
    void nextRequest();
    void failWith(int code, const QString &detail);
    int codeForUnresolved(const QString &name) const;

    SharedFolder m_folder;
    Stage m_stage = Stage::Request;
    Sha256 m_hash;
    PrefixHasher *m_hasher;
    FileSender *m_sender;
    PartialFile m_file;
    FileReceiver m_receiver;
    QString m_path;       // GET: the file served; PUT: the final name asked for
    qint64 m_size = 0;
    qint64 m_offset = 0;
};
