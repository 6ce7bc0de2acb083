// "Receive to file" with the real TCP engines: a ReceiveRecorder fed by TcpServer / TcpClient
// gets every byte that came on the wire, whatever the framing makes of it, byte-exact under a
// 20 MiB flood (hashes compared), from one client or all, and the file is complete when the
// client leaves, the server stops or the client's connection closes. Also the statistics reset.
#include <QtTest>

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include "ReceiveRecorder.h"
#include "TcpClient.h"
#include "TcpServer.h"
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

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

QString peerOf(const QTcpSocket &socket)
{
    return QStringLiteral("127.0.0.1:%1").arg(socket.localPort());
}

ReceiveRecorder::Result resultOf(const QSignalSpy &spy)
{
    return spy.constLast().constFirst().value<ReceiveRecorder::Result>();
}

ConnectionStats onlyClient(const TcpServer &server)
{
    const QList<ConnectionStats> clients = server.clients();
    return clients.size() == 1 ? clients.constFirst() : ConnectionStats();
}

} // namespace

class tst_TcpRecording : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void floodIsByteExactInTheWorkerThread();
    void oneClientOfMany();
    void serverStopEndsTheRecording();
    void bytesTheFramingDiscardsAreRecorded();
    void clientRecordsUntilTheServerCloses();
    void serverResetsCounters();
    void clientResetsCounters();

private:
    quint16 startServer(TcpServer &server, Framer::Mode framing = Framer::Mode::Raw);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_TcpRecording::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

quint16 tst_TcpRecording::startServer(TcpServer &server, Framer::Mode framing)
{
    TcpServerOptions options;
    options.bindAddress = QHostAddress(QHostAddress::LocalHost);
    options.port = 0;
    options.framing = framing;
    QSignalSpy started(&server, &TcpServer::started);
    server.start(options);
    return started.isEmpty() ? 0 : started.constFirst().at(1).value<quint16>();
}

void tst_TcpRecording::floodIsByteExactInTheWorkerThread()
{
    // As in the window: engine and recorder live in a worker thread, the sender here. Lines
    // framing and an echo reply keep the engine busy with messages; the file gets the bytes.
    WorkerThread thread(QStringLiteral("tcp-server"));
    auto *server = new TcpServer;
    auto *recorder = new ReceiveRecorder;
    thread.adopt(server);
    thread.adopt(recorder);
    thread.start();
    // Queued into this (the main) thread, as the window receives them.
    quint16 port = 0;
    int recording = 0;
    qint64 recorded = 0;
    int progressReports = 0;
    std::optional<ReceiveRecorder::Result> result;
    connect(server, &TcpServer::started, this, [&](const QHostAddress &, quint16 p) { port = p; });
    connect(recorder, &ReceiveRecorder::started, this, [&] { ++recording; });
    connect(recorder, &ReceiveRecorder::progress, this, [&](qint64 received, qint64) {
        recorded = received;
        ++progressReports;
    });
    connect(recorder, &ReceiveRecorder::finished, this, [&](const ReceiveRecorder::Result &r) { result = r; });
    const QString file = m_dir->filePath(QStringLiteral("flood.bin"));
    QMetaObject::invokeMethod(server, [server, recorder, file] {
        server->setRecorder(recorder);
        recorder->start(file, ReceiveRecorder::Format::Raw);
        TcpServerOptions options;
        options.bindAddress = QHostAddress(QHostAddress::LocalHost);
        options.port = 0;
        options.framing = Framer::Mode::Lines;
        options.reply = *ReplyPolicy::parse(QStringLiteral("echo"));
        server->start(options);
    });
    QTRY_VERIFY(port != 0);
    QCOMPARE(recording, 1);

    const qint64 total = 20 * 1024 * 1024;
    const QByteArray data = randomBytes(total, 14);
    QTcpSocket sender;
    // The echo comes back: read and forget it, so that the server is never held up by us.
    connect(&sender, &QIODevice::readyRead, this, [&sender] { sender.readAll(); });
    sender.connectToHost(QHostAddress::LocalHost, port);
    QTRY_COMPARE(sender.state(), QAbstractSocket::ConnectedState);
    qint64 offset = 0;
    const auto pump = [&] {
        while (offset < total && sender.bytesToWrite() < 1024 * 1024) {
            const qint64 n = qMin<qint64>(256 * 1024, total - offset);
            sender.write(data.constData() + offset, n);
            offset += n;
        }
    };
    connect(&sender, &QIODevice::bytesWritten, this, pump);
    pump();
    QTRY_VERIFY_WITH_TIMEOUT(recorded == total, 120000);
    QVERIFY(progressReports >= 1);

    QMetaObject::invokeMethod(recorder, &ReceiveRecorder::stop);
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->end, ReceiveRecorder::End::Stopped);
    QCOMPARE(result->received, total);
    QCOMPARE(result->written, total);
    const QByteArray saved = contents(file);
    QCOMPARE(saved.size(), total);
    QCOMPARE(sha256(saved), sha256(data));
    QMetaObject::invokeMethod(server, &TcpServer::stop, Qt::BlockingQueuedConnection);
}

void tst_TcpRecording::oneClientOfMany()
{
    TcpServer server;
    ReceiveRecorder recorder;
    server.setRecorder(&recorder);
    const quint16 port = startServer(server);
    QVERIFY(port);
    QTcpSocket a;
    QTcpSocket b;
    a.connectToHost(QHostAddress::LocalHost, port);
    b.connectToHost(QHostAddress::LocalHost, port);
    QTRY_COMPARE(server.clients().size(), 2);

    QSignalSpy finished(&recorder, &ReceiveRecorder::finished);
    const QString file = m_dir->filePath(QStringLiteral("a.bin"));
    const QString peerA = peerOf(a);
    QVERIFY(recorder.start(file, ReceiveRecorder::Format::Raw, peerA));
    a.write("from a, ");
    b.write("from b, ");
    QTRY_COMPARE(recorder.received(), qint64(8));
    a.write("a again");
    b.write("b again");
    QTRY_COMPARE(recorder.received(), qint64(15));
    // b leaving changes nothing; a leaving ends the recording with all of a's bytes.
    b.disconnectFromHost();
    QTRY_COMPARE(server.clients().size(), 1);
    QVERIFY(recorder.isRecording());
    a.write(" and bye");
    a.disconnectFromHost();
    QTRY_COMPARE(finished.size(), 1);
    const ReceiveRecorder::Result result = resultOf(finished);
    QCOMPARE(result.end, ReceiveRecorder::End::PeerClosed);
    QCOMPARE(result.peer, peerA);
    QCOMPARE(contents(file), QByteArrayLiteral("from a, a again and bye"));
}

void tst_TcpRecording::serverStopEndsTheRecording()
{
    TcpServer server;
    ReceiveRecorder recorder;
    server.setRecorder(&recorder);
    const quint16 port = startServer(server);
    QSignalSpy finished(&recorder, &ReceiveRecorder::finished);
    const QString file = m_dir->filePath(QStringLiteral("all.txt"));
    int tick = 0;
    recorder.setClock([&tick] { return QTime(9, 0).addSecs(tick++); });
    QVERIFY(recorder.start(file, ReceiveRecorder::Format::Hex));
    QTcpSocket a;
    QTcpSocket b;
    a.connectToHost(QHostAddress::LocalHost, port);
    QTRY_COMPARE(server.clients().size(), 1);
    a.write("AB");
    QTRY_COMPARE(recorder.received(), qint64(2));
    b.connectToHost(QHostAddress::LocalHost, port);
    QTRY_COMPARE(server.clients().size(), 2);
    b.write("\x01");
    QTRY_COMPARE(recorder.received(), qint64(3));
    server.stop();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(resultOf(finished).end, ReceiveRecorder::End::SourceStopped);
    QCOMPARE(contents(file), QStringLiteral("09:00:00.000 %1 41 42\n09:00:01.000 %2 01\n")
                                 .arg(peerOf(a), peerOf(b)).toLatin1());
}

void tst_TcpRecording::bytesTheFramingDiscardsAreRecorded()
{
    // Length framing: a whole message, then a header announcing 100 bytes and only 10 of them
    // before the client finishes. The engine discards the unfinished message; the file has
    // every byte that came.
    TcpServer server;
    ReceiveRecorder recorder;
    server.setRecorder(&recorder);
    const quint16 port = startServer(server, Framer::Mode::LengthPrefixed);
    QSignalSpy messages(&server, &TcpServer::messageReceived);
    const QString file = m_dir->filePath(QStringLiteral("framed.bin"));
    QVERIFY(recorder.start(file, ReceiveRecorder::Format::Raw));
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QTRY_COMPARE(server.clients().size(), 1);
    const QByteArray wire = QByteArray("\0\0\0\3abc\0\0\0\x64", 11) + QByteArray(10, 'p');
    client.write(wire);
    QTRY_COMPARE(messages.size(), 1);
    QTRY_COMPARE(recorder.received(), qint64(wire.size()));
    client.disconnectFromHost();
    QTRY_COMPARE(server.clients().size(), 0);
    QVERIFY(recorder.isRecording());   // every client: one leaving ends nothing
    recorder.stop();
    QCOMPARE(contents(file), wire);
    QCOMPARE(messages.size(), 1);
}

void tst_TcpRecording::clientRecordsUntilTheServerCloses()
{
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    TcpClient client;
    ReceiveRecorder recorder;
    client.setRecorder(&recorder);
    QSignalSpy connected(&client, &TcpClient::connected);
    TcpClientOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = listener.serverPort();
    options.framing = Framer::Mode::Lines;
    client.connectToServer(options);
    QTRY_COMPARE(connected.size(), 1);
    QTRY_VERIFY(listener.hasPendingConnections());
    std::unique_ptr<QTcpSocket> peer(listener.nextPendingConnection());

    QSignalSpy finished(&recorder, &ReceiveRecorder::finished);
    const QString file = m_dir->filePath(QStringLiteral("client.bin"));
    QVERIFY(recorder.start(file, ReceiveRecorder::Format::Raw));
    const QByteArray data = randomBytes(3 * 1024 * 1024, 7) + QByteArrayLiteral("last line without LF");
    peer->write(data);
    QTRY_VERIFY(peer->bytesToWrite() == 0);
    peer->disconnectFromHost();
    QTRY_COMPARE(finished.size(), 1);
    const ReceiveRecorder::Result result = resultOf(finished);
    QCOMPARE(result.end, ReceiveRecorder::End::SourceStopped);
    QCOMPARE(result.received, qint64(data.size()));
    QCOMPARE(sha256(contents(file)), sha256(data));
    QCOMPARE(client.stats().bytesIn, qint64(data.size()));
}

void tst_TcpRecording::serverResetsCounters()
{
    TcpServer server;
    const quint16 port = startServer(server);
    QSignalSpy stats(&server, &TcpServer::statsChanged);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, port);
    QTRY_COMPARE(server.clients().size(), 1);
    client.write("12345");
    QTRY_COMPARE(onlyClient(server).bytesIn, qint64(5));
    server.sendToAll(QByteArrayLiteral("xyz"));
    QTRY_COMPARE(onlyClient(server).bytesOut, qint64(3));
    const quint64 id = onlyClient(server).id;

    stats.clear();
    server.resetCounters();
    QCOMPARE(stats.size(), 1);   // at once, not at the next interval
    const QList<ConnectionStats> shown = stats.constFirst().constFirst().value<QList<ConnectionStats>>();
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.constFirst().bytesIn, qint64(0));
    QCOMPARE(shown.constFirst().bytesOut, qint64(0));
    QCOMPARE(shown.constFirst().messagesIn, qint64(0));
    QCOMPARE(shown.constFirst().messagesOut, qint64(0));
    QCOMPARE(shown.constFirst().id, id);   // the same connection
    QCOMPARE(shown.constFirst().peer, peerOf(client));

    // The connection goes on and counts from zero.
    client.write("ab");
    QTRY_COMPARE(onlyClient(server).bytesIn, qint64(2));
    QCOMPARE(onlyClient(server).messagesIn, qint64(1));
    QCOMPARE(client.state(), QAbstractSocket::ConnectedState);
}

void tst_TcpRecording::clientResetsCounters()
{
    TcpServer server;
    TcpServerOptions options;
    options.bindAddress = QHostAddress(QHostAddress::LocalHost);
    options.reply = *ReplyPolicy::parse(QStringLiteral("echo"));
    QSignalSpy started(&server, &TcpServer::started);
    server.start(options);
    QCOMPARE(started.size(), 1);
    TcpClient client;
    QSignalSpy connected(&client, &TcpClient::connected);
    QSignalSpy stats(&client, &TcpClient::statsChanged);
    TcpClientOptions target;
    target.host = QStringLiteral("127.0.0.1");
    target.port = started.constFirst().at(1).value<quint16>();
    client.connectToServer(target);
    QTRY_COMPARE(connected.size(), 1);
    client.send(QByteArrayLiteral("hello"));
    QTRY_COMPARE(client.stats().bytesIn, qint64(5));
    QTRY_COMPARE(client.stats().bytesOut, qint64(5));

    stats.clear();
    client.resetCounters();
    QCOMPARE(stats.size(), 1);
    const ConnectionStats shown = stats.constFirst().constFirst().value<ConnectionStats>();
    QCOMPARE(shown.bytesIn, qint64(0));
    QCOMPARE(shown.bytesOut, qint64(0));
    QCOMPARE(shown.messagesIn, qint64(0));
    QCOMPARE(shown.messagesOut, qint64(0));
    QCOMPARE(client.state(), TcpClient::State::Connected);

    client.send(QByteArrayLiteral("hi"));
    QTRY_COMPARE(client.stats().bytesIn, qint64(2));
    QCOMPARE(client.stats().bytesOut, qint64(2));
    QCOMPARE(client.stats().messagesOut, qint64(1));
}

QTEST_GUILESS_MAIN(tst_TcpRecording)
#include "tst_tcprecording.moc"
