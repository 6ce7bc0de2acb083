#include "SocketErrorText.h"

#include <QCoreApplication>

#include "Endpoint.h"
#include "PortOwner.h"

QString SocketErrorText::bindFailed(QAbstractSocket::SocketError error, bool udp, const QString &address,
                                    quint16 port, const QString &detail)
{
    switch (error) {
    case QAbstractSocket::AddressInUseError: {
        const QString owner = PortOwner::describe(port, udp ? PortOwner::Protocol::Udp : PortOwner::Protocol::Tcp);
        if (!owner.isEmpty())
            return tr("Port %1 is already in use by %2. Stop that program or choose another port.")
                .arg(port).arg(owner);
        return tr("Port %1 is already in use by another program (or a socket still closing). Choose another port or stop that program.")
            .arg(port);
    }
    case QAbstractSocket::SocketAccessError:
        if (port != 0 && port < 1024)
            return tr("Port %1 needs administrator rights: ports below 1024 are reserved. Choose a port of 1024 or above, or run as administrator.")
                .arg(port);
        return tr("The system refused access to %1. %2").arg(Endpoint::format(address, port), detail);
    case QAbstractSocket::SocketAddressNotAvailableError:
        return tr("This machine has no address %1, so nothing can be bound to it. Pick one of the listed addresses.")
            .arg(address);
    case QAbstractSocket::UnsupportedSocketOperationError:
        return tr("The address %1 cannot be used here (is IPv6 turned off?). %2").arg(address, detail);
    default:
        return tr("Could not listen on %1: %2").arg(Endpoint::format(address, port), detail);
    }
}

QString SocketErrorText::reset(const QString &host, quint16 port)
{
    return tr("%1 reset the connection (the program there closed it abruptly or crashed).").arg(Endpoint::format(host, port));
}

QString SocketErrorText::explain(QAbstractSocket::SocketError error, Role role, const QString &host,
                                 quint16 port, const QString &detail)
{
    const QString where = Endpoint::format(host, port);
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return tr("No server is listening on %1 (connection refused). Start the server first, or check the port.").arg(where);
    case QAbstractSocket::RemoteHostClosedError:
        return role == Role::TcpClient ? tr("The server %1 closed the connection.").arg(where)
                                            : tr("%1 closed the connection.").arg(where);
    case QAbstractSocket::HostNotFoundError:
        return tr("The host name “%1” could not be found. Check the spelling, or use an IP address such as 127.0.0.1.").arg(host);
    case QAbstractSocket::SocketTimeoutError:
        return tr("%1 did not answer in time. Is the host up, and is a firewall dropping the packets?").arg(where);
    case QAbstractSocket::NetworkError:
        if (detail.contains(QLatin1String("reset"), Qt::CaseInsensitive))
            return reset(host, port);
        return tr("A network error on the connection to %1: %2").arg(where, detail);
    case QAbstractSocket::AddressInUseError:
    case QAbstractSocket::SocketAccessError:
    case QAbstractSocket::SocketAddressNotAvailableError:
        return bindFailed(error, role == Role::Udp, host, port, detail);
    case QAbstractSocket::DatagramTooLargeError:
        return tr("The datagram is too large: UDP over IPv4 carries at most 65,507 bytes.");
    case QAbstractSocket::SocketResourceError:
        return tr("The system ran out of sockets or memory (too many open connections?): %1").arg(detail);
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyConnectionClosedError:
        return tr("The proxy failed: %1").arg(detail);
    default:
        return tr("Socket error with %1: %2").arg(where, detail);
    }
}
