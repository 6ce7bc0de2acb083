#include "PortOwner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace {

// Socket inodes bound to `port` (listening for TCP, any state for UDP), from /proc/net/*.
QSet<QString> socketInodes(quint16 port, PortOwner::Protocol protocol)
{
    QSet<QString> inodes;
    const QStringList tables = protocol == PortOwner::Protocol::Tcp
        ? QStringList{QStringLiteral("/proc/net/tcp"), QStringLiteral("/proc/net/tcp6")}
        : QStringList{QStringLiteral("/proc/net/udp"), QStringLiteral("/proc/net/udp6")};
    for (const QString &table : tables) {
        QFile f(table);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        f.readLine(); // header
        while (!f.atEnd()) {
            const QList<QByteArray> cols = f.readLine().simplified().split(' ');
            if (cols.size() < 10)
                continue;
            const QByteArray local = cols.at(1);
            const qsizetype colon = local.lastIndexOf(':');
            bool ok = false;
            const uint localPort = local.mid(colon + 1).toUInt(&ok, 16);
            if (!ok || localPort != port)
                continue;
            if (protocol == PortOwner::Protocol::Tcp && cols.at(3) != "0A") // LISTEN
                continue;
            inodes.insert(QString::fromLatin1(cols.at(9)));
        }
    }
    inodes.remove(QStringLiteral("0"));
    return inodes;
}

} // namespace

QString PortOwner::describe(quint16 port, Protocol protocol)
{
    const QSet<QString> inodes = socketInodes(port, protocol);
    if (inodes.isEmpty())
        return {};
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        if (!pid.at(0).isDigit())
            continue;
        const QString fdDir = QStringLiteral("/proc/%1/fd").arg(pid);
        const QStringList fds = QDir(fdDir).entryList(QDir::NoDotAndDotDot | QDir::System);
        for (const QString &fd : fds) {
            const QString target = QFileInfo(fdDir + QLatin1Char('/') + fd).symLinkTarget();
            // symLinkTarget() resolves relative to the fd dir; the link text is "socket:[123]".
            const qsizetype open = target.lastIndexOf(QLatin1String("socket:["));
            if (open < 0)
                continue;
            const QString inode = target.mid(open + 8).chopped(1);
            if (!inodes.contains(inode))
                continue;
            QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
            QString name = comm.open(QIODevice::ReadOnly) ? QString::fromUtf8(comm.readAll()).trimmed()
                                                          : QString();
            if (name.isEmpty())
                name = QStringLiteral("?");
            return QStringLiteral("%1 (PID %2)").arg(name, pid);
        }
    }
    return {};
}
