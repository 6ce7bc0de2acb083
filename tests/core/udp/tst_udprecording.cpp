// "Receive to file" with the real UDP engine: a ReceiveRecorder fed by UdpPeer gets every
// datagram, in order, byte-exact under a flood of thousands of datagrams while the traffic log
// may keep only a few hundred events; one line per datagram in hex; one sender or all; closing
// the socket completes the file.
#include <QtTest>

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QUdpSocket>

#include "ReceiveRecorder.h"
#include "UdpPeer.h"
#include "WorkerThread.h"

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// Datagram number i: 1 to 1,400 bytes, its own pattern.
QByteArray datagram(int i)
{
    QByteArray bytes(1 + (i * 37) % 1400, Qt::Uninitialized);
    for (qsizetype k = 0; k < bytes.size(); ++k)
        bytes[k] = char((i * 131 + k * 7) & 0xff);
    return bytes;
}

UdpOptions localhost()
{
    UdpOptions options;
    options.bindAddress = QHostAddress(QHostAddress::LocalHost);
    options.port = 0;
    return options;
}

QString peerOf(const QUdpSocket &socket)
{
    return QStringLiteral("127.0.0.1:%1").arg(socket.localPort());
}

ReceiveRecorder::Result resultOf(const QSignalSpy &spy)
{
    return spy.constLast().constFirst().value<ReceiveRecorder::Result>();
}

} // namespace

class tst_UdpRecording : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void floodIsByteExactWhileTheLogDrops_data();
    void floodIsByteExactWhileTheLogDrops();
    void oneSenderOfMany();
    void unbindEndsTheRecording();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_UdpRecording::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_UdpRecording::floodIsByteExactWhileTheLogDrops_data()
{
    QTest::addColumn<ReceiveRecorder::Format>("format");
    QTest::newRow("raw") << ReceiveRecorder::Format::Raw;
    QTest::newRow("hex") << ReceiveRecorder::Format::Hex;
}

void tst_UdpRecording::floodIsByteExactWhileTheLogDrops()
{
    QFETCH(ReceiveRecorder::Format, format);
    constexpr int Total = 5000;
    WorkerThread thread(QStringLiteral("udp"));
    auto *peer = new UdpPeer;
    auto *recorder = new ReceiveRecorder;
    peer->setEventCapacity(100);   // the log keeps few events: the file must not care
    thread.adopt(peer);
    thread.adopt(recorder);
    thread.start();

    // Queued into this (the main) thread, as the window receives them.
    quint16 port = 0;
    int received = 0;
    QByteArray receivedBytes;
    UdpCounters counters;
    std::optional<ReceiveRecorder::Result> result;
    connect(peer, &UdpPeer::bound, this, [&](const QHostAddress &, quint16 p, bool) { port = p; });
    connect(peer, &UdpPeer::datagramReceived, this, [&](const QHostAddress &, quint16, const QByteArray &payload) {
        ++received;
        receivedBytes += payload;
    });
    connect(peer, &UdpPeer::countersChanged, this, [&](const UdpCounters &c) { counters = c; });
    connect(recorder, &ReceiveRecorder::finished, this, [&](const ReceiveRecorder::Result &r) { result = r; });
    const QString file = m_dir->filePath(QStringLiteral("flood"));
    QMetaObject::invokeMethod(peer, [peer, recorder, file, format] {
        peer->setRecorder(recorder);
        recorder->start(file, format);
        peer->bind(localhost());
    });
    QTRY_VERIFY(port != 0);

    QUdpSocket sender;
    QVERIFY(sender.bind(QHostAddress(QHostAddress::LocalHost), 0));
    QByteArray sent;
    QList<QByteArray> datagrams;
    // Never more than 200 datagrams (at most 280 KB) ahead of what the engine has received, so
    // that the kernel's receive buffer never overflows and every datagram arrives.
    for (int i = 0; i < Total; ++i) {
        if (i - received >= 200)
            QTRY_VERIFY(i - received < 100);
        const QByteArray bytes = datagram(i);
        QCOMPARE(sender.writeDatagram(bytes, QHostAddress(QHostAddress::LocalHost), port), qint64(bytes.size()));
        sent += bytes;
        datagrams.append(bytes);
    }
    QTRY_COMPARE_WITH_TIMEOUT(received, Total, 30000);
    QCOMPARE(receivedBytes, sent);   // order kept, nothing lost

    QMetaObject::invokeMethod(peer, [peer] { peer->flush(); });
    QTRY_COMPARE(counters.datagramsIn, qint64(Total));
    QVERIFY2(counters.eventsDropped > 0, "the log was meant to drop events");

    QMetaObject::invokeMethod(peer, &UdpPeer::unbind);   // closing the socket ends the recording
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->end, ReceiveRecorder::End::SourceStopped);
    QCOMPARE(result->received, qint64(sent.size()));
    const QByteArray saved = contents(file);
    QCOMPARE(result->written, qint64(saved.size()));
    if (format == ReceiveRecorder::Format::Raw) {
        QCOMPARE(saved.size(), sent.size());
        QCOMPARE(sha256(saved), sha256(sent));
        return;
    }
    // Hex: one line per datagram, in order, each with the sender and exactly its bytes.
    const QList<QByteArray> lines = saved.split('\n');
    QCOMPARE(lines.size(), Total + 1);
    QVERIFY(lines.constLast().isEmpty());
    const QByteArray sender_ = peerOf(sender).toLatin1();
    for (int i = 0; i < Total; ++i) {
        const QList<QByteArray> fields = lines.at(i).split(' ');
        QCOMPARE(fields.value(1), sender_);
        QCOMPARE(QByteArray::fromHex(fields.mid(2).join()), datagrams.at(i));
    }
}

void tst_UdpRecording::oneSenderOfMany()
{
    UdpPeer peer;
    ReceiveRecorder recorder;
    peer.setRecorder(&recorder);
    peer.bind(localhost());
    QVERIFY(peer.isBound());
    QSignalSpy received(&peer, &UdpPeer::datagramReceived);
    QUdpSocket a;
    QUdpSocket b;
    QVERIFY(a.bind(QHostAddress(QHostAddress::LocalHost), 0));
    QVERIFY(b.bind(QHostAddress(QHostAddress::LocalHost), 0));
    const QString file = m_dir->filePath(QStringLiteral("b.bin"));
    QVERIFY(recorder.start(file, ReceiveRecorder::Format::Raw, peerOf(b)));
    a.writeDatagram("a1 ", QHostAddress(QHostAddress::LocalHost), peer.localPort());
    b.writeDatagram("b1 ", QHostAddress(QHostAddress::LocalHost), peer.localPort());
    a.writeDatagram("a2 ", QHostAddress(QHostAddress::LocalHost), peer.localPort());
    b.writeDatagram("", QHostAddress(QHostAddress::LocalHost), peer.localPort());   // empty: nothing in raw
    b.writeDatagram("b2", QHostAddress(QHostAddress::LocalHost), peer.localPort());
    QTRY_COMPARE(received.size(), 5);
    QCOMPARE(recorder.received(), qint64(5));
    recorder.stop();
    QCOMPARE(contents(file), QByteArrayLiteral("b1 b2"));
}

void tst_UdpRecording::unbindEndsTheRecording()
{
    UdpPeer peer;
    ReceiveRecorder recorder;
    peer.setRecorder(&recorder);
    peer.bind(localhost());
    QSignalSpy received(&peer, &UdpPeer::datagramReceived);
    QSignalSpy finished(&recorder, &ReceiveRecorder::finished);
    const QString file = m_dir->filePath(QStringLiteral("u.bin"));
    QVERIFY(recorder.start(file, ReceiveRecorder::Format::Raw));
    QUdpSocket a;
    a.writeDatagram("kept", QHostAddress(QHostAddress::LocalHost), peer.localPort());
    QTRY_COMPARE(received.size(), 1);
    peer.unbind();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(resultOf(finished).end, ReceiveRecorder::End::SourceStopped);
    QCOMPARE(contents(file), QByteArrayLiteral("kept"));

    // Binding again does not resume it: a recording is started by someone.
    peer.bind(localhost());
    a.writeDatagram("not kept", QHostAddress(QHostAddress::LocalHost), peer.localPort());
    QTRY_COMPARE(received.size(), 2);
    QCOMPARE(contents(file), QByteArrayLiteral("kept"));
    QCOMPARE(finished.size(), 1);
}

QTEST_GUILESS_MAIN(tst_UdpRecording)
#include "tst_udprecording.moc"
