#pragma once

#include <QIODevice>

class QFile;

// A second QFile on a file that is already open, for a reader of its own (FileSender,
// PrefixHasher): on POSIX the descriptor is duplicated, so it is the very file that was opened
// whatever happened to its name since (the two share the file position: seek before reading).
// The portable build opens the file again by its name (source.fileName()).
class FileHandleCopy
{
public:
    // Opens `copy` (closed first) on what `source` has open. False when `source` is not open or
    // the copy cannot be made; `copy` is then closed.
    static bool open(const QFile &source, QFile *copy, QIODevice::OpenMode mode);
};
