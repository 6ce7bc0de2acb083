#include "FileReceiver.h"

#include <QIODevice>

#include "PartialFile.h"
#include "Sha256.h"

void FileReceiver::begin(PartialFile *file, Sha256 *hash, qint64 limit)
{
    m_file = file;
    m_hash = hash;
    m_limit = limit;
    m_received = 0;
}

bool FileReceiver::consume(QIODevice *device, QString *error)
{
    if (m_buffer.size() != ChunkBytes)
        m_buffer.resize(ChunkBytes);
    for (;;) {
        qint64 want = ChunkBytes;
        if (m_limit >= 0)
            want = qMin(want, m_limit - m_received);
        if (want <= 0)
            return true;
        const qint64 n = device->read(m_buffer.data(), want);
        if (n <= 0)
            return true;
        if (m_hash)
            m_hash->addData(QByteArrayView(m_buffer.constData(), n));
        if (!m_file->write(m_buffer.constData(), n, error))
            return false;
        m_received += n;
    }
}

bool FileReceiver::consume(const QByteArray &bytes, QString *error)
{
    if (bytes.isEmpty())
        return true;
    if (m_hash)
        m_hash->addData(bytes);
    if (!m_file->write(bytes.constData(), bytes.size(), error))
        return false;
    m_received += bytes.size();
    return true;
}

qint64 FileReceiver::received() const
{
    return m_received;
}

qint64 FileReceiver::remaining() const
{
    return m_limit < 0 ? -1 : m_limit - m_received;
}

bool FileReceiver::isComplete() const
{
    return m_limit >= 0 && m_received >= m_limit;
}
