// The UDP tab driven through its real widgets, offscreen: bind from the tab, receive datagrams
// from a test socket (one row each, with the sender), see the sender in the peer list, click it,
// reply to the last sender, auto-reply like seed 003's server, refuse an oversized payload.
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QUdpSocket>
#include <QtTest>

#include "LanguageManager.h"
#include "SendBox.h"
#include "TestEnvironment.h"
#include "TypeText.h"
#include "TrafficModel.h"
#include "TrafficView.h"
#include "UdpTab.h"
#include "UiChoices.h"

namespace {

template <typename T>
T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

int countData(const TrafficModel *model, TrafficEvent::Direction direction, const QByteArray &bytes)
{
    int n = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const TrafficEvent &e = model->eventAt(row);
        if (e.kind == TrafficEvent::Kind::Data && e.direction == direction && e.bytes == bytes)
            ++n;
    }
    return n;
}

bool hasErrorContaining(const TrafficModel *model, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const TrafficEvent &e = model->eventAt(row);
        if (e.kind == TrafficEvent::Kind::Error && e.text.contains(text))
            return true;
    }
    return false;
}

void typeAndSend(SendBox *box, const QString &text)
{
    QPlainTextEdit *editor = child<QPlainTextEdit>(box, "editor");
    editor->clear();
    TestTyping::typeText(editor, text);
    QTest::mouseClick(child<QPushButton>(box, "sendButton"), Qt::LeftButton);
}

QByteArray receiveOne(QUdpSocket &socket)
{
    if (!socket.hasPendingDatagrams() && !socket.waitForReadyRead(5000))
        return {};
    QByteArray data(int(socket.pendingDatagramSize()), Qt::Uninitialized);
    socket.readDatagram(data.data(), data.size());
    return data;
}

} // namespace

class TestUdpTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void bindReceiveAndReply();
    void autoReplyLikeSeed003();
    void sendBeforeBindShowsTheReply();
    void oversizedPayloadIsRefused();

private:
    std::unique_ptr<TestEnvironment> m_env;
};

void TestUdpTab::initTestCase()
{
    m_env = std::make_unique<TestEnvironment>();
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

void TestUdpTab::bindReceiveAndReply()
{
    UdpTab tab;
    tab.show();
    child<QSpinBox>(&tab, "portSpin")->setValue(0);
    QTest::mouseClick(child<QPushButton>(&tab, "bindButton"), Qt::LeftButton);
    QTRY_VERIFY(tab.isBound());
    const quint16 port = tab.boundPort();
    QVERIFY(port != 0);
    QVERIFY(child<QLabel>(&tab, "stateLabel")->text().contains(QString::number(port)));

    // Two datagrams sent back to back stay two rows: UDP keeps message boundaries.
    QUdpSocket sender;
    QVERIFY(sender.bind(QHostAddress::LocalHost, 0));
    sender.writeDatagram("first", QHostAddress::LocalHost, port);
    sender.writeDatagram("second", QHostAddress::LocalHost, port);
    TrafficModel *log = tab.currentTrafficView()->model();
    QTRY_COMPARE(countData(log, TrafficEvent::Direction::In, QByteArrayLiteral("first")), 1);
    QTRY_COMPARE(countData(log, TrafficEvent::Direction::In, QByteArrayLiteral("second")), 1);
    const QString senderText = QStringLiteral("127.0.0.1:%1").arg(sender.localPort());
    bool peerShown = false;
    for (int row = 0; row < log->rowCount(); ++row)
        peerShown = peerShown || log->eventAt(row).peer == senderText;
    QVERIFY(peerShown);

    // The sender is listed; clicking it makes it the target.
    QTableView *peers = child<QTableView>(&tab, "peersView");
    QTRY_COMPARE(peers->model()->rowCount(), 1);
    QCOMPARE(peers->model()->index(0, 0).data().toString(), senderText);
    QTRY_COMPARE(peers->model()->index(0, 1).data().toString(), QStringLiteral("2"));
    QTest::mouseClick(peers->viewport(), Qt::LeftButton, {}, peers->visualRect(peers->model()->index(0, 0)).center());
    QCOMPARE(child<QComboBox>(&tab, "hostCombo")->currentText(), QStringLiteral("127.0.0.1"));
    QCOMPARE(child<QSpinBox>(&tab, "targetPortSpin")->value(), int(sender.localPort()));

    // Reply to the last sender.
    QCheckBox *toLast = child<QCheckBox>(&tab, "replyToLastCheck");
    QTRY_VERIFY(toLast->isEnabled());
    toLast->setChecked(true);
    typeAndSend(tab.findChild<SendBox *>(), QStringLiteral("收到"));
    QCOMPARE(receiveOne(sender), QStringLiteral("收到").toUtf8());
    QTRY_COMPARE(countData(log, TrafficEvent::Direction::Out, QStringLiteral("收到").toUtf8()), 1);
    QTRY_COMPARE(tab.counters().datagramsIn, qint64(2));
    QTRY_COMPARE(tab.counters().datagramsOut, qint64(1));

    QTest::mouseClick(child<QPushButton>(&tab, "bindButton"), Qt::LeftButton);
    QTRY_VERIFY(!tab.isBound());
}

void TestUdpTab::autoReplyLikeSeed003()
{
    UdpTab tab;
    child<QSpinBox>(&tab, "portSpin")->setValue(0);
    UiChoices::setReplyMode(child<QComboBox>(&tab, "replyCombo"), ReplyPolicy::Mode::Text);
    child<QLineEdit>(&tab, "replyTextEdit")->setText(QStringLiteral("ok"));
    tab.bindSocket();
    QTRY_VERIFY(tab.isBound());

    QUdpSocket client;
    client.writeDatagram("hello", QHostAddress::LocalHost, tab.boundPort());
    QCOMPARE(receiveOne(client), QByteArrayLiteral("ok"));
}

void TestUdpTab::sendBeforeBindShowsTheReply()
{
    // A seed-003-style server that answers "ok".
    QUdpSocket server;
    QVERIFY(server.bind(QHostAddress::LocalHost, 0));

    UdpTab tab;
    tab.setTarget(QStringLiteral("127.0.0.1"), server.localPort());
    QVERIFY(!tab.isBound());
    typeAndSend(tab.findChild<SendBox *>(), QStringLiteral("ping"));
    QTRY_VERIFY(tab.isBound());   // an ephemeral port was bound for the send

    QVERIFY(server.waitForReadyRead(5000));
    QHostAddress from;
    quint16 fromPort = 0;
    QByteArray data(int(server.pendingDatagramSize()), Qt::Uninitialized);
    server.readDatagram(data.data(), data.size(), &from, &fromPort);
    QCOMPARE(data, QByteArrayLiteral("ping"));
    QCOMPARE(fromPort, tab.boundPort());
    server.writeDatagram("ok", from, fromPort);
    QTRY_COMPARE(countData(tab.currentTrafficView()->model(), TrafficEvent::Direction::In, QByteArrayLiteral("ok")), 1);
}

void TestUdpTab::oversizedPayloadIsRefused()
{
    UdpTab tab;
    tab.setTarget(QStringLiteral("127.0.0.1"), 9);
    child<QComboBox>(tab.findChild<SendBox *>(), "formatCombo")->setCurrentIndex(0);
    tab.findChild<SendBox *>()->setText(QString(65508, QLatin1Char('x')));
    tab.findChild<SendBox *>()->send();
    QTRY_VERIFY(hasErrorContaining(tab.currentTrafficView()->model(), QStringLiteral("65,507")));
    QCOMPARE(tab.counters().datagramsOut, qint64(0));
}

QTEST_MAIN(TestUdpTab)
#include "tst_udptab.moc"
