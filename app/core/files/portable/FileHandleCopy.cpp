#include "FileHandleCopy.h"

#include <QFile>

bool FileHandleCopy::open(const QFile &source, QFile *copy, QIODevice::OpenMode mode)
{
    copy->close();
    if (!source.isOpen() || source.fileName().isEmpty())
        return false;
    copy->setFileName(source.fileName());
    return copy->open(mode);
}
