// Where the file server keeps unfinished uploads (issue 10, items 2 and 10): only a partial file
// that the server made itself for an upload is ever resumed; finished files and symlinks with a
// partial-looking name are never touched; peer names never go through chained arg(); long
// names and control characters get clear answers; partials are never listed or served, even
// when the inbox is the shared folder. Raw SLFT/1 and classic peers over loopback, in process.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include "PlatformPaths.h"
#include "FileServer.h"
#include "FileTestData.h"
#include "SafeFileName.h"
#include "UploadStateFolder.h"

using FileTestData::fileSha;
using FileTestData::randomBytes;

namespace {
constexpr int Timeout = 30000;
const QByteArray Separator("<SEPARATOR>");
} // namespace

class TestUploadPartials : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void finishedFileNamedLikeAPartialIsUntouched_data();
    void finishedFileNamedLikeAPartialIsUntouched();
    void symlinkNamedLikeAPartialIsNotFollowed();
    void symlinkInsideTheStateFolderIsNotFollowed();
    void stateFolderThatIsASymlinkIsRefused();
    void onlyItsOwnPartialIsResumed();
    void resumeKeepsWorking();
    void percentSignsInNames_data();
    void percentSignsInNames();
    void percentNamesDoNotSharePartials();
    void longNames_data();
    void longNames();
    void tooLongNameIsRefusedAsTooLong();
    void controlCharactersAreRefused_data();
    void controlCharactersAreRefused();
    void classicUploadUsesTheStateFolder();
    void partialsAreNeverListedOrServed();

private:
    void writeFile(const QString &path, const QByteArray &bytes);
    QByteArray readFile(const QString &path);
    void startServer(bool inboxIsRoot = false);
    bool connectTo(QTcpSocket &socket, quint16 port);
    QByteArray line(QTcpSocket &socket);
    // A whole SLFT/1 PUT: the first status line, then (after 200) the rest of the data, END and
    // the last status line.
    QPair<QByteArray, QByteArray> put(const QByteArray &name, const QByteArray &data);
    // A PUT that sends `count` bytes from the offset the server answers and then ends.
    QByteArray cutPut(const QByteArray &name, const QByteArray &data, qint64 count);
    QStringList stateEntries() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
    QString m_inbox;
    QString m_outside;
    FileServer *m_server = nullptr;
    quint16 m_downloadPort = 0;
    quint16 m_uploadPort = 0;
    quint16 m_protocolPort = 0;
};

void TestUploadPartials::writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(f.errorString()));
    QCOMPARE(f.write(bytes), bytes.size());
}

QByteArray TestUploadPartials::readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return "<missing>";
    return f.readAll();
}

void TestUploadPartials::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_root = m_dir->path() + QStringLiteral("/root");
    m_inbox = m_dir->path() + QStringLiteral("/inbox");
    m_outside = m_dir->path() + QStringLiteral("/outside");
    for (const QString &d : {m_root, m_inbox, m_outside})
        QVERIFY(QDir().mkpath(d));
    startServer();
}

void TestUploadPartials::cleanup()
{
    delete m_server;
    m_server = nullptr;
    m_dir.reset();
}

void TestUploadPartials::startServer(bool inboxIsRoot)
{
    delete m_server;
    m_server = new FileServer(this);
    FileServerOptions options;
    options.root = m_root;
    options.inbox = inboxIsRoot ? QString() : m_inbox;
    options.bindAddress = QHostAddress(QHostAddress::LocalHost);
    options.downloadPort = options.uploadPort = options.protocolPort = 0;
    options.answerDelayMs = 10;
    QSignalSpy started(m_server, &FileServer::started);
    m_server->start(options);
    QCOMPARE(started.count(), 1);
    m_downloadPort = started.at(0).at(0).value<quint16>();
    m_uploadPort = started.at(0).at(1).value<quint16>();
    m_protocolPort = started.at(0).at(2).value<quint16>();
}

bool TestUploadPartials::connectTo(QTcpSocket &socket, quint16 port)
{
    socket.connectToHost(QHostAddress::LocalHost, port);
    return QTest::qWaitFor([&socket] { return socket.state() == QAbstractSocket::ConnectedState; }, Timeout);
}

QByteArray TestUploadPartials::line(QTcpSocket &socket)
{
    // The server runs in this thread: wait with the event loop running.
    if (!QTest::qWaitFor([&socket] { return socket.canReadLine() || socket.state() == QAbstractSocket::UnconnectedState; },
                         Timeout))
        return "<timeout>";
    return socket.canReadLine() ? socket.readLine() : QByteArray("<closed>");
}

QPair<QByteArray, QByteArray> TestUploadPartials::put(const QByteArray &name, const QByteArray &data)
{
    QTcpSocket socket;
    if (!connectTo(socket, m_protocolPort))
        return {"<no connection>", {}};
    socket.write("SLFT/1 PUT " + QByteArray::number(data.size()) + ' ' + name + '\n');
    const QByteArray first = line(socket);
    if (!first.startsWith("SLFT/1 200 "))
        return {first, {}};
    const qint64 offset = first.mid(11).trimmed().toLongLong();
    socket.write(data.mid(offset));
    socket.write("SLFT/1 END " + QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex() + '\n');
    return {first, line(socket)};
}

QByteArray TestUploadPartials::cutPut(const QByteArray &name, const QByteArray &data, qint64 count)
{
    QSignalSpy finished(m_server, &FileServer::transferFinished);
    QTcpSocket socket;
    if (!connectTo(socket, m_protocolPort))
        return "<no connection>";
    socket.write("SLFT/1 PUT " + QByteArray::number(data.size()) + ' ' + name + '\n');
    const QByteArray first = line(socket);
    if (!first.startsWith("SLFT/1 200 "))
        return first;
    const qint64 offset = first.mid(11).trimmed().toLongLong();
    socket.write(data.mid(offset, count));
    if (!QTest::qWaitFor([&socket] { return socket.bytesToWrite() == 0; }, Timeout))
        return "(the data was not sent)";
    socket.disconnectFromHost();
    // The server has stored what came and kept the partial.
    if (!QTest::qWaitFor([&finished] { return finished.count() > 0; }, Timeout))
        return "<server did not finish>";
    return first;
}

QStringList TestUploadPartials::stateEntries() const
{
    return QDir(m_inbox + QLatin1Char('/') + UploadStateFolder::folderName())
        .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

void TestUploadPartials::finishedFileNamedLikeAPartialIsUntouched_data()
{
    QTest::addColumn<QByteArray>("existing");
    QTest::newRow("shorter") << QByteArray("hel");              // was resumed from 3
    QTest::newRow("same-content") << QByteArray("hello");       // was renamed to "notes"
    QTest::newRow("other-content") << QByteArray("HELLO");      // was deleted (checksum)
    QTest::newRow("longer") << QByteArray("hello, world");      // was truncated
}

void TestUploadPartials::finishedFileNamedLikeAPartialIsUntouched()
{
    QFETCH(QByteArray, existing);
    const QString lookalike = m_inbox + QStringLiteral("/notes.5.part");
    writeFile(lookalike, existing);
    const auto [first, last] = put("notes", "hello");
    QCOMPARE(first, QByteArray("SLFT/1 200 0\n"));
    QCOMPARE(last, QByteArray("SLFT/1 200 notes\n"));
    QCOMPARE(readFile(m_inbox + QStringLiteral("/notes")), QByteArray("hello"));
    QCOMPARE(readFile(lookalike), existing);
    QCOMPARE(QDir(m_inbox).entryList(QDir::Files), (QStringList{QStringLiteral("notes"), QStringLiteral("notes.5.part")}));
}

void TestUploadPartials::symlinkNamedLikeAPartialIsNotFollowed()
{
    const QString target = m_outside + QStringLiteral("/target.txt");
    writeFile(target, "outside");
    QVERIFY(QFile::link(target, m_inbox + QStringLiteral("/notes.5.part")));
    const auto [first, last] = put("notes", "hello");
    QCOMPARE(first, QByteArray("SLFT/1 200 0\n"));
    QCOMPARE(last, QByteArray("SLFT/1 200 notes\n"));
    QCOMPARE(readFile(target), QByteArray("outside"));
    QVERIFY(QFileInfo(m_inbox + QStringLiteral("/notes.5.part")).isSymLink());
    QCOMPARE(readFile(m_inbox + QStringLiteral("/notes")), QByteArray("hello"));
    QCOMPARE(QDir(m_outside).entryList(QDir::Files), QStringList{QStringLiteral("target.txt")});
}

void TestUploadPartials::symlinkInsideTheStateFolderIsNotFollowed()
{
    // Someone plants a symlink (and a record that names it) where the partial of "notes"
    // (5 bytes) would go: it is skipped, never written through, never deleted.
    const QString state = m_inbox + QLatin1Char('/') + UploadStateFolder::folderName();
    QVERIFY(QDir().mkdir(state));
    QVERIFY(QFile::setPermissions(state, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QString target = m_outside + QStringLiteral("/target.txt");
    writeFile(target, "out");
    const QString slot = UploadStateFolder::slotFor(QStringLiteral("notes"), 5);
    QVERIFY(QFile::link(target, state + QLatin1Char('/') + slot + QStringLiteral(".part")));
    writeFile(state + QLatin1Char('/') + slot + QStringLiteral(".meta"), "{}");
    const auto [first, last] = put("notes", "hello");
    QCOMPARE(first, QByteArray("SLFT/1 200 0\n"));
    QCOMPARE(last, QByteArray("SLFT/1 200 notes\n"));
    QCOMPARE(readFile(target), QByteArray("out"));
    QVERIFY(QFileInfo(state + QLatin1Char('/') + slot + QStringLiteral(".part")).isSymLink());
    QCOMPARE(readFile(m_inbox + QStringLiteral("/notes")), QByteArray("hello"));
}

void TestUploadPartials::stateFolderThatIsASymlinkIsRefused()
{
    QVERIFY(QFile::link(m_outside, m_inbox + QLatin1Char('/') + UploadStateFolder::folderName()));
    const auto [first, last] = put("notes", "hello");
    QVERIFY2(first.startsWith("SLFT/1 500 ") && first.contains("not SocketLab's folder"), first.constData());
    QCOMPARE(QDir(m_outside).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    QVERIFY(!QFile::exists(m_inbox + QStringLiteral("/notes")));
    // The classic upload says the same and writes nothing either.
    QTcpSocket classic;
    QVERIFY(connectTo(classic, m_uploadPort));
    classic.write("notes" + Separator + "5");
    QVERIFY(QTest::qWaitFor([&classic] { return classic.state() == QAbstractSocket::UnconnectedState || classic.bytesAvailable() > 20; }, Timeout));
    QVERIFY(QTest::qWaitFor([&classic] { return classic.state() == QAbstractSocket::UnconnectedState; }, Timeout));
    const QByteArray answer = classic.readAll();
    QVERIFY2(answer.startsWith("-1" + Separator) && answer.contains("not SocketLab's folder"), answer.constData());
    QCOMPARE(QDir(m_outside).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

void TestUploadPartials::onlyItsOwnPartialIsResumed()
{
    SKIP_WITHOUT_POSIX_PATHS("a partial is matched by its inode");
    const QByteArray data = randomBytes(100000);
    QCOMPARE(cutPut("own.bin", data, 40000), QByteArray("SLFT/1 200 0\n"));
    const QString state = m_inbox + QLatin1Char('/') + UploadStateFolder::folderName();
    const QString part = state + QLatin1Char('/') + UploadStateFolder::slotFor(QStringLiteral("own.bin"), data.size())
        + QStringLiteral(".part");
    QCOMPARE(QFileInfo(part).size(), qint64(40000));
    // The same bytes under the same name, but not the file the server made (another inode):
    // not resumed, not touched.
    QVERIFY(QFile::rename(part, part + QStringLiteral(".old")));
    QVERIFY(QFile::copy(part + QStringLiteral(".old"), part));
    QVERIFY(QFile::remove(part + QStringLiteral(".old")));
    const QByteArray foreign = readFile(part);
    const auto [first, last] = put("own.bin", data);
    QCOMPARE(first, QByteArray("SLFT/1 200 0\n"));
    QCOMPARE(last, QByteArray("SLFT/1 200 own.bin\n"));
    QCOMPARE(readFile(part), foreign);
    QCOMPARE(fileSha(m_inbox + QStringLiteral("/own.bin")), QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

void TestUploadPartials::resumeKeepsWorking()
{
    const QByteArray data = randomBytes(3 * 1024 * 1024 + 11);
    QCOMPARE(cutPut("big.bin", data, 1000000), QByteArray("SLFT/1 200 0\n"));
    QVERIFY(!QFile::exists(m_inbox + QStringLiteral("/big.bin")));
    const QString slot = UploadStateFolder::slotFor(QStringLiteral("big.bin"), data.size());
    QCOMPARE(stateEntries(), (QStringList{slot + QStringLiteral(".meta"), slot + QStringLiteral(".part")}));
    QSignalSpy started(m_server, &FileServer::transferStarted);
    const auto [first, last] = put("big.bin", data);
    QCOMPARE(first, QByteArray("SLFT/1 200 1000000\n"));
    QCOMPARE(last, QByteArray("SLFT/1 200 big.bin\n"));
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.at(0).at(0).value<TransferInfo>().resumedFrom, qint64(1000000));
    QCOMPARE(fileSha(m_inbox + QStringLiteral("/big.bin")), QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    QCOMPARE(stateEntries(), QStringList());
    QCOMPARE(QDir(m_inbox).entryList(QDir::Files), QStringList{QStringLiteral("big.bin")});
}

void TestUploadPartials::percentSignsInNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("percent-1") << QStringLiteral("50%1off.txt");
    QTest::newRow("all-markers") << QStringLiteral("%1%2%3");
    QTest::newRow("x%2") << QStringLiteral("x%2");
    QTest::newRow("L10n") << QStringLiteral("%L1.bin");
}

void TestUploadPartials::percentSignsInNames()
{
    QFETCH(QString, name);
    for (int round = 0; round < 2; ++round) {   // the second one is numbered " (1)"
        const auto [first, last] = put(name.toUtf8(), "hello");
        QCOMPARE(first, QByteArray("SLFT/1 200 0\n"));
        const QString saved = SafeFileName::numbered(name, round);
        QCOMPARE(last, "SLFT/1 200 " + saved.toUtf8() + '\n');
        QCOMPARE(readFile(m_inbox + QLatin1Char('/') + saved), QByteArray("hello"));
    }
    QCOMPARE(SafeFileName::numbered(QStringLiteral("a%1.txt"), 1), QStringLiteral("a%1 (1).txt"));
    QCOMPARE(SafeFileName::numbered(QStringLiteral("%2%1"), 3), QStringLiteral("%2%1 (3)"));
    QCOMPARE(stateEntries(), QStringList());
}

void TestUploadPartials::percentNamesDoNotSharePartials()
{
    // Built with chained arg(), "x%2" and "x5" of 5 bytes both became "x5.5.part".
    QCOMPARE(cutPut("x%2", "hello", 3), QByteArray("SLFT/1 200 0\n"));
    auto [first, last] = put("x5", "HELLO");
    QCOMPARE(first, QByteArray("SLFT/1 200 0\n"));
    QCOMPARE(last, QByteArray("SLFT/1 200 x5\n"));
    QCOMPARE(readFile(m_inbox + QStringLiteral("/x5")), QByteArray("HELLO"));
    // And "x%2" still resumes from its own three bytes.
    std::tie(first, last) = put("x%2", "hello");
    QCOMPARE(first, QByteArray("SLFT/1 200 3\n"));
    QCOMPARE(last, QByteArray("SLFT/1 200 x%2\n"));
    QCOMPARE(readFile(m_inbox + QStringLiteral("/x%2")), QByteArray("hello"));
    QCOMPARE(stateEntries(), QStringList());
}

void TestUploadPartials::longNames_data()
{
    QTest::addColumn<QString>("name");
    for (int bytes = 251; bytes <= 255; ++bytes)
        QTest::addRow("ascii-%d", bytes) << QString(bytes - 4, QLatin1Char('n')) + QStringLiteral(".bin");
    QTest::newRow("chinese-255") << QString(85, QChar(0x8BB2));   // 讲 is 3 bytes in UTF-8
}

void TestUploadPartials::longNames()
{
    QFETCH(QString, name);
    QVERIFY(name.toUtf8().size() >= 251 && name.toUtf8().size() <= 255);
    auto [first, last] = put(name.toUtf8(), "hello");
    QCOMPARE(first, QByteArray("SLFT/1 200 0\n"));
    QCOMPARE(last, "SLFT/1 200 " + name.toUtf8() + '\n');
    QCOMPARE(readFile(m_inbox + QLatin1Char('/') + name), QByteArray("hello"));
    // Again: the numbered name is shortened to fit in 255 bytes.
    std::tie(first, last) = put(name.toUtf8(), "world");
    QCOMPARE(first, QByteArray("SLFT/1 200 0\n"));
    QVERIFY2(last.startsWith("SLFT/1 200 "), last.constData());
    const QString second = QString::fromUtf8(last.mid(11).chopped(1));
    QVERIFY2(second.contains(QStringLiteral(" (1)")) && second.toUtf8().size() <= 255, qPrintable(second));
    QCOMPARE(readFile(m_inbox + QLatin1Char('/') + second), QByteArray("world"));
    // A cut upload of a 255-byte name resumes.
    QCOMPARE(cutPut(name.toUtf8(), "abcdef", 2), QByteArray("SLFT/1 200 0\n"));
    std::tie(first, last) = put(name.toUtf8(), "abcdef");
    QCOMPARE(first, QByteArray("SLFT/1 200 2\n"));
    QVERIFY2(last.startsWith("SLFT/1 200 "), last.constData());
    // The classic protocol takes the name as well.
    QSignalSpy finished(m_server, &FileServer::transferFinished);
    QTcpSocket classic;
    QVERIFY(connectTo(classic, m_uploadPort));
    classic.write(name.toUtf8() + Separator + "3abc");
    QVERIFY(QTest::qWaitFor([&classic] { return classic.bytesAvailable() >= 2; }, Timeout));
    QCOMPARE(classic.readAll(), QByteArray("ok"));
    classic.disconnectFromHost();
    QVERIFY(QTest::qWaitFor([&finished] { return finished.count() > 0; }, Timeout));
    const TransferInfo info = finished.at(0).at(0).value<TransferInfo>();
    QVERIFY2(info.state == TransferInfo::State::Done, qPrintable(info.reason));
    QCOMPARE(readFile(info.localPath), QByteArray("abc"));
    QCOMPARE(stateEntries(), QStringList());
}

void TestUploadPartials::tooLongNameIsRefusedAsTooLong()
{
    const QByteArray name(256, 'n');
    const auto [first, last] = put(name, "hello");
    QVERIFY2(first.startsWith("SLFT/1 403 ") && first.contains("too long"), first.constData());
    QTcpSocket classic;
    QVERIFY(connectTo(classic, m_uploadPort));
    classic.write(name + Separator + "5");
    QVERIFY(QTest::qWaitFor([&classic] { return classic.state() == QAbstractSocket::UnconnectedState; }, Timeout));
    const QByteArray answer = classic.readAll();
    QVERIFY2(answer.startsWith("-1" + Separator) && answer.contains("too long"), answer.constData());
    QCOMPARE(QDir(m_inbox).entryList(QDir::Files), QStringList());
}

void TestUploadPartials::controlCharactersAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");
    QTest::newRow("SOH") << QStringLiteral("a\x01" "b") << QStringLiteral("U+0001");
    QTest::newRow("TAB") << QStringLiteral("a\tb") << QStringLiteral("U+0009");
    QTest::newRow("ESC") << QStringLiteral("\x1b[2Jclear") << QStringLiteral("U+001B");
    QTest::newRow("DEL") << QStringLiteral("a\x7f") << QStringLiteral("U+007F");
    QTest::newRow("C1-0x80") << QStringLiteral("a") + QChar(0x80) << QStringLiteral("U+0080");
    QTest::newRow("NEL") << QStringLiteral("a") + QChar(0x85) + QStringLiteral("b") << QStringLiteral("U+0085");
    QTest::newRow("CSI") << QChar(0x9b) + QStringLiteral("31mred") << QStringLiteral("U+009B");
    QTest::newRow("APC") << QStringLiteral("x") + QChar(0x9f) << QStringLiteral("U+009F");
}

void TestUploadPartials::controlCharactersAreRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, code);
    QString reason;
    QCOMPARE(SafeFileName::fromPeer(name, &reason), std::nullopt);
    QVERIFY2(reason.contains(QStringLiteral("control character")) && reason.contains(code), qPrintable(reason));
    const auto [first, last] = put(name.toUtf8(), "hello");
    QVERIFY2(first.startsWith("SLFT/1 4") && first.contains("control character"), first.constData());
    QTcpSocket classic;
    QVERIFY(connectTo(classic, m_uploadPort));
    classic.write(name.toUtf8() + Separator + "5");
    QVERIFY(QTest::qWaitFor([&classic] { return classic.state() == QAbstractSocket::UnconnectedState; }, Timeout));
    const QByteArray answer = classic.readAll();
    QVERIFY2(answer.startsWith("-1" + Separator) && answer.contains("control character"), answer.constData());
    QCOMPARE(QDir(m_inbox).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

void TestUploadPartials::classicUploadUsesTheStateFolder()
{
    // A finished file named like the old temporary name is not touched either, and while the
    // upload runs nothing but finished files is in the inbox.
    writeFile(m_inbox + QStringLiteral("/report.pdf.part"), "finished");
    QSignalSpy finished(m_server, &FileServer::transferFinished);
    QTcpSocket classic;
    QVERIFY(connectTo(classic, m_uploadPort));
    classic.write("report.pdf" + Separator + "10" + "abcde");
    QVERIFY(QTest::qWaitFor([&classic] { return classic.bytesAvailable() >= 2; }, Timeout));
    QCOMPARE(classic.readAll(), QByteArray("ok"));
    const QString state = m_inbox + QLatin1Char('/') + UploadStateFolder::folderName() + QLatin1Char('/');
    QVERIFY(QTest::qWaitFor([&] { return stateEntries().size() == 1 && QFileInfo(state + stateEntries().first()).size() == 5; },
                            Timeout));
    QVERIFY2(stateEntries().first().endsWith(QStringLiteral(".part")), qPrintable(stateEntries().first()));
    QCOMPARE(QDir(m_inbox).entryList(QDir::Files), QStringList{QStringLiteral("report.pdf.part")});
    classic.write("fghij");
    classic.disconnectFromHost();
    QVERIFY(QTest::qWaitFor([&finished] { return finished.count() > 0; }, Timeout));
    QCOMPARE(finished.at(0).at(0).value<TransferInfo>().state, TransferInfo::State::Done);
    QCOMPARE(readFile(m_inbox + QStringLiteral("/report.pdf")), QByteArray("abcdefghij"));
    QCOMPARE(readFile(m_inbox + QStringLiteral("/report.pdf.part")), QByteArray("finished"));
    QCOMPARE(stateEntries(), QStringList());
}

void TestUploadPartials::partialsAreNeverListedOrServed()
{
    startServer(true);   // no inbox: uploads land in the shared folder
    writeFile(m_root + QStringLiteral("/shown.txt"), "shown");
    const QByteArray data = randomBytes(1000);
    QCOMPARE(cutPut("hidden.bin", data, 400), QByteArray("SLFT/1 200 0\n"));
    QTcpSocket list;
    QVERIFY(connectTo(list, m_protocolPort));
    list.write("SLFT/1 LIST /\n");
    QCOMPARE(line(list), QByteArray("SLFT/1 200 1\n"));
    QVERIFY2(line(list).endsWith(" shown.txt\n"), "only the finished file is listed");
    const QString slot = UploadStateFolder::slotFor(QStringLiteral("hidden.bin"), data.size());
    QVERIFY(QFile::exists(m_root + QLatin1Char('/') + UploadStateFolder::folderName() + QLatin1Char('/') + slot + QStringLiteral(".part")));

    const QList<QByteArray> names = {
        UploadStateFolder::folderName().toUtf8(),
        UploadStateFolder::folderName().toUtf8() + '/',
        UploadStateFolder::folderName().toUpper().toUtf8(),
        UploadStateFolder::folderName().toUtf8() + '/' + slot.toUtf8() + ".part",
        UploadStateFolder::folderName().toUtf8() + '/' + slot.toUtf8() + ".meta",
        UploadStateFolder::folderName().toUpper().toUtf8() + '/' + slot.toUtf8() + ".part",
        "sub/../" + UploadStateFolder::folderName().toUtf8() + '/' + slot.toUtf8() + ".part",
        "hidden.bin.1000.part",   // where it used to be
        "hidden.bin",
    };
    for (const QByteArray &name : names) {
        QTcpSocket slft;
        QVERIFY(connectTo(slft, m_protocolPort));
        slft.write("SLFT/1 LIST " + name + '\n');
        QByteArray answer = line(slft);
        QVERIFY2(answer.startsWith("SLFT/1 403 ") || answer.startsWith("SLFT/1 404 "), (name + ": " + answer).constData());
        QTcpSocket get;
        QVERIFY(connectTo(get, m_protocolPort));
        get.write("SLFT/1 GET 0 " + name + '\n');
        answer = line(get);
        QVERIFY2(answer.startsWith("SLFT/1 403 ") || answer.startsWith("SLFT/1 404 "), (name + ": " + answer).constData());
        QTcpSocket classic;
        QVERIFY(connectTo(classic, m_downloadPort));
        classic.write(name);
        QVERIFY(QTest::qWaitFor([&classic] { return classic.state() == QAbstractSocket::UnconnectedState; }, Timeout));
        answer = classic.readAll();
        QVERIFY2(answer.startsWith("-1" + Separator), (name + ": " + answer).constData());
    }
    // The upload still resumes and then shows up.
    const auto [first, last] = put("hidden.bin", data);
    QCOMPARE(first, QByteArray("SLFT/1 200 400\n"));
    QCOMPARE(last, QByteArray("SLFT/1 200 hidden.bin\n"));
    QCOMPARE(readFile(m_root + QStringLiteral("/hidden.bin")), data);
}

QTEST_GUILESS_MAIN(TestUploadPartials)
#include "tst_upload_partials.moc"
