// "Show uploads" (issue 11): with FileServerOptions::showUploads the SLFT/1 listing of "/" shows
// the inbox as a read-only folder "uploads/": listable and downloadable, never writable, never
// showing the hidden state folder of unfinished uploads, and not there when the inbox is the
// shared folder itself (its uploads are listed anyway) or when the option is off. Raw SLFT/1
// peers over loopback, in process.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "FileServer.h"
#include "UploadStateFolder.h"

namespace {
constexpr int Timeout = 30000;
} // namespace

class TestShowUploads : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listingShowsUploadsFolder();
    void uploadsCanBeDownloaded();
    void uploadsCanBeDownloadedWithTheClassicProtocol();
    void uploadsCannotBeWritten_data();
    void uploadsCannotBeWritten();
    void namesCannotLeaveTheInbox_data();
    void namesCannotLeaveTheInbox();
    void unfinishedUploadsStayHidden();
    void offByDefault();
    void notShownWhenTheInboxIsTheRoot();

private:
    void writeFile(const QString &path, const QByteArray &bytes);
    void startServer(bool showUploads, bool inboxIsRoot = false);
    bool connectTo(QTcpSocket &socket);
    QByteArray line(QTcpSocket &socket);
    QList<QByteArray> list(const QByteArray &path);   // status line, then the entry names

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
    QString m_inbox;
    std::unique_ptr<FileServer> m_server;
    quint16 m_port = 0;
    quint16 m_classicPort = 0;
};

void TestShowUploads::writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(f.errorString()));
    QCOMPARE(f.write(bytes), bytes.size());
}

void TestShowUploads::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_root = m_dir->filePath(QStringLiteral("root"));
    m_inbox = m_dir->filePath(QStringLiteral("inbox"));
    QVERIFY(QDir().mkpath(m_root + QStringLiteral("/sub")));
    QVERIFY(QDir().mkpath(m_inbox));
    writeFile(m_root + QStringLiteral("/shared.txt"), "shared");
    writeFile(m_inbox + QStringLiteral("/homework.txt"), "my homework");
    writeFile(m_dir->filePath(QStringLiteral("outside.txt")), "outside");
}

void TestShowUploads::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

void TestShowUploads::startServer(bool showUploads, bool inboxIsRoot)
{
    m_server = std::make_unique<FileServer>();
    FileServerOptions options;
    options.root = m_root;
    options.inbox = inboxIsRoot ? QString() : m_inbox;
    options.showUploads = showUploads;
    options.bindAddress = QHostAddress(QHostAddress::LocalHost);
    options.downloadPort = options.uploadPort = options.protocolPort = 0;
    QSignalSpy started(m_server.get(), &FileServer::started);
    m_server->start(options);
    QCOMPARE(started.count(), 1);
    m_port = started.at(0).at(2).value<quint16>();
    m_classicPort = started.at(0).at(0).value<quint16>();
}

bool TestShowUploads::connectTo(QTcpSocket &socket)
{
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    return QTest::qWaitFor([&socket] { return socket.state() == QAbstractSocket::ConnectedState; }, Timeout);
}

QByteArray TestShowUploads::line(QTcpSocket &socket)
{
    // The server runs in this thread: wait with the event loop running.
    if (!QTest::qWaitFor([&socket] { return socket.canReadLine() || socket.state() == QAbstractSocket::UnconnectedState; },
                         Timeout))
        return "<timeout>";
    return socket.canReadLine() ? socket.readLine() : QByteArray("<closed>");
}

QList<QByteArray> TestShowUploads::list(const QByteArray &path)
{
    QTcpSocket socket;
    if (!connectTo(socket))
        return {"<no connection>"};
    socket.write("SLFT/1 LIST " + path + '\n');
    QList<QByteArray> out{line(socket).trimmed()};
    if (!out.constFirst().startsWith("SLFT/1 200 "))
        return out;
    const int count = out.constFirst().mid(11).toInt();
    for (int i = 0; i < count; ++i) {
        const QByteArray entry = line(socket).trimmed();   // "d|f SIZE MTIME NAME"
        out.append(entry.left(2) + entry.mid(entry.indexOf(' ', entry.indexOf(' ', 2) + 1) + 1));
    }
    return out;
}

void TestShowUploads::listingShowsUploadsFolder()
{
    startServer(true);
    QCOMPARE(list("/"), (QList<QByteArray>{"SLFT/1 200 3", "d sub", "d uploads", "f shared.txt"}));
    QCOMPARE(list(""), list("/"));
    QCOMPARE(list("uploads"), (QList<QByteArray>{"SLFT/1 200 1", "f homework.txt"}));
    QCOMPARE(list("/uploads/"), list("uploads"));
    // A folder in the inbox is listed inside uploads/.
    QVERIFY(QDir().mkpath(m_inbox + QStringLiteral("/week1")));
    writeFile(m_inbox + QStringLiteral("/week1/a.txt"), "a");
    QCOMPARE(list("uploads/week1"), (QList<QByteArray>{"SLFT/1 200 1", "f a.txt"}));
    // The shared folder's own sub-folders still list as before.
    QCOMPARE(list("sub"), (QList<QByteArray>{"SLFT/1 200 0"}));
}

void TestShowUploads::uploadsCanBeDownloaded()
{
    startServer(true);
    QTcpSocket socket;
    QVERIFY(connectTo(socket));
    socket.write("SLFT/1 GET 0 uploads/homework.txt\n");
    QCOMPARE(line(socket), QByteArray("SLFT/1 200 11 0\n"));
    QVERIFY(QTest::qWaitFor([&socket] { return socket.bytesAvailable() >= 11; }, Timeout));
    QCOMPARE(socket.read(11), QByteArray("my homework"));
    QCOMPARE(line(socket), "SLFT/1 END " + QCryptographicHash::hash("my homework", QCryptographicHash::Sha256).toHex() + '\n');
    // The shared folder's files are still served as before.
    socket.write("SLFT/1 GET 0 shared.txt\n");
    QCOMPARE(line(socket), QByteArray("SLFT/1 200 6 0\n"));
}

void TestShowUploads::uploadsCanBeDownloadedWithTheClassicProtocol()
{
    // The seed's download_client.py asks for "uploads/homework.txt" by name.
    startServer(true);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_classicPort);
    QVERIFY(QTest::qWaitFor([&socket] { return socket.state() == QAbstractSocket::ConnectedState; }, Timeout));
    socket.write("uploads/homework.txt");
    QByteArray got;
    QVERIFY(QTest::qWaitFor([&] {
        got += socket.readAll();
        return socket.state() == QAbstractSocket::UnconnectedState || got.size() >= 24 + 11;
    }, Timeout));
    got += socket.readAll();
    QCOMPARE(got, QByteArray("0<SEPARATOR>11my homework"));
    // Outside "uploads/" and with uploads off nothing of the inbox is found.
    QTcpSocket missing;
    missing.connectToHost(QHostAddress::LocalHost, m_classicPort);
    QVERIFY(QTest::qWaitFor([&missing] { return missing.state() == QAbstractSocket::ConnectedState; }, Timeout));
    missing.write("homework.txt");
    QVERIFY(QTest::qWaitFor([&missing] { return missing.bytesAvailable() > 0 || missing.state() == QAbstractSocket::UnconnectedState; }, Timeout));
    QVERIFY(missing.readAll().startsWith("-1<SEPARATOR>"));
}

void TestShowUploads::uploadsCannotBeWritten_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::newRow("uploads/new.txt") << QByteArray("uploads/new.txt");
    QTest::newRow("/uploads/new.txt") << QByteArray("/uploads/new.txt");
    QTest::newRow("uploads/homework.txt (existing)") << QByteArray("uploads/homework.txt");
    QTest::newRow("uploads/week1/new.txt") << QByteArray("uploads/week1/new.txt");
}

void TestShowUploads::uploadsCannotBeWritten()
{
    QFETCH(QByteArray, name);
    startServer(true);
    const QStringList before = QDir(m_inbox).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    QTcpSocket socket;
    QVERIFY(connectTo(socket));
    socket.write("SLFT/1 PUT 3 " + name + '\n');
    const QByteArray answer = line(socket);
    QVERIFY2(answer.startsWith("SLFT/1 403 "), answer.constData());
    QCOMPARE(QDir(m_inbox).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
    QCOMPARE(QDir(m_root).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             (QStringList{QStringLiteral("shared.txt"), QStringLiteral("sub")}));
    // A plain name still uploads into the inbox, and then shows up in uploads/.
    QTcpSocket plain;
    QVERIFY(connectTo(plain));
    plain.write("SLFT/1 PUT 3 new.txt\n");
    QCOMPARE(line(plain), QByteArray("SLFT/1 200 0\n"));
    plain.write("abc");
    plain.write("SLFT/1 END " + QCryptographicHash::hash("abc", QCryptographicHash::Sha256).toHex() + '\n');
    QCOMPARE(line(plain), QByteArray("SLFT/1 200 new.txt\n"));
    QVERIFY(list("uploads").contains("f new.txt"));
}

void TestShowUploads::namesCannotLeaveTheInbox_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::newRow("uploads/../shared.txt") << QByteArray("uploads/../shared.txt");
    QTest::newRow("uploads/../../outside.txt") << QByteArray("uploads/../../outside.txt");
    QTest::newRow("uploads/%2e%2e/outside.txt") << QByteArray("uploads/%2e%2e/outside.txt");
    QTest::newRow("uploads//etc/passwd") << QByteArray("uploads//etc/passwd");
}

void TestShowUploads::namesCannotLeaveTheInbox()
{
    QFETCH(QByteArray, name);
    startServer(true);
    QTcpSocket socket;
    QVERIFY(connectTo(socket));
    socket.write("SLFT/1 GET 0 " + name + '\n');
    const QByteArray answer = line(socket);
    QVERIFY2(answer.startsWith("SLFT/1 403 ") || answer.startsWith("SLFT/1 404 "), answer.constData());
}

void TestShowUploads::unfinishedUploadsStayHidden()
{
    startServer(true);
    // An upload cut short leaves its partial in the inbox's hidden state folder.
    {
        QSignalSpy finished(m_server.get(), &FileServer::transferFinished);
        QTcpSocket socket;
        QVERIFY(connectTo(socket));
        socket.write("SLFT/1 PUT 1000 cut.bin\n");
        QCOMPARE(line(socket), QByteArray("SLFT/1 200 0\n"));
        socket.write(QByteArray(400, 'x'));
        QVERIFY(QTest::qWaitFor([&socket] { return socket.bytesToWrite() == 0; }, Timeout));
        socket.disconnectFromHost();
        QVERIFY(QTest::qWaitFor([&finished] { return finished.count() > 0; }, Timeout));
    }
    const QString state = UploadStateFolder::folderName();
    QVERIFY(QFileInfo(m_inbox + QLatin1Char('/') + state).isDir());
    QCOMPARE(list("uploads"), (QList<QByteArray>{"SLFT/1 200 1", "f homework.txt"}));
    const QString slot = UploadStateFolder::slotFor(QStringLiteral("cut.bin"), 1000);
    for (const QByteArray &name : {"uploads/" + state.toUtf8(), "uploads/" + state.toUtf8() + '/',
                                   "uploads/" + state.toUtf8() + '/' + slot.toUtf8() + ".part"}) {
        const QByteArray listed = list(name).constFirst();
        QVERIFY2(listed.startsWith("SLFT/1 403 ") || listed.startsWith("SLFT/1 404 "), (name + ": " + listed).constData());
        QTcpSocket get;
        QVERIFY(connectTo(get));
        get.write("SLFT/1 GET 0 " + name + '\n');
        const QByteArray answer = line(get);
        QVERIFY2(answer.startsWith("SLFT/1 403 ") || answer.startsWith("SLFT/1 404 "), (name + ": " + answer).constData());
    }
}

void TestShowUploads::offByDefault()
{
    QVERIFY(!FileServerOptions().showUploads);
    startServer(false);
    QCOMPARE(list("/"), (QList<QByteArray>{"SLFT/1 200 2", "d sub", "f shared.txt"}));
    const QByteArray listed = list("uploads").constFirst();
    QVERIFY2(listed.startsWith("SLFT/1 404 "), listed.constData());
}

void TestShowUploads::notShownWhenTheInboxIsTheRoot()
{
    startServer(true, true);
    QCOMPARE(list("/"), (QList<QByteArray>{"SLFT/1 200 2", "d sub", "f shared.txt"}));
}

QTEST_GUILESS_MAIN(TestShowUploads)
#include "tst_show_uploads.moc"
