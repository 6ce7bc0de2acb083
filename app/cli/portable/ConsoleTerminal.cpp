#include "ConsoleTerminal.h"

bool ConsoleTerminal::stderrIsTerminal()
{
    return false;   // Qt cannot tell: one line per progress update
}
