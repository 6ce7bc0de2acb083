#include "UdpErrorQueue.h"

#include <QUdpSocket>

#include <cerrno>
#include <cstring>
#include <linux/errqueue.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include "Endpoint.h"

bool UdpErrorQueue::enable(QUdpSocket *socket)
{
    const qintptr socketDescriptor = socket->socketDescriptor();
    if (socketDescriptor < 0)
        return false;
    const int one = 1;
    const int fd = int(socketDescriptor);
    // An IPv6 (dual-stack) socket needs both: IPv4-mapped traffic reports through IP_RECVERR.
    const bool v4 = ::setsockopt(fd, IPPROTO_IP, IP_RECVERR, &one, sizeof one) == 0;
    const bool v6 = ::setsockopt(fd, IPPROTO_IPV6, IPV6_RECVERR, &one, sizeof one) == 0;
    return v4 || v6;
}

QList<UdpErrorQueue::Report> UdpErrorQueue::drain(QUdpSocket *socket, int max)
{
    QList<Report> reports;
    const qintptr socketDescriptor = socket->socketDescriptor();
    if (socketDescriptor < 0)
        return reports;
    for (int i = 0; i < max; ++i) {
        sockaddr_storage name {};
        char control[512];
        char data[1];
        iovec iov {data, sizeof data};
        msghdr msg {};
        msg.msg_name = &name;
        msg.msg_namelen = sizeof name;
        msg.msg_iov = &iov;
        msg.msg_iovlen = 1;
        msg.msg_control = control;
        msg.msg_controllen = sizeof control;
        if (::recvmsg(int(socketDescriptor), &msg, MSG_ERRQUEUE | MSG_DONTWAIT) < 0)
            break;   // EAGAIN: the queue is empty
        Report report;
        if (name.ss_family == AF_INET) {
            const auto *a = reinterpret_cast<const sockaddr_in *>(&name);
            report.destination = QHostAddress(ntohl(a->sin_addr.s_addr));
            report.port = ntohs(a->sin_port);
        } else if (name.ss_family == AF_INET6) {
            const auto *a = reinterpret_cast<const sockaddr_in6 *>(&name);
            report.destination = Endpoint::unmapped(QHostAddress(a->sin6_addr.s6_addr));
            report.port = ntohs(a->sin6_port);
        }
        bool found = false;
        for (cmsghdr *c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
            const bool isError = (c->cmsg_level == IPPROTO_IP && c->cmsg_type == IP_RECVERR)
                || (c->cmsg_level == IPPROTO_IPV6 && c->cmsg_type == IPV6_RECVERR);
            if (!isError)
                continue;
            sock_extended_err ee {};
            std::memcpy(&ee, CMSG_DATA(c), sizeof ee);
            report.systemError = int(ee.ee_errno);
            found = true;
        }
        if (!found)
            continue;
        switch (report.systemError) {
        case ECONNREFUSED: report.kind = Kind::PortUnreachable; break;
        case EHOSTUNREACH: report.kind = Kind::HostUnreachable; break;
        case ENETUNREACH: report.kind = Kind::NetworkUnreachable; break;
        case EMSGSIZE: report.kind = Kind::TooLarge; break;
        default: report.kind = Kind::Other; break;
        }
        reports.append(report);
    }
    return reports;
}
