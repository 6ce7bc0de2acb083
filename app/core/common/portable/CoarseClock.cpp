#include "CoarseClock.h"

#include <QDeadlineTimer>

qint64 CoarseClock::nowMs()
{
    return QDeadlineTimer::current(Qt::CoarseTimer).deadline();
}
