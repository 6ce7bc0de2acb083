#include "PartialFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSet>

#include "ReopenPath.h"
#include "SafeFileName.h"

namespace {
// Temporary files in use by a transfer of this process (two uploads of the same name must not
// append to one file).
QMutex g_lockMutex;
QSet<QString> g_locked;
} // namespace

PartialFile::~PartialFile()
{
    discard();
}

QString PartialFile::partSuffix()
{
    return QStringLiteral(".part");
}

bool PartialFile::lock(const QString &key)
{
    QMutexLocker locker(&g_lockMutex);
    if (g_locked.contains(key))
        return false;
    g_locked.insert(key);
    m_lockKey = key;
    m_locked = true;
    return true;
}

void PartialFile::unlock()
{
    if (!m_locked)
        return;
    QMutexLocker locker(&g_lockMutex);
    g_locked.remove(m_lockKey);
    m_lockKey.clear();
    m_locked = false;
}

QString PartialFile::shownName() const
{
    // An upload's partial has a hashed name in a hidden folder: messages (which also reach the
    // peer) name the upload instead.
    return m_state ? m_displayName : QDir::toNativeSeparators(m_file.fileName());
}

static QString folderError(const QString &dir)
{
    const QFileInfo info(dir);
    if (!info.exists())
        return PartialFile::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(dir));
    if (!info.isDir())
        return PartialFile::tr("%1 is not a folder.").arg(QDir::toNativeSeparators(dir));
    return PartialFile::tr("Cannot write into the folder %1 (permission denied or disk full).").arg(QDir::toNativeSeparators(dir));
}

bool PartialFile::openFresh(const QString &dir, const QString &name, QString *error)
{
    m_state.reset();
    m_dir = dir;
    for (int n = 0; n < 10000; ++n) {
        const QString candidate = n == 0
            ? QStringLiteral("%1/%2%3").arg(dir, name, partSuffix())
            : dir + QLatin1Char('/') + name + QLatin1Char('.') + QString::number(n) + partSuffix();
        if (QFileInfo::exists(candidate) || !lock(candidate))
            continue;
        m_file.setFileName(candidate);
        if (m_file.open(QIODevice::ReadWrite | QIODevice::NewOnly | QIODevice::Unbuffered)) {
            m_size = 0;
            return true;
        }
        unlock();
        if (QFileInfo::exists(candidate))
            continue;   // created by someone else in between
        break;
    }
    if (error)
        *error = folderError(dir);
    return false;
}

bool PartialFile::openResumable(const QString &dir, const QString &partName, QString *error)
{
    m_state.reset();
    m_dir = dir;
    const QString path = dir + QLatin1Char('/') + partName;
    if (!lock(path)) {
        if (error)
            *error = tr("Another transfer is writing %1 right now.").arg(partName);
        return false;
    }
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Unbuffered)) {
        unlock();
        if (error)
            *error = folderError(dir);
        return false;
    }
    m_size = m_file.size();
    return true;
}

bool PartialFile::openUpload(const QString &inbox, const QString &name, qint64 size, QString *error, bool *busy)
{
    if (busy)
        *busy = false;
    m_state = std::make_unique<UploadStateFolder>();
    m_displayName = name;
    m_dir = inbox;
    if (!m_state->open(inbox, error)) {
        m_state.reset();
        return false;
    }
    if (!lock(m_state->path() + QLatin1Char('/') + UploadStateFolder::slotFor(name, size))) {
        if (busy)
            *busy = true;
        if (error)
            *error = tr("Another transfer is writing %1 right now.").arg(name);
        m_state.reset();
        return false;
    }
    const std::optional<UploadStateFolder::Partial> partial = m_state->openResumable(name, size, error);
    if (!partial || !adopt(*partial, error)) {
        unlock();
        m_state.reset();
        return false;
    }
    return true;
}

bool PartialFile::openUploadTemporary(const QString &inbox, const QString &name, QString *error)
{
    m_state = std::make_unique<UploadStateFolder>();
    m_displayName = name;
    m_dir = inbox;
    if (!m_state->open(inbox, error)) {
        m_state.reset();
        return false;
    }
    const std::optional<UploadStateFolder::Partial> partial = m_state->createTemporary(error);
    if (!partial || !adopt(*partial, error)) {
        m_state.reset();
        return false;
    }
    return true;
}

bool PartialFile::adopt(const UploadStateFolder::Partial &partial, QString *error)
{
    m_partial = partial;
    if (!UploadStateFolder::openFile(partial, &m_file) || !m_file.seek(m_file.size())) {
        if (error)
            *error = tr("Writing %1 failed: %2").arg(m_displayName, m_file.errorString());
        m_file.close();
        return false;
    }
    m_size = m_file.size();
    return true;
}

bool PartialFile::isOpen() const
{
    return m_file.isOpen();
}

qint64 PartialFile::size() const
{
    return m_size;
}

QString PartialFile::partPath() const
{
    return m_state ? m_partial.path : m_file.fileName();
}

QString PartialFile::readPath() const
{
    // The descriptor itself where the system has a name for it: whatever happens to the
    // file's name, that opens the same file.
    const QString reopen = ReopenPath::of(m_file);
    return reopen.isEmpty() ? partPath() : reopen;
}

QString PartialFile::finalPath() const
{
    return m_finalPath;
}

bool PartialFile::write(const char *data, qint64 length, QString *error)
{
    qint64 done = 0;
    while (done < length) {
        const qint64 n = m_file.write(data + done, length - done);
        if (n <= 0) {
            if (error)
                *error = tr("Writing %1 failed: %2").arg(shownName(), m_file.errorString());
            return false;
        }
        done += n;
    }
    m_size += length;
    return true;
}

bool PartialFile::truncate(QString *error)
{
    if (!m_file.resize(0)) {
        if (error)
            *error = tr("Writing %1 failed: %2").arg(shownName(), m_file.errorString());
        return false;
    }
    m_size = 0;
    return true;
}

bool PartialFile::insertAtStart(const QByteArray &bytes, QString *error)
{
    const qint64 shift = bytes.size();
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    qint64 pos = m_size;
    bool ok = true;
    while (ok && pos > 0) {
        const qint64 chunk = qMin<qint64>(buffer.size(), pos);
        pos -= chunk;
        ok = m_file.seek(pos) && m_file.read(buffer.data(), chunk) == chunk && m_file.seek(pos + shift)
            && m_file.write(buffer.constData(), chunk) == chunk;
    }
    ok = ok && m_file.seek(0) && m_file.write(bytes) == shift && m_file.seek(m_size + shift);
    if (!ok) {
        if (error)
            *error = tr("Writing %1 failed: %2").arg(shownName(), m_file.errorString());
        return false;
    }
    m_size += shift;
    return true;
}

bool PartialFile::commit(const QString &finalName, QString *error)
{
    if (!m_file.isOpen())
        return false;
    m_file.close();
    if (m_state) {
        QString saved;
        const bool ok = m_state->commit(m_partial, finalName, &saved, error);
        if (!ok)
            m_state->remove(m_partial);
        unlock();
        m_finalPath = saved;
        return ok;
    }
    const QString from = m_file.fileName();
    // QFile::rename never replaces an existing file; retry with the next number on a race.
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString target = SafeFileName::unique(m_dir, finalName);
        if (QFile::rename(from, target)) {
            unlock();
            m_finalPath = target;
            return true;
        }
        if (!QFileInfo::exists(from))
            break;
    }
    if (error)
        *error = tr("Could not give %1 its final name in %2.").arg(finalName, QDir::toNativeSeparators(m_dir));
    unlock();
    QFile::remove(from);
    return false;
}

void PartialFile::discard()
{
    if (!m_file.isOpen())
        return;
    m_file.close();
    if (m_state)
        m_state->remove(m_partial);
    else
        QFile::remove(m_file.fileName());
    unlock();
}

void PartialFile::keep()
{
    if (!m_file.isOpen())
        return;
    m_file.close();
    unlock();
}
