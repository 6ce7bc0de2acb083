#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

#include "RootedFile.h"

// The shared folder of a file server. Turns a name that came from the network into a path
// inside the folder, or refuses it: "../../etc/passwd", absolute paths, "\", NUL, control
// characters, percent escapes such as "%2e", and symlinks that lead outside all get nullopt
// with a translated reason. Nothing outside the folder is ever returned. What is served is
// opened first and decided on afterwards (openFile / openFolder, through RootedFile): a folder
// swapped for a symlink at any moment cannot make them open anything outside.
class SharedFolder
{
    Q_DECLARE_TR_FUNCTIONS(SharedFolder)

public:
    explicit SharedFolder(const QString &root = {});

    QString root() const;        // canonical path, empty when the folder does not exist
    bool isValid() const;

    // A regular file inside the folder.
    std::optional<QString> resolveFile(const QString &name, QString *reason = nullptr) const;
    // A folder inside the folder ("" or "/" is the root itself).
    std::optional<QString> resolveFolder(const QString &name, QString *reason = nullptr) const;
    // A regular file inside the folder, opened for reading: read only through the returned file.
    // `path` receives its real path inside the folder; on failure null, with a translated
    // reason and `status` (a name refused by isAcceptableName() is Outside).
    std::unique_ptr<QFile> openFile(const QString &name, QString *path, QString *reason = nullptr,
                                    RootedFile::Status *status = nullptr) const;
    // A folder inside the folder, opened ("" or "/" is the root itself), for entries().
    RootedFile::Result openFolder(const QString &name, QString *reason = nullptr) const;
    // The files and folders in an opened folder; symlinks only when they lead inside (given
    // with what they lead to).
    QList<RootedFile::Entry> entries(const RootedFile::Result &folder) const;

    // Show-uploads: `inbox` appears as the read-only top-level folder "uploads". Nothing changes
    // when the inbox is this folder itself (its uploads are in the listing anyway).
    static constexpr char UploadsFolderName[] = "uploads";
    void showUploads(const QString &inbox);
    bool showsUploads() const;
    // The folder a name from the network is looked up in, and the name inside it: the inbox for
    // "uploads" and "uploads/…" while uploads are shown, otherwise this folder and `name` itself.
    const SharedFolder &folderFor(const QString &name, QString *inner) const;
    // Whether an upload name as announced points into "uploads/" (refused: it is read-only).
    bool isInUploads(const QString &announced) const;

    // The checks on the name alone (no file system access). Exposed for tests.
    static bool isAcceptableName(const QString &name, QString *reason = nullptr);

private:
    std::optional<QString> resolve(const QString &name, bool wantFolder, QString *reason) const;
    RootedFile::Result walk(const QString &name, bool wantFolder, bool open, QString *reason) const;

    QString m_root;
    std::shared_ptr<const RootedFile> m_rooted;   // shared: copies of a SharedFolder are cheap
    std::shared_ptr<const SharedFolder> m_uploads;  // the inbox, while uploads are shown
};
