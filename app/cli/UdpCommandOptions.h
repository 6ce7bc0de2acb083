#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

#include "Endpoint.h"
#include "UdpOptions.h"

// Everything `socketlab udp …` (and `socketlab --open udp …`) asks for: the engine options
// plus where typed lines go and which multicast groups to join.
struct UdpCommandOptions
{
    UdpOptions udp;
    std::optional<Endpoint> to;          // typed lines go here; without it, to the last sender
    QList<QHostAddress> joins;           // multicast groups to join once bound
    QString joinInterface;               // interface for the joins; empty = default
};
