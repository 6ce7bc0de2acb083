// The file server's progress timeout (issue 10, item 3): a session in which no byte moves
// either way for FileServerOptions::progressTimeoutMs ends, whatever its phase and protocol,
// says why, frees its connection slot and its upload name, and keeps an SLFT/1 partial upload
// for a later resume. Raw QTcpSocket peers stall on purpose; every wait is on a real event.
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "FileServer.h"
#include "FileTestData.h"

namespace {
constexpr int Timeout = 20000;
constexpr int ProgressTimeoutMs = 400;
} // namespace

class TestFileTimeouts : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void stalledSlftPutEndsAndKeepsThePartialForAResume();
    void slftGetWhoseClientNeverReadsEnds();
    void classicUploadThatStopsSendingEnds();
    void classicDownloadWhoseClientNeverReadsEnds();

private:
    TransferInfo waitFinished(QSignalSpy &finished);
    void connectRaw(QTcpSocket *socket, quint16 port, bool reading);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
    QString m_inbox;
    std::unique_ptr<FileServer> m_server;
    quint16 m_downloadPort = 0;
    quint16 m_uploadPort = 0;
    quint16 m_protocolPort = 0;
};

void TestFileTimeouts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_root = m_dir->path() + QStringLiteral("/root");
    m_inbox = m_dir->path() + QStringLiteral("/inbox");
    QVERIFY(QDir().mkpath(m_root) && QDir().mkpath(m_inbox));
    m_server = std::make_unique<FileServer>();
    FileServerOptions options;
    options.root = m_root;
    options.inbox = m_inbox;
    options.bindAddress = QHostAddress(QHostAddress::LocalHost);
    options.downloadPort = options.uploadPort = options.protocolPort = 0;
    options.answerDelayMs = 10;
    options.progressTimeoutMs = ProgressTimeoutMs;
    QSignalSpy started(m_server.get(), &FileServer::started);
    m_server->start(options);
    QCOMPARE(started.count(), 1);
    m_downloadPort = started.at(0).at(0).value<quint16>();
    m_uploadPort = started.at(0).at(1).value<quint16>();
    m_protocolPort = started.at(0).at(2).value<quint16>();
}

void TestFileTimeouts::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

TransferInfo TestFileTimeouts::waitFinished(QSignalSpy &finished)
{
    if (finished.isEmpty() && !finished.wait(Timeout))
        return {};
    return finished.first().first().value<TransferInfo>();
}

void TestFileTimeouts::connectRaw(QTcpSocket *socket, quint16 port, bool reading)
{
    if (!reading) {
        // Leave the data in the kernel, with small buffers, so that the server's writes stall.
        socket->setReadBufferSize(16 * 1024);
        socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 16 * 1024);
    }
    socket->connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(socket->waitForConnected(Timeout));
}

void TestFileTimeouts::stalledSlftPutEndsAndKeepsThePartialForAResume()
{
    QSignalSpy finished(m_server.get(), &FileServer::transferFinished);
    QSignalSpy events(m_server.get(), &FileServer::trafficEvents);
    QTcpSocket peer;
    connectRaw(&peer, m_protocolPort, true);
    peer.write("SLFT/1 PUT 100000 stalled.bin\n");
    QTRY_VERIFY_WITH_TIMEOUT(peer.canReadLine() || peer.waitForReadyRead(50), Timeout);
    QCOMPARE(peer.readLine(), QByteArray("SLFT/1 200 0\n"));
    peer.write(QByteArray(5000, 's'));
    QVERIFY(peer.waitForBytesWritten(Timeout));
    // ... and then nothing more.
    const TransferInfo info = waitFinished(finished);
    QCOMPARE(info.state, TransferInfo::State::Failed);
    QVERIFY2(info.reason.contains(QStringLiteral("Nothing arrived from 127.0.0.1:%1 for 0.4 s").arg(peer.localPort())),
             qPrintable(info.reason));
    QCOMPARE(info.bytesDone, qint64(5000));
    QTRY_COMPARE_WITH_TIMEOUT(peer.state(), QAbstractSocket::UnconnectedState, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 0, Timeout);
    QVERIFY(!QFile::exists(m_inbox + QStringLiteral("/stalled.bin")));

    // The name is free again and the partial was kept: the same upload resumes at 5,000.
    QTcpSocket again;
    connectRaw(&again, m_protocolPort, true);
    again.write("SLFT/1 PUT 100000 stalled.bin\n");
    QTRY_VERIFY_WITH_TIMEOUT(again.canReadLine() || again.waitForReadyRead(50), Timeout);
    QCOMPARE(again.readLine(), QByteArray("SLFT/1 200 5000\n"));
}

void TestFileTimeouts::slftGetWhoseClientNeverReadsEnds()
{
    const QByteArray data = FileTestData::randomBytes(12 * 1024 * 1024);
    QFile f(m_root + QStringLiteral("/big.bin"));
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(data) == data.size());
    f.close();
    QSignalSpy finished(m_server.get(), &FileServer::transferFinished);
    QTcpSocket peer;
    connectRaw(&peer, m_protocolPort, false);
    peer.write("SLFT/1 GET 0 big.bin\n");
    const TransferInfo info = waitFinished(finished);
    QCOMPARE(info.state, TransferInfo::State::Failed);
    QVERIFY2(info.reason.contains(QStringLiteral("127.0.0.1:%1 read nothing for 0.4 s").arg(peer.localPort())),
             qPrintable(info.reason));
    QVERIFY(info.bytesDone < data.size());
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 0, Timeout);
}

void TestFileTimeouts::classicUploadThatStopsSendingEnds()
{
    QSignalSpy finished(m_server.get(), &FileServer::transferFinished);
    QTcpSocket peer;
    connectRaw(&peer, m_uploadPort, true);
    peer.write("held.bin<SEPARATOR>100000");
    QTRY_VERIFY_WITH_TIMEOUT(peer.bytesAvailable() >= 2 || peer.waitForReadyRead(50), Timeout);
    QCOMPARE(peer.readAll(), QByteArray("ok"));
    peer.write(QByteArray(3000, 'c'));
    QVERIFY(peer.waitForBytesWritten(Timeout));
    const TransferInfo info = waitFinished(finished);
    QCOMPARE(info.state, TransferInfo::State::Failed);
    QVERIFY2(info.reason.contains(QLatin1String("Nothing arrived from")), qPrintable(info.reason));
    QTRY_COMPARE_WITH_TIMEOUT(peer.state(), QAbstractSocket::UnconnectedState, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 0, Timeout);
    // A classic upload cannot resume: nothing of it is left, under any name.
    QCOMPARE(QDir(m_inbox).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestFileTimeouts::classicDownloadWhoseClientNeverReadsEnds()
{
    const QByteArray data = FileTestData::randomBytes(12 * 1024 * 1024);
    QFile f(m_root + QStringLiteral("/seed.bin"));
    QVERIFY(f.open(QIODevice::WriteOnly) && f.write(data) == data.size());
    f.close();
    QSignalSpy finished(m_server.get(), &FileServer::transferFinished);
    QTcpSocket peer;
    connectRaw(&peer, m_downloadPort, false);
    peer.write("seed.bin");
    const TransferInfo info = waitFinished(finished);
    QCOMPARE(info.state, TransferInfo::State::Failed);
    QVERIFY2(info.reason.contains(QLatin1String("read nothing for 0.4 s")), qPrintable(info.reason));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 0, Timeout);
}

QTEST_GUILESS_MAIN(TestFileTimeouts)
#include "tst_file_timeouts.moc"
