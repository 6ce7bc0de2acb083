#include "ConsoleTerminal.h"

#include <unistd.h>

bool ConsoleTerminal::stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}
