#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

// A host and a port as the user types them: "127.0.0.1:1246", "localhost:80", "[::1]:8000".
struct Endpoint
{
    QString host;
    quint16 port = 0;

    // nullopt + a translated reason when the text is not HOST:PORT with a port 1-65535.
    static std::optional<Endpoint> parse(const QString &text, QString *error = nullptr);
    // "127.0.0.1:5000" / "[::1]:5000"; IPv4-mapped IPv6 addresses are shown as IPv4.
    static QString format(const QHostAddress &address, quint16 port);
    // The one rule for IPv4-mapped addresses, used wherever SocketLab shows, compares or picks
    // by family: an IPv4-mapped IPv6 address (what a dual-stack socket reports for an IPv4
    // peer, ::ffff:127.0.0.1) is that IPv4 address (127.0.0.1); every other address stays as it
    // is ("::" stays "::", "::1" stays "::1", "any" stays "any").
    static QHostAddress unmapped(const QHostAddress &address);
    // unmapped(address) as text: the host to show or to connect to.
    static QString hostText(const QHostAddress &address);
    // Whether the address is IPv4 once unmapped (127.0.0.1, ::ffff:127.0.0.1; not "::").
    static bool isIPv4(const QHostAddress &address);
    static QString format(const QString &host, quint16 port);
    QString toString() const;
};
