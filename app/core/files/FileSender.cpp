#include "FileSender.h"

#include <QDir>
#include <QIODevice>

#include "FileHandleCopy.h"
#include "Sha256.h"

FileSender::FileSender(QIODevice *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
{
}

bool FileSender::open(const QString &path, qint64 offset, qint64 length, QString *error)
{
    m_file.close();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered) || !m_file.seek(offset)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), m_file.errorString());
        return false;
    }
    m_length = length;
    m_queued = 0;
    m_written = 0;
    return true;
}

bool FileSender::open(const QFile &opened, const QString &path, qint64 offset, qint64 length, QString *error)
{
    m_file.close();
    m_file.setFileName(path);
    if (!FileHandleCopy::open(opened, &m_file, QIODevice::ReadOnly | QIODevice::Unbuffered) || !m_file.seek(offset)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), m_file.errorString());
        m_file.close();
        return false;
    }
    m_length = length;
    m_queued = 0;
    m_written = 0;
    return true;
}

void FileSender::setHash(Sha256 *hash)
{
    m_hash = hash;
}

void FileSender::start()
{
    m_running = true;
    m_baseline = m_socket->bytesToWrite();
    connect(m_socket, &QIODevice::bytesWritten, this, &FileSender::onBytesWritten, Qt::UniqueConnection);
    pump();
}

void FileSender::stop()
{
    m_running = false;
    disconnect(m_socket, &QIODevice::bytesWritten, this, &FileSender::onBytesWritten);
    m_file.close();
}

qint64 FileSender::written() const
{
    return m_written;
}

qint64 FileSender::length() const
{
    return m_length;
}

void FileSender::onBytesWritten(qint64 bytes)
{
    if (!m_running)
        return;
    const qint64 fromBaseline = qMin(bytes, m_baseline);
    m_baseline -= fromBaseline;
    m_written += bytes - fromBaseline;
    if (m_written > 0)
        emit progressed(m_written);
    if (m_written >= m_length && m_queued >= m_length) {
        stop();
        emit finished();
        return;
    }
    pump();
}

void FileSender::pump()
{
    if (!m_running)
        return;
    if (m_length == 0) {
        stop();
        emit finished();
        return;
    }
    while (m_queued < m_length && m_socket->bytesToWrite() < HighWaterBytes) {
        const qint64 want = qMin(ChunkBytes, m_length - m_queued);
        QByteArray chunk(want, Qt::Uninitialized);
        const qint64 n = m_file.read(chunk.data(), want);
        if (n <= 0) {
            stop();
            emit failed(tr("The file %1 became shorter while it was being sent.")
                            .arg(QDir::toNativeSeparators(m_file.fileName())));
            return;
        }
        chunk.truncate(n);
        if (m_hash)
            m_hash->addData(chunk);
        if (m_socket->write(chunk) != n) {
            stop();
            emit failed(m_socket->errorString());
            return;
        }
        m_queued += n;
    }
    if (m_queued >= m_length)
        m_file.close();
}
