#pragma once

#include <QtGlobal>

// Half-closes a connected TCP socket that a QTcpSocket owns: shuts down its sending side (FIN)
// while the QTcpSocket goes on reading what the peer still answers. Qt has no call for it, so
// this is the one place that asks the system (posix/: shutdown(SHUT_WR); portable/: the same
// through Winsock's SD_SEND on Windows).
class SocketWriteShutdown
{
public:
    static bool apply(qintptr descriptor);
};
