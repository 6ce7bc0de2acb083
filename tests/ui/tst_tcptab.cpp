// The TCP tab driven through its real widgets, offscreen: start the server from the tab, connect
// the tab's own client to it, type and send, see the rows, the client list and the counters;
// `--open`; switch the language to 中文 at run time.
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include "LanguageManager.h"
#include "MainWindow.h"
#include "SendBox.h"
#include "TcpClientPanel.h"
#include "TcpServerPanel.h"
#include "TcpTab.h"
#include "TestEnvironment.h"
#include "UiTestHelpers.h"
#include "TrafficModel.h"
#include "TrafficView.h"
#include "UiChoices.h"

using UiTest::child;
using UiTest::countData;
using UiTest::typeAndSend;

class TestTcpTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serverAndClientChat();
    void chunksAreRowsAndClientListCounts();
    void connectionRefusedIsExplained();
    void openCommandFillsAndStarts();
    void openCommandRejectsBadOptions();
    void openCommandTakesTheEncoding();
    void switchesToChineseAtRunTime();
    void logCapacityAppliesToEveryViewAndPersists();

private:
    std::unique_ptr<TestEnvironment> m_env;
};

void TestTcpTab::initTestCase()
{
    m_env = std::make_unique<TestEnvironment>();
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

void TestTcpTab::serverAndClientChat()
{
    MainWindow window;
    window.show();
    auto *tab = window.findChild<TcpTab *>();
    QVERIFY(tab);
    TcpServerPanel *server = tab->serverPanel();
    TcpClientPanel *client = tab->clientPanel();

    // Server: any port, echo replies.
    child<QSpinBox>(server, "portSpin")->setValue(0);
    QComboBox *reply = child<QComboBox>(server, "replyCombo");
    UiChoices::setReplyMode(reply, ReplyPolicy::Mode::Echo);
    QTest::mouseClick(child<QPushButton>(server, "startButton"), Qt::LeftButton);
    QTRY_VERIFY(server->isListening());
    const quint16 port = server->listeningPort();
    QVERIFY(port != 0);
    QVERIFY(child<QLabel>(server, "stateLabel")->text().contains(QString::number(port)));
    QCOMPARE(child<QPushButton>(server, "startButton")->text(), QStringLiteral("&Stop"));

    // Client: connect to it from the same tab.
    tab->showClient();
    child<QComboBox>(client, "hostCombo")->setEditText(QStringLiteral("127.0.0.1"));
    child<QSpinBox>(client, "portSpin")->setValue(port);
    QTest::mouseClick(child<QPushButton>(client, "connectButton"), Qt::LeftButton);
    QTRY_VERIFY(client->isConnected());
    QVERIFY(child<QLabel>(client, "stateLabel")->text().contains(QStringLiteral("127.0.0.1:%1").arg(port)));

    // The server lists the client.
    QTableView *clients = child<QTableView>(server, "clientsView");
    QTRY_COMPARE(clients->model()->rowCount(), 1);

    // Type and send from the client; the server shows the message, echoes it, the client shows the echo.
    typeAndSend(client->findChild<SendBox *>(), QStringLiteral("hello 你好"));
    const QByteArray sent = QStringLiteral("hello 你好").toUtf8();
    TrafficModel *serverLog = server->trafficView()->model();
    TrafficModel *clientLog = client->trafficView()->model();
    QTRY_COMPARE(countData(serverLog, TrafficEvent::Direction::In, sent), 1);
    QTRY_COMPARE(countData(serverLog, TrafficEvent::Direction::Out, sent), 1);
    QTRY_COMPARE(countData(clientLog, TrafficEvent::Direction::Out, sent), 1);
    QTRY_COMPARE(countData(clientLog, TrafficEvent::Direction::In, sent), 1);

    // Counters: the client list and the status bar.
    QTRY_COMPARE(clients->model()->index(0, 2).data().toString(), QString::number(sent.size()));
    QTRY_COMPARE(server->bytesReceived(), qint64(sent.size()));
    QTRY_COMPARE(client->bytesReceived(), qint64(sent.size()));
    // The client's counters read right for one message (no "1 messages").
    QTRY_COMPARE(child<QLabel>(client, "countersLabel")->text(),
                 QStringLiteral("Received: bytes %1, messages 1\nSent: bytes %1, messages 1").arg(sent.size()));
    QLabel *summary = child<QLabel>(&window, "statusSummary");
    QTRY_VERIFY(summary->text().contains(QStringLiteral("TCP server")));
    QTRY_VERIFY(summary->text().contains(QStringLiteral("TCP client")));

    // The server sends to all clients from its own send box.
    tab->showServer();
    typeAndSend(server->findChild<SendBox *>(), QStringLiteral("from server"));
    QTRY_COMPARE(countData(clientLog, TrafficEvent::Direction::In, QByteArrayLiteral("from server")), 1);

    // Disconnect from the client side; the server's list empties and its log says so.
    QTest::mouseClick(child<QPushButton>(client, "connectButton"), Qt::LeftButton);
    QTRY_VERIFY(!client->isConnected());
    QTRY_COMPARE(clients->model()->rowCount(), 0);

    // Stop the server.
    QTest::mouseClick(child<QPushButton>(server, "startButton"), Qt::LeftButton);
    QTRY_VERIFY(!server->isListening());
    QCOMPARE(child<QPushButton>(server, "startButton")->text(), QStringLiteral("&Start"));
}

void TestTcpTab::chunksAreRowsAndClientListCounts()
{
    MainWindow window;
    auto *tab = window.findChild<TcpTab *>();
    TcpServerPanel *server = tab->serverPanel();
    child<QSpinBox>(server, "portSpin")->setValue(0);
    UiChoices::setReplyMode(child<QComboBox>(server, "replyCombo"), ReplyPolicy::Mode::None);
    server->start();
    QTRY_VERIFY(server->isListening());

    // Two sends in one write arrive as one recv() chunk: one row, as a student should see.
    QTcpSocket peer;
    peer.connectToHost(QHostAddress::LocalHost, server->listeningPort());
    QVERIFY2(peer.waitForConnected(5000), qPrintable(peer.errorString()));
    peer.write("first");
    peer.write("second");
    TrafficModel *log = server->trafficView()->model();
    QTRY_COMPARE(countData(log, TrafficEvent::Direction::In, QByteArrayLiteral("firstsecond")), 1);
    QCOMPARE(countData(log, TrafficEvent::Direction::In, QByteArrayLiteral("first")), 0);

    QTableView *clients = child<QTableView>(server, "clientsView");
    QTRY_COMPARE(clients->model()->rowCount(), 1);
    QTRY_COMPARE(clients->model()->index(0, 4).data().toString(), QStringLiteral("1"));   // messages in

    // Disconnect the selected client from the tab.
    clients->selectRow(0);
    QPushButton *kick = child<QPushButton>(server, "disconnectButton");
    QVERIFY(kick->isEnabled());
    QTest::mouseClick(kick, Qt::LeftButton);
    QTRY_COMPARE(peer.state(), QAbstractSocket::UnconnectedState);
    QTRY_COMPARE(clients->model()->rowCount(), 0);
}

void TestTcpTab::connectionRefusedIsExplained()
{
    // A port nobody listens on: bind one, note it, close it.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    MainWindow window;
    auto *tab = window.findChild<TcpTab *>();
    TcpClientPanel *client = tab->clientPanel();
    child<QComboBox>(client, "hostCombo")->setEditText(QStringLiteral("127.0.0.1"));
    child<QSpinBox>(client, "portSpin")->setValue(port);
    client->connectToServer();
    const QString expected = QStringLiteral("No server is listening on 127.0.0.1:%1").arg(port);
    const TrafficModel *log = client->trafficView()->model();
    QTRY_VERIFY(UiTest::hasEventContaining(log, TrafficEvent::Kind::Error, expected)
                || UiTest::hasEventContaining(log, TrafficEvent::Kind::State, expected));
    QTRY_VERIFY(!client->isConnected());
    QVERIFY(!child<QPushButton>(client, "connectButton")->text().isEmpty());
}

void TestTcpTab::openCommandFillsAndStarts()
{
    MainWindow window;
    QVERIFY(window.openCommand({QStringLiteral("tcp-server"), QStringLiteral("--port"), QStringLiteral("0"),
                                QStringLiteral("--reply"), QStringLiteral("text:已送达"),
                                QStringLiteral("--greeting"), QStringLiteral("hello")}));
    auto *tab = window.findChild<TcpTab *>();
    TcpServerPanel *server = tab->serverPanel();
    QTRY_VERIFY(server->isListening());
    QCOMPARE(UiChoices::replyMode(child<QComboBox>(server, "replyCombo")), ReplyPolicy::Mode::Text);
    QCOMPARE(child<QLineEdit>(server, "replyTextEdit")->text(), QStringLiteral("已送达"));
    QCOMPARE(child<QLineEdit>(server, "greetingEdit")->text(), QStringLiteral("hello"));

    // A seed-style client: greeting first, then 已送达 for its message.
    QTcpSocket peer;
    peer.connectToHost(QHostAddress::LocalHost, server->listeningPort());
    QVERIFY(peer.waitForConnected(5000));
    QTRY_COMPARE(peer.bytesAvailable(), qint64(5));
    QCOMPARE(peer.readAll(), QByteArrayLiteral("hello"));
    peer.write("q?");
    QTRY_VERIFY(peer.bytesAvailable() > 0);
    QCOMPARE(QString::fromUtf8(peer.readAll()), QStringLiteral("已送达"));

    // The client role opens on the client panel and tries to connect.
    MainWindow second;
    QVERIFY(second.openCommand({QStringLiteral("tcp-client"),
                                QStringLiteral("127.0.0.1:%1").arg(server->listeningPort())}));
    TcpClientPanel *client = second.findChild<TcpTab *>()->clientPanel();
    QTRY_VERIFY(client->isConnected());
}

void TestTcpTab::openCommandRejectsBadOptions()
{
    MainWindow window;
    // The failure shows a message box; close it as soon as it appears.
    QTimer closer;
    UiTest::closeModalBoxes(&closer, &window);
    QVERIFY(!window.openCommand({QStringLiteral("tcp-server"), QStringLiteral("--port"), QStringLiteral("99999")}));
    QVERIFY(!window.openCommand({QStringLiteral("no-such-command")}));
}

void TestTcpTab::openCommandTakesTheEncoding()
{
    const QByteArray gbkReply("\xd2\xd1\xcb\xcd\xb4\xef");   // 已送达 in GBK
    const QByteArray gbkGreeting("\xc4\xe3\xba\xc3");          // 你好
    {
        MainWindow window;
        QVERIFY(window.openCommand({QStringLiteral("tcp-server"), QStringLiteral("--port"), QStringLiteral("0"),
                                    QStringLiteral("--reply"), QStringLiteral("text:已送达"), QStringLiteral("--greeting"),
                                    QStringLiteral("你好"), QStringLiteral("--encoding"), QStringLiteral("gbk")}));
        TcpServerPanel *server = window.findChild<TcpTab *>()->serverPanel();
        QTRY_VERIFY(server->isListening());
        // The texts read as typed, with GBK chosen for sending and for the log.
        QCOMPARE(child<QLineEdit>(server, "replyTextEdit")->text(), QStringLiteral("已送达"));
        QCOMPARE(child<QLineEdit>(server, "greetingEdit")->text(), QStringLiteral("你好"));
        auto *sendBox = server->findChild<SendBox *>();
        QCOMPARE(sendBox->encoding(), TextCodec::Encoding::Gbk);
        QCOMPARE(child<QComboBox>(sendBox, "encodingCombo")->currentText(), QStringLiteral("GBK"));
        QCOMPARE(server->trafficView()->model()->encoding(), TextCodec::Encoding::Gbk);

        // A GBK client gets GBK bytes: the greeting, then the reply to its message.
        QTcpSocket peer;
        peer.connectToHost(QHostAddress::LocalHost, server->listeningPort());
        QVERIFY(peer.waitForConnected(5000));
        QTRY_COMPARE(peer.bytesAvailable(), qint64(gbkGreeting.size()));
        QCOMPARE(peer.readAll(), gbkGreeting);
        peer.write("q?");
        QTRY_COMPARE(peer.bytesAvailable(), qint64(gbkReply.size()));
        QCOMPARE(peer.readAll(), gbkReply);
        // The log shows the reply as text.
        const TrafficModel *log = server->trafficView()->model();
        QTRY_COMPARE(UiTest::countData(log, TrafficEvent::Direction::Out, gbkReply), 1);
        bool shown = false;
        for (int row = 0; row < log->rowCount(); ++row)
            shown = shown || log->eventText(row) == QStringLiteral("已送达");
        QVERIFY(shown);

        // Another encoding chosen in the send box: the reply follows it.
        sendBox->setEncoding(TextCodec::Encoding::Utf8);
        peer.write("again");
        QTRY_COMPARE(peer.bytesAvailable(), qint64(QStringLiteral("已送达").toUtf8().size()));
        QCOMPARE(peer.readAll(), QStringLiteral("已送达").toUtf8());
    }
    QSettings().remove(QStringLiteral("tcp/server/send/encoding"));   // the next window sends UTF-8 again
}

void TestTcpTab::logCapacityAppliesToEveryViewAndPersists()
{
    QSettings().setValue(QStringLiteral("ui/logCapacity"), 5000);
    {
        MainWindow window;
        QCOMPARE(window.logCapacity(), 5000);
        const QList<TrafficView *> views = window.findChildren<TrafficView *>();
        QVERIFY(views.size() >= 3);   // TCP server, TCP client, UDP at least
        for (TrafficView *view : views)
            QCOMPARE(view->model()->capacity(), 5000);

        window.setLogCapacity(12);   // below the floor: clamped, not a log of 12 events
        QCOMPARE(window.logCapacity(), 1000);
        for (TrafficView *view : views)
            QCOMPARE(view->model()->capacity(), 1000);
    }
    MainWindow reopened;
    QCOMPARE(reopened.logCapacity(), 1000);
    reopened.setLogCapacity(TrafficModel::DefaultCapacity);
}

void TestTcpTab::switchesToChineseAtRunTime()
{
    MainWindow window;
    auto *tab = window.findChild<TcpTab *>();
    TcpServerPanel *server = tab->serverPanel();
    QPushButton *start = child<QPushButton>(server, "startButton");
    QCOMPARE(start->text(), QStringLiteral("&Start"));

    LanguageManager::instance().setLanguage(QStringLiteral("zh_CN"));
    QTRY_VERIFY(!start->text().contains(QStringLiteral("Start")));
    QVERIFY(start->text().contains(QStringLiteral("启动")));
    QVERIFY(child<QRadioButton>(tab, "serverRadio")->text().contains(QStringLiteral("服务器")));
    QVERIFY(child<QLabel>(&window, "statusSummary")->text().contains(QStringLiteral("空闲")));
    QCOMPARE(child<QComboBox>(server, "replyCombo")->itemText(0), QStringLiteral("不回复"));
    // Widgets made after the switch speak Chinese too.
    MainWindow fresh;
    QVERIFY(fresh.findChild<TcpTab *>()->serverPanel()->findChild<QPushButton *>(QStringLiteral("startButton"))
                ->text().contains(QStringLiteral("启动")));

    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(start->text(), QStringLiteral("&Start"));
}

QTEST_MAIN(TestTcpTab)
#include "tst_tcptab.moc"
