#include "DualStackMulticastOptions.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkInterface>
#include <QString>

#include <cerrno>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

void DualStackMulticastOptions::apply(qintptr descriptor, int ttl, bool loopback, const QNetworkInterface &iface)
{
    const int fd = int(descriptor);
    if (fd < 0)
        return;
    const int ttlValue = ttl;
    ::setsockopt(fd, IPPROTO_IP, IP_MULTICAST_TTL, &ttlValue, sizeof ttlValue);
    const int loopValue = loopback ? 1 : 0;
    ::setsockopt(fd, IPPROTO_IP, IP_MULTICAST_LOOP, &loopValue, sizeof loopValue);
#ifdef Q_OS_LINUX
    if (iface.isValid()) {
        // The index alone picks the interface but, on an IPv6 socket, not the source address
        // (Linux 6 then sends from the default route's address); give its IPv4 address too.
        ip_mreqn request {};
        request.imr_ifindex = iface.index();
        for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol) {
                request.imr_address.s_addr = htonl(entry.ip().toIPv4Address());
                break;
            }
        }
        ::setsockopt(fd, IPPROTO_IP, IP_MULTICAST_IF, &request, sizeof request);
    }
#else
    Q_UNUSED(iface)
#endif
}

namespace {

bool changeMembership(bool join, qintptr descriptor, const QHostAddress &group, const QNetworkInterface &iface,
                      QString *error)
{
#ifdef Q_OS_LINUX
    const int fd = int(descriptor);
    ip_mreqn request {};
    request.imr_multiaddr.s_addr = htonl(group.toIPv4Address());
    request.imr_ifindex = iface.isValid() ? iface.index() : 0;   // 0: the route to the group decides
    if (::setsockopt(fd, IPPROTO_IP, join ? IP_ADD_MEMBERSHIP : IP_DROP_MEMBERSHIP, &request, sizeof request) == 0)
        return true;
    if (error)
        *error = qt_error_string(errno);
    return false;
#else
    Q_UNUSED(join)
    Q_UNUSED(descriptor)
    Q_UNUSED(group)
    Q_UNUSED(iface)
    if (error)
        *error = QCoreApplication::translate("DualStackMulticastOptions",
            "this system cannot join an IPv4 group from a socket bound to any address (IPv4 + IPv6); bind to any IPv4 address (0.0.0.0) instead");
    return false;
#endif
}

} // namespace

bool DualStackMulticastOptions::joinIPv4Group(qintptr descriptor, const QHostAddress &group,
                                              const QNetworkInterface &iface, QString *error)
{
    return changeMembership(true, descriptor, group, iface, error);
}

bool DualStackMulticastOptions::leaveIPv4Group(qintptr descriptor, const QHostAddress &group,
                                               const QNetworkInterface &iface, QString *error)
{
    return changeMembership(false, descriptor, group, iface, error);
}
