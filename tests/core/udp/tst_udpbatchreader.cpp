#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

#include "UdpBatchReader.h"

// UdpBatchReader as this build has it: recvmmsg (Linux) or one QUdpSocket read per datagram
// (portable). Both must hand over the same datagrams, in order, with their senders.
class TestUdpBatchReader : public QObject
{
    Q_OBJECT

private slots:
    void readsSeveralDatagramsWithTheirSenders();
    void nothingWaitingReadsNothing();
    void neverMoreThanAskedFor();

private:
    struct Received
    {
        QByteArray data;
        QHostAddress sender;
        quint16 port = 0;
    };

    // Reads what is waiting (up to `max` per call) into `into`; returns how many there are now.
    static int readInto(UdpBatchReader &reader, QUdpSocket &socket, int max, QList<Received> *into);
};

int TestUdpBatchReader::readInto(UdpBatchReader &reader, QUdpSocket &socket, int max, QList<Received> *into)
{
    const int got = reader.read(&socket, max);
    for (int i = 0; i < got; ++i) {
        const UdpBatchReader::Datagram &d = reader.at(i);
        into->append({QByteArray(d.data, d.size), d.sender, d.port});
    }
    return int(into->size());
}

void TestUdpBatchReader::readsSeveralDatagramsWithTheirSenders()
{
    QUdpSocket receiver;
    QVERIFY2(receiver.bind(QHostAddress::LocalHost, 0), qPrintable(receiver.errorString()));
    QUdpSocket first;
    QUdpSocket second;
    QVERIFY(first.bind(QHostAddress::LocalHost, 0));
    QVERIFY(second.bind(QHostAddress::LocalHost, 0));
    const QByteArray large(60000, 'x');
    const QList<QByteArray> fromFirst{"one", large, "three"};
    const QList<QByteArray> fromSecond{"两", "2"};
    for (const QByteArray &d : fromFirst)
        QCOMPARE(first.writeDatagram(d, QHostAddress::LocalHost, receiver.localPort()), qint64(d.size()));
    for (const QByteArray &d : fromSecond)
        QCOMPARE(second.writeDatagram(d, QHostAddress::LocalHost, receiver.localPort()), qint64(d.size()));

    UdpBatchReader reader;
    QList<Received> received;
    QTRY_COMPARE(readInto(reader, receiver, UdpBatchReader::Slots, &received), 5);

    QList<QByteArray> gotFirst;
    QList<QByteArray> gotSecond;
    for (const Received &r : std::as_const(received)) {
        QCOMPARE(r.sender, QHostAddress(QHostAddress::LocalHost));
        QVERIFY2(r.port == first.localPort() || r.port == second.localPort(), qPrintable(QString::number(r.port)));
        (r.port == first.localPort() ? gotFirst : gotSecond).append(r.data);
    }
    QCOMPARE(gotFirst, fromFirst);   // each sender's datagrams whole and in order
    QCOMPARE(gotSecond, fromSecond);
    QCOMPARE(reader.read(&receiver, UdpBatchReader::Slots), 0);
}

void TestUdpBatchReader::nothingWaitingReadsNothing()
{
    QUdpSocket receiver;
    QVERIFY(receiver.bind(QHostAddress::LocalHost, 0));
    UdpBatchReader reader;
    QCOMPARE(reader.read(&receiver, UdpBatchReader::Slots), 0);
}

void TestUdpBatchReader::neverMoreThanAskedFor()
{
    QUdpSocket receiver;
    QVERIFY(receiver.bind(QHostAddress::LocalHost, 0));
    QUdpSocket sender;
    for (int i = 0; i < 4; ++i)
        QVERIFY(sender.writeDatagram(QByteArray::number(i), QHostAddress::LocalHost, receiver.localPort()) > 0);

    UdpBatchReader reader;
    QList<Received> received;
    QTRY_VERIFY(receiver.hasPendingDatagrams());
    const int got = reader.read(&receiver, 2);
    QVERIFY2(got >= 1 && got <= 2, qPrintable(QString::number(got)));
    for (int i = 0; i < got; ++i)
        received.append({QByteArray(reader.at(i).data, reader.at(i).size), {}, 0});
    QTRY_COMPARE(readInto(reader, receiver, 2, &received), 4);
    QList<QByteArray> texts;
    for (const Received &r : std::as_const(received))
        texts.append(r.data);
    QCOMPARE(texts, (QList<QByteArray>{"0", "1", "2", "3"}));
}

QTEST_GUILESS_MAIN(TestUdpBatchReader)
#include "tst_udpbatchreader.moc"
