#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "RootedFile.h"

// RootedFile as this build has it: the descriptor walk (POSIX) or resolve-then-open (portable).
// Both give the same answers for what is there; only the POSIX one also holds against a folder
// swapped while it is opened (tst_websymlinkrace, tst_file_symlinkrace).
class TestRootedFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensFilesAndFolders();
    void statusOfEachRefusal_data();
    void statusOfEachRefusal();
    void symlinkInsideIsFollowed();
    void listingKeepsOnlyWhatIsInside();
    void infoDescribesTheFile();

private:
    void write(const QString &relative, const QByteArray &bytes);
    void link(const QString &target, const QString &relativeLink);

    QTemporaryDir m_dir;     // outside.txt, root/…
    QString m_root;
};

void TestRootedFile::write(const QString &relative, const QByteArray &bytes)
{
    QFile f(m_dir.filePath(relative));
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(f.errorString()));
    QCOMPARE(f.write(bytes), qint64(bytes.size()));
}

void TestRootedFile::link(const QString &target, const QString &relativeLink)
{
    QVERIFY2(QFile::link(target, m_dir.filePath(relativeLink)), qPrintable(relativeLink));
}

void TestRootedFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("root/sub")));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("root/.socketlab-partial")));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("elsewhere")));
    write(QStringLiteral("outside.txt"), "secret");
    write(QStringLiteral("root/a.txt"), "hello");
    write(QStringLiteral("root/sub/b.txt"), "inner");
    write(QStringLiteral("root/.socketlab-partial/p.part"), "partial");
    m_root = m_dir.filePath(QStringLiteral("root"));
    link(m_dir.filePath(QStringLiteral("outside.txt")), QStringLiteral("root/out-abs"));
    link(QStringLiteral("../outside.txt"), QStringLiteral("root/out-rel"));
    link(QStringLiteral("../elsewhere"), QStringLiteral("root/out-dir"));
    link(QStringLiteral("sub/b.txt"), QStringLiteral("root/in-rel"));
    link(m_dir.filePath(QStringLiteral("root/sub")), QStringLiteral("root/in-abs-dir"));
    link(QStringLiteral("missing.txt"), QStringLiteral("root/dangling"));
    link(QStringLiteral(".socketlab-partial/p.part"), QStringLiteral("root/to-private"));
}

void TestRootedFile::opensFilesAndFolders()
{
    const RootedFile rooted(m_root);
    QVERIFY(rooted.isValid());
    QCOMPARE(rooted.root(), QFileInfo(m_root).canonicalFilePath());

    RootedFile::Result file = rooted.open("sub/b.txt", RootedFile::Kind::File);
    QVERIFY(file.ok());
    QVERIFY(file.isFile());
    QCOMPARE(file.resolved, QByteArray("sub/b.txt"));
    const std::unique_ptr<QFile> handle = file.takeFile();
    QVERIFY(handle);
    QCOMPARE(handle->readAll(), QByteArray("inner"));

    const RootedFile::Result folder = rooted.open("/sub/", RootedFile::Kind::Folder);
    QVERIFY(folder.isFolder());
    QCOMPARE(folder.resolved, QByteArray("sub"));

    const RootedFile::Result root = rooted.open("");
    QVERIFY(root.isFolder());
    QCOMPARE(root.resolved, QByteArray());
    QCOMPARE(rooted.absolutePath("sub/b.txt"), rooted.root() + QStringLiteral("/sub/b.txt"));

    // ".." that stays beneath the root is fine.
    QCOMPARE(rooted.stat("sub/../a.txt").resolved, QByteArray("a.txt"));
}

void TestRootedFile::statusOfEachRefusal_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("kind");
    QTest::addColumn<RootedFile::Status>("status");
    const int any = int(RootedFile::Kind::Any);
    QTest::newRow("dot-dot") << QByteArray("../outside.txt") << any << RootedFile::Status::Outside;
    QTest::newRow("dot-dot deeper") << QByteArray("sub/../../outside.txt") << any << RootedFile::Status::Outside;
    QTest::newRow("dot-dot to nothing") << QByteArray("../no-such") << any << RootedFile::Status::Outside;
    QTest::newRow("absolute symlink out") << QByteArray("out-abs") << any << RootedFile::Status::Outside;
    QTest::newRow("relative symlink out") << QByteArray("out-rel") << any << RootedFile::Status::Outside;
    QTest::newRow("through a folder symlink out") << QByteArray("out-dir/x") << any << RootedFile::Status::Outside;
    QTest::newRow("missing") << QByteArray("nope.txt") << any << RootedFile::Status::NotFound;
    QTest::newRow("dangling symlink") << QByteArray("dangling") << any << RootedFile::Status::NotFound;
    QTest::newRow("below a file") << QByteArray("a.txt/more") << any << RootedFile::Status::NotFound;
    QTest::newRow("private folder") << QByteArray(".socketlab-partial/p.part") << any << RootedFile::Status::NotFound;
    QTest::newRow("private, other case") << QByteArray(".SocketLab-Partial") << any << RootedFile::Status::NotFound;
    QTest::newRow("symlink to private") << QByteArray("to-private") << any << RootedFile::Status::NotFound;
    QTest::newRow("folder for a file") << QByteArray("sub") << int(RootedFile::Kind::File) << RootedFile::Status::WrongType;
    QTest::newRow("file for a folder") << QByteArray("a.txt") << int(RootedFile::Kind::Folder) << RootedFile::Status::WrongType;
    QTest::newRow("root for a file") << QByteArray("/") << int(RootedFile::Kind::File) << RootedFile::Status::WrongType;
}

void TestRootedFile::statusOfEachRefusal()
{
    QFETCH(QByteArray, path);
    QFETCH(int, kind);
    QFETCH(RootedFile::Status, status);
    const RootedFile rooted(m_root);
    const RootedFile::Result result = rooted.open(path, RootedFile::Kind(kind));
    QCOMPARE(result.status, status);
    QVERIFY(!result.ok());
    QCOMPARE(result.descriptor(), -1);
}

void TestRootedFile::symlinkInsideIsFollowed()
{
    const RootedFile rooted(m_root);
    RootedFile::Result viaLink = rooted.open("in-rel", RootedFile::Kind::File);
    QVERIFY(viaLink.ok());
    QCOMPARE(viaLink.resolved, QByteArray("sub/b.txt"));
    QCOMPARE(viaLink.takeFile()->readAll(), QByteArray("inner"));
    const RootedFile::Result viaAbsolute = rooted.open("in-abs-dir/b.txt");
    QVERIFY(viaAbsolute.ok());
    QCOMPARE(viaAbsolute.resolved, QByteArray("sub/b.txt"));
}

void TestRootedFile::listingKeepsOnlyWhatIsInside()
{
    const RootedFile rooted(m_root);
    const RootedFile::Result root = rooted.open("", RootedFile::Kind::Folder);
    QVERIFY(root.isFolder());
    QMap<QByteArray, RootedFile::Entry> byName;
    for (const RootedFile::Entry &e : rooted.entries(root))
        byName.insert(e.name, e);
    QCOMPARE(byName.keys(), (QList<QByteArray>{"a.txt", "in-abs-dir", "in-rel", "sub"}));
    QVERIFY(byName.value("sub").info.isFolder());
    QVERIFY(!byName.value("sub").isSymlink);
    const RootedFile::Entry viaLink = byName.value("in-rel");
    QVERIFY(viaLink.isSymlink);
    QVERIFY(viaLink.info.isFile());
    QCOMPARE(viaLink.resolved, QByteArray("sub/b.txt"));
    QCOMPARE(viaLink.info.size, qint64(5));
    QVERIFY(byName.value("in-abs-dir").info.isFolder());
}

void TestRootedFile::infoDescribesTheFile()
{
    const RootedFile rooted(m_root);
    const RootedFile::Result stat = rooted.stat("a.txt");
    QVERIFY(stat.isFile());
    QCOMPARE(stat.descriptor(), -1);
    QCOMPARE(stat.info.size, qint64(5));
    const QFileInfo file(m_root + QStringLiteral("/a.txt"));
    const qint64 ms = stat.info.modifiedSecs * 1000 + stat.info.modifiedNsecs / 1000000;
    QCOMPARE(ms, file.lastModified().toMSecsSinceEpoch());
    QVERIFY(stat.info.modifiedNsecs >= 0 && stat.info.modifiedNsecs < 1000000000);
}

QTEST_GUILESS_MAIN(TestRootedFile)
#include "tst_rootedfile.moc"
