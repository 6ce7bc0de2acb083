#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

#include "Endpoint.h"
#include "SaveSettings.h"
#include "TextSettings.h"
#include "UdpOptions.h"

// What `socketlab udp …` (and `socketlab --open udp …`) asks for: the engine's options (a reply
// text already bytes in `text.encoding`), where typed lines go and which multicast groups to join.
struct UdpArguments
{
    UdpOptions udp;
    TextSettings text;
    SaveSettings save;       // --save FILE, --save-format
    std::optional<Endpoint> to;          // typed lines go here; without it, to the last sender
    QList<QHostAddress> joins;           // multicast groups to join once bound
    QString joinInterface;               // interface for the joins; empty = default
};
