#pragma once

#include <QHostAddress>
#include <QMetaType>
#include <QString>

// A multicast group a UdpPeer has joined, on an interface (empty = the system's default).
struct MulticastMembership
{
    QHostAddress group;
    QString interfaceName;

    bool operator==(const MulticastMembership &other) const
    {
        return group == other.group && interfaceName == other.interfaceName;
    }
};

Q_DECLARE_METATYPE(MulticastMembership)
