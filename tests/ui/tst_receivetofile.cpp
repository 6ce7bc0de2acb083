// "Receive to file" and "Reset counters" driven through the real widgets of the TCP server, TCP
// client and UDP panels, offscreen, with real sockets: the file is chosen through the box's hook
// (setFileName, as the Save dialog would), Start saving, the live size line, one peer or all,
// every way a recording ends (Stop, the peer leaves, the server stops, the connection closes,
// the socket is unbound, a file that cannot be opened), a log whose cap drops rows while the
// file keeps every byte, and counters that go back to zero while the connection stays.
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUdpSocket>
#include <QtTest>

#include "ByteCountText.h"
#include "ClientListModel.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ReceiveToFileBox.h"
#include "TcpClientPanel.h"
#include "TcpServerPanel.h"
#include "TcpTab.h"
#include "TestEnvironment.h"
#include "TrafficModel.h"
#include "TrafficView.h"
#include "UdpTab.h"
#include "UiChoices.h"
#include "UiTestHelpers.h"

using UiTest::child;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

qint64 sizeOf(const QString &path)
{
    return QFileInfo(path).size();
}

QString peerOf(const QAbstractSocket &socket)
{
    return QStringLiteral("127.0.0.1:%1").arg(socket.localPort());
}

QString stateOf(ReceiveToFileBox *box)
{
    return child<QLabel>(box, "receiveStateLabel")->text();
}

// Ticks “Receive to file” beside the panel's Start / Bind: the box appears.
ReceiveToFileBox *openBox(QWidget *panel)
{
    auto *box = child<ReceiveToFileBox>(panel, "receiveToFile");
    QCheckBox *check = child<QCheckBox>(panel, "receiveToFileCheck");
    if (!check->isChecked())
        QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(6, check->height() / 2));
    return box;
}

void clickStart(ReceiveToFileBox *box)
{
    QTest::mouseClick(child<QPushButton>(box, "receiveStartButton"), Qt::LeftButton);
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

class TestReceiveToFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void tcpServerSavesEveryClientWhileTheLogDrops();
    void tcpServerSavesOneClientUntilItLeaves();
    void tcpServerStopEndsTheRecording();
    void fileThatCannotBeOpenedIsRefused();
    void tcpServerResetsCountersKeepingConnections();
    void tcpClientSavesUntilTheServerCloses();
    void tcpClientResetsCounters();
    void udpSavesHexLinesOfOneSender();
    void udpResetsCounters();
    void openCommandSaves();

private:
    TcpServerPanel *startServer(MainWindow &window, ReplyPolicy::Mode reply = ReplyPolicy::Mode::None);
    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestReceiveToFile::initTestCase()
{
    m_env = std::make_unique<TestEnvironment>();
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

void TestReceiveToFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

TcpServerPanel *TestReceiveToFile::startServer(MainWindow &window, ReplyPolicy::Mode reply)
{
    auto *tab = window.findChild<TcpTab *>();
    TcpServerPanel *server = tab->serverPanel();
    tab->showServer();
    child<QSpinBox>(server, "portSpin")->setValue(0);
    UiChoices::setReplyMode(child<QComboBox>(server, "replyCombo"), reply);
    QTest::mouseClick(child<QPushButton>(server, "startButton"), Qt::LeftButton);
    return server;
}

void TestReceiveToFile::tcpServerSavesEveryClientWhileTheLogDrops()
{
    MainWindow window;
    window.show();
    // Echo: each chunk comes back before the next is sent, so each is a row of its own.
    TcpServerPanel *server = startServer(window, ReplyPolicy::Mode::Echo);
    // Hidden until “Receive to file” is ticked.
    QVERIFY(!child<ReceiveToFileBox>(server, "receiveToFile")->isVisible());
    QCOMPARE(child<QCheckBox>(server, "receiveToFileCheck")->text(), QStringLiteral("Receive to file"));
    auto *box = openBox(server);
    QVERIFY(box->isVisible());
    QPushButton *startButton = child<QPushButton>(box, "receiveStartButton");
    QTRY_VERIFY(server->isListening());
    QTRY_VERIFY(startButton->isEnabled());
    QCOMPARE(startButton->text(), QStringLiteral("Start saving"));
    // The log keeps 50 rows; the file keeps everything.
    TrafficModel *log = server->trafficView()->model();
    log->setCapacity(50);

    const QString file = m_dir->filePath(QStringLiteral("all.bin"));
    box->setFileName(file);
    QCOMPARE(child<QLineEdit>(box, "receiveFileEdit")->text(), native(file));
    box->setFormat(ReceiveRecorder::Format::Raw);
    clickStart(box);
    QTRY_COMPARE(stateOf(box), QStringLiteral("Saving to all.bin: %1").arg(ByteCountText::withUnits(0)));
    QCOMPARE(startButton->text(), QStringLiteral("Stop saving"));
    QVERIFY(!child<QPushButton>(box, "receiveChooseButton")->isEnabled());
    QVERIFY(!child<QComboBox>(box, "receiveFormatCombo")->isEnabled());

    QTcpSocket a;
    a.connectToHost(QHostAddress::LocalHost, server->listeningPort());
    QTRY_COMPARE(a.state(), QAbstractSocket::ConnectedState);
    // 400 chunks, each its own row (the echo of one arrives before the next is sent), far more
    // than the log keeps; the size line follows while the data comes.
    QByteArray sent;
    qint64 echoed = 0;
    for (int i = 0; i < 400; ++i) {
        const QByteArray chunk = QByteArray::number(i).rightJustified(6, '0') + QByteArray(1000, char('a' + i % 26));
        a.write(chunk);
        sent += chunk;
        if (i == 10) {
            QTRY_COMPARE(sizeOf(file), qint64(sent.size()));   // on disk while recording
            QTRY_COMPARE(stateOf(box), QStringLiteral("Saving to all.bin: %1").arg(ByteCountText::withUnits(sent.size())));
        }
        QTRY_VERIFY((echoed += a.readAll().size()) == sent.size());
    }
    QTcpSocket b;
    b.connectToHost(QHostAddress::LocalHost, server->listeningPort());
    QTRY_COMPARE(b.state(), QAbstractSocket::ConnectedState);
    b.write("from b");
    sent += "from b";
    QTRY_COMPARE(stateOf(box), QStringLiteral("Saving to all.bin: %1").arg(ByteCountText::withUnits(sent.size())));
    QVERIFY2(log->rowCount() <= 50, "the log was meant to drop rows");

    clickStart(box);   // Stop saving
    QTRY_COMPARE(stateOf(box), QStringLiteral("Saved %1 to %2.").arg(ByteCountText::compact(sent.size(), 1), native(file)));
    QCOMPARE(contents(file), sent);
    QVERIFY(!box->isRecording());
    QCOMPARE(startButton->text(), QStringLiteral("Start saving"));
    // The next Start asks for a file again (the dialog asks before replacing one).
    QVERIFY(box->fileName().isEmpty());
    QCOMPARE(a.state(), QAbstractSocket::ConnectedState);   // saving never touched the connections
}

void TestReceiveToFile::tcpServerSavesOneClientUntilItLeaves()
{
    MainWindow window;
    window.show();
    TcpServerPanel *server = startServer(window);
    auto *box = openBox(server);
    QTRY_VERIFY(server->isListening());
    QTcpSocket a;
    QTcpSocket b;
    a.connectToHost(QHostAddress::LocalHost, server->listeningPort());
    b.connectToHost(QHostAddress::LocalHost, server->listeningPort());
    QTRY_COMPARE(a.state(), QAbstractSocket::ConnectedState);
    QTRY_COMPARE(b.state(), QAbstractSocket::ConnectedState);
    // The peer list offers every connected client.
    QComboBox *peers = child<QComboBox>(box, "receivePeerCombo");
    QTRY_COMPARE(peers->count(), 3);
    QCOMPARE(peers->itemText(0), QStringLiteral("All clients"));
    const QString peerA = peerOf(a);
    QVERIFY(peers->findText(peerA) > 0);
    QVERIFY(peers->findText(peerOf(b)) > 0);
    peers->setCurrentIndex(peers->findText(peerA));

    const QString file = m_dir->filePath(QStringLiteral("a.bin"));
    box->setFileName(file);
    clickStart(box);
    QTRY_VERIFY(stateOf(box).startsWith(QStringLiteral("Saving to a.bin")));
    QVERIFY(!peers->isEnabled());
    a.write("a1 ");
    b.write("b1 ");
    QTRY_COMPARE(server->bytesReceived(), qint64(6));
    a.write("a2");
    QTRY_COMPARE(stateOf(box), QStringLiteral("Saving to a.bin: %1").arg(ByteCountText::withUnits(5)));
    a.disconnectFromHost();
    QTRY_COMPARE(stateOf(box), QStringLiteral("%1 disconnected. Saved %2 to %3.")
                                   .arg(peerA, ByteCountText::compact(5, 1), native(file)));
    QCOMPARE(contents(file), QByteArrayLiteral("a1 a2"));
    // A client that has gone is no choice any more.
    QTRY_COMPARE(peers->count(), 2);
    QCOMPARE(peers->currentIndex(), 0);
    QVERIFY(peers->isEnabled());
}

void TestReceiveToFile::tcpServerStopEndsTheRecording()
{
    MainWindow window;
    window.show();
    TcpServerPanel *server = startServer(window);
    auto *box = openBox(server);
    QTRY_VERIFY(server->isListening());
    const QString file = m_dir->filePath(QStringLiteral("stop.txt"));
    box->setFileName(file);
    box->setFormat(ReceiveRecorder::Format::Hex);
    clickStart(box);
    QTRY_VERIFY(box->isRecording());
    QTRY_VERIFY(stateOf(box).startsWith(QStringLiteral("Saving to stop.txt")));
    QTcpSocket a;
    a.connectToHost(QHostAddress::LocalHost, server->listeningPort());
    QTRY_COMPARE(a.state(), QAbstractSocket::ConnectedState);
    a.write("hi");
    const QString peerA = peerOf(a);
    QTRY_VERIFY(stateOf(box).contains(QStringLiteral("for %1 received").arg(ByteCountText::count(2))));

    QTest::mouseClick(child<QPushButton>(server, "startButton"), Qt::LeftButton);   // Stop the server
    QTRY_VERIFY(!server->isListening());
    QTRY_VERIFY(stateOf(box).startsWith(QStringLiteral("The server stopped. Saved ")));
    QVERIFY(stateOf(box).endsWith(QStringLiteral(" to %1.").arg(native(file))));
    const QByteArray saved = contents(file);
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} %1 68 69\n$")
                                    .arg(QRegularExpression::escape(peerA)))
                 .match(QString::fromLatin1(saved)).hasMatch(),
             saved.constData());
    // Nothing runs: nothing to save from.
    QVERIFY(!child<QPushButton>(box, "receiveStartButton")->isEnabled());
}

void TestReceiveToFile::fileThatCannotBeOpenedIsRefused()
{
    MainWindow window;
    window.show();
    TcpServerPanel *server = startServer(window);
    auto *box = openBox(server);
    QTRY_VERIFY(server->isListening());
    const QString file = m_dir->filePath(QStringLiteral("no/such/folder/x.bin"));
    box->setFileName(file);
    clickStart(box);
    QTRY_VERIFY(stateOf(box).startsWith(QStringLiteral("Cannot save the received bytes to “%1”: ").arg(file)));
    QVERIFY(!box->isRecording());
    QCOMPARE(child<QPushButton>(box, "receiveStartButton")->text(), QStringLiteral("Start saving"));
    QVERIFY(child<QLabel>(box, "receiveStateLabel")->styleSheet().contains(QStringLiteral("color")));
    QVERIFY(server->isListening());
}

void TestReceiveToFile::tcpServerResetsCountersKeepingConnections()
{
    MainWindow window;
    window.show();
    TcpServerPanel *server = startServer(window);
    QTRY_VERIFY(server->isListening());
    QTcpSocket a;
    a.connectToHost(QHostAddress::LocalHost, server->listeningPort());
    QTRY_COMPARE(a.state(), QAbstractSocket::ConnectedState);
    a.write("hello");
    QTableView *clients = child<QTableView>(server, "clientsView");
    const auto cell = [clients](int column) { return clients->model()->index(0, column).data().toString(); };
    QTRY_COMPARE(cell(ClientListModel::BytesInColumn), QStringLiteral("5"));
    QTRY_COMPARE(cell(ClientListModel::MessagesInColumn), QStringLiteral("1"));
    TrafficModel *log = server->trafficView()->model();
    const int rows = log->rowCount();
    QTRY_COMPARE(server->bytesReceived(), qint64(5));

    QTest::mouseClick(child<QPushButton>(server, "resetCountersButton"), Qt::LeftButton);
    QTRY_COMPARE(cell(ClientListModel::BytesInColumn), QStringLiteral("0"));
    QCOMPARE(cell(ClientListModel::MessagesInColumn), QStringLiteral("0"));
    QTRY_COMPARE(server->bytesReceived(), qint64(0));
    QCOMPARE(clients->model()->rowCount(), 1);              // the client stays connected
    QCOMPARE(a.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(log->rowCount(), rows);                        // the log is not touched

    a.write("ab");
    QTRY_COMPARE(cell(ClientListModel::BytesInColumn), QStringLiteral("2"));
}

void TestReceiveToFile::tcpClientSavesUntilTheServerCloses()
{
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    MainWindow window;
    window.show();
    auto *tab = window.findChild<TcpTab *>();
    TcpClientPanel *client = tab->clientPanel();
    tab->showClient();
    auto *box = openBox(client);
    QPushButton *startButton = child<QPushButton>(box, "receiveStartButton");
    QVERIFY(!startButton->isEnabled());   // not connected yet
    QVERIFY(!child<QComboBox>(box, "receivePeerCombo")->isVisible());   // one server, no choice

    child<QComboBox>(client, "hostCombo")->setEditText(QStringLiteral("127.0.0.1"));
    child<QSpinBox>(client, "portSpin")->setValue(listener.serverPort());
    QTest::mouseClick(child<QPushButton>(client, "connectButton"), Qt::LeftButton);
    QTRY_VERIFY(client->isConnected());
    QTRY_VERIFY(listener.hasPendingConnections());
    std::unique_ptr<QTcpSocket> peer(listener.nextPendingConnection());
    QTRY_VERIFY(startButton->isEnabled());

    const QString file = m_dir->filePath(QStringLiteral("client.bin"));
    box->setFileName(file);
    clickStart(box);
    QTRY_VERIFY(box->isRecording());
    QTRY_VERIFY(stateOf(box).startsWith(QStringLiteral("Saving to client.bin")));
    QByteArray data(3 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator(3).fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
    peer->write(data);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(box), QStringLiteral("Saving to client.bin: %1").arg(ByteCountText::withUnits(data.size())), 30000);
    peer->disconnectFromHost();
    QTRY_COMPARE(stateOf(box), QStringLiteral("The connection closed. Saved %1 to %2.")
                                   .arg(ByteCountText::compact(data.size(), 1), native(file)));
    QVERIFY(contents(file) == data);
    QTRY_VERIFY(!client->isConnected());
    QVERIFY(!startButton->isEnabled());
}

void TestReceiveToFile::tcpClientResetsCounters()
{
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    MainWindow window;
    window.show();
    auto *tab = window.findChild<TcpTab *>();
    TcpClientPanel *client = tab->clientPanel();
    tab->showClient();
    child<QComboBox>(client, "hostCombo")->setEditText(QStringLiteral("127.0.0.1"));
    child<QSpinBox>(client, "portSpin")->setValue(listener.serverPort());
    QTest::mouseClick(child<QPushButton>(client, "connectButton"), Qt::LeftButton);
    QTRY_VERIFY(client->isConnected());
    QTRY_VERIFY(listener.hasPendingConnections());
    std::unique_ptr<QTcpSocket> peer(listener.nextPendingConnection());
    peer->write("abc");
    QLabel *counters = child<QLabel>(client, "countersLabel");
    QTRY_COMPARE(counters->text(), QStringLiteral("Received: bytes 3, messages 1\nSent: bytes 0, messages 0"));
    TrafficModel *log = client->trafficView()->model();
    const int rows = log->rowCount();

    QTest::mouseClick(child<QPushButton>(client, "resetCountersButton"), Qt::LeftButton);
    QTRY_COMPARE(counters->text(), QStringLiteral("Received: bytes 0, messages 0\nSent: bytes 0, messages 0"));
    QCOMPARE(client->bytesReceived(), qint64(0));
    QVERIFY(client->isConnected());
    QCOMPARE(log->rowCount(), rows);
    peer->write("de");
    QTRY_COMPARE(counters->text(), QStringLiteral("Received: bytes 2, messages 1\nSent: bytes 0, messages 0"));
}

void TestReceiveToFile::udpSavesHexLinesOfOneSender()
{
    MainWindow window;
    window.resize(1024, 700);
    window.show();
    auto *tab = window.findChild<UdpTab *>();
    window.findChild<QTabWidget *>()->setCurrentWidget(tab);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    child<QSpinBox>(tab, "portSpin")->setValue(0);
    auto *box = openBox(tab);
    // At the bottom of the side panel, which grows (nothing above is squeezed) and scrolls to
    // show all of it.
    auto *side = child<QScrollArea>(tab, "leftScroll");
    QWidget *viewport = side->viewport();
    QTRY_VERIFY(side->verticalScrollBar()->maximum() > 0);
    QTRY_VERIFY(box->mapTo(viewport, QPoint(0, box->height())).y() <= viewport->height());
    QVERIFY(box->mapTo(viewport, QPoint(0, 0)).y() >= 0);
    QCOMPARE(child<QWidget>(tab, "groupsList")->height(), child<QWidget>(tab, "groupsList")->maximumHeight());
    QVERIFY(!child<QPushButton>(box, "receiveStartButton")->isEnabled());   // not bound yet
    QTest::mouseClick(child<QPushButton>(tab, "bindButton"), Qt::LeftButton);
    QTRY_VERIFY(tab->isBound());
    const quint16 port = tab->boundPort();
    QUdpSocket a;
    QUdpSocket b;
    QVERIFY(a.bind(QHostAddress::LocalHost, 0));
    QVERIFY(b.bind(QHostAddress::LocalHost, 0));
    a.writeDatagram("seen", QHostAddress::LocalHost, port);
    b.writeDatagram("seen", QHostAddress::LocalHost, port);
    // Senders seen are offered.
    QComboBox *peers = child<QComboBox>(box, "receivePeerCombo");
    QTRY_COMPARE(peers->count(), 3);
    QCOMPARE(peers->itemText(0), QStringLiteral("All senders"));
    peers->setCurrentIndex(peers->findText(peerOf(b)));
    QVERIFY(peers->currentIndex() > 0);

    const QString file = m_dir->filePath(QStringLiteral("b.txt"));
    box->setFileName(file);
    box->setFormat(ReceiveRecorder::Format::Hex);
    clickStart(box);
    QTRY_VERIFY(box->isRecording());
    QTRY_VERIFY(stateOf(box).startsWith(QStringLiteral("Saving to b.txt")));
    a.writeDatagram("from a", QHostAddress::LocalHost, port);
    b.writeDatagram("b1", QHostAddress::LocalHost, port);
    b.writeDatagram("\x01\x02", QHostAddress::LocalHost, port);
    QTRY_COMPARE(tab->counters().datagramsIn, qint64(5));
    QTRY_VERIFY(stateOf(box).contains(QStringLiteral("for %1 received").arg(ByteCountText::count(4))));

    QTest::mouseClick(child<QPushButton>(tab, "bindButton"), Qt::LeftButton);   // Unbind
    QTRY_VERIFY(!tab->isBound());
    QTRY_VERIFY(stateOf(box).startsWith(QStringLiteral("The socket was closed. Saved ")));
    const QStringList lines = QString::fromLatin1(contents(file)).split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).endsWith(QStringLiteral(" %1 62 31").arg(peerOf(b))), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).endsWith(QStringLiteral(" %1 01 02").arg(peerOf(b))), qPrintable(lines.at(1)));
    QVERIFY(lines.at(2).isEmpty());

    // Unticking “Receive to file” stops a recording and hides the box.
    QTest::mouseClick(child<QPushButton>(tab, "bindButton"), Qt::LeftButton);   // Bind again
    QTRY_VERIFY(tab->isBound());
    const QString again = m_dir->filePath(QStringLiteral("again.bin"));
    box->setFileName(again);
    box->setFormat(ReceiveRecorder::Format::Raw);
    box->choosePeer(QString());
    clickStart(box);
    QTRY_VERIFY(stateOf(box).startsWith(QStringLiteral("Saving to again.bin")));
    a.writeDatagram("kept", QHostAddress::LocalHost, tab->boundPort());
    QTRY_VERIFY(stateOf(box).endsWith(ByteCountText::withUnits(4)));
    QCheckBox *check = child<QCheckBox>(tab, "receiveToFileCheck");
    QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(6, check->height() / 2));
    QVERIFY(!box->isVisible());
    QTRY_VERIFY(!box->isRecording());
    QTRY_VERIFY(stateOf(box).startsWith(QStringLiteral("Saved ")));
    QCOMPARE(contents(again), QByteArrayLiteral("kept"));
}

void TestReceiveToFile::udpResetsCounters()
{
    MainWindow window;
    window.show();
    auto *tab = window.findChild<UdpTab *>();
    child<QSpinBox>(tab, "portSpin")->setValue(0);
    QTest::mouseClick(child<QPushButton>(tab, "bindButton"), Qt::LeftButton);
    QTRY_VERIFY(tab->isBound());
    QUdpSocket a;
    a.writeDatagram("12345", QHostAddress::LocalHost, tab->boundPort());
    QLabel *counters = child<QLabel>(tab, "countersLabel");
    QTRY_VERIFY(counters->text().startsWith(QStringLiteral("Datagrams received: 1\nBytes received: 5\n")));
    TrafficModel *log = tab->currentTrafficView()->model();
    QTRY_VERIFY(UiTest::countData(log, TrafficEvent::Direction::In, QByteArrayLiteral("12345")) == 1);
    const int rows = log->rowCount();

    QTest::mouseClick(child<QPushButton>(tab, "resetCountersButton"), Qt::LeftButton);
    QTRY_VERIFY(counters->text().startsWith(QStringLiteral("Datagrams received: 0\nBytes received: 0\n")));
    QVERIFY(tab->isBound());
    QCOMPARE(log->rowCount(), rows);
    a.writeDatagram("ab", QHostAddress::LocalHost, tab->boundPort());
    QTRY_VERIFY(counters->text().startsWith(QStringLiteral("Datagrams received: 1\nBytes received: 2\n")));
}

void TestReceiveToFile::openCommandSaves()
{
    // `socketlab --open tcp-server --port 0 --save FILE`: saving starts once the server listens.
    const QString file = m_dir->filePath(QStringLiteral("open.bin"));
    MainWindow window;
    QVERIFY(window.openCommand({QStringLiteral("tcp-server"), QStringLiteral("--port"), QStringLiteral("0"),
                                QStringLiteral("--save"), file}));
    TcpServerPanel *server = window.findChild<TcpTab *>()->serverPanel();
    auto *box = child<ReceiveToFileBox>(server, "receiveToFile");
    QVERIFY(child<QCheckBox>(server, "receiveToFileCheck")->isChecked());   // shown by --save
    QTRY_VERIFY(server->isListening());
    QTRY_VERIFY(box->isRecording());
    QTRY_VERIFY(stateOf(box).startsWith(QStringLiteral("Saving to open.bin")));
    QTcpSocket a;
    a.connectToHost(QHostAddress::LocalHost, server->listeningPort());
    QTRY_COMPARE(a.state(), QAbstractSocket::ConnectedState);
    a.write("opened");
    QTRY_COMPARE(sizeOf(file), qint64(6));
    QCOMPARE(contents(file), QByteArrayLiteral("opened"));

    // UDP the same, in hex.
    const QString udpFile = m_dir->filePath(QStringLiteral("open.txt"));
    QVERIFY(window.openCommand({QStringLiteral("udp"), QStringLiteral("--port"), QStringLiteral("0"),
                                QStringLiteral("--save"), udpFile, QStringLiteral("--save-format"), QStringLiteral("hex")}));
    auto *udp = window.findChild<UdpTab *>();
    auto *udpBox = child<ReceiveToFileBox>(udp, "receiveToFile");
    QTRY_VERIFY(udp->isBound());
    QTRY_VERIFY(udpBox->isRecording());
    QCOMPARE(udpBox->format(), ReceiveRecorder::Format::Hex);
    QUdpSocket b;
    b.writeDatagram("x", QHostAddress::LocalHost, udp->boundPort());
    QTRY_VERIFY(contents(udpFile).endsWith(" 78\n"));
}

QTEST_MAIN(TestReceiveToFile)
#include "tst_receivetofile.moc"
