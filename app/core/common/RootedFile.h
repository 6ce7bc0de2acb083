#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

class QFile;

// Opens files and folders beneath one root folder without ever leaving it, whatever happens to
// the folders meanwhile. There is no "check the path, then open it by name": the path is walked
// one component at a time from a descriptor of the root, each component opened relative to the
// previous one without following symlinks (openat with O_NOFOLLOW), and symlinks are read and
// followed by this class itself — ".." never above the root, an absolute target only when it
// points inside the root. The caller then decides on what was opened (the descriptor's fstat)
// and reads only through that descriptor, so a folder swapped for a symlink to an outside folder
// at any moment can make an open fail, never succeed outside. Symlinks that stay inside the root
// keep working. Used by the web server and the file server.
//
// That is posix/RootedFile.cpp. The portable build (portable/RootedFile.cpp) resolves the path
// (QFileInfo::canonicalFilePath), refuses what is not beneath the root and then opens it by
// name: the same answers, but a folder swapped for a symlink between the check and the open
// is followed (check-then-open race), and there is no descriptor.
class RootedFile
{
public:
    enum class Kind { Any, File, Folder };
    enum class Status {
        Ok,
        NotFound,    // nothing there, a dangling symlink, a symlink loop, or it changed while being opened
        Outside,     // a symlink leads outside the root
        WrongType,   // a folder where a file was wanted (or the reverse), or neither (FIFO, device…)
        Denied,      // permission denied
        Failed       // no root, or another error
    };

    // What the system says about a file or folder (fstat; QFileInfo on the portable build).
    struct Info
    {
        enum class Type { File, Folder, Other };   // Other: FIFO, socket, device…
        Type type = Type::Other;
        qint64 size = 0;
        qint64 modifiedSecs = 0;    // since 1970 (UTC)
        qint64 modifiedNsecs = 0;   // 0-999,999,999 (whole milliseconds on the portable build)
        quint64 device = 0;         // device and inode: 0 on the portable build
        quint64 inode = 0;

        bool isFile() const;
        bool isFolder() const;
    };

    // What open() and stat() found. Owns its descriptor (closed on destruction).
    class Result
    {
    public:
        Result();
        ~Result();
        Result(Result &&other) noexcept;
        Result &operator=(Result &&other) noexcept;
        Result(const Result &) = delete;
        Result &operator=(const Result &) = delete;

        Status status = Status::NotFound;
        Info info;               // Ok / WrongType: what was found
        QByteArray resolved;     // Ok: its path relative to the root without symlinks ("" = the root)

        bool ok() const;
        bool isFolder() const;
        bool isFile() const;
        int descriptor() const;  // -1 for stat() results, failures and on the portable build
        // A read-only QFile that owns the descriptor of a regular file (positioned at 0); null
        // without one. `fileName` is only for messages (fileName()); nothing is opened by it.
        // (The portable build opens the real path now, which is then the file's name.)
        std::unique_ptr<QFile> takeFile(const QString &fileName = {});

    private:
        friend class RootedFile;
        void reset();
        int m_fd = -1;           // POSIX build
        QString m_path;          // portable build: the absolute path of what was found
    };

    // One entry of a folder listing, with what it leads to when it is a symlink inside the root.
    struct Entry
    {
        QByteArray name;
        Info info;
        bool isSymlink = false;
        QByteArray resolved;     // a symlink: what it leads to, relative to the root ("" = the root)
    };

    static constexpr int MaxSymlinks = 40;
    // The file server's folder of unfinished uploads (UploadStateFolder, in the inbox). It is
    // never opened or listed through this class, in any letter case and at any depth, so a web
    // root or shared folder that is also an inbox never shows or serves a partial upload.
    static constexpr char PrivateFolderName[] = ".socketlab-partial";
    static bool isPrivateName(const QByteArray &name);

    explicit RootedFile(const QString &root = {});
    ~RootedFile();
    RootedFile(const RootedFile &) = delete;
    RootedFile &operator=(const RootedFile &) = delete;

    bool isValid() const;
    QString root() const;         // the real path of the root; empty when it could not be opened

    // Opens what `relativePath` ("sub/a.txt", "" or "/" for the root; "/" separates folders)
    // names beneath the root: a regular file or a folder, read-only. The descriptor of a folder
    // can be listed with entries().
    Result open(const QByteArray &relativePath, Kind kind = Kind::Any) const;
    // The same walk without keeping a descriptor: what the path leads to (regular files and
    // folders only, as for open()).
    Result stat(const QByteArray &relativePath) const;

    // The entries of a folder opened with open(): symlinks that stay inside the root are given
    // with what they lead to; those that lead outside, dangle or loop are left out. Regular
    // files and folders only unless `everyType` (then FIFOs, sockets and devices too).
    QList<Entry> entries(const Result &folder, bool everyType = false) const;

    // `resolved` (from a Result) as an absolute path under root().
    QString absolutePath(const QByteArray &resolved) const;

private:
    enum class Mode { Open, Stat };
    Result walk(const QByteArray &relativePath, Kind kind, Mode mode) const;
    bool relativeToRoot(const QByteArray &realPath, QByteArray *relative) const;

    int m_rootFd = -1;           // POSIX build
    QByteArray m_realRoot;
};
