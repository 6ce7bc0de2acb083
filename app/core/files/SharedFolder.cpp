#include "SharedFolder.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include "UploadStateFolder.h"

namespace {
void setReason(QString *reason, const QString &text)
{
    if (reason)
        *reason = text;
}
} // namespace

SharedFolder::SharedFolder(const QString &root)
{
    if (!root.isEmpty()) {
        m_root = QFileInfo(root).canonicalFilePath();
        m_rooted = std::make_shared<const RootedFile>(root);
    }
}

QString SharedFolder::root() const
{
    return m_root;
}

bool SharedFolder::isValid() const
{
    return !m_root.isEmpty() && QFileInfo(m_root).isDir();
}

bool SharedFolder::isAcceptableName(const QString &name, QString *reason)
{
    if (name.size() > 4096) {
        setReason(reason, tr("The name is too long."));
        return false;
    }
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            setReason(reason, tr("The name contains a control character (such as NUL)."));
            return false;
        }
    }
    if (name.contains(QLatin1Char('\\'))) {
        setReason(reason, tr("The name contains a backslash; use “/” between folders."));
        return false;
    }
    if (name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('~'))
        || (name.size() > 1 && name.at(1) == QLatin1Char(':'))) {
        setReason(reason, tr("Absolute paths are not allowed; names are relative to the shared folder."));
        return false;
    }
    static const QRegularExpression percent(QStringLiteral("%[0-9A-Fa-f]{2}"));
    if (name.contains(percent)) {
        setReason(reason, tr("Percent escapes such as “%2e” are not allowed in names."));
        return false;
    }
    const QStringList parts = name.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part == QLatin1String("..") || part == QLatin1String(".")) {
            setReason(reason, tr("“.” and “..” are not allowed: only files inside the shared folder are served."));
            return false;
        }
        if (UploadStateFolder::isStateFolderName(part)) {
            // Unfinished uploads (when the inbox is the shared folder) are never served.
            setReason(reason, tr("There is no such file or folder."));
            return false;
        }
    }
    return true;
}

std::optional<QString> SharedFolder::resolveFile(const QString &name, QString *reason) const
{
    return resolve(name, false, reason);
}

std::optional<QString> SharedFolder::resolveFolder(const QString &name, QString *reason) const
{
    return resolve(name, true, reason);
}

RootedFile::Result SharedFolder::walk(const QString &name, bool wantFolder, bool open, QString *reason) const
{
    RootedFile::Result result;
    result.status = RootedFile::Status::Failed;
    if (!isValid() || !m_rooted || !m_rooted->isValid()) {
        setReason(reason, tr("The shared folder does not exist."));
        return result;
    }
    QString trimmed = name;
    while (trimmed.startsWith(QLatin1Char('/')) && wantFolder)
        trimmed.remove(0, 1);
    if (!wantFolder && trimmed.isEmpty()) {
        result.status = RootedFile::Status::NotFound;
        setReason(reason, tr("The name is empty."));
        return result;
    }
    if (!isAcceptableName(trimmed, reason)) {
        result.status = RootedFile::Status::Outside;
        return result;
    }
    // Symlinks are followed, but only as long as they stay inside the shared folder.
    const QByteArray relative = QFile::encodeName(trimmed);
    const RootedFile::Kind kind = wantFolder ? RootedFile::Kind::Folder : RootedFile::Kind::File;
    result = open ? m_rooted->open(relative, kind) : m_rooted->stat(relative);
    switch (result.status) {
    case RootedFile::Status::Ok:
        if (!open && wantFolder != result.isFolder()) {
            result.status = RootedFile::Status::WrongType;
            setReason(reason, wantFolder ? tr("That is not a folder.") : tr("That is not a file."));
        }
        break;
    case RootedFile::Status::NotFound:
    case RootedFile::Status::Failed:
        setReason(reason, wantFolder ? tr("There is no such folder.") : tr("There is no such file."));
        break;
    case RootedFile::Status::Outside:
        setReason(reason, tr("The name leads outside the shared folder."));
        break;
    case RootedFile::Status::WrongType:
        setReason(reason, wantFolder ? tr("That is not a folder.") : tr("That is not a file."));
        break;
    case RootedFile::Status::Denied:
        setReason(reason, tr("The file cannot be read (permission denied)."));
        break;
    }
    return result;
}

std::optional<QString> SharedFolder::resolve(const QString &name, bool wantFolder, QString *reason) const
{
    const RootedFile::Result found = walk(name, wantFolder, false, reason);
    if (!found.ok())
        return std::nullopt;
    const QString path = m_rooted->absolutePath(found.resolved);
    if (!QFileInfo(path).isReadable()) {
        setReason(reason, tr("The file cannot be read (permission denied)."));
        return std::nullopt;
    }
    return path;
}

std::unique_ptr<QFile> SharedFolder::openFile(const QString &name, QString *path, QString *reason,
                                              RootedFile::Status *status) const
{
    RootedFile::Result opened = walk(name, false, true, reason);
    const QString real = opened.ok() ? m_rooted->absolutePath(opened.resolved) : QString();
    std::unique_ptr<QFile> file = opened.takeFile(real);
    if (status)
        *status = opened.ok() && !file ? RootedFile::Status::Failed : opened.status;
    if (!file) {
        if (opened.ok())
            setReason(reason, tr("That is not a file."));
        return nullptr;
    }
    if (path)
        *path = real;
    return file;
}

RootedFile::Result SharedFolder::openFolder(const QString &name, QString *reason) const
{
    return walk(name, true, true, reason);
}

QList<RootedFile::Entry> SharedFolder::entries(const RootedFile::Result &folder) const
{
    return m_rooted ? m_rooted->entries(folder) : QList<RootedFile::Entry>();
}

void SharedFolder::showUploads(const QString &inbox)
{
    auto uploads = std::make_shared<const SharedFolder>(inbox);
    m_uploads = uploads->root().isEmpty() || uploads->root() == m_root ? nullptr : std::move(uploads);
}

bool SharedFolder::showsUploads() const
{
    return m_uploads != nullptr;
}

const SharedFolder &SharedFolder::folderFor(const QString &name, QString *inner) const
{
    QString trimmed = name;
    while (trimmed.startsWith(QLatin1Char('/')))
        trimmed.remove(0, 1);
    const qsizetype slash = trimmed.indexOf(QLatin1Char('/'));
    if (m_uploads && (slash < 0 ? trimmed : trimmed.left(slash)) == QLatin1String(UploadsFolderName)) {
        *inner = slash < 0 ? QString() : trimmed.mid(slash + 1);
        return *m_uploads;
    }
    *inner = name;
    return *this;
}

bool SharedFolder::isInUploads(const QString &announced) const
{
    QString inner;
    QString name = announced.trimmed();
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    return m_uploads && &folderFor(name, &inner) == m_uploads.get();
}
