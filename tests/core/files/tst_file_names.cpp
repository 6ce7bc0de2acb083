// The pure parts of file transfer: which names a server accepts, how uploads are named, and
// how the classic and SLFT/1 headers are parsed.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "ClassicProtocol.h"
#include "PartialFile.h"
#include "SafeFileName.h"
#include "SharedFolder.h"
#include "SlftProtocol.h"

class TestFileNames : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sharedFolderRefuses_data();
    void sharedFolderRefuses();
    void sharedFolderServesInside();
    void safeFileName_data();
    void safeFileName();
    void uniqueNames();
    void partialFileNeverOverwrites();
    void partialFileDiscardsUnlessCommitted();
    void classicAnswer_data();
    void classicAnswer();
    void uploadHeader_data();
    void uploadHeader();
    void slftRequest_data();
    void slftRequest();
    void slftEntryRoundTrip();

private:
    void write(const QString &path, const QByteArray &bytes);

    QTemporaryDir m_dir;
    QString m_root;
};

void TestFileNames::write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(f.errorString()));
    f.write(bytes);
}

void TestFileNames::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_root = m_dir.path() + QStringLiteral("/root");
    QVERIFY(QDir().mkpath(m_root + QStringLiteral("/sub")));
    QVERIFY(QDir().mkpath(m_dir.path() + QStringLiteral("/outside")));
    write(m_root + QStringLiteral("/a.txt"), "inside");
    write(m_root + QStringLiteral("/sub/b.txt"), "inside too");
    write(m_dir.path() + QStringLiteral("/outside/secret.txt"), "secret");
    QVERIFY(QFile::link(m_dir.path() + QStringLiteral("/outside/secret.txt"), m_root + QStringLiteral("/escape.txt")));
    QVERIFY(QFile::link(m_dir.path() + QStringLiteral("/outside"), m_root + QStringLiteral("/escapedir")));
    QVERIFY(QFile::link(m_root + QStringLiteral("/sub/b.txt"), m_root + QStringLiteral("/inner-link.txt")));
}

void TestFileNames::sharedFolderRefuses_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("dotdot") << QStringLiteral("../../etc/passwd");
    QTest::newRow("dotdot-outside") << QStringLiteral("../outside/secret.txt");
    QTest::newRow("inner-dotdot") << QStringLiteral("sub/../../outside/secret.txt");
    QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
    QTest::newRow("absolute-root") << m_root + QStringLiteral("/a.txt");
    QTest::newRow("backslash") << QStringLiteral("..\\outside\\secret.txt");
    QTest::newRow("nul") << QStringLiteral("a.txt") + QChar(0) + QStringLiteral(".jpg");
    QTest::newRow("control") << QStringLiteral("a\n.txt");
    QTest::newRow("percent-dot") << QStringLiteral("%2e%2e/outside/secret.txt");
    QTest::newRow("percent-slash") << QStringLiteral("..%2Foutside%2Fsecret.txt");
    QTest::newRow("symlink-out") << QStringLiteral("escape.txt");
    QTest::newRow("symlink-dir-out") << QStringLiteral("escapedir/secret.txt");
    QTest::newRow("tilde") << QStringLiteral("~/.bashrc");
    QTest::newRow("drive") << QStringLiteral("C:/Windows/win.ini");
    QTest::newRow("folder") << QStringLiteral("sub");
    QTest::newRow("missing") << QStringLiteral("missing.txt");
    QTest::newRow("empty") << QString();
    QTest::newRow("dot") << QStringLiteral(".");
}

void TestFileNames::sharedFolderRefuses()
{
    QFETCH(QString, name);
    const SharedFolder folder(m_root);
    QString reason;
    QCOMPARE(folder.resolveFile(name, &reason), std::nullopt);
    QVERIFY(!reason.isEmpty());
}

void TestFileNames::sharedFolderServesInside()
{
    const SharedFolder folder(m_root);
    QCOMPARE(folder.resolveFile(QStringLiteral("a.txt")).value_or(QString()), folder.root() + QStringLiteral("/a.txt"));
    QCOMPARE(folder.resolveFile(QStringLiteral("sub/b.txt")).value_or(QString()), folder.root() + QStringLiteral("/sub/b.txt"));
    // A symlink that stays inside is fine.
    QCOMPARE(folder.resolveFile(QStringLiteral("inner-link.txt")).value_or(QString()), folder.root() + QStringLiteral("/sub/b.txt"));
    QCOMPARE(folder.resolveFolder(QStringLiteral("/")).value_or(QString()), folder.root());
    QCOMPARE(folder.resolveFolder(QStringLiteral("escapedir")), std::nullopt);
}

void TestFileNames::safeFileName_data()
{
    QTest::addColumn<QString>("announced");
    QTest::addColumn<QString>("expected");   // empty: refused
    QTest::newRow("plain") << QStringLiteral("a.txt") << QStringLiteral("a.txt");
    QTest::newRow("unix-path") << QStringLiteral("/home/me/a.txt") << QStringLiteral("a.txt");
    QTest::newRow("windows-path") << QStringLiteral("C:\\Users\\me\\a.txt") << QStringLiteral("a.txt");
    QTest::newRow("traversal") << QStringLiteral("../../etc/passwd") << QStringLiteral("passwd");
    QTest::newRow("chinese") << QStringLiteral("讲义.pdf") << QStringLiteral("讲义.pdf");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("slash-only") << QStringLiteral("dir/") << QString();
    QTest::newRow("dot") << QStringLiteral(".") << QString();
    QTest::newRow("dotdot") << QStringLiteral("..") << QString();
    QTest::newRow("path-dotdot") << QStringLiteral("a/..") << QString();
    QTest::newRow("nul") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << QString();
    QTest::newRow("too-long") << QString(300, QLatin1Char('x')) << QString();
}

void TestFileNames::safeFileName()
{
    QFETCH(QString, announced);
    QFETCH(QString, expected);
    QString reason;
    const std::optional<QString> name = SafeFileName::fromPeer(announced, &reason);
    if (expected.isEmpty()) {
        QCOMPARE(name, std::nullopt);
        QVERIFY(!reason.isEmpty());
    } else {
        QCOMPARE(name.value_or(QString()), expected);
    }
}

void TestFileNames::uniqueNames()
{
    QCOMPARE(SafeFileName::numbered(QStringLiteral("a.txt"), 1), QStringLiteral("a (1).txt"));
    QCOMPARE(SafeFileName::numbered(QStringLiteral("a.tar.gz"), 2), QStringLiteral("a (2).tar.gz"));
    QCOMPARE(SafeFileName::numbered(QStringLiteral("README"), 1), QStringLiteral("README (1)"));
    QCOMPARE(SafeFileName::numbered(QStringLiteral(".bashrc"), 1), QStringLiteral(".bashrc (1)"));
    QCOMPARE(SafeFileName::unique(m_root, QStringLiteral("a.txt")), m_root + QStringLiteral("/a (1).txt"));
    QCOMPARE(SafeFileName::unique(m_root, QStringLiteral("new.txt")), m_root + QStringLiteral("/new.txt"));
}

void TestFileNames::partialFileNeverOverwrites()
{
    QTemporaryDir dir;
    write(dir.path() + QStringLiteral("/x.bin"), "old");
    PartialFile file;
    QString error;
    QVERIFY2(file.openFresh(dir.path(), QStringLiteral("x.bin"), &error), qPrintable(error));
    QCOMPARE(file.partPath(), dir.path() + QStringLiteral("/x.bin.part"));
    QVERIFY(file.write("new", 3, &error));
    QVERIFY(file.commit(QStringLiteral("x.bin"), &error));
    QCOMPARE(file.finalPath(), dir.path() + QStringLiteral("/x (1).bin"));
    QFile old(dir.path() + QStringLiteral("/x.bin"));
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("old"));
    // Two resumable writers of the same partial in one process: the second is refused.
    PartialFile a;
    PartialFile b;
    QVERIFY(a.openResumable(dir.path(), QStringLiteral("y.part"), &error));
    QVERIFY(!b.openResumable(dir.path(), QStringLiteral("y.part"), &error));
    QVERIFY(!error.isEmpty());
    a.keep();
    QVERIFY(QFile::exists(dir.path() + QStringLiteral("/y.part")));
}

void TestFileNames::partialFileDiscardsUnlessCommitted()
{
    QTemporaryDir dir;
    QString error;
    {
        PartialFile file;
        QVERIFY(file.openFresh(dir.path(), QStringLiteral("z.bin"), &error));
        QVERIFY(file.write("abc", 3, &error));
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
    PartialFile unwritable;
    QVERIFY(!unwritable.openFresh(dir.path() + QStringLiteral("/missing"), QStringLiteral("z.bin"), &error));
    QVERIFY(error.contains(QStringLiteral("does not exist")));
}

void TestFileNames::classicAnswer_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");   // 0 incomplete, 1 complete, 2 invalid
    QTest::addColumn<bool>("found");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("headerLength");
    QTest::newRow("found") << QByteArray("0<SEPARATOR>1024") << 1 << true << qint64(1024) << 16;
    QTest::newRow("found-with-data") << QByteArray("0<SEPARATOR>5hello") << 1 << true << qint64(5) << 13;
    QTest::newRow("missing") << QByteArray("-1<SEPARATOR>a.txt文件不存在") << 1 << false << qint64(-1) << 33;
    QTest::newRow("partial-code") << QByteArray("0") << 0 << false << qint64(-1) << 0;
    QTest::newRow("partial-sep") << QByteArray("0<SEPAR") << 0 << false << qint64(-1) << 0;
    QTest::newRow("no-size-yet") << QByteArray("0<SEPARATOR>") << 0 << false << qint64(-1) << 0;
    QTest::newRow("garbage") << QByteArray("HTTP/1.1 200 OK") << 2 << false << qint64(-1) << 0;
    QTest::newRow("bad-sep") << QByteArray("0<SEP>12") << 2 << false << qint64(-1) << 0;
    QTest::newRow("size-not-number") << QByteArray("0<SEPARATOR>abc") << 2 << false << qint64(-1) << 0;
}

void TestFileNames::classicAnswer()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QFETCH(bool, found);
    QFETCH(qint64, size);
    QFETCH(int, headerLength);
    const ClassicProtocol::Answer answer = ClassicProtocol::parseAnswer(bytes);
    QCOMPARE(int(answer.status), status);
    if (status == 1) {
        QCOMPARE(answer.found, found);
        QCOMPARE(answer.headerLength, headerLength);
        if (found)
            QCOMPARE(answer.size, size);
        else
            QCOMPARE(answer.message, QStringLiteral("a.txt文件不存在"));
    }
}

void TestFileNames::uploadHeader_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("headerLength");
    QTest::newRow("plain") << QByteArray("a.txt<SEPARATOR>12") << 1 << QStringLiteral("a.txt") << qint64(12) << 18;
    QTest::newRow("path") << QByteArray("/x/a.txt<SEPARATOR>0") << 1 << QStringLiteral("/x/a.txt") << qint64(0) << 20;
    QTest::newRow("data-behind") << QByteArray("a<SEPARATOR>3abc") << 1 << QStringLiteral("a") << qint64(3) << 13;
    QTest::newRow("no-separator") << QByteArray("a.txt") << 0 << QString() << qint64(-1) << 0;
    QTest::newRow("no-size") << QByteArray("a.txt<SEPARATOR>") << 0 << QString() << qint64(-1) << 0;
    QTest::newRow("negative") << QByteArray("a<SEPARATOR>-5") << 2 << QString() << qint64(-1) << 0;
    QTest::newRow("not-number") << QByteArray("a<SEPARATOR>xyz") << 2 << QString() << qint64(-1) << 0;
    QTest::newRow("huge") << QByteArray("a<SEPARATOR>99999999999999999999") << 2 << QString() << qint64(-1) << 0;
    QTest::newRow("bad-utf8") << QByteArray("\xff<SEPARATOR>1") << 2 << QString() << qint64(-1) << 0;
}

void TestFileNames::uploadHeader()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    QFETCH(QString, name);
    QFETCH(qint64, size);
    QFETCH(int, headerLength);
    const ClassicProtocol::UploadHeader header = ClassicProtocol::parseUploadHeader(bytes);
    QCOMPARE(int(header.status), status);
    if (status == 1) {
        QCOMPARE(header.name, name);
        QCOMPARE(header.size, size);
        QCOMPARE(header.headerLength, headerLength);
    }
    if (status == 2)
        QVERIFY(!header.error.isEmpty());
}

void TestFileNames::slftRequest_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("verb");   // SlftProtocol::Request::Verb
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("number");
    QTest::addColumn<int>("errorCode");
    using V = SlftProtocol::Request::Verb;
    QTest::newRow("list") << QByteArray("SLFT/1 LIST sub dir") << int(V::List) << QStringLiteral("sub dir") << qint64(0) << 0;
    QTest::newRow("list-root") << QByteArray("SLFT/1 LIST") << int(V::List) << QString() << qint64(0) << 0;
    QTest::newRow("get") << QByteArray("SLFT/1 GET 42 a b.txt") << int(V::Get) << QStringLiteral("a b.txt") << qint64(42) << 0;
    QTest::newRow("put-crlf") << QByteArray("SLFT/1 PUT 7 讲义.pdf\r") << int(V::Put) << QStringLiteral("讲义.pdf") << qint64(7) << 0;
    QTest::newRow("version") << QByteArray("SLFT/9 GET 0 a") << int(V::Invalid) << QString() << qint64(0) << 505;
    QTest::newRow("no-magic") << QByteArray("GET /a HTTP/1.1") << int(V::Invalid) << QString() << qint64(0) << 400;
    QTest::newRow("bad-offset") << QByteArray("SLFT/1 GET -1 a") << int(V::Invalid) << QString() << qint64(0) << 400;
    QTest::newRow("no-name") << QByteArray("SLFT/1 PUT 5") << int(V::Invalid) << QString() << qint64(0) << 400;
    QTest::newRow("unknown") << QByteArray("SLFT/1 DELETE a") << int(V::Invalid) << QString() << qint64(0) << 400;
    QTest::newRow("bad-utf8") << QByteArray("SLFT/1 GET 0 \xff") << int(V::Invalid) << QString() << qint64(0) << 400;
}

void TestFileNames::slftRequest()
{
    QFETCH(QByteArray, line);
    QFETCH(int, verb);
    QFETCH(QString, path);
    QFETCH(qint64, number);
    QFETCH(int, errorCode);
    const SlftProtocol::Request request = SlftProtocol::parseRequest(line);
    QCOMPARE(int(request.verb), verb);
    QCOMPARE(request.errorCode, errorCode);
    if (request.verb != SlftProtocol::Request::Verb::Invalid) {
        QCOMPARE(request.path, path);
        QCOMPARE(request.number, number);
    }
}

void TestFileNames::slftEntryRoundTrip()
{
    RemoteEntry entry;
    entry.name = QStringLiteral("a file 名.txt");
    entry.size = 123456789012;
    entry.modified = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    const QByteArray line = SlftProtocol::entryLine(entry);
    QVERIFY(line.endsWith('\n'));
    const std::optional<RemoteEntry> back = SlftProtocol::parseEntry(line.chopped(1));
    QVERIFY(back);
    QCOMPARE(back->name, entry.name);
    QCOMPARE(back->size, entry.size);
    QCOMPARE(back->modified, entry.modified);
    QVERIFY(!back->isFolder);
    QCOMPARE(SlftProtocol::parseStatus("SLFT/1 200 5 0").code, 200);
    QCOMPARE(SlftProtocol::parseStatus("SLFT/1 404 There is no such file.").rest, QStringLiteral("There is no such file."));
    QCOMPARE(SlftProtocol::parseStatus("HTTP/1.1 200 OK").code, 0);
    QVERIFY(SlftProtocol::parseEnd("SLFT/1 END " + QByteArray(64, 'a')));
    QVERIFY(!SlftProtocol::parseEnd("SLFT/1 END abc"));
}

QTEST_GUILESS_MAIN(TestFileNames)
#include "tst_file_names.moc"
