#include "Endpoint.h"

#include <QCoreApplication>

std::optional<Endpoint> Endpoint::parse(const QString &text, QString *error)
{
    const QString t = text.trimmed();
    QString host;
    QString portText;
    if (t.startsWith(QLatin1Char('['))) {
        const qsizetype close = t.indexOf(QLatin1Char(']'));
        if (close > 0 && close + 1 < t.size() && t.at(close + 1) == QLatin1Char(':')) {
            host = t.mid(1, close - 1);
            portText = t.mid(close + 2);
        }
    } else {
        const qsizetype colon = t.lastIndexOf(QLatin1Char(':'));
        if (colon > 0 && t.indexOf(QLatin1Char(':')) == colon) {
            host = t.left(colon);
            portText = t.mid(colon + 1);
        }
    }
    bool ok = false;
    const uint port = portText.toUInt(&ok);
    if (host.isEmpty() || !ok || port == 0 || port > 65535) {
        if (error)
            *error = QCoreApplication::translate("Endpoint",
                         "“%1” is not HOST:PORT (for example 127.0.0.1:1246, localhost:8000 or [::1]:9000; the port is 1-65535).")
                         .arg(text);
        return std::nullopt;
    }
    return Endpoint{host, quint16(port)};
}

QString Endpoint::format(const QHostAddress &address, quint16 port)
{
    return format(hostText(address), port);
}

QHostAddress Endpoint::unmapped(const QHostAddress &address)
{
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return address;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    // toIPv4Address() also turns "::" into 0.0.0.0; only IPv4-mapped addresses are IPv4.
    if (isV4 && address.isEqual(QHostAddress(v4), QHostAddress::ConvertV4MappedToIPv4))
        return QHostAddress(v4);
    return address;
}

QString Endpoint::hostText(const QHostAddress &address)
{
    return unmapped(address).toString();
}

bool Endpoint::isIPv4(const QHostAddress &address)
{
    return unmapped(address).protocol() == QAbstractSocket::IPv4Protocol;
}

QString Endpoint::format(const QString &host, quint16 port)
{
    if (host.contains(QLatin1Char(':')))
        return QStringLiteral("[%1]:%2").arg(host).arg(port);
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

QString Endpoint::toString() const
{
    return format(host, port);
}
