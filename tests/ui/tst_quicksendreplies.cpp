// A quick-send message as the TCP server's and the UDP tab's reply, and as the TCP server's
// greeting, through the real Reply / greeting choices against real sockets: hex replies with a
// checksum; an edited message reaches the engine at once; a deleted one makes the choice fall
// back (the reply to None, the greeting to the typed text) with a visible note; the choice
// persists; the fixed text reply keeps working beside it.
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTcpSocket>
#include <QUdpSocket>
#include <QtTest>

#include "LanguageManager.h"
#include "MainWindow.h"
#include "QuickSendChoice.h"
#include "QuickSendList.h"
#include "SendBox.h"
#include "TcpServerPanel.h"
#include "TcpTab.h"
#include "TestEnvironment.h"
#include "TrafficModel.h"
#include "TrafficView.h"
#include "UdpTab.h"
#include "UiChoices.h"
#include "UiTestHelpers.h"

using UiTest::child;
using UiTest::countData;

namespace {

QuickSendItem make(const QString &name, const QString &text, bool hex = false,
                   Checksum::Algorithm checksum = Checksum::Algorithm::None)
{
    QuickSendItem item;
    item.name = name;
    item.text = text;
    item.hex = hex;
    item.checksum = checksum;
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

QByteArray receiveOne(QUdpSocket &socket)
{
    if (!socket.hasPendingDatagrams() && !socket.waitForReadyRead(5000))
        return {};
    QByteArray data(int(socket.pendingDatagramSize()), Qt::Uninitialized);
    socket.readDatagram(data.data(), data.size());
    return data;
}

QString note(QWidget *panel)
{
    auto *label = child<QLabel>(panel, "quickSendNoteLabel");
    return label->isHidden() ? QString() : label->text();
}

} // namespace

class TestQuickSendReplies : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void tcpServerRepliesAndGreetsWithAMessage();
    void tcpServerChoicePersists();
    void udpRepliesWithAMessage();

private:
    std::unique_ptr<TestEnvironment> m_env;
};

void TestQuickSendReplies::initTestCase()
{
    m_env = std::make_unique<TestEnvironment>();
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

void TestQuickSendReplies::init()
{
    QSettings().remove(QStringLiteral("tcp/server"));
    QSettings().remove(QStringLiteral("udp"));
}

void TestQuickSendReplies::tcpServerRepliesAndGreetsWithAMessage()
{
    MainWindow window;
    TcpServerPanel *server = window.findChild<TcpTab *>()->serverPanel();
    QuickSendList *list = server->findChild<SendBox *>()->quickSendList();
    QComboBox *reply = child<QComboBox>(server, "replyCombo");
    QComboBox *greeting = child<QComboBox>(server, "greetingSourceCombo");
    // The list is offered in the Reply choice, after the modes; an empty list says so.
    QVERIFY(reply->itemText(reply->count() - 1).contains(QStringLiteral("list is empty")));
    list->append(make(QStringLiteral("Status"), QStringLiteral("01 03 02 00 2A"), true, Checksum::Algorithm::Crc16Modbus));
    list->append(make(QStringLiteral("Welcome"), QStringLiteral("WELCOME\n")));
    QCOMPARE(reply->itemText(reply->count() - 2), QStringLiteral("Quick-send message: Status"));
    QCOMPARE(greeting->itemText(greeting->count() - 1), QStringLiteral("Welcome"));
    choose(reply, list->id(0));
    choose(greeting, list->id(1));
    QCOMPARE(UiChoices::replyMode(reply), ReplyPolicy::Mode::Text);   // a fixed reply, in the message's own bytes
    QVERIFY(!child<QLineEdit>(server, "replyTextEdit")->isEnabled());
    QVERIFY(!child<QLineEdit>(server, "greetingEdit")->isEnabled());

    child<QSpinBox>(server, "portSpin")->setValue(0);
    server->start();
    QTRY_VERIFY(server->isListening());
    QTcpSocket peer;
    peer.connectToHost(QHostAddress::LocalHost, server->listeningPort());
    QVERIFY(peer.waitForConnected(5000));
    QTRY_COMPARE(peer.bytesAvailable(), qint64(8));
    QCOMPARE(peer.readAll(), QByteArray("WELCOME\n"));   // the greeting
    const QByteArray status = *list->item(0).payload();
    QCOMPARE(status.size(), 7);   // 5 bytes and the CRC
    peer.write("read");
    QTRY_COMPARE(peer.bytesAvailable(), qint64(status.size()));
    QCOMPARE(peer.readAll(), status);

    // Edited while in use: the engine answers with the new bytes at once.
    QuickSendItem edited = list->item(0);
    edited.text = QStringLiteral("01 03 02 00 2B");
    list->replace(0, edited);
    const QByteArray newStatus = *edited.payload();
    peer.write("read again");
    QTRY_COMPARE(peer.bytesAvailable(), qint64(newStatus.size()));
    QCOMPARE(peer.readAll(), newStatus);
    QVERIFY(note(server).isEmpty());

    // Deleted while in use: the reply falls back to None, the note says so, nothing is sent.
    list->remove(0);
    QCOMPARE(UiChoices::replyMode(reply), ReplyPolicy::Mode::None);
    QVERIFY2(note(server).contains(QStringLiteral("“Status” was deleted")), qPrintable(note(server)));
    peer.write("third");
    const TrafficModel *log = server->trafficView()->model();
    QTRY_COMPARE(countData(log, TrafficEvent::Direction::In, QByteArray("third")), 1);
    QCOMPARE(countData(log, TrafficEvent::Direction::Out, newStatus), 1);   // the one before only
    QCOMPARE(peer.bytesAvailable(), qint64(0));

    // The greeting's message deleted: the typed greeting again (here none), with the note.
    child<QLineEdit>(server, "greetingEdit")->setText(QStringLiteral("hi"));
    list->remove(0);
    QCOMPARE(greeting->currentIndex(), 0);
    QVERIFY(child<QLineEdit>(server, "greetingEdit")->isEnabled());
    QVERIFY2(note(server).contains(QStringLiteral("“Welcome” was deleted")), qPrintable(note(server)));
    QTcpSocket second;
    second.connectToHost(QHostAddress::LocalHost, server->listeningPort());
    QVERIFY(second.waitForConnected(5000));
    QTRY_COMPARE(second.bytesAvailable(), qint64(2));
    QCOMPARE(second.readAll(), QByteArray("hi"));

    // The fixed text reply works as before, and choosing again hides the note.
    UiChoices::setReplyMode(reply, ReplyPolicy::Mode::Text);
    emit reply->activated(reply->currentIndex());
    QVERIFY(note(server).isEmpty());
    QVERIFY(child<QLineEdit>(server, "replyTextEdit")->isEnabled());
    child<QLineEdit>(server, "replyTextEdit")->setText(QStringLiteral("已送达"));
    emit child<QLineEdit>(server, "replyTextEdit")->editingFinished();
    second.write("q");
    QTRY_VERIFY(second.bytesAvailable() > 0);
    QCOMPARE(QString::fromUtf8(second.readAll()), QStringLiteral("已送达"));
}

void TestQuickSendReplies::tcpServerChoicePersists()
{
    QString id;
    {
        MainWindow window;
        TcpServerPanel *server = window.findChild<TcpTab *>()->serverPanel();
        QuickSendList *list = server->findChild<SendBox *>()->quickSendList();
        list->replaceAll({make(QStringLiteral("A"), QStringLiteral("a")), make(QStringLiteral("B"), QStringLiteral("b"))});
        id = list->id(1);
        choose(child<QComboBox>(server, "replyCombo"), id);
    }
    {
        MainWindow again;
        TcpServerPanel *server = again.findChild<TcpTab *>()->serverPanel();
        QComboBox *reply = child<QComboBox>(server, "replyCombo");
        QCOMPARE(reply->currentData(QuickSendChoice::IdRole).toString(), id);
        QCOMPARE(reply->currentText(), QStringLiteral("Quick-send message: B"));
        // The message goes while the window is closed: the next one starts with no reply.
        QuickSendList *list = server->findChild<SendBox *>()->quickSendList();
        list->remove(1);
    }
    MainWindow third;
    QComboBox *reply = child<QComboBox>(third.findChild<TcpTab *>()->serverPanel(), "replyCombo");
    QCOMPARE(UiChoices::replyMode(reply), ReplyPolicy::Mode::None);
    QSettings().remove(QStringLiteral("tcp/server"));
}

void TestQuickSendReplies::udpRepliesWithAMessage()
{
    UdpTab tab;
    QuickSendList *list = tab.findChild<SendBox *>()->quickSendList();
    list->append(make(QStringLiteral("Pong"), QStringLiteral("50 4F 4E 47"), true, Checksum::Algorithm::Sum8));
    QComboBox *reply = child<QComboBox>(&tab, "replyCombo");
    choose(reply, list->id(0));
    QVERIFY(!child<QLineEdit>(&tab, "replyTextEdit")->isEnabled());
    child<QSpinBox>(&tab, "portSpin")->setValue(0);
    tab.bindSocket();
    QTRY_VERIFY(tab.isBound());

    QUdpSocket client;
    QVERIFY(client.bind(QHostAddress::LocalHost, 0));
    client.writeDatagram("ping", QHostAddress::LocalHost, tab.boundPort());
    const QByteArray pong = *list->item(0).payload();
    QCOMPARE(pong, QByteArray("PONG") + char(('P' + 'O' + 'N' + 'G') & 0xff));
    QCOMPARE(receiveOne(client), pong);

    // Edited: the next reply has the new bytes.
    QuickSendItem edited = list->item(0);
    edited.text = QStringLiteral("4F 4B");
    list->replace(0, edited);
    client.writeDatagram("ping", QHostAddress::LocalHost, tab.boundPort());
    QCOMPARE(receiveOne(client), *edited.payload());

    // Deleted: no reply any more, and the note says so.
    list->remove(0);
    QCOMPARE(UiChoices::replyMode(reply), ReplyPolicy::Mode::None);
    QVERIFY2(note(&tab).contains(QStringLiteral("“Pong” was deleted")), qPrintable(note(&tab)));
    client.writeDatagram("ping again", QHostAddress::LocalHost, tab.boundPort());
    const TrafficModel *log = tab.currentTrafficView()->model();
    QTRY_COMPARE(countData(log, TrafficEvent::Direction::In, QByteArray("ping again")), 1);
    QCOMPARE(countData(log, TrafficEvent::Direction::Out, *edited.payload()), 1);
    QVERIFY(!client.hasPendingDatagrams());
}

QTEST_MAIN(TestQuickSendReplies)
#include "tst_quicksendreplies.moc"
