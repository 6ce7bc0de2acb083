#include <QTest>
#include <QUdpSocket>

#include "UdpErrorQueue.h"

// UdpErrorQueue as this build has it: the Linux error queue (with the destination of the
// refused datagram), or what QUdpSocket itself reports (portable: the destination unknown).
// A connected socket gets "port unreachable" from both.
class TestUdpErrorQueue : public QObject
{
    Q_OBJECT

private slots:
    void portUnreachableIsReported();
    void nothingToReport();
};

void TestUdpErrorQueue::portUnreachableIsReported()
{
    quint16 closedPort = 0;
    {
        QUdpSocket probe;
        QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
        closedPort = probe.localPort();
    }
    QUdpSocket socket;
    QVERIFY2(socket.bind(QHostAddress::LocalHost, 0), qPrintable(socket.errorString()));
    QVERIFY(UdpErrorQueue::enable(&socket));
    socket.connectToHost(QHostAddress::LocalHost, closedPort);
    QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(socket.write("anyone?"), qint64(7));

    // The error surfaces on the next read (QUdpSocket) or waits in the queue (Linux).
    QList<UdpErrorQueue::Report> reports;
    const auto collect = [&] {
        char byte = 0;
        socket.readDatagram(&byte, 1);
        reports += UdpErrorQueue::drain(&socket);
        return !reports.isEmpty();
    };
    QTRY_VERIFY(collect());
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.first().kind, UdpErrorQueue::Kind::PortUnreachable);
    if (reports.first().port != 0) {   // Linux: says where the datagram was going
        QCOMPARE(reports.first().destination, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(reports.first().port, closedPort);
    } else {
        QVERIFY(reports.first().destination.isNull());
    }
    QVERIFY(UdpErrorQueue::drain(&socket).isEmpty());   // each error is reported once
}

void TestUdpErrorQueue::nothingToReport()
{
    QUdpSocket socket;
    QVERIFY(socket.bind(QHostAddress::LocalHost, 0));
    UdpErrorQueue::enable(&socket);
    QVERIFY(UdpErrorQueue::drain(&socket).isEmpty());
    QUdpSocket never;   // not enabled, not even bound
    QVERIFY(UdpErrorQueue::drain(&never).isEmpty());
}

QTEST_GUILESS_MAIN(TestUdpErrorQueue)
#include "tst_udperrorqueue.moc"
