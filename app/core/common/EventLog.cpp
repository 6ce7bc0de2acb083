#include "EventLog.h"

bool EventLog::Header::operator==(const Header &other) const
{
    return role == other.role && local == other.local && startedMsecs == other.startedMsecs;
}
