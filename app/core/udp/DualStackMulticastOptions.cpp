#include "DualStackMulticastOptions.h"

#ifdef Q_OS_UNIX
#include <netinet/in.h>
#include <sys/socket.h>
#endif

void DualStackMulticastOptions::apply(qintptr descriptor, int ttl, bool loopback, int interfaceIndex)
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
    if (interfaceIndex > 0) {
        ip_mreqn request {};
        request.imr_ifindex = interfaceIndex;
        ::setsockopt(fd, IPPROTO_IP, IP_MULTICAST_IF, &request, sizeof request);
    }
#else
    Q_UNUSED(interfaceIndex)
#endif
#else
    Q_UNUSED(descriptor)
    Q_UNUSED(ttl)
    Q_UNUSED(loopback)
    Q_UNUSED(interfaceIndex)
#endif
}
