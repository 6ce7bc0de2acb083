#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <memory>

#include "UploadStateFolder.h"

// A file being received. Bytes go to a clearly named temporary file ("name.part") in the
// target folder; only commit() gives it its final name, which never overwrites anything
// (" (1)", " (2)" … are added). discard() deletes the temporary file; keep() leaves it for a
// later resume. The destructor discards unless commit() or keep() was called, so a crash of the
// transfer logic never leaves a half-written file under a final name.
// The file server's uploads use openUpload() / openUploadTemporary() instead: their partial
// files live in the inbox's hidden state folder (UploadStateFolder), never next to finished
// files, and are created, renamed and deleted without following symlinks.
class PartialFile
{
    Q_DECLARE_TR_FUNCTIONS(PartialFile)

public:
    PartialFile() = default;
    ~PartialFile();
    PartialFile(const PartialFile &) = delete;
    PartialFile &operator=(const PartialFile &) = delete;

    // A new temporary file "<dir>/<name>.part" (or "<name>.1.part", … when taken).
    bool openFresh(const QString &dir, const QString &name, QString *error);
    // "<dir>/<partName>", created when missing, appended to when present (resume). Fails when
    // another transfer in this process holds the same file.
    bool openResumable(const QString &dir, const QString &partName, QString *error);
    // The file server's partial for an upload of `name` with `size` bytes: the one it made
    // itself for that upload (resume) or a new one, in the state folder of `inbox`. `busy` is
    // set when another transfer of this process holds the same upload.
    bool openUpload(const QString &inbox, const QString &name, qint64 size, QString *error, bool *busy = nullptr);
    // A new temporary file in the state folder of `inbox` that is never resumed (classic
    // uploads); `name` is only used in messages.
    bool openUploadTemporary(const QString &inbox, const QString &name, QString *error);

    bool isOpen() const;
    qint64 size() const;          // bytes in the file (existing prefix included)
    QString partPath() const;
    QString readPath() const;     // reads the very file open here (ReopenPath; partPath() elsewhere)
    QString finalPath() const;    // after commit()

    bool write(const char *data, qint64 length, QString *error);
    bool truncate(QString *error); // drop the contents (a resume that did not match)
    // Shifts the contents and puts `bytes` in front (bounded memory; for short prefixes).
    bool insertAtStart(const QByteArray &bytes, QString *error);
    // Renames to "<dir>/<finalName>" or the next free numbered name.
    bool commit(const QString &finalName, QString *error);
    void discard();
    void keep();

    static QString partSuffix();   // ".part"

private:
    bool lock(const QString &key);
    void unlock();
    bool adopt(const UploadStateFolder::Partial &partial, QString *error);
    QString shownName() const;

    QFile m_file;
    std::unique_ptr<UploadStateFolder> m_state;   // uploads only
    UploadStateFolder::Partial m_partial;          // uploads only
    QString m_displayName;                         // uploads: the upload's name, for messages
    QString m_lockKey;
    QString m_dir;
    QString m_finalPath;
    qint64 m_size = 0;
    bool m_locked = false;
};
