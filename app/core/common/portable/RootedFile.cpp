#include "RootedFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

// The portable RootedFile: the path is resolved by Qt (canonicalFilePath(), which follows every
// symlink), what is not beneath the root is refused, and what is left is opened by its name.
// Between that check and the open a folder can still be swapped for a symlink; the POSIX build
// has no such window.

namespace {

RootedFile::Info infoOf(const QFileInfo &file)
{
    RootedFile::Info info;
    info.type = file.isDir()    ? RootedFile::Info::Type::Folder
        : file.isFile()         ? RootedFile::Info::Type::File
                                : RootedFile::Info::Type::Other;
    info.size = file.size();
    const qint64 ms = file.lastModified().toMSecsSinceEpoch();
    const qint64 secs = ms >= 0 ? ms / 1000 : (ms - 999) / 1000;
    info.modifiedSecs = secs;
    info.modifiedNsecs = (ms - secs * 1000) * 1000000;
    return info;
}

// Any component of a path beneath the root that is the private folder.
bool hasPrivateComponent(const QByteArray &relative)
{
    const QList<QByteArray> parts = relative.split('/');
    for (const QByteArray &part : parts) {
        if (RootedFile::isPrivateName(part))
            return true;
    }
    return false;
}

} // namespace

void RootedFile::Result::reset()
{
    m_fd = -1;
    m_path.clear();
}

std::unique_ptr<QFile> RootedFile::Result::takeFile(const QString &fileName)
{
    Q_UNUSED(fileName)   // the file is opened by its real path, which is then its name
    if (m_path.isEmpty() || !isFile())
        return nullptr;
    auto file = std::make_unique<QFile>(m_path);
    if (!file->open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return nullptr;
    m_path.clear();
    return file;
}

RootedFile::RootedFile(const QString &root)
{
    if (root.isEmpty())
        return;
    const QFileInfo info(root);
    if (info.isDir())
        m_realRoot = QFile::encodeName(info.canonicalFilePath());
}

RootedFile::~RootedFile() = default;

bool RootedFile::isValid() const
{
    return !m_realRoot.isEmpty();
}

RootedFile::Result RootedFile::walk(const QByteArray &relativePath, Kind kind, Mode mode) const
{
    Result result;
    auto fail = [&result](Status status) {
        result.status = status;
        return std::move(result);
    };
    if (m_realRoot.isEmpty())
        return fail(Status::Failed);

    // As written: ".." never above the root, never through the private folder.
    int depth = 0;
    for (const QByteArray &part : relativePath.split('/')) {
        if (part.isEmpty() || part == ".")
            continue;
        if (part == "..") {
            if (depth == 0)
                return fail(Status::Outside);
            --depth;
            continue;
        }
        if (isPrivateName(part))
            return fail(Status::NotFound);
        ++depth;
    }

    // As resolved: every symlink followed, the result beneath the root.
    const QString path = QFile::decodeName(m_realRoot.endsWith('/') ? m_realRoot + relativePath
                                                                    : m_realRoot + '/' + relativePath);
    const QString canonical = QFileInfo(path).canonicalFilePath();
    QByteArray inside;
    if (canonical.isEmpty()) {
        // Nothing there, a dangling symlink or a loop; but when the part that is there already
        // leads outside ("link-out/missing"), that is the answer.
        QString prefix = path;
        const qsizetype rootLength = QFile::decodeName(m_realRoot).size();
        for (qsizetype cut = prefix.lastIndexOf(QLatin1Char('/')); cut > rootLength;
             cut = prefix.lastIndexOf(QLatin1Char('/'))) {
            prefix.truncate(cut);
            const QString existing = QFileInfo(prefix).canonicalFilePath();
            if (!existing.isEmpty()) {
                if (!relativeToRoot(QFile::encodeName(existing), &inside))
                    return fail(Status::Outside);
                break;
            }
        }
        return fail(Status::NotFound);
    }
    if (!relativeToRoot(QFile::encodeName(canonical), &inside))
        return fail(Status::Outside);
    if (hasPrivateComponent(inside))
        return fail(Status::NotFound);

    const QFileInfo found(canonical);
    result.info = infoOf(found);
    if (result.info.isFolder() ? kind == Kind::File : (!result.info.isFile() || kind == Kind::Folder))
        return fail(Status::WrongType);
    result.resolved = inside;
    if (mode == Mode::Open) {
        if (!found.isReadable())
            return fail(Status::Denied);
        result.m_path = canonical;
    }
    result.status = Status::Ok;
    return result;
}

QList<RootedFile::Entry> RootedFile::entries(const Result &folder, bool everyType) const
{
    QList<Entry> list;
    if (!folder.isFolder() || folder.m_path.isEmpty())
        return list;
    const QFileInfoList found = QDir(folder.m_path).entryInfoList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::NoSort);
    for (const QFileInfo &file : found) {
        const QByteArray name = QFile::encodeName(file.fileName());
        if (isPrivateName(name))
            continue;
        Entry entry;
        entry.name = name;
        if (file.isSymLink()) {
            // Resolved from the root like any request: shown only when it leads to a file or a
            // folder inside, and then with what it leads to.
            const Result target = stat(folder.resolved.isEmpty() ? name : folder.resolved + '/' + name);
            if (!target.ok())
                continue;
            entry.isSymlink = true;
            entry.info = target.info;
            entry.resolved = target.resolved;
        } else {
            entry.info = infoOf(file);
            if (!everyType && entry.info.type == Info::Type::Other)
                continue;
        }
        list.append(entry);
    }
    return list;
}
