// The SLFT/1 server's SHA-256 cache: ChecksumCache and FileIdentity on their own, then through a
// real FileServer and TransferManager over loopback: a second download of an unchanged file is
// answered from the cache (also when resumed), a changed file (same size or not) is hashed again
// and the client verifies the new contents, the cache stays within its bound, a file that changes
// while it is being sent ends in 422 instead of a stale or mixed END line, and the client treats
// that 422 as a failure. Observed through FileServer::checksumCacheStatistics(), never timing.
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "ChecksumCache.h"
#include "FileIdentity.h"
#include "FileServer.h"
#include "FileTestData.h"
#include "TransferManager.h"
#include "WorkerThread.h"

using FileTestData::fileSha;
using FileTestData::randomBytes;

namespace {
constexpr int Timeout = 60000;

QByteArray sha(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

FileIdentity identity(const QString &path, qint64 size = 10)
{
    FileIdentity id;
    id.canonicalPath = path;
    id.size = size;
    id.modifiedNs = 1700000000LL * 1000000000 + 123;
    id.changedNs = id.modifiedNs + 5;
    id.inode = 42;
    id.device = 7;
    return id;
}
} // namespace

class TestChecksumCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // ChecksumCache and FileIdentity alone.
    void findsOnlyTheSameVersion_data();
    void findsOnlyTheSameVersion();
    void boundAndLeastRecentlyUsed();
    void shrinkingTrims();
    void identityOfRealFiles();

    // Through FileServer + TransferManager.
    void secondDownloadUsesCache();
    void resumedDownloadUsesCache();
    void changedFileIsHashedAgain_data();
    void changedFileIsHashedAgain();
    void freshlyWrittenFileIsNotRemembered();
    void serverCacheStaysWithinBound();
    void changeDuringSendEndsIn422_data();
    void changeDuringSendEndsIn422();
    void clientTreats422AsFailure();
    void parallelHitsFromWorkerThread();

private:
    void writeFile(const QString &path, const QByteArray &bytes, qint64 ageSeconds = 3600);
    void startServer(int cacheEntries = ChecksumCache::DefaultCapacity);
    TransferRequest download(const QString &name, const QString &out) const;
    TransferInfo runOne(const TransferRequest &request);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
    QString m_out;
    FileServer *m_server = nullptr;
    quint16 m_port = 0;
};

void TestChecksumCache::writeFile(const QString &path, const QByteArray &bytes, qint64 ageSeconds)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(f.errorString()));
    QCOMPARE(f.write(bytes), bytes.size());
    QVERIFY(f.flush());   // a write after setFileTime() would set the time to now again
    // Written "long ago": only settled files are remembered (a negative age is in the future).
    QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-ageSeconds), QFileDevice::FileModificationTime));
}

void TestChecksumCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_root = QDir(m_dir->path()).canonicalPath() + QStringLiteral("/root");
    m_out = m_dir->path() + QStringLiteral("/out");
    QVERIFY(QDir().mkpath(m_root));
    QVERIFY(QDir().mkpath(m_out));
}

void TestChecksumCache::cleanup()
{
    delete m_server;
    m_server = nullptr;
    m_dir.reset();
}

void TestChecksumCache::startServer(int cacheEntries)
{
    delete m_server;
    m_server = new FileServer(this);
    FileServerOptions options;
    options.root = m_root;
    options.bindAddress = QHostAddress(QHostAddress::LocalHost);
    options.downloadPort = options.uploadPort = options.protocolPort = 0;
    options.classicDownload = options.classicUpload = false;
    options.checksumCacheEntries = cacheEntries;
    QSignalSpy started(m_server, &FileServer::started);
    m_server->start(options);
    QCOMPARE(started.count(), 1);
    m_port = started.at(0).at(2).value<quint16>();
    QVERIFY(m_port);
}

TransferRequest TestChecksumCache::download(const QString &name, const QString &out) const
{
    TransferRequest r;
    r.protocol = TransferInfo::Protocol::Slft;
    r.direction = TransferInfo::Direction::Download;
    r.host = QStringLiteral("127.0.0.1");
    r.port = m_port;
    r.remoteName = name;
    r.localPath = out;
    return r;
}

TransferInfo TestChecksumCache::runOne(const TransferRequest &request)
{
    TransferManager manager;
    QSignalSpy finished(&manager, &TransferManager::transferFinished);
    manager.add(request);
    if (!finished.wait(Timeout))
        return {};
    return finished.at(0).at(0).value<TransferInfo>();
}

void TestChecksumCache::findsOnlyTheSameVersion_data()
{
    QTest::addColumn<QString>("field");
    for (const char *field : {"size", "modified", "changed", "inode", "device", "path"})
        QTest::newRow(field) << QString::fromLatin1(field);
}

void TestChecksumCache::findsOnlyTheSameVersion()
{
    QFETCH(QString, field);
    ChecksumCache cache;
    const FileIdentity stored = identity(QStringLiteral("/s/a.bin"));
    const QByteArray digest = sha("a");
    cache.store(stored, digest);
    QCOMPARE(cache.find(stored).value_or(QByteArray()), digest);

    FileIdentity other = stored;
    if (field == QLatin1String("size"))
        other.size += 1;
    else if (field == QLatin1String("modified"))
        other.modifiedNs += 1;   // one nanosecond is enough
    else if (field == QLatin1String("changed"))
        other.changedNs += 1;
    else if (field == QLatin1String("inode"))
        other.inode += 1;
    else if (field == QLatin1String("device"))
        other.device += 1;
    else
        other.canonicalPath = QStringLiteral("/s/b.bin");
    QVERIFY(!cache.find(other));
    const ChecksumCache::Statistics s = cache.statistics();
    QCOMPARE(s.hits, qint64(1));
    QCOMPARE(s.misses, qint64(1));
    QCOMPARE(s.stores, qint64(1));
    // Another version of the same path drops the stale entry; another path leaves it alone.
    QCOMPARE(s.entries, field == QLatin1String("path") ? 1 : 0);
}

void TestChecksumCache::boundAndLeastRecentlyUsed()
{
    ChecksumCache cache(3);
    for (int i = 0; i < 10; ++i) {
        cache.store(identity(QStringLiteral("/s/%1").arg(i)), sha(QByteArray::number(i)));
        QVERIFY(cache.statistics().entries <= 3);
    }
    QCOMPARE(cache.statistics().entries, 3);
    QVERIFY(!cache.find(identity(QStringLiteral("/s/6"))));
    QVERIFY(cache.find(identity(QStringLiteral("/s/7"))));   // 7 is now the most recently used
    cache.store(identity(QStringLiteral("/s/10")), sha("10"));
    QVERIFY(cache.find(identity(QStringLiteral("/s/7"))));
    QVERIFY(!cache.find(identity(QStringLiteral("/s/8"))));  // the least recently used went
    QVERIFY(cache.find(identity(QStringLiteral("/s/9"))));
    QVERIFY(cache.find(identity(QStringLiteral("/s/10"))));
    // Storing the same path again replaces its entry instead of adding one.
    cache.store(identity(QStringLiteral("/s/10"), 11), sha("new"));
    QCOMPARE(cache.statistics().entries, 3);
    QCOMPARE(cache.find(identity(QStringLiteral("/s/10"), 11)).value_or(QByteArray()), sha("new"));
}

void TestChecksumCache::shrinkingTrims()
{
    ChecksumCache cache(5);
    for (int i = 0; i < 5; ++i)
        cache.store(identity(QStringLiteral("/s/%1").arg(i)), sha(QByteArray::number(i)));
    cache.setCapacity(2);
    QCOMPARE(cache.statistics().entries, 2);
    QCOMPARE(cache.statistics().capacity, 2);
    QVERIFY(cache.find(identity(QStringLiteral("/s/4"))));
    QVERIFY(cache.find(identity(QStringLiteral("/s/3"))));
    QVERIFY(!cache.find(identity(QStringLiteral("/s/2"))));
    cache.setCapacity(0);   // at least one
    QCOMPARE(cache.statistics().capacity, 1);
    QCOMPARE(cache.statistics().entries, 1);
}

void TestChecksumCache::identityOfRealFiles()
{
    const QString path = m_root + QStringLiteral("/id.bin");
    writeFile(path, "12345");
    const std::optional<FileIdentity> first = FileIdentity::of(path);
    QVERIFY(first);
    QCOMPARE(first->size, qint64(5));
    QCOMPARE(*FileIdentity::of(path), *first);
    const qint64 nowNs = QDateTime::currentMSecsSinceEpoch() * 1000000;
    QVERIFY(first->settledBefore(nowNs, 2000));   // written an hour ago
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(3600), QFileDevice::FileModificationTime));
    }
    const std::optional<FileIdentity> touched = FileIdentity::of(path);
    QVERIFY(touched);
    QVERIFY(*touched != *first);
    QVERIFY(!touched->settledBefore(nowNs, 2000));   // "modified" in the future
    QVERIFY(!FileIdentity::of(m_root));               // a folder
    QVERIFY(!FileIdentity::of(m_root + QStringLiteral("/missing")));
}

void TestChecksumCache::secondDownloadUsesCache()
{
    startServer();
    const QByteArray bytes = randomBytes(3 * 1024 * 1024 + 5);
    writeFile(m_root + QStringLiteral("/c.bin"), bytes);
    for (int round = 1; round <= 3; ++round) {
        const QString out = m_out + QStringLiteral("/%1").arg(round);
        QVERIFY(QDir().mkpath(out));
        const TransferInfo info = runOne(download(QStringLiteral("c.bin"), out));
        QCOMPARE(info.state, TransferInfo::State::Done);
        QCOMPARE(fileSha(out + QStringLiteral("/c.bin")), sha(bytes).toHex());
        const ChecksumCache::Statistics s = m_server->checksumCacheStatistics();
        QCOMPARE(s.misses, qint64(1));            // hashed once, while it was first sent
        QCOMPARE(s.stores, qint64(1));
        QCOMPARE(s.hits, qint64(round - 1));
        QCOMPARE(s.entries, 1);
    }
}

void TestChecksumCache::resumedDownloadUsesCache()
{
    startServer();
    const QByteArray bytes = randomBytes(2 * 1024 * 1024 + 3);
    writeFile(m_root + QStringLiteral("/r.bin"), bytes);
    QCOMPARE(runOne(download(QStringLiteral("r.bin"), m_out)).state, TransferInfo::State::Done);
    QVERIFY(QFile::remove(m_out + QStringLiteral("/r.bin")));
    writeFile(m_out + QStringLiteral("/r.bin.part"), bytes.left(1000000));
    const TransferInfo info = runOne(download(QStringLiteral("r.bin"), m_out));
    QCOMPARE(info.state, TransferInfo::State::Done);
    QCOMPARE(info.resumedFrom, qint64(1000000));
    QCOMPARE(fileSha(m_out + QStringLiteral("/r.bin")), sha(bytes).toHex());
    QCOMPARE(m_server->checksumCacheStatistics().hits, qint64(1));   // the prefix was not hashed again

    // A partial file from another version still fails verification with the cached digest.
    QVERIFY(QFile::remove(m_out + QStringLiteral("/r.bin")));
    QByteArray wrong = bytes.left(4096);
    wrong[10] = char(wrong[10] ^ 0x55);
    writeFile(m_out + QStringLiteral("/r.bin.part"), wrong);
    const TransferInfo bad = runOne(download(QStringLiteral("r.bin"), m_out));
    QCOMPARE(bad.state, TransferInfo::State::Failed);
    QVERIFY2(bad.reason.contains(QStringLiteral("Checksum mismatch")), qPrintable(bad.reason));
    QCOMPARE(m_server->checksumCacheStatistics().hits, qint64(2));
}

void TestChecksumCache::changedFileIsHashedAgain_data()
{
    QTest::addColumn<qint64>("newSize");
    QTest::newRow("same size, new mtime") << qint64(1024 * 1024);
    QTest::newRow("larger") << qint64(1024 * 1024 + 17);
    QTest::newRow("smaller") << qint64(1000);
}

void TestChecksumCache::changedFileIsHashedAgain()
{
    QFETCH(qint64, newSize);
    startServer();
    const QString path = m_root + QStringLiteral("/v.bin");
    writeFile(path, randomBytes(1024 * 1024), 3600);
    QVERIFY(QDir().mkpath(m_out + QStringLiteral("/1")));
    QCOMPARE(runOne(download(QStringLiteral("v.bin"), m_out + QStringLiteral("/1"))).state, TransferInfo::State::Done);
    QCOMPARE(m_server->checksumCacheStatistics().stores, qint64(1));

    const QByteArray second = randomBytes(newSize);
    writeFile(path, second, 7200);   // another modification time, whatever the clock's granularity
    QVERIFY(QDir().mkpath(m_out + QStringLiteral("/2")));
    const TransferInfo info = runOne(download(QStringLiteral("v.bin"), m_out + QStringLiteral("/2")));
    QCOMPARE(info.state, TransferInfo::State::Done);
    QCOMPARE(info.bytesTotal, newSize);
    QCOMPARE(fileSha(m_out + QStringLiteral("/2/v.bin")), sha(second).toHex());
    ChecksumCache::Statistics s = m_server->checksumCacheStatistics();
    QCOMPARE(s.hits, qint64(0));
    QCOMPARE(s.misses, qint64(2));
    QCOMPARE(s.stores, qint64(2));
    QCOMPARE(s.entries, 1);   // the old version's entry was replaced

    // The new version is remembered in turn.
    QVERIFY(QDir().mkpath(m_out + QStringLiteral("/3")));
    QCOMPARE(runOne(download(QStringLiteral("v.bin"), m_out + QStringLiteral("/3"))).state, TransferInfo::State::Done);
    QCOMPARE(fileSha(m_out + QStringLiteral("/3/v.bin")), sha(second).toHex());
    s = m_server->checksumCacheStatistics();
    QCOMPARE(s.hits, qint64(1));
}

void TestChecksumCache::freshlyWrittenFileIsNotRemembered()
{
    startServer();
    // Modified "in the future" (as far as the server can tell, just now): it could still change
    // within the same timestamp tick, so its digest is used once and not remembered.
    const QByteArray bytes = randomBytes(100000);
    writeFile(m_root + QStringLiteral("/f.bin"), bytes, -3600);
    for (int round = 1; round <= 2; ++round) {
        const QString out = m_out + QStringLiteral("/%1").arg(round);
        QVERIFY(QDir().mkpath(out));
        QCOMPARE(runOne(download(QStringLiteral("f.bin"), out)).state, TransferInfo::State::Done);
        QCOMPARE(fileSha(out + QStringLiteral("/f.bin")), sha(bytes).toHex());
    }
    const ChecksumCache::Statistics s = m_server->checksumCacheStatistics();
    QCOMPARE(s.stores, qint64(0));
    QCOMPARE(s.hits, qint64(0));
    QCOMPARE(s.misses, qint64(2));
}

void TestChecksumCache::serverCacheStaysWithinBound()
{
    startServer(2);
    QCOMPARE(m_server->checksumCacheStatistics().capacity, 2);
    for (int i = 0; i < 5; ++i) {
        const QString name = QStringLiteral("b%1.bin").arg(i);
        writeFile(m_root + QLatin1Char('/') + name, randomBytes(1000 + i));
        QCOMPARE(runOne(download(name, m_out)).state, TransferInfo::State::Done);
        QVERIFY(m_server->checksumCacheStatistics().entries <= 2);
    }
    ChecksumCache::Statistics s = m_server->checksumCacheStatistics();
    QCOMPARE(s.stores, qint64(5));
    QCOMPARE(s.entries, 2);
    // The two most recent ones are answered from the cache, the first one is hashed again.
    QVERIFY(QFile::remove(m_out + QStringLiteral("/b4.bin")));
    QCOMPARE(runOne(download(QStringLiteral("b4.bin"), m_out)).state, TransferInfo::State::Done);
    QCOMPARE(m_server->checksumCacheStatistics().hits, qint64(1));
    QVERIFY(QFile::remove(m_out + QStringLiteral("/b0.bin")));
    QCOMPARE(runOne(download(QStringLiteral("b0.bin"), m_out)).state, TransferInfo::State::Done);
    s = m_server->checksumCacheStatistics();
    QCOMPARE(s.hits, qint64(1));
    QCOMPARE(s.entries, 2);
}

void TestChecksumCache::changeDuringSendEndsIn422_data()
{
    QTest::addColumn<bool>("cachedBefore");
    QTest::addColumn<bool>("grow");
    QTest::newRow("hashed while sent, rewritten in place") << false << false;
    QTest::newRow("hashed while sent, appended to") << false << true;
    QTest::newRow("from the cache, rewritten in place") << true << false;
    QTest::newRow("from the cache, appended to") << true << true;
}

void TestChecksumCache::changeDuringSendEndsIn422()
{
    QFETCH(bool, cachedBefore);
    QFETCH(bool, grow);
    startServer();
    // Much larger than what the server's write buffer and both kernel socket buffers can hold
    // while this client reads nothing: the server is still sending when the file changes.
    const qint64 size = 48 * 1024 * 1024;
    const QString path = m_root + QStringLiteral("/big.bin");
    writeFile(path, randomBytes(size), 3600);
    if (cachedBefore) {
        QCOMPARE(runOne(download(QStringLiteral("big.bin"), m_out)).state, TransferInfo::State::Done);
        QCOMPARE(m_server->checksumCacheStatistics().entries, 1);
    }
    QSignalSpy serverFinished(m_server, &FileServer::transferFinished);
    QTcpSocket client;
    client.setReadBufferSize(64 * 1024);
    client.connectToHost(QHostAddress::LocalHost, m_port);
    QVERIFY(client.waitForConnected(Timeout));
    client.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 64 * 1024);
    client.write("SLFT/1 GET 0 big.bin\n");
    QTRY_VERIFY_WITH_TIMEOUT(client.canReadLine(), Timeout);
    QCOMPARE(client.readLine(), QByteArray("SLFT/1 200 ") + QByteArray::number(size) + " 0\n");
    if (serverFinished.count() > 0)
        QSKIP("This machine's socket buffers took the whole file at once; nothing to change mid-way.");

    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        if (grow) {
            QVERIFY(f.seek(size));
            QCOMPARE(f.write("more"), qint64(4));
        } else {
            QCOMPARE(f.write(randomBytes(1024 * 1024)), qint64(1024 * 1024));
        }
        QVERIFY(f.flush());
        QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-7200), QFileDevice::FileModificationTime));
    }

    // Read the announced bytes, then what comes instead of "SLFT/1 END <sha256>".
    client.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 4 * 1024 * 1024);
    client.setReadBufferSize(0);
    qint64 data = 0;
    QByteArray tail;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 while (client.bytesAvailable() > 0) {
                                     if (data < size)
                                         data += client.read(size - data).size();
                                     else
                                         tail += client.read(4096);
                                 }
                                 return tail.endsWith('\n') || client.state() == QAbstractSocket::UnconnectedState;
                             }()),
                             Timeout);
    QCOMPARE(data, size);
    QVERIFY2(tail.startsWith("SLFT/1 422 "), tail.constData());
    QVERIFY(!tail.contains(" END "));
    QTRY_COMPARE_WITH_TIMEOUT(serverFinished.count(), 1, Timeout);
    QCOMPARE(serverFinished.at(0).at(0).value<TransferInfo>().state, TransferInfo::State::Failed);
    const ChecksumCache::Statistics s = m_server->checksumCacheStatistics();
    QCOMPARE(s.entries, 0);   // nothing remembered, and a cached digest of the old version is dropped
    QCOMPARE(s.stores, qint64(cachedBefore ? 1 : 0));
    QCOMPARE(s.hits, qint64(cachedBefore ? 1 : 0));
}

void TestChecksumCache::clientTreats422AsFailure()
{
    // A stand-in server that sends five bytes and then 422 in place of the END line.
    QTcpServer fake;
    QVERIFY(fake.listen(QHostAddress::LocalHost));
    connect(&fake, &QTcpServer::newConnection, this, [&fake] {
        QTcpSocket *peer = fake.nextPendingConnection();
        connect(peer, &QTcpSocket::readyRead, peer, [peer] {
            if (!peer->canReadLine())
                return;
            peer->readAll();
            peer->write("SLFT/1 200 5 0\nhelloSLFT/1 422 The file changed while it was being sent; download it again.\n");
            peer->disconnectFromHost();
        });
    });
    TransferRequest r = download(QStringLiteral("x.bin"), m_out);
    r.port = fake.serverPort();
    const TransferInfo info = runOne(r);
    QCOMPARE(info.state, TransferInfo::State::Failed);
    QVERIFY2(info.reason.contains(QStringLiteral("422")), qPrintable(info.reason));
    QVERIFY2(info.reason.contains(QStringLiteral("changed")), qPrintable(info.reason));
    // Five bytes of an unknown mix of versions: not kept for a resume, no final name either.
    QCOMPARE(QDir(m_out).entryList(QDir::Files), QStringList());
}

void TestChecksumCache::parallelHitsFromWorkerThread()
{
    const QByteArray bytes = randomBytes(512 * 1024 + 1);
    writeFile(m_root + QStringLiteral("/p.bin"), bytes);
    WorkerThread serverThread(QStringLiteral("file-server"));
    auto *server = new FileServer;
    serverThread.adopt(server);
    serverThread.start();
    quint16 port = 0;
    connect(server, &FileServer::started, this, [&port](quint16, quint16, quint16 protocol) { port = protocol; });
    FileServerOptions options;
    options.root = m_root;
    options.downloadPort = options.uploadPort = options.protocolPort = 0;
    options.bindAddress = QHostAddress(QHostAddress::LocalHost);
    QMetaObject::invokeMethod(server, "start", Qt::QueuedConnection, Q_ARG(FileServerOptions, options));
    QTRY_VERIFY_WITH_TIMEOUT(port != 0, Timeout);
    m_port = port;
    QCOMPARE(runOne(download(QStringLiteral("p.bin"), m_out)).state, TransferInfo::State::Done);
    QCOMPARE(server->checksumCacheStatistics().stores, qint64(1));

    constexpr int Clients = 50;
    TransferManager manager;
    manager.setMaxConcurrent(Clients);
    QSignalSpy finished(&manager, &TransferManager::transferFinished);
    for (int i = 0; i < Clients; ++i) {
        const QString out = m_out + QStringLiteral("/%1").arg(i);
        QVERIFY(QDir().mkpath(out));
        manager.add(download(QStringLiteral("p.bin"), out));
    }
    // Statistics are read from this thread while the server thread answers.
    QTRY_VERIFY_WITH_TIMEOUT(server->checksumCacheStatistics().hits + server->checksumCacheStatistics().misses >= 2,
                             Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), Clients, Timeout * 2);
    for (const QList<QVariant> &args : std::as_const(finished))
        QCOMPARE(args.at(0).value<TransferInfo>().state, TransferInfo::State::Done);
    for (int i = 0; i < Clients; ++i)
        QCOMPARE(fileSha(m_out + QStringLiteral("/%1/p.bin").arg(i)), sha(bytes).toHex());
    const ChecksumCache::Statistics s = server->checksumCacheStatistics();
    QCOMPARE(s.hits, qint64(Clients));
    QCOMPARE(s.misses, qint64(1));
    QCOMPARE(s.stores, qint64(1));
    bool stopped = false;
    connect(server, &FileServer::stopped, this, [&stopped] { stopped = true; });
    QVERIFY(QMetaObject::invokeMethod(server, "stop", Qt::QueuedConnection));
    QTRY_VERIFY_WITH_TIMEOUT(stopped, Timeout);
}

QTEST_GUILESS_MAIN(TestChecksumCache)
#include "tst_checksum_cache.moc"
