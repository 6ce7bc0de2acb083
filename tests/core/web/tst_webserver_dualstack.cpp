// "Any address" is dual stack (issue 11, defect 2): a WebServer started on QHostAddress::Any
// answers over IPv4 (127.0.0.1) and IPv6 (::1) on the same port and reports Any. IPv6 rows are
// skipped on a machine without ::1.
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include "LoopbackRows.h"

#include "WebServer.h"

class TestWebServerDualStack : public QObject
{
    Q_OBJECT

private slots:
    void anyAnswersBothFamilies_data();
    void anyAnswersBothFamilies();
};

void TestWebServerDualStack::anyAnswersBothFamilies_data()
{
    LoopbackRows::add();
}

void TestWebServerDualStack::anyAnswersBothFamilies()
{
    QFETCH(QHostAddress, client);
    if (!LoopbackRows::usable(client))
        QSKIP("This machine has no IPv6 loopback (::1).");
    QTemporaryDir root;
    QVERIFY(root.isValid());
    QFile index(root.filePath(QStringLiteral("index.html")));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("<p>both</p>");
    index.close();

    WebServer server;
    WebServerOptions options;
    options.root = root.path();
    options.bindAddress = QHostAddress(QHostAddress::Any);
    options.port = 0;
    QSignalSpy started(&server, &WebServer::started);
    server.start(options);
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.at(0).at(0).value<QHostAddress>(), QHostAddress(QHostAddress::Any));
    const quint16 port = started.at(0).at(1).value<quint16>();

    QTcpSocket socket;
    socket.connectToHost(client, port);
    QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
    socket.write("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QByteArray reply;
    QTRY_VERIFY((reply += socket.readAll()).contains("<p>both</p>"));
    QVERIFY2(reply.startsWith("HTTP/1.1 200 "), reply.constData());
}

QTEST_GUILESS_MAIN(TestWebServerDualStack)
#include "tst_webserver_dualstack.moc"
