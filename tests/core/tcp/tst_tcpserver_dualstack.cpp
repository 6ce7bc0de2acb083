// "Any address" is dual stack (issue 11, defect 2): a TcpServer started on QHostAddress::Any
// accepts clients over IPv4 (127.0.0.1) and IPv6 (::1) on the same port and reports Any, so the
// window can say "IPv4 and IPv6". IPv6 rows are skipped on a machine without ::1.
#include <QSignalSpy>
#include <QTcpSocket>
#include <QtTest>

#include "LoopbackRows.h"

#include "TcpServer.h"

class TestTcpServerDualStack : public QObject
{
    Q_OBJECT

private slots:
    void anyAcceptsBothFamilies_data();
    void anyAcceptsBothFamilies();
};

void TestTcpServerDualStack::anyAcceptsBothFamilies_data()
{
    LoopbackRows::add();
}

void TestTcpServerDualStack::anyAcceptsBothFamilies()
{
    QFETCH(QHostAddress, client);
    if (!LoopbackRows::usable(client))
        QSKIP("This machine has no IPv6 loopback (::1).");
    TcpServer server;
    TcpServerOptions options;
    options.bindAddress = QHostAddress(QHostAddress::Any);
    options.port = 0;
    options.reply.mode = ReplyPolicy::Mode::Echo;
    QSignalSpy started(&server, &TcpServer::started);
    server.start(options);
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.at(0).at(0).value<QHostAddress>(), QHostAddress(QHostAddress::Any));
    const quint16 port = started.at(0).at(1).value<quint16>();

    QTcpSocket socket;
    socket.connectToHost(client, port);
    QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
    socket.write("ping");
    QTRY_COMPARE(socket.bytesAvailable(), qint64(4));
    QCOMPARE(socket.readAll(), QByteArray("ping"));
}

QTEST_GUILESS_MAIN(TestTcpServerDualStack)
#include "tst_tcpserver_dualstack.moc"
