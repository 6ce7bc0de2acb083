#include "ReceiveRecorder.h"

#include <QDir>
#include <QFileInfo>

ReceiveRecorder::ReceiveRecorder(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QTime::currentTime(); })
    , m_flush(FlushIntervalMs, this)
{
    qRegisterMetaType<ReceiveRecorder::Result>();
    qRegisterMetaType<ReceiveRecorder::Format>();
    connect(&m_flush, &ChangeCoalescer::due, this, &ReceiveRecorder::flushToDisk);
}

ReceiveRecorder::~ReceiveRecorder()
{
    if (isRecording()) {
        const QSignalBlocker quiet(this);   // nobody to tell any more: only complete the file
        finish(End::Stopped);
    }
}

bool ReceiveRecorder::isRecording() const
{
    return m_file != nullptr;
}

QString ReceiveRecorder::path() const
{
    return m_path;
}

QString ReceiveRecorder::peer() const
{
    return m_peer;
}

qint64 ReceiveRecorder::received() const
{
    return m_received;
}

qint64 ReceiveRecorder::written() const
{
    return m_written;
}

void ReceiveRecorder::setEndsWithSource(bool ends)
{
    m_endsWithSource = ends;
}

void ReceiveRecorder::setClock(std::function<QTime()> clock)
{
    m_clock = std::move(clock);
}

QByteArray ReceiveRecorder::hexLine(const QTime &time, const QString &peer, const QByteArray &bytes)
{
    QByteArray line;
    line.reserve(14 + peer.size() + bytes.size() * 3 + 1);
    line += time.toString(QStringLiteral("hh:mm:ss.zzz")).toLatin1();
    line += ' ';
    line += peer.toUtf8();
    if (!bytes.isEmpty()) {
        line += ' ';
        line += bytes.toHex(' ');
    }
    line += '\n';
    return line;
}

std::optional<QString> ReceiveRecorder::unusablePath(const QString &path)
{
    if (path.trimmed().isEmpty())
        return tr("No file name was given to save the received bytes into.");
    const QFileInfo info(path);
    if (info.isDir())
        return tr("“%1” is a folder: give the name of a file to save the received bytes into.").arg(path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists())
        return tr("The folder “%1” does not exist, so “%2” cannot be created.")
            .arg(QDir::toNativeSeparators(folder.filePath()), path);
    if (!folder.isDir())
        return tr("“%1” is not a folder, so “%2” cannot be created.").arg(QDir::toNativeSeparators(folder.filePath()), path);
    if (info.exists() ? !info.isWritable() : !folder.isWritable())
        return tr("“%1” cannot be written: permission denied.").arg(path);
    return std::nullopt;
}

bool ReceiveRecorder::start(const QString &path, Format format, const QString &peer, QString *error)
{
    if (isRecording())
        finish(End::Stopped);
    auto file = std::make_unique<QFile>(path);
    // Unbuffered: the recorder keeps its own buffer, and what it writes is in the file at once.
    if (path.trimmed().isEmpty() || !file->open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        const QString reason = path.trimmed().isEmpty()
            ? tr("No file name was given to save the received bytes into.")
            : tr("Cannot save the received bytes to “%1”: %2").arg(path, file->errorString());
        if (error)
            *error = reason;
        emit startFailed(reason);
        return false;
    }
    m_file = std::move(file);
    m_format = format;
    m_path = path;
    m_peer = peer;
    m_buffer.clear();
    m_received = 0;
    m_written = 0;
    emit started(path);
    return true;
}

void ReceiveRecorder::record(const QString &peer, const QByteArray &bytes)
{
    if (!m_file || (!m_peer.isEmpty() && peer != m_peer))
        return;
    if (m_format == Format::Raw) {
        if (bytes.isEmpty())
            return;
        m_buffer += bytes;
    } else {
        m_buffer += hexLine(m_clock(), peer, bytes);
    }
    m_received += bytes.size();
    if (m_buffer.size() >= BufferLimit)
        writeBuffer();
    if (m_file)   // a failed write has ended the recording
        m_flush.markDirty();
}

void ReceiveRecorder::peerClosed(const QString &peer)
{
    if (m_file && !m_peer.isEmpty() && peer == m_peer)
        finish(End::PeerClosed);
}

void ReceiveRecorder::sourceStopped()
{
    if (!m_file)
        return;
    if (m_endsWithSource)
        finish(End::SourceStopped);
    else
        flushToDisk();
}

void ReceiveRecorder::stop()
{
    if (m_file)
        finish(End::Stopped);
}

void ReceiveRecorder::writeBuffer()
{
    if (!m_file || m_buffer.isEmpty())
        return;
    const qint64 n = m_file->write(m_buffer);
    if (n > 0)
        m_written += n;
    if (n != m_buffer.size()) {
        const QString reason = m_file->errorString();
        m_buffer.clear();
        finish(End::WriteFailed, reason);
        return;
    }
    m_buffer.clear();
}

void ReceiveRecorder::flushToDisk()
{
    if (!m_file)
        return;
    writeBuffer();
    if (m_file)
        emit progress(m_received, m_written);
}

void ReceiveRecorder::finish(End end, const QString &error)
{
    if (!m_file)
        return;
    if (end != End::WriteFailed) {
        writeBuffer();   // a failure here calls finish(WriteFailed) and ends the recording
        if (!m_file)
            return;
    }
    m_flush.flush();     // nothing more to flush: forget what was marked
    std::unique_ptr<QFile> file = std::move(m_file);
    file->close();
    m_buffer.clear();
    m_buffer.squeeze();
    Result result;
    result.end = end;
    result.path = m_path;
    result.peer = m_peer;
    result.format = m_format;
    result.received = m_received;
    result.written = m_written;
    result.error = error;
    emit finished(result);
}
