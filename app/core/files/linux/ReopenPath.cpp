#include "ReopenPath.h"

#include <QFile>
#include <QFileInfo>

QString ReopenPath::of(const QFile &file)
{
    if (!file.isOpen() || file.handle() < 0)
        return {};
    const QString self = QStringLiteral("/proc/self/fd/%1").arg(file.handle());
    return QFileInfo::exists(self) ? self : QString();
}
