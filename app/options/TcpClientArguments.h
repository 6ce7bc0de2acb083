#pragma once

#include <QByteArray>

#include "TcpServerOptions.h"
#include "SaveSettings.h"
#include "TextSettings.h"

// What `socketlab tcp-client …` (and `socketlab --open tcp-client …`) asks for: the engine's
// options, the text settings, and what the command does with standard input.
struct TcpClientArguments
{
    TcpClientOptions client;
    TextSettings text;
    SaveSettings save;       // --save FILE, --save-format
    QByteArray eol;          // appended to each typed line: "" (default), "\n" or "\r\n"
    int closeAfterMs = -1;   // after the end of input: close this long after it (-1: wait for the server)
};
