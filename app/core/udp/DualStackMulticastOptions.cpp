#include "DualStackMulticastOptions.h"

#include <QNetworkInterface>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#endif

void DualStackMulticastOptions::apply(qintptr descriptor, int ttl, bool loopback, const QNetworkInterface &iface)
{
#ifdef Q_OS_UNIX
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
#else
    Q_UNUSED(descriptor)
    Q_UNUSED(ttl)
    Q_UNUSED(loopback)
    Q_UNUSED(iface)
#endif
}
