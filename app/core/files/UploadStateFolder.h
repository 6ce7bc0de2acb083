#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

class QFile;

// The file server's hidden folder for unfinished uploads, ".socketlab-partial" inside the
// inbox. Finished uploads never share a folder with unfinished ones, so no upload name can
// collide with a partial file, and the folder is never listed or served (SharedFolder refuses
// it by name).
//
// An SLFT/1 partial is named after a hash of its upload name and size (never after the peer's
// text) and has a record next to it ("<slot>.meta": upload name, size, and the device and inode
// of the file the server created). Only a partial whose record matches is ever resumed;
// anything else in the folder is left alone. A classic upload's temporary file gets a fresh
// random name and no record (it is never resumed).
//
// On POSIX (posix/UploadStateFolder.cpp) every step goes through descriptors: the inbox and
// the state folder are opened once (the state folder with O_NOFOLLOW, and it must belong to
// this user and be writable by no one else), files are created with O_EXCL|O_NOFOLLOW and
// renamed or deleted with renameat2 / unlinkat relative to those descriptors, so a symlink is
// never followed and a finished file is never replaced. The portable build
// (portable/UploadStateFolder.cpp) keeps the same layout through QFile, by name: it checks for
// symlinks before each step instead, and has no owner check and no inode in its records.
class UploadStateFolder
{
    Q_DECLARE_TR_FUNCTIONS(UploadStateFolder)

public:
    struct Partial
    {
        int fd = -1;          // open read-write; the caller owns it (-1 on the portable build)
        QString slot;         // file name stem inside the state folder
        QString path;         // full path, for messages (and opening, on the portable build)
        quint64 device = 0;   // identity of the file the server created
        quint64 inode = 0;
    };

    UploadStateFolder();
    ~UploadStateFolder();
    UploadStateFolder(const UploadStateFolder &) = delete;
    UploadStateFolder &operator=(const UploadStateFolder &) = delete;

    static QString folderName();   // ".socketlab-partial"
    static bool isStateFolderName(QStringView name);
    // Hex SHA-256 of the UTF-8 name, a NUL and the decimal size.
    static QString slotFor(const QString &name, qint64 size);

    // Opens the inbox and creates (or opens) its state folder.
    bool open(const QString &inbox, QString *error);
    QString inbox() const;
    QString path() const;

    // The partial this server made for (name, size), or a new one with its record.
    std::optional<Partial> openResumable(const QString &name, qint64 size, QString *error);
    // A new partial that is never resumed (classic uploads).
    std::optional<Partial> createTemporary(QString *error);
    // Moves the partial into the inbox as `finalName`, or "name (1)" … when taken (an existing
    // file is never replaced), and removes its record. The partial must be closed.
    bool commit(const Partial &partial, const QString &finalName, QString *savedPath, QString *error);
    // Deletes the partial and its record, but only while the slot still holds the very file
    // the server created.
    void remove(const Partial &partial);
    // Opens `file` read-write on the partial: on its descriptor, which `file` then owns (closed
    // here when that fails), or by its path on the portable build.
    static bool openFile(const Partial &partial, QFile *file);

private:
    static constexpr int MaxSlots = 16;           // stale partials of one name and size that we skip
    static constexpr int MaxNumberedNames = 10000;
    static constexpr qint64 MaxRecordBytes = 16 * 1024;
    static QString partName(const QString &slot);
    static QString recordName(const QString &slot);
    static QString randomHex();
    static QByteArray recordBytes(const QString &name, qint64 size, quint64 device, quint64 inode);
    Partial newTemporary() const;   // a fresh random slot for createTemporary(), not created yet

    bool isSameFile(const Partial &partial) const;
    bool recordMatches(const QString &slot, const QString &name, qint64 size, const Partial &partial) const;
    bool writeRecord(const QString &slot, const QString &name, qint64 size, const Partial &partial, QString *error);
    void close();

    QString m_inbox;
    int m_inboxFd = -1;   // POSIX build
    int m_stateFd = -1;
};
