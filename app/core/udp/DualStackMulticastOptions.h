#pragma once

#include <QtGlobal>

class QHostAddress;
class QNetworkInterface;
class QString;

// A socket bound to "any address (IPv4 + IPv6)" is an IPv6 socket that also carries IPv4.
// QUdpSocket sets only the IPv6 multicast options on it (hop limit, loopback, interface), but
// datagrams to an IPv4 group follow the IPv4 ones (IP_MULTICAST_TTL/LOOP/IF), which then stay at
// the system defaults: TTL 1 and the default route's interface. This mirrors our choices onto
// the IPv4 options of such a socket. Errors are ignored: an IPv6-only socket refuses them, and
// then no IPv4 datagram is sent from it anyway.
//
// Joining an IPv4 group is refused by QUdpSocket on such a socket (Windows cannot do it), but
// Linux can: IP_ADD_MEMBERSHIP on the IPv6 socket, and the group's datagrams arrive as from
// IPv4-mapped senders. joinIPv4Group / leaveIPv4Group do that; elsewhere they fail with a reason.
// posix/DualStackMulticastOptions.cpp; the portable build (portable/…) can do neither: apply()
// leaves the IPv4 options at the system's defaults and the joins fail with that reason.
class DualStackMulticastOptions
{
public:
    // An invalid interface leaves the system's choice.
    static void apply(qintptr descriptor, int ttl, bool loopback, const QNetworkInterface &iface);
    // False with the system's reason in `error` when the system refuses.
    static bool joinIPv4Group(qintptr descriptor, const QHostAddress &group, const QNetworkInterface &iface,
                              QString *error);
    static bool leaveIPv4Group(qintptr descriptor, const QHostAddress &group, const QNetworkInterface &iface,
                               QString *error);
};
