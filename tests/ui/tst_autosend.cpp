// The TCP client's automatic sending (AutoSendBar under its send box), driven through the real
// panel against a real QTcpServer: a quick-send message right after connecting, one after each
// received message, paced so that an echo server cannot make it a full-speed ping-pong (at most
// one per received message; a message received while one waits gets none, and the row says so);
// the choices persist and follow the list's edits.
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include "AutoSendBar.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "QuickSendChoice.h"
#include "QuickSendList.h"
#include "SendBox.h"
#include "TcpClientPanel.h"
#include "TcpTab.h"
#include "TestEnvironment.h"
#include "TrafficModel.h"
#include "TrafficView.h"
#include "UiChoices.h"
#include "UiTestHelpers.h"

using UiTest::child;

namespace {

QuickSendItem make(const QString &name, const QString &text, bool hex = false,
                   QuickSendItem::LineEnding eol = QuickSendItem::LineEnding::None)
{
    QuickSendItem item;
    item.name = name;
    item.text = text;
    item.hex = hex;
    item.lineEnding = eol;
    return item;
}

void choose(QComboBox *combo, const QString &id)
{
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemData(i, QuickSendChoice::IdRole).toString() == id) {
            combo->setCurrentIndex(i);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no entry for %1 in %2").arg(id, combo->objectName())));
}

} // namespace

class TestAutoSend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void onConnectAndAfterEachReceive();
    void tooSoonIsSkippedAndShown();
    void echoServerIsPaced();
    void choicesPersistAndFollowTheList();

private:
    std::unique_ptr<TestEnvironment> m_env;
};

void TestAutoSend::initTestCase()
{
    m_env = std::make_unique<TestEnvironment>();
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

void TestAutoSend::init()
{
    QSettings().remove(QStringLiteral("tcp/client"));
}

void TestAutoSend::onConnectAndAfterEachReceive()
{
    QTcpServer server;
    QVERIFY2(server.listen(QHostAddress::LocalHost), qPrintable(server.errorString()));

    MainWindow window;
    TcpClientPanel *client = window.findChild<TcpTab *>()->clientPanel();
    QuickSendList *list = client->findChild<SendBox *>()->quickSendList();
    list->append(make(QStringLiteral("Login"), QStringLiteral("LOGIN"), false, QuickSendItem::LineEnding::CrLf));
    QuickSendItem ack = make(QStringLiteral("Ack"), QStringLiteral("06"), true);
    ack.checksum = Checksum::Algorithm::Xor8;
    list->append(ack);
    choose(child<QComboBox>(client, "autoSendOnConnectCombo"), list->id(0));
    choose(child<QComboBox>(client, "autoSendAfterReceiveCombo"), list->id(1));
    child<QSpinBox>(client, "autoSendGapSpin")->setValue(0);

    child<QComboBox>(client, "hostCombo")->setEditText(QStringLiteral("127.0.0.1"));
    child<QSpinBox>(client, "portSpin")->setValue(server.serverPort());
    client->connectToServer();
    QVERIFY(server.waitForNewConnection(5000));
    std::unique_ptr<QTcpSocket> peer(server.nextPendingConnection());
    QTRY_COMPARE(peer->bytesAvailable(), qint64(7));
    QCOMPARE(peer->readAll(), QByteArray("LOGIN\r\n"));   // sent on connect

    // Each received message gets one Ack (06 and its XOR, 06).
    peer->write("request 1");
    QTRY_COMPARE(peer->bytesAvailable(), qint64(2));
    QCOMPARE(peer->readAll(), QByteArray("\x06\x06", 2));
    peer->write("request 2");
    QTRY_COMPARE(peer->bytesAvailable(), qint64(2));
    QCOMPARE(peer->readAll(), QByteArray("\x06\x06", 2));
    QTRY_VERIFY(child<QLabel>(client, "autoSendStatus")->text().startsWith(QStringLiteral("2 sent after receiving")));
    // The log shows them as sent rows.
    QTRY_COMPARE(UiTest::countData(client->trafficView()->model(), TrafficEvent::Direction::Out, QByteArray("\x06\x06", 2)), 2);

    // "Nothing" after receiving: the next message gets no answer (the echo of our own below proves
    // the order: it is answered by nothing either).
    child<QComboBox>(client, "autoSendAfterReceiveCombo")->setCurrentIndex(0);
    peer->write("request 3");
    QTRY_COMPARE(UiTest::countData(client->trafficView()->model(), TrafficEvent::Direction::In, QByteArray("request 3")), 1);
    client->findChild<SendBox *>()->setText(QStringLiteral("marker"));
    client->findChild<SendBox *>()->send();
    QTRY_COMPARE(peer->bytesAvailable(), qint64(6));
    QCOMPARE(peer->readAll(), QByteArray("marker"));   // no Ack came before it
    client->disconnectFromServer();
    QTRY_VERIFY(!client->isConnected());
}

void TestAutoSend::tooSoonIsSkippedAndShown()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    MainWindow window;
    TcpClientPanel *client = window.findChild<TcpTab *>()->clientPanel();
    QuickSendList *list = client->findChild<SendBox *>()->quickSendList();
    list->append(make(QStringLiteral("Ack"), QStringLiteral("ACK")));
    choose(child<QComboBox>(client, "autoSendAfterReceiveCombo"), list->id(0));
    child<QSpinBox>(client, "autoSendGapSpin")->setValue(600000);   // far longer than the test
    // Lines framing: three lines in one write are three messages.
    UiChoices::setFraming(child<QComboBox>(client, "framingCombo"), Framer::Mode::Lines);
    child<QComboBox>(client, "hostCombo")->setEditText(QStringLiteral("127.0.0.1"));
    child<QSpinBox>(client, "portSpin")->setValue(server.serverPort());
    client->connectToServer();
    QVERIFY(server.waitForNewConnection(5000));
    std::unique_ptr<QTcpSocket> peer(server.nextPendingConnection());
    QTRY_VERIFY(client->isConnected());

    peer->write("a\nb\nc\n");
    QTRY_COMPARE(peer->bytesAvailable(), qint64(4));
    QCOMPARE(peer->readAll(), QByteArray("ACK\n"));   // (Lines framing ends what it sends with LF)
    // The first got its Ack at once; the second waits for the gap, the third gets none.
    QLabel *status = child<QLabel>(client, "autoSendStatus");
    QTRY_VERIFY2(status->text().contains(QStringLiteral("1 sent after receiving")) && status->text().contains(QStringLiteral("1 skipped")),
                 qPrintable(status->text()));

    // The connection goes: the waiting one is dropped, and counted.
    peer->close();
    QTRY_VERIFY(!client->isConnected());
    QTRY_VERIFY2(status->text().contains(QStringLiteral("2 skipped")), qPrintable(status->text()));
}

void TestAutoSend::echoServerIsPaced()
{
    // An echo server: every Ping comes back, and each echo is a received message that gets a Ping.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    qint64 echoed = 0;
    connect(&server, &QTcpServer::newConnection, this, [&server, &echoed] {
        QTcpSocket *socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, &echoed] {
            const QByteArray data = socket->readAll();
            echoed += data.size();
            socket->write(data);
        });
    });

    MainWindow window;
    TcpClientPanel *client = window.findChild<TcpTab *>()->clientPanel();
    QuickSendList *list = client->findChild<SendBox *>()->quickSendList();
    list->append(make(QStringLiteral("Ping"), QStringLiteral("P")));
    choose(child<QComboBox>(client, "autoSendOnConnectCombo"), list->id(0));
    choose(child<QComboBox>(client, "autoSendAfterReceiveCombo"), list->id(0));
    child<QSpinBox>(client, "autoSendGapSpin")->setValue(20);
    child<QComboBox>(client, "hostCombo")->setEditText(QStringLiteral("127.0.0.1"));
    child<QSpinBox>(client, "portSpin")->setValue(server.serverPort());
    client->connectToServer();

    // It goes on by itself (one Ping per echo), the row counts it, and it never sends more Pings
    // than it received echoes plus the one on connect.
    QLabel *status = child<QLabel>(client, "autoSendStatus");
    auto *bar = client->findChild<AutoSendBar *>();
    QTRY_VERIFY(bar->sentAfterReceive() >= 5);
    QVERIFY2(status->text().contains(QStringLiteral("sent after receiving")), qPrintable(status->text()));
    QVERIFY(echoed >= 5);
    client->disconnectFromServer();
    QTRY_VERIFY(!client->isConnected());
    const TrafficModel *log = client->trafficView()->model();
    QTRY_VERIFY(log->rowCount() > 0);
    qint64 out = 0;
    qint64 in = 0;
    for (int row = 0; row < log->rowCount(); ++row) {
        const TrafficEvent &e = log->eventAt(row);
        if (e.kind != TrafficEvent::Kind::Data)
            continue;
        (e.direction == TrafficEvent::Direction::Out ? out : in) += e.size;
    }
    QVERIFY(out >= 3);
    QVERIFY2(out <= in + 1, qPrintable(QStringLiteral("%1 sent for %2 received").arg(out).arg(in)));
}

void TestAutoSend::choicesPersistAndFollowTheList()
{
    QString ackId;
    {
        MainWindow window;
        TcpClientPanel *client = window.findChild<TcpTab *>()->clientPanel();
        QuickSendList *list = client->findChild<SendBox *>()->quickSendList();
        list->replaceAll({make(QStringLiteral("Hello"), QStringLiteral("hi")), make(QStringLiteral("Ack"), QStringLiteral("ok"))});
        ackId = list->id(1);
        choose(child<QComboBox>(client, "autoSendAfterReceiveCombo"), ackId);
        child<QSpinBox>(client, "autoSendGapSpin")->setValue(250);
    }
    MainWindow again;
    TcpClientPanel *client = again.findChild<TcpTab *>()->clientPanel();
    QComboBox *after = child<QComboBox>(client, "autoSendAfterReceiveCombo");
    QCOMPARE(after->currentData(QuickSendChoice::IdRole).toString(), ackId);
    QCOMPARE(after->currentText(), QStringLiteral("Ack"));
    QCOMPARE(child<QSpinBox>(client, "autoSendGapSpin")->value(), 250);
    QCOMPARE(child<QComboBox>(client, "autoSendOnConnectCombo")->currentIndex(), 0);   // Nothing

    // Renamed and moved: still chosen, with its new name.
    QuickSendList *list = client->findChild<SendBox *>()->quickSendList();
    QuickSendItem renamed = list->item(1);
    renamed.name = QStringLiteral("Acknowledge");
    list->replace(1, renamed);
    list->move(1, 0);
    QCOMPARE(after->currentData(QuickSendChoice::IdRole).toString(), ackId);
    QCOMPARE(after->currentText(), QStringLiteral("Acknowledge"));
    // Deleted: back to Nothing.
    list->remove(0);
    QCOMPARE(after->currentIndex(), 0);
    QVERIFY(after->currentData(QuickSendChoice::IdRole).toString().isEmpty());
    QLabel *status = child<QLabel>(client, "autoSendStatus");
    QVERIFY2(status->text().contains(QStringLiteral("“Acknowledge” was deleted")), qPrintable(status->text()));
    QCOMPARE(QSettings().value(QStringLiteral("tcp/client/autoSend/afterReceive")).toString(), QString());
    list->remove(0);
    QCOMPARE(after->count(), 3);   // Nothing, the separator, "(the quick-send list is empty)"
    QSettings().remove(QStringLiteral("tcp/client/send"));
}

QTEST_MAIN(TestAutoSend)
#include "tst_autosend.moc"
