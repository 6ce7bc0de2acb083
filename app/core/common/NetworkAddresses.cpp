#include "NetworkAddresses.h"

#include <QCoreApplication>
#include <QNetworkInterface>

QList<BindChoice> NetworkAddresses::bindChoices()
{
    QList<BindChoice> out;
    out.append({QCoreApplication::translate("NetworkAddresses", "Any address (IPv4 + IPv6)"), QHostAddress(QHostAddress::Any)});
    out.append({QCoreApplication::translate("NetworkAddresses", "localhost (127.0.0.1)"), QHostAddress(QHostAddress::LocalHost)});
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : interfaces) {
        if (!(iface.flags() & QNetworkInterface::IsUp))
            continue;
        for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
            const QHostAddress a = entry.ip();
            if (a == QHostAddress(QHostAddress::LocalHost))
                continue;
            out.append({QStringLiteral("%1 — %2").arg(iface.humanReadableName(), a.toString()), a});
        }
    }
    return out;
}

QList<BindChoice> NetworkAddresses::broadcastChoices()
{
    QList<BindChoice> out;
    out.append({QCoreApplication::translate("NetworkAddresses", "Limited broadcast (255.255.255.255)"),
                QHostAddress(QHostAddress::Broadcast)});
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : interfaces) {
        if (!(iface.flags() & QNetworkInterface::IsUp) || !(iface.flags() & QNetworkInterface::CanBroadcast))
            continue;
        for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
            if (entry.broadcast().isNull())
                continue;
            out.append({QStringLiteral("%1 — %2").arg(iface.humanReadableName(), entry.broadcast().toString()),
                        entry.broadcast()});
        }
    }
    return out;
}

QHostAddress NetworkAddresses::parseBindAddress(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("any") || t == QLatin1String("*"))
        return QHostAddress(QHostAddress::Any);
    if (t == QLatin1String("localhost"))
        return QHostAddress(QHostAddress::LocalHost);
    if (t == QLatin1String("localhost6"))
        return QHostAddress(QHostAddress::LocalHostIPv6);
    QString s = t;
    if (s.startsWith(QLatin1Char('[')) && s.endsWith(QLatin1Char(']')))
        s = s.mid(1, s.size() - 2);
    return QHostAddress(s);
}
