#pragma once

#include <QtTest>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

// A small site in a temporary folder for the web server tests, with known contents and a fixed
// modification time (2020-01-02 03:04:05 UTC) so that Last-Modified and conditional requests
// can be checked exactly.
class WebTestSite
{
public:
    static constexpr qint64 ModifiedSecs = 1577934245;   // Thu, 02 Jan 2020 03:04:05 GMT

    WebTestSite()
        : m_root(m_dir.filePath(QStringLiteral("root")))
    {
        QDir().mkpath(m_root);
    }

    QString root() const { return m_root; }
    QString outside() const { return m_dir.path(); }   // the folder that holds the root

    QString path(const QString &relative) const { return QDir(m_root).filePath(relative); }

    // Writes `content` to `relative` (folders are created) with the fixed modification time.
    bool write(const QString &relative, const QByteArray &content) const
    {
        const QString file = path(relative);
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size() || !f.flush())
            return false;
        return f.setFileTime(QDateTime::fromSecsSinceEpoch(ModifiedSecs, Qt::UTC), QFileDevice::FileModificationTime);
    }

    bool mkdir(const QString &relative) const { return QDir().mkpath(path(relative)); }

    static QByteArray pattern(qint64 size)
    {
        QByteArray b(size, Qt::Uninitialized);
        for (qint64 i = 0; i < size; ++i)
            b[i] = char((i * 7 + i / 251) & 0xff);
        return b;
    }

private:
    QTemporaryDir m_dir;
    QString m_root;
};
