#include "SocketWriteShutdown.h"

#include <sys/socket.h>

bool SocketWriteShutdown::apply(qintptr descriptor)
{
    return ::shutdown(int(descriptor), SHUT_WR) == 0;
}
