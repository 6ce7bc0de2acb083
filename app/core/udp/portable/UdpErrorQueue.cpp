#include "UdpErrorQueue.h"

#include <QUdpSocket>

namespace {

// Collects the socket's errors as they are reported (a child of the socket: it goes with it),
// until drain() takes them.
class ErrorCollector final : public QObject
{
public:
    explicit ErrorCollector(QUdpSocket *socket)
        : QObject(socket)
    {
        setObjectName(QStringLiteral("UdpErrorQueue"));
        connect(socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            switch (error) {
            case QAbstractSocket::ConnectionRefusedError:   // ICMP port unreachable, where reported
            case QAbstractSocket::RemoteHostClosedError:    // Windows: WSAECONNRESET on a UDP socket
                if (reports.size() < 1024) {
                    UdpErrorQueue::Report report;
                    report.kind = UdpErrorQueue::Kind::PortUnreachable;
                    reports.append(report);
                }
                break;
            default:
                break;   // the caller reports other errors from the socket itself
            }
        });
    }

    QList<UdpErrorQueue::Report> reports;
};

ErrorCollector *collectorOf(QUdpSocket *socket)
{
    // Found by its name (it has no meta-object of its own); only enable() makes such a child.
    return static_cast<ErrorCollector *>(
        socket->findChild<QObject *>(QStringLiteral("UdpErrorQueue"), Qt::FindDirectChildrenOnly));
}

} // namespace

bool UdpErrorQueue::enable(QUdpSocket *socket)
{
    if (!collectorOf(socket))
        new ErrorCollector(socket);
    return true;
}

QList<UdpErrorQueue::Report> UdpErrorQueue::drain(QUdpSocket *socket, int max)
{
    ErrorCollector *collector = collectorOf(socket);
    if (!collector)
        return {};
    QList<Report> taken = collector->reports.mid(0, max);
    collector->reports.remove(0, taken.size());
    return taken;
}
