#pragma once

#include <QFile>

#include <memory>
#include <optional>

#include "FileIdentity.h"
#include "FileReceiver.h"
#include "PartialFile.h"
#include "FileServerSession.h"
#include "Sha256.h"
#include "SharedFolder.h"
#include "SlftProtocol.h"

class ChecksumCache;
class FileSender;
class PrefixHasher;

// Serves SocketLab's own protocol (SLFT/1, specified in docs/slft.md) on one connection:
// LIST, GET with a resume offset, PUT with resume; SHA-256 of the whole file after every
// transfer. Requests may follow each other on the same connection; an error closes it.
// A GET of a file whose SHA-256 is in the server's ChecksumCache (same path, size, times and
// inode as when it was hashed) is only read and sent; otherwise it is hashed while it is sent
// (after its prefix, for a resume) and the digest is remembered. If the file changed while it
// was being sent, the END line is replaced by error 422 and nothing is remembered.
class SlftSession final : public FileServerSession
{
    Q_OBJECT

public:
    // `checksums` may be null (no cache).
    SlftSession(StreamSocket *socket, const FileServerOptions &options, std::shared_ptr<ChecksumCache> checksums,
                QObject *parent = nullptr);

    void begin() override;

protected:
    void onHeaderTimeout() override;
    void releaseFiles() override;
    void onInputFinished() override;
    bool waitsForPeer() const override;

private:
    enum class Stage { Request, Hashing, Sending, Receiving, WaitEnd, Done };

    void onReadyRead();
    void onPeerClosed();
    void endOfInput();
    void handleRequest(const QByteArray &line);
    void handleList(const QString &path);
    void handleGet(const QString &path, qint64 offset);
    void handlePut(const QString &name, qint64 size);
    void sendData();
    void finishGet();
    void receiveData();
    void handleEnd(const QByteArray &line);
    void nextRequest();
    void failWith(int code, const QString &detail);

    SharedFolder m_folder;
    std::shared_ptr<ChecksumCache> m_checksums;
    Stage m_stage = Stage::Request;
    Sha256 m_hash;
    PrefixHasher *m_hasher;
    FileSender *m_sender;
    PartialFile m_file;
    FileReceiver m_receiver;
    QString m_path;       // GET: the file served; PUT: the final name asked for
    qint64 m_size = 0;
    qint64 m_offset = 0;
    FileIdentity m_identity;                  // GET: the version of the file being served
    std::unique_ptr<QFile> m_source;          // GET: that file, opened (read only through it)
    std::optional<QByteArray> m_knownDigest;  // GET: its SHA-256 from the cache
    qint64 m_getStartedNs = 0;                // GET: wall clock when the request was handled
};
