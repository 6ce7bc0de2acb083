#pragma once

#include "RoleTab.h"

// A RoleTab whose two sides are a `Server` and a `Client` panel: makes them, hands them out with
// their own types, and wires the client's offer of this window's server (the server panel's
// ownServerChanged goes to the client panel's offerServer, whatever ports they carry).
template <class Server, class Client>
class RoleTabOf : public RoleTab
{
public:
    Server *serverPanel() const;
    Client *clientPanel() const;

protected:
    RoleTabOf(const Words &words, const QString &settingsGroup, const QStringList &openCommands, QWidget *parent);
};

template <class Server, class Client>
RoleTabOf<Server, Client>::RoleTabOf(const Words &words, const QString &settingsGroup, const QStringList &openCommands,
                                     QWidget *parent)
    : RoleTab(words, settingsGroup, openCommands, parent)
{
    setSides(new Server(this), new Client(this));
    // The client side offers the server of this window (its ports may be ones the system chose).
    connect(serverPanel(), &Server::ownServerChanged, clientPanel(), &Client::offerServer);
}

template <class Server, class Client>
Server *RoleTabOf<Server, Client>::serverPanel() const
{
    return static_cast<Server *>(serverSide());
}

template <class Server, class Client>
Client *RoleTabOf<Server, Client>::clientPanel() const
{
    return static_cast<Client *>(clientSide());
}
