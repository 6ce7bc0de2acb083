#include "DualStackMulticastOptions.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkInterface>
#include <QString>

// Qt sets no IPv4 option on an IPv6 socket and refuses an IPv4 group on it: on a socket bound
// to any address (IPv4 + IPv6), IPv4 multicast keeps the system's defaults (TTL 1, the default
// route's interface) and IPv4 groups are joined from a socket bound to 0.0.0.0 only.

void DualStackMulticastOptions::apply(qintptr descriptor, int ttl, bool loopback, const QNetworkInterface &iface)
{
    Q_UNUSED(descriptor)
    Q_UNUSED(ttl)
    Q_UNUSED(loopback)
    Q_UNUSED(iface)
}

namespace {

bool refuse(QString *error)
{
    if (error)
        *error = QCoreApplication::translate("DualStackMulticastOptions",
            "this system cannot join an IPv4 group from a socket bound to any address (IPv4 + IPv6); bind to any IPv4 address (0.0.0.0) instead");
    return false;
}

} // namespace

bool DualStackMulticastOptions::joinIPv4Group(qintptr descriptor, const QHostAddress &group,
                                              const QNetworkInterface &iface, QString *error)
{
    Q_UNUSED(descriptor)
    Q_UNUSED(group)
    Q_UNUSED(iface)
    return refuse(error);
}

bool DualStackMulticastOptions::leaveIPv4Group(qintptr descriptor, const QHostAddress &group,
                                               const QNetworkInterface &iface, QString *error)
{
    Q_UNUSED(descriptor)
    Q_UNUSED(group)
    Q_UNUSED(iface)
    return refuse(error);
}
