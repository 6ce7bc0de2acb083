#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QString>

// A file being received. Bytes go to a clearly named temporary file ("name.part") in the
// target folder; only commit() gives it its final name, which never overwrites anything
// (" (1)", " (2)" … are added). discard() deletes the temporary file; keep() leaves it for a
// later resume. The destructor discards unless commit() or keep() was called, so a crash of the
// transfer logic never leaves a half-written file under a final name.
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

    bool isOpen() const;
    qint64 size() const;          // bytes in the file (existing prefix included)
    QString partPath() const;
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
    bool lock(const QString &path);
    void unlock();

    QFile m_file;
    QString m_dir;
    QString m_finalPath;
    qint64 m_size = 0;
    bool m_locked = false;
};
