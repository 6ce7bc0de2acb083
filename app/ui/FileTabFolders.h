#pragma once

#include <QString>

// The file tab's default folders and their creation on first use. The defaults live under the
// application's data folder ("shared", "inbox"); downloads go to the user's download folder
// (or "downloads" under the data folder when the system has none).
class FileTabFolders
{
public:
    static QString defaultShared();
    static QString defaultInbox();
    static QString defaultDownloads();
    // `name` in SocketLab's own data folder ("~/.local/share/SocketLab/NAME" on Linux).
    static QString dataFolder(const QString &name);
    // Creates `path` (and its parents) when missing. false + a translated reason otherwise.
    static bool ensure(const QString &path, QString *error);
};
