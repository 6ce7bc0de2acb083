#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>

#include "CachedFile.h"
#include "RootedFile.h"

class FileCache;

// Maps a request target to a file under the root, with every defence against leaving it:
// absolute-form targets only as http(s)://host/path, the query and fragment are ignored,
// percent-decoding to UTF-8 with %00 / control characters refused (400), encoded slashes,
// backslashes and ".." segments refused (404), and anything that resolves outside the root
// through a symlink refused (403). Nothing outside the root is ever opened: the path is opened
// beneath the root (RootedFile) and the answer is decided on what was opened, which is then
// the only thing read.
class StaticFileResolver
{
public:
    struct Resolution
    {
        enum class Kind { File, Listing, Redirect, NotFound, Forbidden, BadRequest };
        Kind kind = Kind::NotFound;
        std::shared_ptr<CachedFile> file;   // File: the file; Listing: the folder
        std::unique_ptr<QFile> handle;      // File: the file, opened (read only this)
        RootedFile::Result folder;          // Listing: the folder, opened
        QByteArray location;                // Redirect: the path with a slash added (and the query)
        QString urlPath;                    // the decoded path, for listings ("/docs/")
    };

    explicit StaticFileResolver(FileCache *cache);

    void setListing(bool listing);
    Resolution resolve(const QByteArray &target) const;
    const RootedFile *rooted() const;

    // The decoded path of an origin-form or absolute-form target ("/a b/"), or a null array
    // with *status set (400 / 404) when it is refused. `rawPath` receives the path as sent.
    static QByteArray decodePath(const QByteArray &target, int *status, QByteArray *rawPath = nullptr,
                                 QByteArray *query = nullptr);

private:
    FileCache *m_cache;
    bool m_listing = false;
};
