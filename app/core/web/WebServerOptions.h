#pragma once

#include <QHostAddress>
#include <QMetaType>
#include <QString>

// Everything the web server engine needs to start. The GUI tab and `socketlab web` fill it in.
struct WebServerOptions
{
    QString root;                                        // folder served as "/"
    QHostAddress bindAddress = QHostAddress(QHostAddress::Any);
    quint16 port = 8000;                                 // 0: the OS picks one
    bool listing = false;                                // HTML listing of folders without index.html
    bool logRequests = true;                             // emit requestsLogged() batches
    int maxConnections = 2000;                           // over the cap: 503 and close
    int headTimeoutMs = 10000;                           // from the first byte of a head: 408 and close
    int idleTimeoutMs = 15000;                           // keep-alive idle / stalled client: close
};

Q_DECLARE_METATYPE(WebServerOptions)
