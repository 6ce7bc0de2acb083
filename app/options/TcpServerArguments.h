#pragma once

#include "TcpServerOptions.h"
#include "SaveSettings.h"
#include "TextSettings.h"

// What `socketlab tcp-server …` (and `socketlab --open tcp-server …`) asks for. The greeting and
// the reply text in `server` are already bytes in `text.encoding`.
struct TcpServerArguments
{
    TcpServerOptions server;
    TextSettings text;
    SaveSettings save;       // --save FILE, --save-format
};
