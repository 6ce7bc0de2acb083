#include "RootedFile.h"

#include <QFile>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <vector>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

#ifdef O_PATH
constexpr int StepFlags = O_PATH;     // a folder passed through needs search permission only
#else
constexpr int StepFlags = O_RDONLY;
#endif

bool sameObject(const struct stat &a, const struct stat &b)
{
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

RootedFile::Info infoOf(const struct stat &st)
{
    RootedFile::Info info;
    info.type = S_ISREG(st.st_mode) ? RootedFile::Info::Type::File
        : S_ISDIR(st.st_mode)       ? RootedFile::Info::Type::Folder
                                    : RootedFile::Info::Type::Other;
    info.size = qint64(st.st_size);
#ifdef __APPLE__
    info.modifiedSecs = qint64(st.st_mtimespec.tv_sec);
    info.modifiedNsecs = qint64(st.st_mtimespec.tv_nsec);
#else
    info.modifiedSecs = qint64(st.st_mtim.tv_sec);
    info.modifiedNsecs = qint64(st.st_mtim.tv_nsec);
#endif
    info.device = quint64(st.st_dev);
    info.inode = quint64(st.st_ino);
    return info;
}

RootedFile::Status statusFor(int error)
{
    switch (error) {
    case ENOENT:
    case ENOTDIR:
    case ELOOP:
    case ENAMETOOLONG:
        return RootedFile::Status::NotFound;
    case EACCES:
    case EPERM:
        return RootedFile::Status::Denied;
    default:
        return RootedFile::Status::Failed;
    }
}

bool readLink(int dirFd, const QByteArray &name, QByteArray *target)
{
    QByteArray buffer(256, Qt::Uninitialized);
    for (;;) {
        const ssize_t n = ::readlinkat(dirFd, name.constData(), buffer.data(), size_t(buffer.size()));
        if (n < 0)
            return false;
        if (n < buffer.size()) {
            *target = buffer.left(n);
            return true;
        }
        if (buffer.size() >= 16 * PATH_MAX)
            return false;
        buffer.resize(buffer.size() * 4);
    }
}

// The folders opened below the root during one walk (the root's own descriptor is not here).
class FolderStack
{
public:
    FolderStack() = default;
    FolderStack(const FolderStack &) = delete;
    FolderStack &operator=(const FolderStack &) = delete;
    ~FolderStack() { clear(); }

    bool isEmpty() const { return m_fds.empty(); }
    int top(int rootFd) const { return m_fds.empty() ? rootFd : m_fds.back(); }
    void push(int fd, const QByteArray &name)
    {
        m_fds.push_back(fd);
        m_names.append(name);
    }
    void pop()
    {
        ::close(m_fds.back());
        m_fds.pop_back();
        m_names.removeLast();
    }
    void clear()
    {
        while (!m_fds.empty())
            pop();
    }
    QByteArray path(const QByteArray &last = {}) const
    {
        QByteArray p = m_names.join('/');
        if (!last.isEmpty())
            p += (p.isEmpty() ? QByteArray() : QByteArray("/")) + last;
        return p;
    }

private:
    std::vector<int> m_fds;
    QList<QByteArray> m_names;
};

} // namespace

void RootedFile::Result::reset()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

std::unique_ptr<QFile> RootedFile::Result::takeFile(const QString &fileName)
{
    if (m_fd < 0 || !isFile())
        return nullptr;
    auto file = std::make_unique<QFile>(fileName);
    if (!file->open(m_fd, QIODevice::ReadOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle))
        return nullptr;
    m_fd = -1;
    return file;
}

RootedFile::RootedFile(const QString &root)
{
    if (root.isEmpty())
        return;
    char resolved[PATH_MAX];
    if (!::realpath(QFile::encodeName(root).constData(), resolved))
        return;
    m_rootFd = ::open(resolved, StepFlags | O_DIRECTORY | O_CLOEXEC);
    if (m_rootFd >= 0)
        m_realRoot = resolved;
}

RootedFile::~RootedFile()
{
    if (m_rootFd >= 0)
        ::close(m_rootFd);
}

bool RootedFile::isValid() const
{
    return m_rootFd >= 0;
}

RootedFile::Result RootedFile::walk(const QByteArray &relativePath, Kind kind, Mode mode) const
{
    Result result;
    auto fail = [&result](Status status) {
        result.status = status;
        return std::move(result);
    };
    if (m_rootFd < 0)
        return fail(Status::Failed);

    // The components still to walk, the next one at the back.
    std::vector<QByteArray> pending;
    auto prepend = [&pending](const QByteArray &path) {
        const QList<QByteArray> parts = path.split('/');
        for (auto it = parts.crbegin(); it != parts.crend(); ++it) {
            if (!it->isEmpty() && *it != ".")
                pending.push_back(*it);
        }
    };
    prepend(relativePath);

    FolderStack folders;
    int links = 0;
    while (!pending.empty()) {
        const QByteArray name = pending.back();
        pending.pop_back();
        const int here = folders.top(m_rootFd);
        if (name == "..") {
            if (folders.isEmpty())
                return fail(Status::Outside);
            folders.pop();
            continue;
        }
        if (isPrivateName(name))
            return fail(Status::NotFound);
        const bool last = pending.empty();
        struct stat st {};
        if (::fstatat(here, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
            return fail(statusFor(errno));

        if (S_ISLNK(st.st_mode)) {
            if (++links > MaxSymlinks)
                return fail(Status::NotFound);
            QByteArray target;
            if (!readLink(here, name, &target) || target.isEmpty())
                return fail(Status::NotFound);   // gone or no longer a symlink: changed meanwhile
            if (target.startsWith('/')) {
                // An absolute target counts only when it points inside the root. Its real path
                // is only used as a path to walk again from the root, so whatever changes
                // meanwhile, the walk stays beneath the root.
                char real[PATH_MAX];
                if (!::realpath(target.constData(), real))
                    return fail(errno == EACCES ? Status::Denied : Status::NotFound);
                QByteArray inside;
                if (!relativeToRoot(QByteArray(real), &inside))
                    return fail(Status::Outside);
                folders.clear();
                prepend(inside);
            } else {
                prepend(target);
            }
            continue;
        }

        if (S_ISDIR(st.st_mode)) {
            if (last && kind == Kind::File) {
                result.info = infoOf(st);
                return fail(Status::WrongType);
            }
            if (last && mode == Mode::Stat) {
                result.info = infoOf(st);
                result.resolved = folders.path(name);
                result.status = Status::Ok;
                return result;
            }
            const int flags = (last ? O_RDONLY : StepFlags) | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
            const int fd = ::openat(here, name.constData(), flags);
            if (fd < 0)
                return fail(errno == ELOOP || errno == ENOTDIR ? Status::NotFound : statusFor(errno));
            struct stat opened {};
            if (::fstat(fd, &opened) != 0 || !sameObject(st, opened)) {
                ::close(fd);
                return fail(Status::NotFound);   // replaced between the two calls
            }
            if (last) {
                result.m_fd = fd;
                result.info = infoOf(opened);
                result.resolved = folders.path(name);
                result.status = Status::Ok;
                return result;
            }
            folders.push(fd, name);
            continue;
        }

        if (!last)
            return fail(Status::NotFound);   // "file.txt/more"
        result.info = infoOf(st);
        if (!S_ISREG(st.st_mode) || kind == Kind::Folder)
            return fail(Status::WrongType);
        result.resolved = folders.path(name);
        if (mode == Mode::Stat) {
            result.status = Status::Ok;
            return result;
        }
        const int fd = ::openat(here, name.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
        if (fd < 0)
            return fail(errno == ELOOP ? Status::NotFound : statusFor(errno));
        struct stat opened {};
        if (::fstat(fd, &opened) != 0 || !sameObject(st, opened) || !S_ISREG(opened.st_mode)) {
            ::close(fd);
            return fail(Status::NotFound);
        }
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
        result.m_fd = fd;
        result.info = infoOf(opened);
        result.status = Status::Ok;
        return result;
    }

    // Every component is used up: the answer is the folder reached (the root, or after "..").
    const int here = folders.top(m_rootFd);
    struct stat reached {};
    if (::fstat(here, &reached) != 0)
        return fail(statusFor(errno));
    result.info = infoOf(reached);
    result.resolved = folders.path();
    if (kind == Kind::File)
        return fail(Status::WrongType);
    if (mode == Mode::Open) {
        const int fd = ::openat(here, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0)
            return fail(statusFor(errno));
        result.m_fd = fd;
    }
    result.status = Status::Ok;
    return result;
}

QList<RootedFile::Entry> RootedFile::entries(const Result &folder, bool everyType) const
{
    QList<Entry> list;
    if (!folder.isFolder() || folder.m_fd < 0)
        return list;
    const int fd = ::openat(folder.m_fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return list;
    DIR *dir = ::fdopendir(fd);
    if (!dir) {
        ::close(fd);
        return list;
    }
    while (const struct dirent *e = ::readdir(dir)) {
        const QByteArray name(e->d_name);
        if (name == "." || name == ".." || isPrivateName(name))
            continue;
        Entry entry;
        entry.name = name;
        struct stat st {};
        if (::fstatat(::dirfd(dir), e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
            continue;
        entry.info = infoOf(st);
        if (S_ISLNK(st.st_mode)) {
            // Walked from the root like any request: shown only when it leads to a file or a
            // folder inside, and then with what it leads to.
            const Result target = stat(folder.resolved.isEmpty() ? name : folder.resolved + '/' + name);
            if (!target.ok())
                continue;
            entry.isSymlink = true;
            entry.info = target.info;
            entry.resolved = target.resolved;
        } else if (!everyType && entry.info.type == Info::Type::Other) {
            continue;
        }
        list.append(entry);
    }
    ::closedir(dir);
    return list;
}
