#pragma once

#include <QByteArray>
#include <QFile>
#include <QObject>

class Sha256;
class QIODevice;

// Streams part of a file into a socket with back-pressure: new chunks are queued only while
// the socket holds less than a high-water mark, and the next ones follow its bytesWritten
// signal. Memory stays flat whatever the file size. Optionally feeds a hash on the way.
class FileSender final : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 ChunkBytes = 1024 * 1024;
    static constexpr qint64 HighWaterBytes = 4 * 1024 * 1024;

    explicit FileSender(QIODevice *socket, QObject *parent = nullptr);

    bool open(const QString &path, qint64 offset, qint64 length, QString *error);
    // The same for a file already opened (SharedFolder::openFile): reads through a duplicate of
    // its descriptor, never by name; `path` is only for messages.
    bool open(const QFile &opened, const QString &path, qint64 offset, qint64 length, QString *error);
    void setHash(Sha256 *hash);   // not owned; fed with every byte sent
    void start();
    void stop();

    qint64 written() const;   // bytes the socket has handed to the system
    qint64 length() const;

signals:
    void progressed(qint64 written);
    void finished();          // every byte is written
    void failed(const QString &reason);

private:
    void pump();
    void onBytesWritten(qint64 bytes);

    QIODevice *m_socket;   // a QTcpSocket (clients) or a StreamSocket (the server)
    QFile m_file;
    Sha256 *m_hash = nullptr;
    qint64 m_length = 0;
    qint64 m_queued = 0;
    qint64 m_written = 0;
    qint64 m_baseline = 0;    // bytes already waiting in the socket when start() was called
    bool m_running = false;
};
