#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "RootedFile.h"

// The HTML page listing a folder: folders first, then files, each sorted by name; names are
// HTML-escaped and links percent-encoded; sizes in plain units. At most MaxEntries rows.
// The folder is one already opened beneath the root; a symlink in it is shown only when it leads
// to something inside the root (with that thing's size and date), never when it leads outside.
class DirectoryListing
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryListing)

public:
    static constexpr int MaxEntries = 5000;

    static QByteArray render(const QString &urlPath, const RootedFile &rooted, const RootedFile::Result &folder);
};
