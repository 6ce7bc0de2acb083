#pragma once

#include <QByteArray>

// What `socketlab tcp-client` does with standard input, beyond the engine's options.
struct TcpClientInputOptions
{
    QByteArray eol;          // appended to each line: "" (default), "\n" or "\r\n"
    int closeAfterMs = -1;   // after end of input: close this long after it (-1: wait for the server)
};
