#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// The shared folder of a file server. Turns a name that came from the network into a path
// inside the folder, or refuses it: "../../etc/passwd", absolute paths, "\", NUL, control
// characters, percent escapes such as "%2e", and symlinks that lead outside all get nullopt
// with a translated reason. Nothing outside the folder is ever returned.
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
    // The relative path of `absolutePath` under the root ("sub/a.txt").
    QString relativePath(const QString &absolutePath) const;

    // The checks on the name alone (no file system access). Exposed for tests.
    static bool isAcceptableName(const QString &name, QString *reason = nullptr);

private:
    std::optional<QString> resolve(const QString &name, bool wantFolder, QString *reason) const;

    QString m_root;
};
