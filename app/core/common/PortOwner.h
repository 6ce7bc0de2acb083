#pragma once

#include <QString>

// Who holds a local port, as far as the operating system tells (Linux: /proc/net and
// /proc/<pid>/fd). Used to turn "address already in use" into "… in use by python3 (PID 4242)".
// The portable build (portable/PortOwner.cpp) never knows: describe() returns an empty string.
class PortOwner
{
public:
    enum class Protocol { Tcp, Udp };
    // "python3 (PID 4242)", or an empty string when it cannot be found out.
    static QString describe(quint16 port, Protocol protocol);
};
