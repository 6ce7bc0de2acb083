// FileServer and TransferManager end to end, in process over loopback: every protocol in both
// directions, resume, checksum mismatch, 100 parallel downloads, the server stopping during
// transfers, and the engines living in worker threads. No sleeps, no timing assertions.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "FileServer.h"
#include "FileTestData.h"
#include "RefusedDescriptor.h"
#include "StreamListener.h"
#include "TransferManager.h"
#include "UploadStateFolder.h"
#include "WorkerThread.h"

using FileTestData::fileSha;
using FileTestData::randomBytes;

namespace {
constexpr int Timeout = 60000;
} // namespace

class TestFileEngines : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTrip_data();
    void roundTrip();
    void refusedDownloadFails_data();
    void refusedDownloadFails();
    void resumeDownload();
    void checksumMismatch();
    void listing();
    void hundredParallelDownloads();
    void stopDuringTransfers();
    void cancelKeepsNoFinalFile();
    void unwritableTargets();
    void workerThreads();
    void stoppedOnlyAfterStarted();
    void refusedDescriptorIsClosedOnce();

private:
    void writeFile(const QString &path, const QByteArray &bytes);
    void startServer(FileServer *server);
    TransferRequest request(TransferInfo::Protocol protocol, TransferInfo::Direction direction,
                            const QString &name, const QString &local) const;
    TransferInfo runOne(TransferManager *manager, const TransferRequest &request);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
    QString m_inbox;
    QString m_out;
    FileServer *m_server = nullptr;
    quint16 m_downloadPort = 0;
    quint16 m_uploadPort = 0;
    quint16 m_protocolPort = 0;
};

void TestFileEngines::writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(f.errorString()));
    QCOMPARE(f.write(bytes), bytes.size());
}

void TestFileEngines::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_root = m_dir->path() + QStringLiteral("/root");
    m_inbox = m_dir->path() + QStringLiteral("/inbox");
    m_out = m_dir->path() + QStringLiteral("/out");
    for (const QString &d : {m_root, m_inbox, m_out})
        QVERIFY(QDir().mkpath(d));
    m_server = new FileServer(this);
    startServer(m_server);
}

void TestFileEngines::cleanup()
{
    delete m_server;
    m_server = nullptr;
    m_dir.reset();
}

void TestFileEngines::startServer(FileServer *server)
{
    FileServerOptions options;
    options.root = m_root;
    options.inbox = m_inbox;
    options.bindAddress = QHostAddress(QHostAddress::LocalHost);
    options.downloadPort = 0;
    options.uploadPort = 0;
    options.protocolPort = 0;
    options.answerDelayMs = 20;
    QSignalSpy started(server, &FileServer::started);
    QSignalSpy failed(server, &FileServer::startFailed);
    server->start(options);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(started.count(), 1);
    m_downloadPort = started.at(0).at(0).value<quint16>();
    m_uploadPort = started.at(0).at(1).value<quint16>();
    m_protocolPort = started.at(0).at(2).value<quint16>();
    QVERIFY(m_downloadPort && m_uploadPort && m_protocolPort);
}

TransferRequest TestFileEngines::request(TransferInfo::Protocol protocol, TransferInfo::Direction direction,
                                         const QString &name, const QString &local) const
{
    TransferRequest r;
    r.protocol = protocol;
    r.direction = direction;
    r.host = QStringLiteral("127.0.0.1");
    if (protocol == TransferInfo::Protocol::Slft)
        r.port = m_protocolPort;
    else
        r.port = direction == TransferInfo::Direction::Download ? m_downloadPort : m_uploadPort;
    r.remoteName = name;
    r.localPath = local;
    return r;
}

TransferInfo TestFileEngines::runOne(TransferManager *manager, const TransferRequest &r)
{
    QSignalSpy finished(manager, &TransferManager::transferFinished);
    manager->add(r);
    if (!finished.wait(Timeout))
        return {};
    return finished.at(0).at(0).value<TransferInfo>();
}

void TestFileEngines::roundTrip_data()
{
    QTest::addColumn<int>("protocol");
    QTest::addColumn<int>("direction");
    QTest::addColumn<qint64>("size");
    for (const qint64 size : {qint64(0), qint64(1), qint64(3 * 1024 * 1024 + 7)}) {
        QTest::addRow("classic-download-%lld", size) << int(TransferInfo::Protocol::Classic) << int(TransferInfo::Direction::Download) << size;
        QTest::addRow("classic-upload-%lld", size) << int(TransferInfo::Protocol::Classic) << int(TransferInfo::Direction::Upload) << size;
        QTest::addRow("slft-download-%lld", size) << int(TransferInfo::Protocol::Slft) << int(TransferInfo::Direction::Download) << size;
        QTest::addRow("slft-upload-%lld", size) << int(TransferInfo::Protocol::Slft) << int(TransferInfo::Direction::Upload) << size;
    }
}

void TestFileEngines::roundTrip()
{
    QFETCH(int, protocol);
    QFETCH(int, direction);
    QFETCH(qint64, size);
    const auto dir = TransferInfo::Direction(direction);
    const QByteArray bytes = randomBytes(size);
    const QString source = dir == TransferInfo::Direction::Download ? m_root + QStringLiteral("/数据 1.bin")
                                                                    : m_out + QStringLiteral("/数据 1.bin");
    writeFile(source, bytes);
    QSignalSpy serverFinished(m_server, &FileServer::transferFinished);
    TransferManager manager;
    const TransferInfo info = runOne(&manager, request(TransferInfo::Protocol(protocol), dir, QStringLiteral("数据 1.bin"),
                                                       dir == TransferInfo::Direction::Download ? m_out : source));
    QCOMPARE(info.state, TransferInfo::State::Done);
    QCOMPARE(info.bytesDone, size);
    QCOMPARE(info.bytesTotal, size);
    const QString target = dir == TransferInfo::Direction::Download ? m_out + QStringLiteral("/数据 1.bin")
                                                                    : m_inbox + QStringLiteral("/数据 1.bin");
    QTRY_COMPARE_WITH_TIMEOUT(serverFinished.count(), 1, Timeout);
    const TransferInfo serverInfo = serverFinished.at(0).at(0).value<TransferInfo>();
    QCOMPARE(serverInfo.state, TransferInfo::State::Done);
    QCOMPARE(serverInfo.bytesDone, size);
    QCOMPARE(fileSha(target), fileSha(source));
    // Nothing else (no partial files) is left behind.
    QCOMPARE(QDir(QFileInfo(target).path()).entryList(QDir::Files).size(), 1);
}

void TestFileEngines::refusedDownloadFails_data()
{
    QTest::addColumn<int>("protocol");
    QTest::addColumn<QString>("name");
    for (const int p : {int(TransferInfo::Protocol::Classic), int(TransferInfo::Protocol::Slft)}) {
        const char *tag = p == int(TransferInfo::Protocol::Classic) ? "classic" : "slft";
        QTest::addRow("%s-missing", tag) << p << QStringLiteral("missing.bin");
        QTest::addRow("%s-traversal", tag) << p << QStringLiteral("../inbox/x");
        QTest::addRow("%s-absolute", tag) << p << QStringLiteral("/etc/passwd");
        QTest::addRow("%s-percent", tag) << p << QStringLiteral("%2e%2e/x");
    }
}

void TestFileEngines::refusedDownloadFails()
{
    QFETCH(int, protocol);
    QFETCH(QString, name);
    TransferManager manager;
    const TransferInfo info = runOne(&manager, request(TransferInfo::Protocol(protocol), TransferInfo::Direction::Download, name, m_out));
    QCOMPARE(info.state, TransferInfo::State::Failed);
    QVERIFY(!info.reason.isEmpty());
    QCOMPARE(QDir(m_out).entryList(QDir::Files), QStringList());
}

void TestFileEngines::resumeDownload()
{
    const QByteArray bytes = randomBytes(2 * 1024 * 1024 + 3);
    writeFile(m_root + QStringLiteral("/r.bin"), bytes);
    writeFile(m_out + QStringLiteral("/r.bin.part"), bytes.left(1000000));
    QSignalSpy serverStarted(m_server, &FileServer::transferStarted);
    TransferManager manager;
    const TransferInfo info = runOne(&manager, request(TransferInfo::Protocol::Slft, TransferInfo::Direction::Download,
                                                       QStringLiteral("r.bin"), m_out));
    QCOMPARE(info.state, TransferInfo::State::Done);
    QCOMPARE(info.resumedFrom, qint64(1000000));
    QCOMPARE(serverStarted.count(), 1);
    QCOMPARE(serverStarted.at(0).at(0).value<TransferInfo>().resumedFrom, qint64(1000000));
    QCOMPARE(fileSha(m_out + QStringLiteral("/r.bin")), fileSha(m_root + QStringLiteral("/r.bin")));
    QVERIFY(!QFile::exists(m_out + QStringLiteral("/r.bin.part")));
}

void TestFileEngines::checksumMismatch()
{
    const QByteArray bytes = randomBytes(1024 * 1024);
    writeFile(m_root + QStringLiteral("/m.bin"), bytes);
    QByteArray wrong = bytes.left(4096);
    wrong[100] = char(wrong[100] ^ 0x55);
    writeFile(m_out + QStringLiteral("/m.bin.part"), wrong);
    TransferManager manager;
    QSignalSpy finished(&manager, &TransferManager::transferFinished);
    const quint64 id = manager.add(request(TransferInfo::Protocol::Slft, TransferInfo::Direction::Download,
                                           QStringLiteral("m.bin"), m_out));
    QVERIFY(finished.wait(Timeout));
    TransferInfo info = finished.at(0).at(0).value<TransferInfo>();
    QCOMPARE(info.state, TransferInfo::State::Failed);
    QVERIFY2(info.reason.contains(QStringLiteral("Checksum mismatch")), qPrintable(info.reason));
    QCOMPARE(QDir(m_out).entryList(QDir::Files), QStringList());
    // Retry starts from zero and succeeds.
    manager.retry(id);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, Timeout);
    info = finished.at(1).at(0).value<TransferInfo>();
    QCOMPARE(info.state, TransferInfo::State::Done);
    QCOMPARE(fileSha(m_out + QStringLiteral("/m.bin")), fileSha(m_root + QStringLiteral("/m.bin")));
}

void TestFileEngines::listing()
{
    QVERIFY(QDir().mkpath(m_root + QStringLiteral("/sub/deeper")));
    writeFile(m_root + QStringLiteral("/sub/one.txt"), "1");
    writeFile(m_root + QStringLiteral("/sub/two.txt"), "22");
    TransferManager manager;
    QSignalSpy listed(&manager, &TransferManager::listed);
    QSignalSpy failed(&manager, &TransferManager::listFailed);
    manager.list(QStringLiteral("127.0.0.1"), m_protocolPort, QStringLiteral("sub"));
    QVERIFY(listed.wait(Timeout));
    const QList<RemoteEntry> entries = listed.at(0).at(3).value<QList<RemoteEntry>>();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).name, QStringLiteral("deeper"));
    QVERIFY(entries.at(0).isFolder);
    QCOMPARE(entries.at(2).name, QStringLiteral("two.txt"));
    QCOMPARE(entries.at(2).size, qint64(2));
    manager.list(QStringLiteral("127.0.0.1"), m_protocolPort, QStringLiteral("../"));
    QVERIFY(failed.wait(Timeout));
}

void TestFileEngines::hundredParallelDownloads()
{
    const QByteArray bytes = randomBytes(256 * 1024 + 11);
    writeFile(m_root + QStringLiteral("/p.bin"), bytes);
    const QByteArray expected = fileSha(m_root + QStringLiteral("/p.bin"));
    TransferManager manager;
    manager.setMaxConcurrent(100);
    QSignalSpy finished(&manager, &TransferManager::transferFinished);
    QSignalSpy all(&manager, &TransferManager::allFinished);
    for (int i = 0; i < 100; ++i) {
        const auto protocol = i % 2 ? TransferInfo::Protocol::Classic : TransferInfo::Protocol::Slft;
        const QString out = m_out + QStringLiteral("/%1").arg(i);
        QVERIFY(QDir().mkpath(out));
        manager.add(request(protocol, TransferInfo::Direction::Download, QStringLiteral("p.bin"), out));
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 100, Timeout * 2);
    QTRY_VERIFY(all.count() >= 1);   // announced once the manager has settled, after the last row
    for (const QList<QVariant> &args : std::as_const(finished))
        QCOMPARE(args.at(0).value<TransferInfo>().state, TransferInfo::State::Done);
    for (int i = 0; i < 100; ++i)
        QCOMPARE(fileSha(m_out + QStringLiteral("/%1/p.bin").arg(i)), expected);
}

void TestFileEngines::stopDuringTransfers()
{
    // Uploads that never finish (raw peers stop sending), then the server stops.
    QTcpSocket classic;
    classic.connectToHost(QHostAddress::LocalHost, m_uploadPort);
    QVERIFY(classic.waitForConnected(Timeout));
    classic.write("held.bin<SEPARATOR>1000000");
    QTcpSocket slft;
    slft.connectToHost(QHostAddress::LocalHost, m_protocolPort);
    QVERIFY(slft.waitForConnected(Timeout));
    slft.write("SLFT/1 PUT 1000000 slft.bin\n");
    QTRY_VERIFY_WITH_TIMEOUT(classic.bytesAvailable() >= 2 || classic.waitForReadyRead(100), Timeout);
    QCOMPARE(classic.readAll(), QByteArray("ok"));
    classic.write(QByteArray(5000, 'x'));
    QTRY_VERIFY_WITH_TIMEOUT(slft.canReadLine() || slft.waitForReadyRead(100), Timeout);
    QCOMPARE(slft.readLine(), QByteArray("SLFT/1 200 0\n"));
    slft.write(QByteArray(5000, 'y'));
    QSignalSpy started(m_server, &FileServer::transferStarted);
    QSignalSpy finished(m_server, &FileServer::transferFinished);
    QSignalSpy progress(m_server, &FileServer::transferProgress);
    classic.flush();
    slft.flush();
    QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 1, Timeout);
    QSignalSpy stopped(m_server, &FileServer::stopped);
    m_server->stop();
    QCOMPARE(stopped.count(), 1);
    QCOMPARE(finished.count(), 2);
    for (const QList<QVariant> &args : std::as_const(finished))
        QCOMPARE(args.at(0).value<TransferInfo>().state, TransferInfo::State::Cancelled);
    const QStringList left = QDir(m_inbox).entryList(QDir::Files);
    QVERIFY2(!left.contains(QStringLiteral("held.bin")) && !left.contains(QStringLiteral("slft.bin")), qPrintable(left.join(u',')));
    // Only the resumable SLFT/1 partial remains, in the inbox's hidden state folder (with the
    // record of what it belongs to); the classic temporary file is gone.
    QCOMPARE(left, QStringList());
    const QString slot = UploadStateFolder::slotFor(QStringLiteral("slft.bin"), 1000000);
    QCOMPARE(QDir(m_inbox + QLatin1Char('/') + UploadStateFolder::folderName()).entryList(QDir::Files | QDir::Hidden),
             (QStringList{slot + QStringLiteral(".meta"), slot + QStringLiteral(".part")}));
    QTRY_COMPARE_WITH_TIMEOUT(classic.state(), QAbstractSocket::UnconnectedState, Timeout);
    QCOMPARE(m_server->connectionCount(), 0);
}

void TestFileEngines::cancelKeepsNoFinalFile()
{
    writeFile(m_root + QStringLiteral("/c.bin"), randomBytes(8 * 1024 * 1024));
    for (const auto protocol : {TransferInfo::Protocol::Classic, TransferInfo::Protocol::Slft}) {
        TransferManager manager;
        QSignalSpy progress(&manager, &TransferManager::transferProgress);
        QSignalSpy finished(&manager, &TransferManager::transferFinished);
        const quint64 id = manager.add(request(protocol, TransferInfo::Direction::Download, QStringLiteral("c.bin"), m_out));
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 1 || finished.count() == 1, Timeout);
        manager.cancel(id);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, Timeout);
        const TransferInfo info = finished.at(0).at(0).value<TransferInfo>();
        if (info.state == TransferInfo::State::Done) {
            QFile::remove(m_out + QStringLiteral("/c.bin"));   // the machine was faster than the cancel
            continue;
        }
        QCOMPARE(info.state, TransferInfo::State::Cancelled);
        QVERIFY(!QFile::exists(m_out + QStringLiteral("/c.bin")));
        for (const QString &name : QDir(m_out).entryList(QDir::Files)) {
            QCOMPARE(protocol, TransferInfo::Protocol::Slft);
            QCOMPARE(name, QStringLiteral("c.bin.part"));
            QFile::remove(m_out + QLatin1Char('/') + name);
        }
    }
}

void TestFileEngines::unwritableTargets()
{
    FileServer server;
    FileServerOptions options;
    options.root = m_root;
    options.inbox = m_dir->path() + QStringLiteral("/no/such/inbox");
    options.downloadPort = options.uploadPort = options.protocolPort = 0;
    QSignalSpy failed(&server, &FileServer::startFailed);
    server.start(options);
    QCOMPARE(failed.count(), 1);
    options.inbox.clear();
    options.root = m_dir->path() + QStringLiteral("/missing-root");
    server.start(options);
    QCOMPARE(failed.count(), 2);

    TransferManager manager;
    const TransferInfo info = runOne(&manager, request(TransferInfo::Protocol::Slft, TransferInfo::Direction::Download,
                                                       QStringLiteral("x"), m_dir->path() + QStringLiteral("/nope")));
    QCOMPARE(info.state, TransferInfo::State::Failed);
    QVERIFY(info.reason.contains(QStringLiteral("cannot be written")));
    // Nobody listening: a plain-words connection error.
    TransferRequest r = request(TransferInfo::Protocol::Classic, TransferInfo::Direction::Download, QStringLiteral("x"), m_out);
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    r.port = probe.serverPort();
    probe.close();
    const TransferInfo refused = runOne(&manager, r);
    QCOMPARE(refused.state, TransferInfo::State::Failed);
    QVERIFY2(refused.reason.contains(QStringLiteral("No server is listening")), qPrintable(refused.reason));
}

void TestFileEngines::workerThreads()
{
    delete m_server;
    m_server = nullptr;
    const QByteArray bytes = randomBytes(4 * 1024 * 1024 + 1);
    writeFile(m_root + QStringLiteral("/w.bin"), bytes);
    WorkerThread serverThread(QStringLiteral("file-server"));
    WorkerThread clientThread(QStringLiteral("transfers"));
    auto *server = new FileServer;
    auto *manager = new TransferManager;
    serverThread.adopt(server);
    clientThread.adopt(manager);
    serverThread.start();
    clientThread.start();
    // The server lives in another thread: its signals reach this thread queued. (A QSignalSpy
    // wait() would miss a signal emitted before the wait begins.)
    QList<quint16> ports;
    connect(server, &FileServer::started, this,
            [&ports](quint16 download, quint16 upload, quint16 protocol) { ports = {download, upload, protocol}; });
    FileServerOptions options;
    options.root = m_root;
    options.inbox = m_inbox;
    options.downloadPort = options.uploadPort = options.protocolPort = 0;
    QMetaObject::invokeMethod(server, "start", Qt::QueuedConnection, Q_ARG(FileServerOptions, options));
    QTRY_COMPARE_WITH_TIMEOUT(ports.size(), 3, Timeout);
    m_downloadPort = ports.at(0);
    m_uploadPort = ports.at(1);
    m_protocolPort = ports.at(2);
    QSignalSpy added(manager, &TransferManager::transferAdded);
    QSignalSpy progress(manager, &TransferManager::transferProgress);
    QSignalSpy finished(manager, &TransferManager::transferFinished);
    for (const auto protocol : {TransferInfo::Protocol::Slft, TransferInfo::Protocol::Classic}) {
        const QString out = m_out + (protocol == TransferInfo::Protocol::Classic ? QStringLiteral("/c") : QStringLiteral("/s"));
        QVERIFY(QDir().mkpath(out));
        QMetaObject::invokeMethod(manager, "add", Qt::QueuedConnection,
                                  Q_ARG(TransferRequest, request(protocol, TransferInfo::Direction::Download, QStringLiteral("w.bin"), out)));
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, Timeout);
    QCOMPARE(added.count(), 2);
    for (const QList<QVariant> &args : std::as_const(finished))
        QCOMPARE(args.at(0).value<TransferInfo>().state, TransferInfo::State::Done);
    QCOMPARE(fileSha(m_out + QStringLiteral("/s/w.bin")), fileSha(m_root + QStringLiteral("/w.bin")));
    QCOMPARE(fileSha(m_out + QStringLiteral("/c/w.bin")), fileSha(m_root + QStringLiteral("/w.bin")));
    bool stopped = false;
    connect(server, &FileServer::stopped, this, [&stopped] { stopped = true; });
    QVERIFY(QMetaObject::invokeMethod(server, "stop", Qt::QueuedConnection));
    QTRY_VERIFY_WITH_TIMEOUT(stopped, Timeout);
}

void TestFileEngines::stoppedOnlyAfterStarted()
{
    FileServer server;
    QSignalSpy stopped(&server, &FileServer::stopped);
    server.stop();   // never started
    QCOMPARE(stopped.count(), 0);

    FileServerOptions missing;
    missing.root = m_dir->path() + QStringLiteral("/does-not-exist");
    QSignalSpy failed(&server, &FileServer::startFailed);
    server.start(missing);   // fails: nothing to stop afterwards
    QCOMPARE(failed.count(), 1);
    server.stop();
    QCOMPARE(stopped.count(), 0);

    startServer(&server);
    startServer(&server);   // a running server is stopped before it starts again
    QCOMPARE(stopped.count(), 1);
    server.stop();
    QCOMPARE(stopped.count(), 2);
    server.stop();
    QCOMPARE(stopped.count(), 2);
}

void TestFileEngines::refusedDescriptorIsClosedOnce()
{
    FileServer server;
    const QList<StreamListener *> listeners = server.findChildren<StreamListener *>();
    QCOMPARE(listeners.size(), 3);   // classic download, classic upload, SLFT/1
    for (StreamListener *listener : listeners) {
        const int closes = RefusedDescriptor::closesAfterRefusal(listener);
        if (closes < 0)
            QSKIP("Counting closes needs Linux and the POSIX platform layer.");
        QCOMPARE(closes, 1);
    }
    QCOMPARE(server.connectionCount(), 0);
}

QTEST_GUILESS_MAIN(TestFileEngines)
#include "tst_file_engines.moc"
