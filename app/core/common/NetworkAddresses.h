#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

// The addresses a server can bind to or a sender can broadcast on, for the address pickers.
struct BindChoice
{
    QString label;          // "Any address (IPv4 + IPv6)", "localhost (127.0.0.1)", "eth0 — 10.0.0.5"
    QHostAddress address;
};

class NetworkAddresses
{
public:
    // Any (dual stack), localhost, then each interface address that is up.
    static QList<BindChoice> bindChoices();
    // Broadcast addresses of the interfaces that are up, plus 255.255.255.255.
    static QList<BindChoice> broadcastChoices();
    // "any", "localhost", "0.0.0.0", "::", or an address; nullopt-like null address on error.
    static QHostAddress parseBindAddress(const QString &text);
};
