#pragma once

#include <QtGlobal>

// A cheap monotonic clock in milliseconds, for timeouts checked on every request: Linux's
// CLOCK_MONOTONIC_COARSE (a few nanoseconds, a tick of about 4 ms; linux/CoarseClock.cpp), or
// Qt's monotonic clock on the portable build. Only differences between two readings mean
// anything.
class CoarseClock
{
public:
    static qint64 nowMs();
};
