#pragma once

#include <QtGlobal>

class QNetworkInterface;

// A socket bound to "any address (IPv4 + IPv6)" is an IPv6 socket that also carries IPv4.
// QUdpSocket sets only the IPv6 multicast options on it (hop limit, loopback, interface), but
// datagrams to an IPv4 group follow the IPv4 ones (IP_MULTICAST_TTL/LOOP/IF), which then stay at
// the system defaults: TTL 1 and the default route's interface. This mirrors our choices onto
// the IPv4 options of such a socket. Errors are ignored: an IPv6-only socket refuses them, and
// then no IPv4 datagram is sent from it anyway.
class DualStackMulticastOptions
{
public:
    // An invalid interface leaves the system's choice.
    static void apply(qintptr descriptor, int ttl, bool loopback, const QNetworkInterface &iface);
};
