#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QMetaType>

#include "Framer.h"
#include "ReplyPolicy.h"

struct TcpServerOptions
{
    QHostAddress bindAddress = QHostAddress(QHostAddress::Any);
    quint16 port = 0;                       // 0: the OS picks one (reported by started())
    ReplyPolicy reply;
    QByteArray greeting;                    // sent to each client on connect when not empty
    bool relay = false;                     // chat room: each message to all other clients
    Framer::Mode framing = Framer::Mode::Raw;
    qint64 maxMessage = Framer::DefaultMaxMessage;
    int maxClients = 10000;
    // All clients together may hold this many bytes of unfinished messages (Lines/length
    // framing); the client that grows past it is dropped.
    qint64 maxBufferedTotal = 64 * 1024 * 1024;
    // An unfinished message may wait this long for its next byte (0 = for ever).
    int partialTimeoutMs = 30000;
};

struct TcpClientOptions
{
    QString host;
    quint16 port = 0;
    Framer::Mode framing = Framer::Mode::Raw;
    qint64 maxMessage = Framer::DefaultMaxMessage;
    bool autoReconnect = false;
    int reconnectIntervalMs = 2000;
};

Q_DECLARE_METATYPE(TcpServerOptions)
Q_DECLARE_METATYPE(TcpClientOptions)
