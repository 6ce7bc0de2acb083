#include "FileTabFolders.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace {
// "~/.local/share/SocketLab/shared", not AppDataLocation's "…/SocketLab/SocketLab/shared" (that one
// nests the organisation and the application name, which are the same word here).
QString appData(const QString &name)
{
    QString app = QCoreApplication::applicationName();
    if (app.isEmpty())
        app = QStringLiteral("SocketLab");
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QLatin1Char('/') + app
           + QLatin1Char('/') + name;
}
} // namespace

QString FileTabFolders::dataFolder(const QString &name)
{
    return appData(name);
}

QString FileTabFolders::defaultShared()
{
    return appData(QStringLiteral("shared"));
}

QString FileTabFolders::defaultInbox()
{
    return appData(QStringLiteral("inbox"));
}

QString FileTabFolders::defaultDownloads()
{
    const QString downloads = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    return downloads.isEmpty() ? appData(QStringLiteral("downloads")) : downloads;
}

bool FileTabFolders::ensure(const QString &path, QString *error)
{
    if (path.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("FileTabFolders", "No folder is set: choose one with Browse….");
        return false;
    }
    const QFileInfo info(path);
    if (info.exists() && !info.isDir()) {
        *error = QCoreApplication::translate("FileTabFolders", "“%1” is a file, not a folder.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!info.exists() && !QDir().mkpath(path)) {
        *error = QCoreApplication::translate("FileTabFolders", "The folder “%1” cannot be created. Check that the place exists and that you may write there.")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}
