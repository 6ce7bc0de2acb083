#pragma once

#include <QHostAddress>
#include <QTcpServer>
#include <QtTest>

// Data rows for "a server on any address answers both families": a client on 127.0.0.1 and
// one on ::1 (column "client"), and whether this machine has an IPv6 loopback at all.
namespace LoopbackRows {

inline void add()
{
    QTest::addColumn<QHostAddress>("client");
    QTest::newRow("IPv4 127.0.0.1") << QHostAddress(QHostAddress::LocalHost);
    QTest::newRow("IPv6 ::1") << QHostAddress(QHostAddress::LocalHostIPv6);
}

inline bool usable(const QHostAddress &client)
{
    if (client.protocol() != QAbstractSocket::IPv6Protocol)
        return true;
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHostIPv6, 0);
}

} // namespace LoopbackRows
