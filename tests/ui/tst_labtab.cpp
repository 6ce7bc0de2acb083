// The Lab tab driven through its real widgets, offscreen: pick a lab, point it at an in-test
// server that upper-cases (and at a broken one that answers once and hangs up), press Run, see
// the checks' results in the list, and the failed check's step, expected and received bytes,
// reason and explanation in the detail; a client lab waits for a client the test plays; class
// mode over three in-test servers fills the students × checks table and a cell shows its
// student's check; CSV and JSON exports; an invalid lab file refused with its line; and
// `--open check …` fills the tab and starts.
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

#include <memory>

#include "ClassTableModel.h"
#include "LabCatalog.h"
#include "LabCheckDetail.h"
#include "LabCheckListModel.h"
#include "LabChooser.h"
#include "LabClassPage.h"
#include "LabProgramPage.h"
#include "LabReportExport.h"
#include "LabTab.h"
#include "TestEnvironment.h"
#include "TrafficView.h"
#include "UiTestHelpers.h"

using UiTest::child;
using UiTest::readFile;
using UiTest::writeFile;

namespace {

const QString SecondExplanation = QStringLiteral("Your server answered the first message but not the second.");

LocalizedText both(const QString &en, const QString &zh)
{
    LocalizedText t;
    t.byLanguage.insert(QStringLiteral("en"), en);
    t.byLanguage.insert(QStringLiteral("zh_CN"), zh);
    return t;
}

LabStep step(LabStep::Kind kind, const QString &connection = QStringLiteral("a"))
{
    LabStep s;
    s.kind = kind;
    s.connection = connection;
    return s;
}

LabStep send(const QString &text)
{
    LabStep s = step(LabStep::Kind::Send);
    s.text = text;
    s.bytes = text.toUtf8();
    return s;
}

LabStep expectUpper()
{
    LabStep s = step(LabStep::Kind::Expect);
    s.match = LabStep::Match::Upper;
    return s;
}

LabCheck check(const QString &id, const QString &title, const QList<LabStep> &steps, bool required = true)
{
    LabCheck c;
    c.id = id;
    c.title = LocalizedText::english(title);
    c.required = required;
    c.steps = steps;
    return c;
}

// A small upper-case lab built in C++ (so the test does not follow the built-in lab's changes).
LabDefinition upperLab()
{
    LabDefinition lab;
    lab.id = QStringLiteral("test-upper");
    lab.title = both(QStringLiteral("Test upper-case server"), QStringLiteral("测试大写服务器"));
    lab.description = LocalizedText::english(QStringLiteral("Every message comes back in upper case."));
    lab.script = QStringLiteral("test_server.py");
    lab.role = LabDefinition::Role::Server;
    lab.defaultPort = 9000;
    lab.defaultTimeoutMs = 1000;
    const LabStep connect = step(LabStep::Kind::Connect);
    const LabStep close = step(LabStep::Kind::Close);
    lab.checks.append(check(QStringLiteral("connect"), QStringLiteral("Accepts a connection"), {connect, close}));
    lab.checks.append(check(QStringLiteral("upper"), QStringLiteral("Answers in upper case"),
                            {connect, send(QStringLiteral("hello")), expectUpper(), close}));
    LabCheck second = check(QStringLiteral("second-message"), QStringLiteral("Answers a second message"),
                            {connect, send(QStringLiteral("hello")), expectUpper(), send(QStringLiteral("second\r\n")),
                             expectUpper(), close});
    second.explain = LocalizedText::english(SecondExplanation);
    lab.checks.append(second);
    lab.checks.append(check(QStringLiteral("lesson"), QStringLiteral("A lesson that passes"),
                            {connect, send(QStringLiteral("x")), expectUpper(), close}, false));
    return lab;
}

// A client lab: the student's client connects, says hello, gets "ok" and closes.
LabDefinition clientLab()
{
    LabDefinition lab;
    lab.id = QStringLiteral("test-client");
    lab.title = LocalizedText::english(QStringLiteral("Test client"));
    lab.role = LabDefinition::Role::Client;
    lab.defaultTimeoutMs = 2000;
    LabStep accept = step(LabStep::Kind::Accept, QStringLiteral("c"));
    LabStep hello = step(LabStep::Kind::Expect, QStringLiteral("c"));
    hello.match = LabStep::Match::Exact;
    hello.text = QStringLiteral("hello");
    hello.bytes = "hello";
    LabStep ok = step(LabStep::Kind::Send, QStringLiteral("c"));
    ok.text = QStringLiteral("ok");
    ok.bytes = "ok";
    LabStep closed = step(LabStep::Kind::Expect, QStringLiteral("c"));
    closed.match = LabStep::Match::Closed;
    lab.checks.append(check(QStringLiteral("hello"), QStringLiteral("Says hello, then closes after ok"), {accept, hello, ok, closed}));
    return lab;
}

// An in-test server: upper-cases every chunk (`answersOnce`: answers the first chunk of a
// connection and closes it, like a server that calls recv() once).
class UpperServer : public QTcpServer
{
public:
    explicit UpperServer(bool answersOnce = false)
        : m_answersOnce(answersOnce)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    s->write(s->readAll().toUpper());
                    if (m_answersOnce)
                        s->disconnectFromHost();
                });
            }
        });
    }

private:
    bool m_answersOnce;
};

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost) ? probe.serverPort() : 0;
}

int rowOf(const LabCheckListModel *model, const QString &id)
{
    for (int i = 0; i < model->rowCount(); ++i)
        if (model->result(i).id == id)
            return i;
    return -1;
}

} // namespace

class TestLabTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void picksABuiltInLab();
    void runsAgainstAnUpperServer();
    void failedCheckShowsWhy();
    void waitsForAClient();
    void classModeFillsTheTable();
    void refusesAnInvalidLabFile();
    void openCheckFillsAndStarts();
    void openCheckWithLabFileAndTargets();
    void openCheckRefusesBadArguments();

private:
    std::unique_ptr<TestEnvironment> m_env;
};

void TestLabTab::initTestCase()
{
    m_env = std::make_unique<TestEnvironment>();
}

void TestLabTab::init()
{
    QSettings().clear();
}

void TestLabTab::picksABuiltInLab()
{
    LabTab tab;
    QVERIFY(!LabCatalog::builtIn().isEmpty());
    auto *combo = child<QComboBox>(&tab, "labCombo");
    // Every built-in lab, then a separator and "Open lab file…".
    QCOMPARE(combo->count(), LabCatalog::builtIn().size() + 2);
    QCOMPARE(combo->itemText(combo->count() - 1), QStringLiteral("Open lab file…"));
    QVERIFY(tab.chooser()->selectLab(QStringLiteral("tcp-upper")));
    QCOMPARE(combo->currentText(), QStringLiteral("TCP upper-case server"));
    const QString description = child<QLabel>(&tab, "labDescription")->text();
    QVERIFY2(description.contains(QStringLiteral("socket_server.py")), qPrintable(description));
    // The checks are listed before anything runs, all pending; the port is the lab's.
    QCOMPARE(tab.programPage()->checkModel()->rowCount(), LabCatalog::builtIn(QStringLiteral("tcp-upper"))->checks.size());
    QCOMPARE(tab.programPage()->checkModel()->result(0).outcome, LabCheckResult::Outcome::Pending);
    QCOMPARE(child<QSpinBox>(&tab, "targetPortSpin")->value(), 9000);
    QCOMPARE(tab.openCommands(), QStringList{QStringLiteral("check")});
    QVERIFY(tab.statusSummaries().isEmpty());
}

void TestLabTab::runsAgainstAnUpperServer()
{
    UpperServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    LabTab tab;
    tab.setLab(upperLab());
    child<QLineEdit>(&tab, "hostEdit")->setText(QStringLiteral("127.0.0.1"));
    child<QSpinBox>(&tab, "targetPortSpin")->setValue(server.serverPort());
    QTest::mouseClick(child<QPushButton>(&tab, "runButton"), Qt::LeftButton);
    LabProgramPage *page = tab.programPage();
    QVERIFY(page->isRunning());
    QVERIFY(!tab.statusSummaries().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(page->hasReport(), 15000);
    const LabCheckListModel *model = page->checkModel();
    for (int i = 0; i < model->rowCount(); ++i)
        QVERIFY2(model->result(i).passed(), qPrintable(model->result(i).id + QLatin1Char(' ') + model->result(i).reason));
    QCOMPARE(model->index(0, LabCheckListModel::StateColumn).data().toString(), QStringLiteral("✓ Passed"));
    QCOMPARE(model->index(3, LabCheckListModel::KindColumn).data().toString(), QStringLiteral("Lesson"));
    QVERIFY(page->report().passed());
    const QString summary = child<QLabel>(page, "summaryLabel")->text();
    QVERIFY2(summary.startsWith(QStringLiteral("3 of 3 required")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("1 of 1 lesson")), qPrintable(summary));
    // The exchange's bytes count in the window's counters.
    QVERIFY(tab.bytesSent() >= qint64(strlen("hellohellosecond\r\nx")));
    QCOMPARE(tab.bytesReceived(), tab.bytesSent());
    QVERIFY(tab.statusSummaries().isEmpty());

    // Selecting a check shows its exchange in the traffic view.
    page->checkView()->setCurrentIndex(model->index(1, 0));
    TrafficModel *traffic = page->detail()->trafficView()->model();
    QCOMPARE(UiTest::countData(traffic, TrafficEvent::Direction::Out, "hello"), 1);
    QCOMPARE(UiTest::countData(traffic, TrafficEvent::Direction::In, "HELLO"), 1);
    QCOMPARE(tab.currentTrafficView(), page->detail()->trafficView());
    QVERIFY(page->detail()->text().contains(QStringLiteral("passed")));
}

void TestLabTab::failedCheckShowsWhy()
{
    UpperServer server(true);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    LabTab tab;
    tab.setLab(upperLab());
    tab.programPage()->setTarget(QStringLiteral("127.0.0.1"), server.serverPort());
    QTest::mouseClick(child<QPushButton>(&tab, "runButton"), Qt::LeftButton);
    LabProgramPage *page = tab.programPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->hasReport(), 15000);
    const LabCheckListModel *model = page->checkModel();
    const int second = rowOf(model, QStringLiteral("second-message"));
    QCOMPARE(model->result(rowOf(model, QStringLiteral("upper"))).outcome, LabCheckResult::Outcome::Passed);
    QCOMPARE(model->result(second).outcome, LabCheckResult::Outcome::Failed);
    QCOMPARE(model->index(second, LabCheckListModel::StateColumn).data().toString(), QStringLiteral("✗ Failed"));
    QVERIFY(!page->report().passed());
    QVERIFY(child<QLabel>(page, "summaryLabel")->text().startsWith(QStringLiteral("2 of 3 required")));

    // The first failed required check is selected, and its detail says why.
    QCOMPARE(page->checkView()->currentIndex().row(), second);
    const QString detail = page->detail()->text();
    QVERIFY2(detail.contains(QStringLiteral("Step 5:")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("Expected")), qPrintable(detail));
    // The expected bytes with the line ending visible, and as hex.
    QVERIFY2(detail.contains(QStringLiteral("SECOND\\r\\n")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("53 45 43 4f 4e 44 0d 0a")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("Received: nothing.")), qPrintable(detail));
    QVERIFY2(detail.contains(SecondExplanation), qPrintable(detail));
    QVERIFY(!page->detail()->result().reason.isEmpty());
    QVERIFY2(detail.contains(page->detail()->result().reason), qPrintable(detail));
    QVERIFY(page->detail()->trafficView()->model()->rowCount() > 0);
}

void TestLabTab::waitsForAClient()
{
    const quint16 port = freePort();
    QVERIFY(port != 0);
    LabTab tab;
    tab.setLab(clientLab());
    LabProgramPage *page = tab.programPage();
    auto *run = child<QPushButton>(page, "runButton");
    QCOMPARE(run->text(), QStringLiteral("&Wait for the client"));
    page->setListen(QHostAddress::LocalHost, port);
    QTest::mouseClick(run, Qt::LeftButton);
    QTRY_VERIFY(page->checkModel()->isWaitingForClient(0));
    QCOMPARE(page->checkModel()->index(0, LabCheckListModel::StateColumn).data().toString(),
             QStringLiteral("◷ Waiting for the client"));
    QVERIFY2(tab.statusSummaries().value(0).contains(QStringLiteral("waiting for the client on port %1").arg(port)),
             qPrintable(tab.statusSummaries().value(0)));

    // The student's client: hello, then close once "ok" arrived.
    QTcpSocket client;
    QByteArray received;
    connect(&client, &QTcpSocket::readyRead, &client, [&] {
        received += client.readAll();
        if (received == "ok")
            client.disconnectFromHost();
    });
    client.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(client.waitForConnected(5000));
    client.write("hello");
    QTRY_VERIFY_WITH_TIMEOUT(page->hasReport(), 10000);
    QCOMPARE(received, QByteArray("ok"));
    QVERIFY2(page->report().passed(), qPrintable(page->checkModel()->result(0).reason));
}

void TestLabTab::classModeFillsTheTable()
{
    UpperServer good1, good2, broken(true);
    for (UpperServer *s : {&good1, &good2, &broken})
        QVERIFY(s->listen(QHostAddress::LocalHost));
    QTemporaryDir dir;
    const QString targets = dir.filePath(QStringLiteral("class.txt"));
    QVERIFY(writeFile(targets, QStringLiteral("# lab session 3\nwang-wei 127.0.0.1:%1\nli-na 127.0.0.1:%2\nzhang-san 127.0.0.1:%3\n")
                                   .arg(good1.serverPort()).arg(broken.serverPort()).arg(good2.serverPort()).toUtf8()));
    LabTab tab;
    tab.setLab(upperLab());
    child<QRadioButton>(&tab, "classRadio")->setChecked(true);
    QVERIFY(tab.isClassMode());
    LabClassPage *page = tab.classPage();
    QCOMPARE(tab.currentTrafficView(), page->detail()->trafficView());
    QVERIFY(page->loadTargets(targets));
    const ClassTableModel *model = page->tableModel();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->columnCount(), 2 + 4 + 1);
    QCOMPARE(model->index(1, ClassTableModel::NameColumn).data().toString(), QStringLiteral("li-na"));

    QTest::mouseClick(child<QPushButton>(page, "classRunButton"), Qt::LeftButton);
    QVERIFY(page->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(page->hasResults(), 20000);
    const int secondColumn = ClassTableModel::FirstCheckColumn + 2;
    const int upperColumn = ClassTableModel::FirstCheckColumn + 1;
    for (int row : {0, 2}) {
        QCOMPARE(model->index(row, secondColumn).data().toString(), QStringLiteral("✓"));
        QCOMPARE(model->index(row, model->resultColumn()).data().toString(), QStringLiteral("✓ Passed"));
    }
    QCOMPARE(model->index(1, upperColumn).data().toString(), QStringLiteral("✓"));
    QCOMPARE(model->index(1, secondColumn).data().toString(), QStringLiteral("✗"));
    QCOMPARE(model->index(1, secondColumn).data(ClassTableModel::OutcomeRole).toInt(), int(LabCheckResult::Outcome::Failed));
    QVERIFY(model->index(1, secondColumn).data(Qt::BackgroundRole).value<QColor>().isValid());
    QCOMPARE(model->index(1, model->resultColumn()).data().toString(), QStringLiteral("✗ Failed"));
    QVERIFY(model->index(1, model->resultColumn()).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("✗ 1 required check")));

    // The first failed cell is selected; a click on another cell shows that student's check.
    QTableView *table = child<QTableView>(page, "classTable");
    QCOMPARE(table->currentIndex(), model->index(1, secondColumn));
    QVERIFY(page->detail()->text().contains(QStringLiteral("li-na")));
    table->setCurrentIndex(model->index(0, upperColumn));
    QVERIFY(page->detail()->text().contains(QStringLiteral("wang-wei")));
    QCOMPARE(page->detail()->result().outcome, LabCheckResult::Outcome::Passed);
    table->setCurrentIndex(model->index(1, secondColumn));
    const QString detail = page->detail()->text();
    QVERIFY2(detail.contains(QStringLiteral("li-na")), qPrintable(detail));
    QVERIFY2(detail.contains(SecondExplanation), qPrintable(detail));
    QVERIFY(page->detail()->trafficView()->model()->rowCount() > 0);

    // Exports: the CSV table and every report as JSON.
    const QString csvPath = dir.filePath(QStringLiteral("class.csv"));
    QString error;
    QVERIFY2(LabReportExport::write(csvPath, page->csv(), &error), qPrintable(error));
    const QList<QByteArray> lines = readFile(csvPath).trimmed().split('\n');
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).startsWith("name,target,connect,upper,second-message,lesson"), lines.at(0).constData());
    QVERIFY2(lines.at(2).startsWith("li-na,"), lines.at(2).constData());
    QVERIFY2(lines.at(2).contains("failed"), lines.at(2).constData());
    const QString jsonPath = dir.filePath(QStringLiteral("class.json"));
    QVERIFY(LabReportExport::write(jsonPath, LabReportExport::bytes(page->reports(), LabReportExport::Format::Json), &error));
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(readFile(jsonPath), &parseError);
    QVERIFY2(!json.isNull(), qPrintable(parseError.errorString()));
    QVERIFY2(readFile(jsonPath).contains("li-na"), "the JSON names the students");
    const QByteArray junit = LabReportExport::bytes(page->reports(), LabReportExport::Format::JUnit);
    QVERIFY(junit.contains("<testsuite"));
    QVERIFY(LabReportExport::bytes(page->reports(), LabReportExport::Format::Text).contains("li-na"));
}

void TestLabTab::refusesAnInvalidLabFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QVERIFY(writeFile(path, "{\n  \"format\": \"socketlab-lab/1\",\n  \"id\": \"x\",\n  \"titel\": {\"en\": \"typo\"}\n}\n"));
    LabTab tab;
    tab.show();
    const QString before = tab.chooser()->currentKey();
    QString error;
    QVERIFY(!tab.chooser()->loadFile(path, &error));
    QVERIFY2(error.contains(QStringLiteral("line ")), qPrintable(error));
    auto *label = child<QLabel>(&tab, "labFileError");
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), error);
    QCOMPARE(tab.chooser()->currentKey(), before);   // the lab shown before stays
}

void TestLabTab::openCheckFillsAndStarts()
{
    UpperServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    LabTab tab;
    QString error;
    QVERIFY2(tab.openCommand(QStringLiteral("check"),
                             {QStringLiteral("tcp-upper"), QStringLiteral("127.0.0.1:%1").arg(server.serverPort())}, &error),
             qPrintable(error));
    QCOMPARE(tab.chooser()->lab()->id, QStringLiteral("tcp-upper"));
    QVERIFY(!tab.isClassMode());
    QCOMPARE(child<QSpinBox>(&tab, "targetPortSpin")->value(), int(server.serverPort()));
    QVERIFY(tab.programPage()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(tab.programPage()->hasReport(), 60000);
    const LabCheckListModel *model = tab.programPage()->checkModel();
    const int upper = rowOf(model, QStringLiteral("one-message"));
    QVERIFY(upper >= 0);
    QCOMPARE(model->result(upper).outcome, LabCheckResult::Outcome::Passed);
    // Every required check but the half-close one: a QTcpSocket server takes the client's
    // half-close for a close and may drop its answer, which is what that check is there to catch.
    for (const LabCheckResult &r : tab.programPage()->report().checks)
        if (r.id != QLatin1String("half-close"))
            QVERIFY2(!r.required || r.passed(), qPrintable(r.id + QLatin1String(": ") + r.reason));
}

void TestLabTab::openCheckWithLabFileAndTargets()
{
    UpperServer a, b;
    QVERIFY(a.listen(QHostAddress::LocalHost));
    QVERIFY(b.listen(QHostAddress::LocalHost));
    QTemporaryDir dir;
    const QString labPath = dir.filePath(QStringLiteral("mine.json"));
    QVERIFY(writeFile(labPath, 
        "{\n"
        "  \"format\": \"socketlab-lab/1\",\n"
        "  \"id\": \"my-upper\",\n"
        "  \"title\": {\"en\": \"My upper-case lab\"},\n"
        "  \"description\": {\"en\": \"A teacher's own lab.\"},\n"
        "  \"script\": \"my_server.py\",\n"
        "  \"role\": \"server\",\n"
        "  \"port\": 9000,\n"
        "  \"checks\": [\n"
        "    {\"id\": \"upper\", \"title\": {\"en\": \"Upper\"}, \"required\": true, \"explain\": {\"en\": \"Upper-case it.\"},\n"
        "     \"steps\": [{\"connect\": \"a\"}, {\"send\": \"a\", \"text\": \"abc\"}, {\"expect\": \"a\", \"upper\": true}, {\"close\": \"a\"}]}\n"
        "  ]\n"
        "}\n"));
    LabTab tab;
    QString error;
    QVERIFY2(tab.openCommand(QStringLiteral("check"),
                             {QStringLiteral("--lab-file"), labPath, QStringLiteral("127.0.0.1:%1").arg(a.serverPort())}, &error),
             qPrintable(error));
    QCOMPARE(tab.chooser()->lab()->id, QStringLiteral("my-upper"));
    QVERIFY(tab.chooser()->currentKey().startsWith(QStringLiteral("file:")));
    QVERIFY(child<QComboBox>(&tab, "labCombo")->currentText().contains(QStringLiteral("mine.json")));
    QTRY_VERIFY_WITH_TIMEOUT(tab.programPage()->hasReport(), 15000);
    QVERIFY(tab.programPage()->report().passed());

    const QString targets = dir.filePath(QStringLiteral("targets.txt"));
    QVERIFY(writeFile(targets, QStringLiteral("ann 127.0.0.1:%1\nbob 127.0.0.1:%2\n").arg(a.serverPort()).arg(b.serverPort()).toUtf8()));
    QVERIFY2(tab.openCommand(QStringLiteral("check"), {QStringLiteral("--lab-file"), labPath, QStringLiteral("--targets"), targets}, &error),
             qPrintable(error));
    QVERIFY(tab.isClassMode());
    QTRY_VERIFY_WITH_TIMEOUT(tab.classPage()->hasResults(), 15000);
    const ClassTableModel *model = tab.classPage()->tableModel();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(1, ClassTableModel::FirstCheckColumn).data().toString(), QStringLiteral("✓"));
}

void TestLabTab::openCheckRefusesBadArguments()
{
    LabTab tab;
    QString error;
    QVERIFY(!tab.openCommand(QStringLiteral("check"), {QStringLiteral("no-such-lab"), QStringLiteral("127.0.0.1:9000")}, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!tab.programPage()->isRunning());
    // Report files are the command line's; the window says so rather than ignore them.
    error.clear();
    QVERIFY(!tab.openCommand(QStringLiteral("check"), {QStringLiteral("tcp-upper"), QStringLiteral("127.0.0.1:9000"),
                                                       QStringLiteral("--junit"), QStringLiteral("out.xml")}, &error));
    QCOMPARE(error, QStringLiteral("--junit writes a report from the command line; in the window, use Export once the run has finished."));
    QVERIFY(!tab.programPage()->isRunning());
}

QTEST_MAIN(TestLabTab)
#include "tst_labtab.moc"
