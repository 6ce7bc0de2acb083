// One event, one row, and rows that add up to the counters, seen through the real TCP tab
// offscreen: with Lines framing a row holds the line as it crossed the wire (its CRLF or LF
// included), a CRLF line is answered with CRLF, the client list and the client's counters equal
// the sums of the rows; a refused connect is one row; a language switch rewords the labels, the
// headers and the client's state line at once (rows already in the log keep their language).
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
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
#include "TrafficModel.h"
#include "TrafficView.h"
#include "UiChoices.h"
#include "UiTestHelpers.h"

using UiTest::child;
using UiTest::countData;

namespace {

qint64 rowBytes(const TrafficModel *model, TrafficEvent::Direction direction)
{
    qint64 sum = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const TrafficEvent &e = model->eventAt(row);
        if (e.kind == TrafficEvent::Kind::Data && e.direction == direction)
            sum += e.size;
    }
    return sum;
}

int rowsContaining(const TrafficModel *model, const QString &text)
{
    int n = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const TrafficEvent &e = model->eventAt(row);
        if (e.kind != TrafficEvent::Kind::Data && e.text.contains(text))
            ++n;
    }
    return n;
}

QString dumpRows(const TrafficModel *model)
{
    QStringList lines;
    for (int row = 0; row < model->rowCount(); ++row)
        lines.append(model->rowAsText(row));
    return lines.join(QLatin1Char('\n'));
}

quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class TestTrafficRows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void linesFramingRowsAreTheWireBytes();
    void clientRowsAndCountersAgree();
    void refusedConnectIsOneRow();
    void disconnectIsOneRow();
    void languageSwitchRewordsLabelsAndStateLine();

private:
    std::unique_ptr<TestEnvironment> m_env;
};

void TestTrafficRows::initTestCase()
{
    m_env = std::make_unique<TestEnvironment>();
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

void TestTrafficRows::linesFramingRowsAreTheWireBytes()
{
    MainWindow window;
    TcpServerPanel *server = window.findChild<TcpTab *>()->serverPanel();
    child<QSpinBox>(server, "portSpin")->setValue(0);
    UiChoices::setReplyMode(child<QComboBox>(server, "replyCombo"), ReplyPolicy::Mode::Upper);
    UiChoices::setFraming(child<QComboBox>(server, "framingCombo"), Framer::Mode::Lines);
    server->start();
    QTRY_VERIFY(server->isListening());

    QTcpSocket peer;
    peer.connectToHost(QHostAddress::LocalHost, server->listeningPort());
    QVERIFY2(peer.waitForConnected(5000), qPrintable(peer.errorString()));
    peer.write("alpha\r\nbeta\n");

    // Each line is answered the way it ended: a CRLF line with CRLF, an LF line with LF.
    QByteArray answer;
    QTRY_VERIFY((answer += peer.readAll()).size() >= 12);
    QCOMPARE(answer, QByteArrayLiteral("ALPHA\r\nBETA\n"));

    const TrafficModel *log = server->trafficView()->model();
    QTRY_COMPARE(countData(log, TrafficEvent::Direction::In, QByteArrayLiteral("alpha\r\n")), 1);
    QCOMPARE(countData(log, TrafficEvent::Direction::In, QByteArrayLiteral("beta\n")), 1);
    QTRY_COMPARE(countData(log, TrafficEvent::Direction::Out, QByteArrayLiteral("ALPHA\r\n")), 1);
    QCOMPARE(countData(log, TrafficEvent::Direction::Out, QByteArrayLiteral("BETA\n")), 1);

    // The text shows the line ending, the Bytes column counts it.
    for (int row = 0; row < log->rowCount(); ++row) {
        if (log->eventAt(row).bytes == QByteArrayLiteral("alpha\r\n")) {
            QCOMPARE(log->index(row, TrafficModel::SizeColumn).data().toString(), QStringLiteral("7"));
            QCOMPARE(log->index(row, TrafficModel::DataColumn).data().toString(), QStringLiteral("alpha\\r\\n"));
        }
    }

    // The client list counts exactly what the rows show.
    QTableView *clients = child<QTableView>(server, "clientsView");
    QTRY_COMPARE(clients->model()->rowCount(), 1);
    QTRY_COMPARE(clients->model()->index(0, 2).data().toString(), QStringLiteral("12"));   // bytes in
    QTRY_COMPARE(clients->model()->index(0, 3).data().toString(), QStringLiteral("12"));   // bytes out
    QCOMPARE(rowBytes(log, TrafficEvent::Direction::In), qint64(12));
    QCOMPARE(rowBytes(log, TrafficEvent::Direction::Out), qint64(12));
    QCOMPARE(clients->model()->index(0, 4).data().toString(), QStringLiteral("2"));   // messages in
    QCOMPARE(clients->model()->index(0, 5).data().toString(), QStringLiteral("2"));   // messages out
}

void TestTrafficRows::clientRowsAndCountersAgree()
{
    MainWindow window;
    auto *tab = window.findChild<TcpTab *>();
    TcpServerPanel *server = tab->serverPanel();
    TcpClientPanel *client = tab->clientPanel();
    child<QSpinBox>(server, "portSpin")->setValue(0);
    UiChoices::setReplyMode(child<QComboBox>(server, "replyCombo"), ReplyPolicy::Mode::Echo);
    UiChoices::setFraming(child<QComboBox>(server, "framingCombo"), Framer::Mode::Lines);
    server->start();
    QTRY_VERIFY(server->isListening());

    tab->showClient();
    child<QComboBox>(client, "hostCombo")->setEditText(QStringLiteral("127.0.0.1"));
    child<QSpinBox>(client, "portSpin")->setValue(server->listeningPort());
    UiChoices::setFraming(child<QComboBox>(client, "framingCombo"), Framer::Mode::Lines);
    client->connectToServer();
    QTRY_VERIFY(client->isConnected());

    UiTest::typeAndSend(client->findChild<SendBox *>(), QStringLiteral("ALPHA"));
    const TrafficModel *clientLog = client->trafficView()->model();
    const TrafficModel *serverLog = server->trafficView()->model();
    // "ALPHA" went out as 6 bytes (the LF the framing adds), and the row says so.
    QTRY_COMPARE(countData(clientLog, TrafficEvent::Direction::Out, QByteArrayLiteral("ALPHA\n")), 1);
    QTRY_COMPARE(countData(clientLog, TrafficEvent::Direction::In, QByteArrayLiteral("ALPHA\n")), 1);
    QTRY_COMPARE(countData(serverLog, TrafficEvent::Direction::In, QByteArrayLiteral("ALPHA\n")), 1);

    QTRY_COMPARE(client->bytesSent(), qint64(6));
    QTRY_COMPARE(client->bytesReceived(), qint64(6));
    QCOMPARE(rowBytes(clientLog, TrafficEvent::Direction::Out), client->bytesSent());
    QCOMPARE(rowBytes(clientLog, TrafficEvent::Direction::In), client->bytesReceived());
    QTRY_COMPARE(child<QLabel>(client, "countersLabel")->text(),
                 QStringLiteral("Received: bytes 6, messages 1\nSent: bytes 6, messages 1"));

    QTableView *clients = child<QTableView>(server, "clientsView");
    QTRY_COMPARE(clients->model()->rowCount(), 1);
    QTRY_COMPARE(clients->model()->index(0, 3).data().toString(),
                 QString::number(rowBytes(serverLog, TrafficEvent::Direction::Out)));
    QCOMPARE(clients->model()->index(0, 2).data().toString(),
             QString::number(rowBytes(serverLog, TrafficEvent::Direction::In)));
}

void TestTrafficRows::refusedConnectIsOneRow()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    MainWindow window;
    TcpClientPanel *client = window.findChild<TcpTab *>()->clientPanel();
    child<QComboBox>(client, "hostCombo")->setEditText(QStringLiteral("127.0.0.1"));
    child<QSpinBox>(client, "portSpin")->setValue(port);
    client->connectToServer();
    const TrafficModel *log = client->trafficView()->model();
    const QString refusal = QStringLiteral("No server is listening on 127.0.0.1:%1").arg(port);
    QTRY_COMPARE(rowsContaining(log, refusal), 1);
    QTRY_VERIFY(child<QLabel>(client, "stateLabel")->text().contains(refusal));
    // Let anything late arrive (the log is batched every 50 ms), then count again.
    QTest::qWait(300);
    QVERIFY2(rowsContaining(log, refusal) == 1, qPrintable(dumpRows(log)));
    QVERIFY2(UiTest::hasEventContaining(log, TrafficEvent::Kind::Error, refusal), qPrintable(dumpRows(log)));
    QVERIFY2(rowsContaining(log, QStringLiteral("Closed the connection")) == 0, qPrintable(dumpRows(log)));
    // Rows: "Connecting to …" and the refusal, nothing else.
    QCOMPARE(log->rowCount(), 2);
}

void TestTrafficRows::disconnectIsOneRow()
{
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    MainWindow window;
    TcpClientPanel *client = window.findChild<TcpTab *>()->clientPanel();
    child<QComboBox>(client, "hostCombo")->setEditText(QStringLiteral("127.0.0.1"));
    child<QSpinBox>(client, "portSpin")->setValue(listener.serverPort());
    client->connectToServer();
    QTRY_VERIFY(client->isConnected());
    QTRY_VERIFY(listener.hasPendingConnections());
    std::unique_ptr<QTcpSocket> accepted(listener.nextPendingConnection());

    QTest::mouseClick(child<QPushButton>(client, "connectButton"), Qt::LeftButton);
    QTRY_VERIFY(!client->isConnected());
    const TrafficModel *log = client->trafficView()->model();
    const QString closed = QStringLiteral("Closed the connection to 127.0.0.1:%1").arg(listener.serverPort());
    QTRY_COMPARE(rowsContaining(log, closed), 1);
    QTest::qWait(300);
    QVERIFY2(rowsContaining(log, closed) == 1, qPrintable(dumpRows(log)));
}

void TestTrafficRows::languageSwitchRewordsLabelsAndStateLine()
{
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    MainWindow window;
    window.show();
    auto *tab = window.findChild<TcpTab *>();
    TcpClientPanel *client = tab->clientPanel();
    TcpServerPanel *server = tab->serverPanel();
    tab->showClient();
    child<QComboBox>(client, "hostCombo")->setEditText(QStringLiteral("127.0.0.1"));
    child<QSpinBox>(client, "portSpin")->setValue(port);
    client->connectToServer();
    QLabel *state = child<QLabel>(client, "stateLabel");
    const QString refusal = QStringLiteral("No server is listening on 127.0.0.1:%1").arg(port);
    QTRY_VERIFY(state->text().contains(refusal));
    QHeaderView *header = client->trafficView()->findChild<QTableView *>()->horizontalHeader();
    const auto headerText = [header](int section) {
        return header->model()->headerData(section, Qt::Horizontal).toString();
    };
    QCOMPARE(headerText(TrafficModel::TimeColumn), QStringLiteral("Time"));
    QCOMPARE(child<QTableView>(server, "clientsView")->model()->headerData(0, Qt::Horizontal).toString(),
             QStringLiteral("Client"));

    LanguageManager::instance().setLanguage(QStringLiteral("zh_CN"));
    // The state line is the engine's explanation, worded again in Chinese: it names the same
    // address and no longer reads in English.
    QTRY_VERIFY2(!state->text().contains(QStringLiteral("No server"))
                     && state->text().contains(QStringLiteral("127.0.0.1:%1").arg(port)),
                 qPrintable(state->text()));
    QVERIFY(headerText(TrafficModel::TimeColumn) != QStringLiteral("Time"));
    QVERIFY(child<QTableView>(server, "clientsView")->model()->headerData(0, Qt::Horizontal).toString()
            != QStringLiteral("Client"));
    QVERIFY(!child<QLabel>(client, "countersLabel")->text().contains(QStringLiteral("Received")));
    QVERIFY(!child<QPushButton>(client, "connectButton")->text().contains(QStringLiteral("Connect")));
    const QString chineseState = state->text();

    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    QTRY_VERIFY2(state->text().contains(refusal), qPrintable(state->text()));
    QVERIFY(!state->text().contains(chineseState));
    QCOMPARE(headerText(TrafficModel::TimeColumn), QStringLiteral("Time"));
    QCOMPARE(child<QPushButton>(client, "connectButton")->text(), QStringLiteral("&Connect"));
    QVERIFY(child<QLabel>(client, "countersLabel")->text().startsWith(QStringLiteral("Received")));
}

QTEST_MAIN(TestTrafficRows)
#include "tst_trafficrows.moc"
