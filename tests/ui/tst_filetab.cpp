// The file tab driven through its widgets, offscreen: start the file server from the tab on free
// ports over a temporary shared folder, browse it, download and upload with both protocols, watch
// the rows reach 100 % and Done, compare the files byte for byte; a missing name fails with its
// reason (and Retry succeeds once the file exists); a second download gets " (1)"; drag and drop;
// `--open file-server`.
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTreeView>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

#include "FileClientPanel.h"
#include "FileServerPanel.h"
#include "FileTab.h"
#include "LanguageManager.h"
#include "RemoteFolderModel.h"
#include "TestEnvironment.h"
#include "TrafficModel.h"
#include "TrafficView.h"
#include "TransferTableModel.h"
#include "UiTestHelpers.h"
#include "UrlRecorder.h"

using UiTest::child;
using UiTest::readFile;
using UiTest::writeFile;

namespace {

constexpr int Timeout = 30000;

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char(generator.bounded(256));
    return bytes;
}

// The row of the only transfer with this file name and direction; -1 when there is none.
int rowFor(const TransferTableModel *model, const QString &file, TransferInfo::Direction direction)
{
    int found = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const TransferInfo info = model->transferAt(row);
        if (info.file == file && info.direction == direction) {
            if (found >= 0)
                return -2;
            found = row;
        }
    }
    return found;
}

TransferInfo::State stateAt(const TransferTableModel *model, int row)
{
    return TransferInfo::State(model->index(row, 0).data(TransferTableModel::StateRole).toInt());
}

int percentAt(const TransferTableModel *model, int row)
{
    return model->index(row, 0).data(TransferTableModel::PercentRole).toInt();
}

// A user's double-click: press and release, then the double-click event and its release (a lone
// QTest::mouseDClick on a widget sends only the double-click event, which an item view treats as
// a first press).
void doubleClick(QAbstractItemView *view, const QModelIndex &index)
{
    const QPoint at = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
}

QString stateTextAt(const TransferTableModel *model, int row)
{
    return model->index(row, TransferTableModel::StateColumn).data().toString();
}

// Folders for one test: a shared folder with a few files, an inbox, a download folder and a
// folder of local files to upload.
struct Folders
{
    QTemporaryDir dir;
    QString shared;
    QString inbox;
    QString downloads;
    QString local;

    Folders()
    {
        shared = dir.filePath(QStringLiteral("shared"));
        inbox = dir.filePath(QStringLiteral("inbox"));
        downloads = dir.filePath(QStringLiteral("downloads"));
        local = dir.filePath(QStringLiteral("local"));
        QDir().mkpath(shared + QStringLiteral("/sub"));
        QDir().mkpath(local);
        // inbox and downloads are left for the tab to create on first use.
    }
};

} // namespace

class TestFileTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void transfersThroughTheTab_data();
    void transfersThroughTheTab();
    void browsingTheRemoteFolder();
    void classicMissingNameFailsWithReasonThenRetrySucceeds();
    void secondDownloadIsNotOverwritten();
    void cancelThenResumeFromTheTab();
    void droppedFilesAreUploaded();
    void openCommandFillsAndStarts();
    void openCommandRejectsBadOptions();
    void bindFailureIsShown();

private:
    // Fills the server fields: temporary folders, localhost, ports chosen by the system.
    static void fillServer(FileServerPanel *server, const Folders &folders);
    // fillServer() and Start; true once it runs.
    static bool startServer(FileServerPanel *server, const Folders &folders);
    static void pointClientAt(FileClientPanel *client, const FileServerPanel *server, const Folders &folders,
                              TransferInfo::Protocol protocol);

    std::unique_ptr<TestEnvironment> m_env;
};

void TestFileTab::initTestCase()
{
    m_env = std::make_unique<TestEnvironment>();
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

void TestFileTab::fillServer(FileServerPanel *server, const Folders &folders)
{
    child<QLineEdit>(server, "sharedEdit")->setText(folders.shared);
    child<QLineEdit>(server, "inboxEdit")->setText(folders.inbox);
    QComboBox *bind = child<QComboBox>(server, "bindCombo");
    bind->setCurrentIndex(bind->findData(QStringLiteral("127.0.0.1")));
    child<QSpinBox>(server, "downloadPortSpin")->setValue(0);
    child<QSpinBox>(server, "uploadPortSpin")->setValue(0);
    child<QSpinBox>(server, "protocolPortSpin")->setValue(0);
}

bool TestFileTab::startServer(FileServerPanel *server, const Folders &folders)
{
    fillServer(server, folders);
    QTest::mouseClick(child<QPushButton>(server, "startButton"), Qt::LeftButton);
    QSignalSpy changed(server, &FileServerPanel::statusChanged);
    return server->isRunning() || changed.wait(Timeout) ? server->isRunning() : false;
}

void TestFileTab::pointClientAt(FileClientPanel *client, const FileServerPanel *server, const Folders &folders,
                                TransferInfo::Protocol protocol)
{
    client->setServer(QStringLiteral("127.0.0.1"), server->protocolPort(), server->downloadPort(), server->uploadPort());
    client->setProtocol(protocol);
    client->setDownloadFolder(folders.downloads);
}

void TestFileTab::transfersThroughTheTab_data()
{
    QTest::addColumn<TransferInfo::Protocol>("protocol");
    QTest::addColumn<TransferInfo::Direction>("direction");
    QTest::newRow("SocketLab download") << TransferInfo::Protocol::Slft << TransferInfo::Direction::Download;
    QTest::newRow("SocketLab upload") << TransferInfo::Protocol::Slft << TransferInfo::Direction::Upload;
    QTest::newRow("classic download") << TransferInfo::Protocol::Classic << TransferInfo::Direction::Download;
    QTest::newRow("classic upload") << TransferInfo::Protocol::Classic << TransferInfo::Direction::Upload;
}

void TestFileTab::transfersThroughTheTab()
{
    QFETCH(TransferInfo::Protocol, protocol);
    QFETCH(TransferInfo::Direction, direction);
    const bool download = direction == TransferInfo::Direction::Download;

    Folders folders;
    const QString name = QStringLiteral("lecture 课件.bin");
    const QByteArray bytes = randomBytes(3 * 1024 * 1024 + 17, 42);
    QVERIFY(writeFile((download ? folders.shared : folders.local) + QLatin1Char('/') + name, bytes));

    FileTab tab;
    tab.show();
    FileServerPanel *server = tab.serverPanel();
    FileClientPanel *client = tab.clientPanel();
    QVERIFY(startServer(server, folders));
    QVERIFY(server->downloadPort() != 0 && server->uploadPort() != 0 && server->protocolPort() != 0);
    const QString state = child<QLabel>(server, "stateLabel")->text();
    QVERIFY2(state.contains(QString::number(server->protocolPort())) && state.contains(QString::number(server->downloadPort()))
                 && state.contains(QString::number(server->uploadPort())),
             qPrintable(state));
    QVERIFY(QFileInfo(folders.inbox).isDir());   // created on first use

    tab.showClient();
    pointClientAt(client, server, folders, protocol);
    if (!download) {
        tab.upload({folders.local + QLatin1Char('/') + name});
    } else if (protocol == TransferInfo::Protocol::Classic) {
        child<QLineEdit>(client, "classicNameEdit")->setText(name);
        QTest::mouseClick(child<QPushButton>(client, "classicDownloadButton"), Qt::LeftButton);
    } else {
        client->download(name);
    }

    TransferTableModel *rows = client->transferModel();
    QTRY_COMPARE_WITH_TIMEOUT(rowFor(rows, name, direction) >= 0, true, Timeout);
    const int row = rowFor(rows, name, direction);
    QTRY_COMPARE_WITH_TIMEOUT(stateAt(rows, row), TransferInfo::State::Done, Timeout);
    QCOMPARE(percentAt(rows, row), 100);
    QCOMPARE(rows->transferAt(row).bytesDone, qint64(bytes.size()));
    QCOMPARE(rows->transferAt(row).bytesTotal, qint64(bytes.size()));
    QVERIFY(stateTextAt(rows, row).startsWith(QStringLiteral("Done")));
    QVERIFY(!client->findChild<QTableView *>(QStringLiteral("transfersView"))->grab().isNull());   // paints the bars

    // The server's table shows the same transfer, finished.
    TransferTableModel *serverRows = server->transferModel();
    QTRY_COMPARE_WITH_TIMEOUT(serverRows->rowCount(), 1, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(stateAt(serverRows, 0), TransferInfo::State::Done, Timeout);
    QCOMPARE(percentAt(serverRows, 0), 100);
    QCOMPARE(serverRows->transferAt(0).direction, direction);

    // The server log tells the transfer's start and end, as `socketlab file-server` prints them.
    const TrafficModel *log = server->trafficView()->model();
    QStringList logLines;
    for (int i = 0; i < log->rowCount(); ++i)
        logLines.append(log->index(i, TrafficModel::DataColumn).data().toString());
    QVERIFY2(logLines.filter(name).filter(QStringLiteral("started")).size() == 1, qPrintable(logLines.join(u'\n')));
    QVERIFY2(logLines.filter(name).filter(QStringLiteral("done")).size() == 1, qPrintable(logLines.join(u'\n')));

    // The file arrived byte-identical, under its own name.
    const QString arrived = (download ? folders.downloads : folders.inbox) + QLatin1Char('/') + name;
    QCOMPARE(readFile(arrived), bytes);
    QVERIFY(!QFileInfo::exists(arrived + QStringLiteral(".part")));

    // Counters: the client and the server both count the bytes once, in opposite directions.
    const qint64 size = bytes.size();
    QCOMPARE(client->bytesReceived(), download ? size : 0);
    QCOMPARE(client->bytesSent(), download ? 0 : size);
    QCOMPARE(server->bytesReceived(), download ? 0 : size);
    QCOMPARE(server->bytesSent(), download ? size : 0);
    QCOMPARE(tab.bytesReceived(), size);
    QCOMPARE(tab.bytesSent(), size);

    // Status bar: the server with its three ports, nothing running any more on the client.
    const QString ports = QStringLiteral("%1/%2/%3").arg(server->downloadPort()).arg(server->uploadPort()).arg(server->protocolPort());
    // (the English catalogue may not have the plural forms yet: "0 transfers" or "0 transfer(s)")
    const QStringList summaries = tab.statusSummaries();
    QCOMPARE(summaries.size(), 1);
    QVERIFY2(summaries.constFirst().startsWith(QStringLiteral("File server on ports %1: 0 transfer").arg(ports)),
             qPrintable(summaries.constFirst()));

    // Clear finished empties the table; the counters stay.
    QTest::mouseClick(child<QPushButton>(client, "clearFinishedButton"), Qt::LeftButton);
    QCOMPARE(rows->rowCount(), 0);
    QCOMPARE(tab.bytesReceived(), size);
}

void TestFileTab::browsingTheRemoteFolder()
{
    Folders folders;
    const QByteArray bytes = randomBytes(2 * 1024 * 1024, 7);
    QVERIFY(writeFile(folders.shared + QStringLiteral("/top.bin"), bytes));
    QVERIFY(writeFile(folders.shared + QStringLiteral("/sub/inner.txt"), QByteArrayLiteral("inner file\n")));

    FileTab tab;
    tab.show();
    FileServerPanel *server = tab.serverPanel();
    FileClientPanel *client = tab.clientPanel();
    QVERIFY(startServer(server, folders));
    tab.showClient();
    pointClientAt(client, server, folders, TransferInfo::Protocol::Slft);

    RemoteFolderModel *remote = client->remoteModel();
    QTreeView *view = child<QTreeView>(client, "remoteView");
    QTest::mouseClick(child<QPushButton>(client, "listButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(remote->hasListing(), Timeout);
    QCOMPARE(remote->rowCount(), 2);   // the top has no ".."; folders first
    QCOMPARE(remote->index(0, 0).data(RemoteFolderModel::NameRole).toString(), QStringLiteral("sub"));
    QVERIFY(remote->index(0, 0).data(RemoteFolderModel::IsFolderRole).toBool());
    QCOMPARE(remote->index(1, 0).data(RemoteFolderModel::NameRole).toString(), QStringLiteral("top.bin"));
    QCOMPARE(remote->index(1, 0).data(RemoteFolderModel::SizeRole).toLongLong(), qint64(bytes.size()));

    // Double-click the folder: its contents, with ".." first.
    doubleClick(view, remote->index(0, 0));
    QTRY_COMPARE_WITH_TIMEOUT(remote->path(), QStringLiteral("sub"), Timeout);
    QCOMPARE(remote->rowCount(), 2);
    QCOMPARE(remote->index(0, 0).data(RemoteFolderModel::NameRole).toString(), QStringLiteral(".."));
    QCOMPARE(remote->index(1, 0).data(RemoteFolderModel::NameRole).toString(), QStringLiteral("inner.txt"));
    QVERIFY(child<QLabel>(client, "pathLabel")->text().contains(QStringLiteral("/sub")));

    // Double-click the file inside: downloaded into the download folder under its own name.
    doubleClick(view, remote->index(1, 0));
    TransferTableModel *rows = client->transferModel();
    QTRY_COMPARE_WITH_TIMEOUT(rows->rowCount(), 1, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(stateAt(rows, 0), TransferInfo::State::Done, Timeout);
    QCOMPARE(readFile(folders.downloads + QStringLiteral("/inner.txt")), QByteArrayLiteral("inner file\n"));

    // ".." goes back up.
    doubleClick(view, remote->index(0, 0));
    QTRY_COMPARE_WITH_TIMEOUT(remote->path(), QString(), Timeout);
    QCOMPARE(remote->rowCount(), 2);

    // A folder that is not there: the reason is shown, the old listing stays.
    client->listRemote(QStringLiteral("no such folder"));
    QLabel *remoteState = child<QLabel>(client, "remoteStateLabel");
    QTRY_VERIFY_WITH_TIMEOUT(remoteState->text().startsWith(QStringLiteral("Cannot list")), Timeout);
    QCOMPARE(remote->rowCount(), 2);
}

void TestFileTab::classicMissingNameFailsWithReasonThenRetrySucceeds()
{
    Folders folders;
    FileTab tab;
    tab.show();
    FileServerPanel *server = tab.serverPanel();
    FileClientPanel *client = tab.clientPanel();
    QVERIFY(startServer(server, folders));
    tab.showClient();
    pointClientAt(client, server, folders, TransferInfo::Protocol::Classic);

    const QString name = QStringLiteral("missing.txt");
    child<QLineEdit>(client, "classicNameEdit")->setText(name);
    QTest::mouseClick(child<QPushButton>(client, "classicDownloadButton"), Qt::LeftButton);
    TransferTableModel *rows = client->transferModel();
    QTRY_COMPARE_WITH_TIMEOUT(rows->rowCount(), 1, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(stateAt(rows, 0), TransferInfo::State::Failed, Timeout);
    const QString reason = rows->transferAt(0).reason;
    QVERIFY(!reason.isEmpty());
    QCOMPARE(stateTextAt(rows, 0), QStringLiteral("Failed: %1").arg(reason));
    QVERIFY2(reason.contains(name), qPrintable(reason));   // the seed's "<name>文件不存在"
    QVERIFY(QDir(folders.downloads).entryList(QDir::Files).isEmpty());   // nothing half-written

    // Retry is offered for the failed row; once the file exists on the server it succeeds.
    QTableView *view = child<QTableView>(client, "transfersView");
    QPushButton *retry = child<QPushButton>(client, "retryButton");
    QPushButton *cancel = child<QPushButton>(client, "cancelButton");
    QVERIFY(!retry->isEnabled());
    view->selectRow(0);
    QVERIFY(retry->isEnabled());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(writeFile(folders.shared + QLatin1Char('/') + name, QByteArrayLiteral("now it is here")));
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(stateAt(rows, 0), TransferInfo::State::Done, Timeout);
    QCOMPARE(rows->rowCount(), 1);   // the same row, updated in place
    QCOMPARE(readFile(folders.downloads + QLatin1Char('/') + name), QByteArrayLiteral("now it is here"));
    QVERIFY(!retry->isEnabled());
}

void TestFileTab::secondDownloadIsNotOverwritten()
{
    Folders folders;
    const QByteArray bytes = randomBytes(100000, 3);
    QVERIFY(writeFile(folders.shared + QStringLiteral("/notes.txt"), bytes));
    QDir().mkpath(folders.downloads);
    QVERIFY(writeFile(folders.downloads + QStringLiteral("/notes.txt"), QByteArrayLiteral("my own notes")));

    FileTab tab;
    FileServerPanel *server = tab.serverPanel();
    FileClientPanel *client = tab.clientPanel();
    QVERIFY(startServer(server, folders));
    pointClientAt(client, server, folders, TransferInfo::Protocol::Slft);
    client->download(QStringLiteral("notes.txt"));
    TransferTableModel *rows = client->transferModel();
    QTRY_COMPARE_WITH_TIMEOUT(rows->rowCount(), 1, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(stateAt(rows, 0), TransferInfo::State::Done, Timeout);

    // The existing file is untouched; the download got " (1)" and the row says so.
    QCOMPARE(readFile(folders.downloads + QStringLiteral("/notes.txt")), QByteArrayLiteral("my own notes"));
    const QString numbered = folders.downloads + QStringLiteral("/notes (1).txt");
    QCOMPARE(readFile(numbered), bytes);
    QVERIFY2(stateTextAt(rows, 0).contains(QStringLiteral("notes (1).txt")), qPrintable(stateTextAt(rows, 0)));
    QCOMPARE(QFileInfo(rows->transferAt(0).localPath).canonicalFilePath(), QFileInfo(numbered).canonicalFilePath());
}

void TestFileTab::cancelThenResumeFromTheTab()
{
    // A server that answers a GET with 1,000,000 bytes announced, sends the first 1000 and then
    // stalls: the row runs, Cancel stops it and keeps the part, Retry asks for the rest.
    Folders folders;
    QTcpServer stalling;
    QVERIFY(stalling.listen(QHostAddress::LocalHost));
    QList<QByteArray> requests;
    QList<QTcpSocket *> peers;
    connect(&stalling, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *peer = stalling.nextPendingConnection();
        peers.append(peer);
        connect(peer, &QTcpSocket::readyRead, peer, [&requests, peer] {
            if (!peer->canReadLine())
                return;
            requests.append(peer->readLine().trimmed());
            peer->write(QByteArrayLiteral("SLFT/1 200 1000000 ") + requests.constLast().split(' ').value(2) + '\n');
            peer->write(QByteArray(1000, 'x'));
        });
    });

    FileTab tab;
    tab.show();
    FileClientPanel *client = tab.clientPanel();
    tab.showClient();
    client->setServer(QStringLiteral("127.0.0.1"), stalling.serverPort(), 1, 1);
    client->setProtocol(TransferInfo::Protocol::Slft);
    client->setDownloadFolder(folders.downloads);
    client->download(QStringLiteral("slow.bin"));

    TransferTableModel *rows = client->transferModel();
    QTRY_COMPARE_WITH_TIMEOUT(rows->rowCount(), 1, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(rows->transferAt(0).bytesDone, qint64(1000), Timeout);
    QCOMPARE(stateAt(rows, 0), TransferInfo::State::Running);
    QCOMPARE(requests, QList<QByteArray>{QByteArrayLiteral("SLFT/1 GET 0 slow.bin")});

    // Select the row: Cancel is offered, Retry is not (yet).
    QTableView *table = child<QTableView>(client, "transfersView");
    table->selectRow(0);
    QPushButton *cancel = child<QPushButton>(client, "cancelButton");
    QPushButton *retry = child<QPushButton>(client, "retryButton");
    QTRY_VERIFY_WITH_TIMEOUT(cancel->isEnabled(), Timeout);
    QVERIFY(!retry->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(stateAt(rows, 0), TransferInfo::State::Cancelled, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(retry->isEnabled(), Timeout);
    QVERIFY(!cancel->isEnabled());
    // Nothing under the final name; the 1000 bytes are kept for the resume.
    QVERIFY(!QFileInfo::exists(folders.downloads + QStringLiteral("/slow.bin")));
    QCOMPARE(QFileInfo(folders.downloads + QStringLiteral("/slow.bin.part")).size(), qint64(1000));

    // Retry / resume asks only for what is missing.
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(requests.size(), 2, Timeout);
    QCOMPARE(requests.at(1), QByteArrayLiteral("SLFT/1 GET 1000 slow.bin"));
    QTRY_COMPARE_WITH_TIMEOUT(stateAt(rows, 0), TransferInfo::State::Running, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(rows->transferAt(0).bytesDone, qint64(2000), Timeout);

    // Open containing folder: the download folder goes to the file manager.
    UrlRecorder fileManager;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &fileManager, "open");
    QTest::mouseClick(child<QPushButton>(client, "openFolderButton"), Qt::LeftButton);
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    QCOMPARE(fileManager.urls.size(), 1);
    QCOMPARE(QDir(fileManager.urls.constFirst().toLocalFile()).canonicalPath(), QDir(folders.downloads).canonicalPath());

    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(stateAt(rows, 0), TransferInfo::State::Cancelled, Timeout);
    qDeleteAll(peers);
}

void TestFileTab::droppedFilesAreUploaded()
{
    Folders folders;
    const QByteArray first = randomBytes(300000, 11);
    const QByteArray second = randomBytes(500000, 12);
    QVERIFY(writeFile(folders.local + QStringLiteral("/a.bin"), first));
    QVERIFY(writeFile(folders.local + QStringLiteral("/b.bin"), second));

    FileTab tab;
    tab.show();
    FileServerPanel *server = tab.serverPanel();
    FileClientPanel *client = tab.clientPanel();
    QVERIFY(startServer(server, folders));
    pointClientAt(client, server, folders, TransferInfo::Protocol::Slft);

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(folders.local + QStringLiteral("/a.bin")),
                  QUrl::fromLocalFile(folders.local + QStringLiteral("/b.bin")),
                  QUrl::fromLocalFile(folders.local),                      // a folder: skipped with a message
                  QUrl(QStringLiteral("https://example.com/c.bin"))});      // not local: ignored
    const QPoint centre = tab.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&tab, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&tab, &drop);
    QVERIFY(drop.isAccepted());

    TransferTableModel *rows = client->transferModel();
    QTRY_COMPARE_WITH_TIMEOUT(rows->rowCount(), 2, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(stateAt(rows, 0), TransferInfo::State::Done, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(stateAt(rows, 1), TransferInfo::State::Done, Timeout);
    QCOMPARE(readFile(folders.inbox + QStringLiteral("/a.bin")), first);
    QCOMPARE(readFile(folders.inbox + QStringLiteral("/b.bin")), second);
    QVERIFY(child<QLabel>(client, "messageLabel")->text().contains(QDir::toNativeSeparators(folders.local)));

    // Something that is not a local file is refused at the door.
    QMimeData text;
    text.setText(QStringLiteral("just text"));
    QDragEnterEvent refused(centre, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&tab, &refused);
    QVERIFY(!refused.isAccepted());
}

void TestFileTab::openCommandFillsAndStarts()
{
    Folders folders;
    QDir().mkpath(folders.inbox);
    FileTab tab;
    QCOMPARE(tab.openCommands(), QStringList{QStringLiteral("file-server")});
    QString error;
    QVERIFY2(tab.openCommand(QStringLiteral("file-server"),
                             {QStringLiteral("--root"), folders.shared, QStringLiteral("--inbox"), folders.inbox,
                              QStringLiteral("--download-port"), QStringLiteral("0"), QStringLiteral("--upload-port"),
                              QStringLiteral("0"), QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--bind"),
                              QStringLiteral("127.0.0.1")},
                             &error),
             qPrintable(error));
    FileServerPanel *server = tab.serverPanel();
    QTRY_VERIFY_WITH_TIMEOUT(server->isRunning(), Timeout);
    QCOMPARE(QDir::fromNativeSeparators(child<QLineEdit>(server, "sharedEdit")->text()), folders.shared);
    QCOMPARE(QDir::fromNativeSeparators(child<QLineEdit>(server, "inboxEdit")->text()), folders.inbox);
    QCOMPARE(child<QSpinBox>(server, "downloadPortSpin")->value(), 0);
    QVERIFY(!child<QSpinBox>(server, "downloadPortSpin")->isEnabled());
    QCOMPARE(child<QPushButton>(server, "startButton")->text(), QStringLiteral("&Stop"));
    QVERIFY(tab.statusSummaries().constFirst().startsWith(QStringLiteral("File server on ports")));

    QTest::mouseClick(child<QPushButton>(server, "startButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!server->isRunning(), Timeout);
    QVERIFY(tab.statusSummaries().isEmpty());
    QCOMPARE(child<QLabel>(server, "stateLabel")->text(), QStringLiteral("Not running."));
}

void TestFileTab::openCommandRejectsBadOptions()
{
    FileTab tab;
    QString error;
    QVERIFY(!tab.openCommand(QStringLiteral("file-server"), {QStringLiteral("--port"), QStringLiteral("80000")}, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!tab.serverPanel()->isRunning());
}

void TestFileTab::bindFailureIsShown()
{
    // Another program holds a port: the state line says so, the fields stay editable.
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    Folders folders;
    FileTab tab;
    FileServerPanel *server = tab.serverPanel();
    fillServer(server, folders);
    child<QSpinBox>(server, "protocolPortSpin")->setValue(squatter.serverPort());
    QTest::mouseClick(child<QPushButton>(server, "startButton"), Qt::LeftButton);
    QLabel *state = child<QLabel>(server, "stateLabel");
    QTRY_VERIFY_WITH_TIMEOUT(state->text().startsWith(QStringLiteral("Not running:")), Timeout);
    QVERIFY(!server->isRunning());
    QVERIFY(child<QSpinBox>(server, "protocolPortSpin")->isEnabled());
    QCOMPARE(child<QPushButton>(server, "startButton")->text(), QStringLiteral("&Start"));
}

QTEST_MAIN(TestFileTab)
#include "tst_filetab.moc"
