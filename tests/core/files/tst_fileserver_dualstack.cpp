// "Any address" is dual stack (issue 11, defect 2): a FileServer started on QHostAddress::Any
// serves its three ports over IPv4 (127.0.0.1) and IPv6 (::1). IPv6 rows are skipped on a
// machine without ::1.
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include "LoopbackRows.h"

#include "FileServer.h"

class TestFileServerDualStack : public QObject
{
    Q_OBJECT

private slots:
    void anyServesBothFamilies_data();
    void anyServesBothFamilies();
};

void TestFileServerDualStack::anyServesBothFamilies_data()
{
    LoopbackRows::add();
}

void TestFileServerDualStack::anyServesBothFamilies()
{
    QFETCH(QHostAddress, client);
    if (!LoopbackRows::usable(client))
        QSKIP("This machine has no IPv6 loopback (::1).");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("a.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hello");
    file.close();

    FileServer server;
    FileServerOptions options;
    options.root = dir.path();
    options.bindAddress = QHostAddress(QHostAddress::Any);
    options.downloadPort = options.uploadPort = options.protocolPort = 0;
    options.answerDelayMs = 10;
    QSignalSpy started(&server, &FileServer::started);
    server.start(options);
    QCOMPARE(started.count(), 1);

    // SLFT/1 LIST on the protocol port.
    QTcpSocket slft;
    slft.connectToHost(client, started.at(0).at(2).value<quint16>());
    QTRY_COMPARE(slft.state(), QAbstractSocket::ConnectedState);
    slft.write("SLFT/1 LIST /\n");
    QTRY_VERIFY(slft.canReadLine());
    QCOMPARE(slft.readLine(), QByteArray("SLFT/1 200 1\n"));
    QTRY_VERIFY(slft.canReadLine());
    QVERIFY(slft.readLine().endsWith(" a.txt\n"));

    // A classic download on the download port.
    QTcpSocket classic;
    classic.connectToHost(client, started.at(0).at(0).value<quint16>());
    QTRY_COMPARE(classic.state(), QAbstractSocket::ConnectedState);
    classic.write("a.txt");
    QByteArray answer;
    QTRY_VERIFY((answer += classic.readAll()).endsWith("hello"));
}

QTEST_GUILESS_MAIN(TestFileServerDualStack)
#include "tst_fileserver_dualstack.moc"
