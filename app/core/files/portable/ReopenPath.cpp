#include "ReopenPath.h"

QString ReopenPath::of(const QFile &file)
{
    Q_UNUSED(file)   // Qt has no name for an open file
    return {};
}
