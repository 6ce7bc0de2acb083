#pragma once

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QString>

// Socket errors explained in plain words, for students: "no server is listening on
// 127.0.0.1:1246", "port 80 needs administrator rights", "port 8000 is already in use by
// python3 (PID 4242)". Every sentence is translated.
class SocketErrorText
{
    Q_DECLARE_TR_FUNCTIONS(SocketErrorText)

public:
    enum class Role { TcpClient, TcpServer, TcpPeer, Udp };

    // `host`/`port`: what the user asked for (the server to reach or the port to bind).
    // `detail`: the socket's own errorString(), appended when it adds something.
    static QString explain(QAbstractSocket::SocketError error, Role role, const QString &host,
                           quint16 port, const QString &detail = {});
    // "127.0.0.1:5000 reset the connection (…)": the peer ended it with a reset (RST).
    static QString reset(const QString &host, quint16 port);
    static QString bindFailed(QAbstractSocket::SocketError error, bool udp, const QString &address,
                              quint16 port, const QString &detail = {});
};
