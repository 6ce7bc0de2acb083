#include <QtTest>

#include <QTcpServer>

#include "PlatformPaths.h"
#include "PortOwner.h"
#include "SocketErrorText.h"

using Role = SocketErrorText::Role;

class tst_SocketErrorText : public QObject
{
    Q_OBJECT

private slots:
    void explain_data();
    void explain();
    void bindFailed_data();
    void bindFailed();
    void portInUseNamesTheOwner();
};

void tst_SocketErrorText::explain_data()
{
    QTest::addColumn<QAbstractSocket::SocketError>("error");
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("expectedPart");
    QTest::newRow("refused") << QAbstractSocket::ConnectionRefusedError << Role::TcpClient << QStringLiteral("127.0.0.1") << QString()
                             << QStringLiteral("No server is listening on 127.0.0.1:1246");
    QTest::newRow("refused ipv6") << QAbstractSocket::ConnectionRefusedError << Role::TcpClient << QStringLiteral("::1") << QString()
                                  << QStringLiteral("No server is listening on [::1]:1246");
    QTest::newRow("host not found") << QAbstractSocket::HostNotFoundError << Role::TcpClient << QStringLiteral("nosuch.invalid") << QString()
                                    << QStringLiteral("“nosuch.invalid” could not be found");
    QTest::newRow("server closed") << QAbstractSocket::RemoteHostClosedError << Role::TcpClient << QStringLiteral("10.0.0.1") << QString()
                                   << QStringLiteral("The server 10.0.0.1:1246 closed the connection.");
    QTest::newRow("peer closed") << QAbstractSocket::RemoteHostClosedError << Role::TcpPeer << QStringLiteral("10.0.0.1") << QString()
                                 << QStringLiteral("10.0.0.1:1246 closed the connection.");
    QTest::newRow("reset") << QAbstractSocket::NetworkError << Role::TcpPeer << QStringLiteral("10.0.0.1")
                           << QStringLiteral("Connection reset by peer") << QStringLiteral("10.0.0.1:1246 reset the connection");
    QTest::newRow("timeout") << QAbstractSocket::SocketTimeoutError << Role::TcpClient << QStringLiteral("10.0.0.1") << QString()
                             << QStringLiteral("did not answer in time");
    QTest::newRow("other keeps detail") << QAbstractSocket::UnknownSocketError << Role::TcpClient << QStringLiteral("h")
                                        << QStringLiteral("weird thing") << QStringLiteral("weird thing");
}

void tst_SocketErrorText::explain()
{
    QFETCH(QAbstractSocket::SocketError, error);
    QFETCH(Role, role);
    QFETCH(QString, host);
    QFETCH(QString, detail);
    QFETCH(QString, expectedPart);
    const QString text = SocketErrorText::explain(error, role, host, 1246, detail);
    QVERIFY2(text.contains(expectedPart), qPrintable(text));
}

void tst_SocketErrorText::bindFailed_data()
{
    QTest::addColumn<QAbstractSocket::SocketError>("error");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("expectedPart");
    QTest::newRow("privileged port") << QAbstractSocket::SocketAccessError << QStringLiteral("0.0.0.0") << 80
                                     << QStringLiteral("Port 80 needs administrator rights");
    QTest::newRow("address not here") << QAbstractSocket::SocketAddressNotAvailableError << QStringLiteral("192.0.2.1") << 5000
                                      << QStringLiteral("This machine has no address 192.0.2.1");
    QTest::newRow("in use, owner unknown") << QAbstractSocket::AddressInUseError << QStringLiteral("0.0.0.0") << 1
                                           << QStringLiteral("Port 1 is already in use");
}

void tst_SocketErrorText::bindFailed()
{
    QFETCH(QAbstractSocket::SocketError, error);
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(QString, expectedPart);
    const QString text = SocketErrorText::bindFailed(error, false, address, quint16(port));
    QVERIFY2(text.contains(expectedPart), qPrintable(text));
}

void tst_SocketErrorText::portInUseNamesTheOwner()
{
    QTcpServer server;
    QVERIFY2(server.listen(QHostAddress::Any, 0), qPrintable(server.errorString()));
    const QString owner = PortOwner::describe(server.serverPort(), PortOwner::Protocol::Tcp);
    if (!SOCKETLAB_LINUX_PATHS) {
        QCOMPARE(owner, QString());   // the portable build never knows
        const QString text = SocketErrorText::bindFailed(QAbstractSocket::AddressInUseError, false,
                                                         QStringLiteral("0.0.0.0"), server.serverPort());
        QVERIFY2(text.contains(QLatin1String("in use by another program")), qPrintable(text));
        return;
    }
    QVERIFY2(owner.endsWith(QStringLiteral("(PID %1)").arg(QCoreApplication::applicationPid())), qPrintable(owner));
    const QString text = SocketErrorText::bindFailed(QAbstractSocket::AddressInUseError, false, QStringLiteral("0.0.0.0"),
                                                     server.serverPort());
    QVERIFY2(text.contains(owner), qPrintable(text));
}

QTEST_GUILESS_MAIN(tst_SocketErrorText)
#include "tst_socketerrortext.moc"
