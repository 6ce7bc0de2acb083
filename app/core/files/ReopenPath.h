#pragma once

#include <QString>

class QFile;

// A path that opens again the very file open in a QFile, as a new open file with a position of
// its own, whatever happens to the file's name meanwhile (Linux: /proc/self/fd/N). Empty where
// the system has none (the portable build): the caller then opens the file by its name.
class ReopenPath
{
public:
    static QString of(const QFile &file);
};
