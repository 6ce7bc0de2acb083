#include "FileLimit.h"

void FileLimit::raiseToMaximum()
{
    // Nothing to raise through Qt: the system's default stays.
}
