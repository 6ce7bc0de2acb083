#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The HTML page listing a folder: folders first, then files, each sorted by name; names are
// HTML-escaped and links percent-encoded; sizes in plain units. At most MaxEntries rows.
class DirectoryListing
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryListing)

public:
    static constexpr int MaxEntries = 5000;

    static QByteArray render(const QString &urlPath, const QString &localDir);
};
