#include "FileHandleCopy.h"

#include <QFile>

#include <fcntl.h>
#include <unistd.h>

bool FileHandleCopy::open(const QFile &source, QFile *copy, QIODevice::OpenMode mode)
{
    copy->close();
    const int fd = source.isOpen() ? ::fcntl(source.handle(), F_DUPFD_CLOEXEC, 0) : -1;
    if (fd < 0)
        return false;
    if (!copy->open(fd, mode, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return false;
    }
    return true;
}
