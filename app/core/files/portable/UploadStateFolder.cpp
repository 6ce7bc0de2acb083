#include "UploadStateFolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "SafeFileName.h"

void UploadStateFolder::close()
{
    m_stateFd = -1;
    m_inboxFd = -1;
}

bool UploadStateFolder::open(const QString &inbox, QString *error)
{
    m_inbox = inbox;
    QDir dir(inbox);
    const QFileInfo before(path());
    const bool made = before.exists() || before.isSymLink() || (dir.exists() && dir.mkdir(folderName()));
    if (!made) {
        if (error)
            *error = tr("Cannot create the folder for unfinished uploads in %1 (permission denied or disk full).")
                         .arg(QDir::toNativeSeparators(inbox));
        return false;
    }
    const QFileInfo state(path());
    if (state.isSymLink() || !state.isDir()) {
        if (error)
            *error = tr("%1 is not SocketLab's folder for unfinished uploads (a symlink or not a folder); remove it or choose another upload folder.")
                         .arg(QDir::toNativeSeparators(path()));
        return false;
    }
    return true;
}

std::optional<UploadStateFolder::Partial> UploadStateFolder::openResumable(const QString &name, qint64 size, QString *error)
{
    const QString key = slotFor(name, size);
    for (int i = 0; i < MaxSlots; ++i) {
        Partial partial;
        partial.slot = i == 0 ? key : key + QLatin1Char('-') + QString::number(i);
        partial.path = path() + QLatin1Char('/') + partName(partial.slot);
        const QFileInfo info(partial.path);
        if (info.exists() || info.isSymLink()) {
            if (info.isFile() && !info.isSymLink() && recordMatches(partial.slot, name, size, partial))
                return partial;
            continue;
        }
        QFile file(partial.path);
        if (!file.open(QIODevice::ReadWrite | QIODevice::NewOnly))
            continue;
        file.close();
        if (!writeRecord(partial.slot, name, size, partial, error)) {
            QFile::remove(partial.path);
            return std::nullopt;
        }
        return partial;
    }
    if (error)
        *error = tr("Cannot write into the folder %1.").arg(QDir::toNativeSeparators(path()));
    return std::nullopt;
}

std::optional<UploadStateFolder::Partial> UploadStateFolder::createTemporary(QString *error)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        const Partial partial = newTemporary();
        QFile file(partial.path);
        if (file.open(QIODevice::ReadWrite | QIODevice::NewOnly))
            return partial;
    }
    if (error)
        *error = tr("Cannot write into the folder %1.").arg(QDir::toNativeSeparators(path()));
    return std::nullopt;
}

bool UploadStateFolder::isSameFile(const Partial &partial) const
{
    const QFileInfo info(partial.path);
    return info.isFile() && !info.isSymLink();
}

bool UploadStateFolder::recordMatches(const QString &slot, const QString &name, qint64 size, const Partial &partial) const
{
    QFile record(path() + QLatin1Char('/') + recordName(slot));
    if (QFileInfo(record.fileName()).isSymLink() || !record.open(QIODevice::ReadOnly))
        return false;
    return record.read(MaxRecordBytes) == recordBytes(name, size, partial.device, partial.inode);
}

bool UploadStateFolder::writeRecord(const QString &slot, const QString &name, qint64 size, const Partial &partial,
                                    QString *error)
{
    QFile record(path() + QLatin1Char('/') + recordName(slot));
    if (!record.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || record.write(recordBytes(name, size, partial.device, partial.inode)) < 0) {
        if (error)
            *error = tr("Cannot write into the folder %1.").arg(QDir::toNativeSeparators(path()));
        return false;
    }
    return true;
}

bool UploadStateFolder::commit(const Partial &partial, const QString &finalName, QString *savedPath, QString *error)
{
    for (int n = 0; n < MaxNumberedNames; ++n) {
        const QString candidate = SafeFileName::numbered(finalName, n);
        const QString target = m_inbox + QLatin1Char('/') + candidate;
        if (QFileInfo::exists(target) || QFileInfo(target).isSymLink())
            continue;
        if (QFile::rename(partial.path, target)) {   // never replaces an existing file
            QFile::remove(path() + QLatin1Char('/') + recordName(partial.slot));
            if (savedPath)
                *savedPath = target;
            return true;
        }
        if (!QFileInfo::exists(partial.path))
            break;
    }
    if (error)
        *error = tr("Could not give %1 its final name in %2.").arg(finalName, QDir::toNativeSeparators(m_inbox));
    return false;
}

void UploadStateFolder::remove(const Partial &partial)
{
    if (!isSameFile(partial))
        return;
    QFile::remove(partial.path);
    QFile::remove(path() + QLatin1Char('/') + recordName(partial.slot));
}

bool UploadStateFolder::openFile(const Partial &partial, QFile *file)
{
    file->setFileName(partial.path);
    return file->open(QIODevice::ReadWrite | QIODevice::Unbuffered);
}
