#include "CoarseClock.h"

#include <ctime>

qint64 CoarseClock::nowMs()
{
    struct timespec ts {};
    ::clock_gettime(CLOCK_MONOTONIC_COARSE, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}
