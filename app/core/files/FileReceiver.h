#pragma once

#include <QByteArray>
#include <QString>

class PartialFile;
class Sha256;
class QIODevice;

// Moves received bytes from a socket into a PartialFile (and a hash), in bounded chunks,
// never more than `limit` bytes (the rest stays in the socket for the caller).
class FileReceiver
{
public:
    static constexpr qint64 ChunkBytes = 1024 * 1024;

    void begin(PartialFile *file, Sha256 *hash, qint64 limit);  // limit -1: no limit
    // Reads what the device has (up to the limit). false + reason on a write error.
    bool consume(QIODevice *device, QString *error);
    bool consume(const QByteArray &bytes, QString *error);  // bytes already read (leftovers)

    qint64 received() const;
    qint64 remaining() const;   // -1 without a limit
    bool isComplete() const;    // the limit is reached

private:
    PartialFile *m_file = nullptr;
    Sha256 *m_hash = nullptr;
    qint64 m_limit = -1;
    qint64 m_received = 0;
    QByteArray m_buffer;
};
