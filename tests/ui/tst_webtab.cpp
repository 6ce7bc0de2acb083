// The web tab driven through its real widgets, offscreen: serve a folder from the tab, request
// pages over a real socket, see each request as a log row and its raw request and response
// heads in the detail pane; filter the log; counters; a port already in use and a missing folder
// explained; the sample site copied on first use; settings kept; `--open web`; the log's caps.
#include <QCheckBox>
#include <QComboBox>
#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>
#include <QtTest>

#include <algorithm>

#include "AccessLogFormatter.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "RequestHeadText.h"
#include "RequestLogModel.h"
#include "TcpTab.h"
#include "TestEnvironment.h"
#include "TypeText.h"
#include "WebTab.h"
#include "UiTestHelpers.h"
#include "UrlRecorder.h"

using UiTest::child;
using UiTest::readFile;
using UiTest::writeFile;

namespace {

struct HttpReply
{
    int status = 0;
    QByteArray head;
    QByteArray body;
};

// Reads one response from `socket`: the head, then Content-Length bytes of body (none for HEAD
// and 304). Tests may block; the tab's engine runs in its own thread.
HttpReply readReply(QTcpSocket &socket, bool headOnly = false)
{
    HttpReply reply;
    QByteArray buffer;
    qsizetype end = -1;
    while ((end = buffer.indexOf("\r\n\r\n")) < 0) {
        if (!socket.bytesAvailable() && !socket.waitForReadyRead(10000))
            return reply;
        buffer += socket.read(65536);
    }
    reply.head = buffer.left(end + 4);
    reply.status = reply.head.mid(9, 3).toInt();
    qint64 length = 0;
    const QList<QByteArray> lines = reply.head.split('\n');
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (headOnly || reply.status == 304)
        length = 0;
    QByteArray body = buffer.mid(end + 4);
    while (body.size() < length) {
        if (!socket.bytesAvailable() && !socket.waitForReadyRead(10000))
            break;
        body += socket.read(65536);
    }
    reply.body = body;
    return reply;
}

HttpReply request(quint16 port, const QByteArray &method, const QByteArray &target, QTcpSocket *keep = nullptr)
{
    QTcpSocket own;
    QTcpSocket &socket = keep ? *keep : own;
    if (socket.state() != QAbstractSocket::ConnectedState) {
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (!socket.waitForConnected(5000))
            return {};
    }
    socket.write(method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: tst_webtab\r\n\r\n");
    return readReply(socket, method == "HEAD");
}

// The log filter also searches the client's address: "404" matches a request from
// 127.0.0.1:40412 whatever its status. Binds the socket to a local port whose number does not
// contain `digits`.
bool bindAvoiding(QTcpSocket *socket, QLatin1String digits)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        socket->abort();
        if (!socket->bind(QHostAddress::LocalHost, 0))
            return false;
        if (!QString::number(socket->localPort()).contains(digits))
            return true;
    }
    return false;
}

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

// The lines of a saved log, without the CSV's BOM and the last line's end.
QStringList savedLines(const QString &path, const char *lineEnd)
{
    QByteArray bytes = readFile(path);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.endsWith(lineEnd))
        bytes.chop(qsizetype(qstrlen(lineEnd)));
    return QString::fromUtf8(bytes).split(QString::fromLatin1(lineEnd));
}

void selectBind(WebTab *tab, const QHostAddress &address)
{
    QComboBox *combo = child<QComboBox>(tab, "bindCombo");
    const int i = combo->findData(address.toString());
    QVERIFY(i >= 0);
    combo->setCurrentIndex(i);
}

void fillAndStart(WebTab *tab, const QString &root, quint16 port = 0)
{
    QLineEdit *rootEdit = child<QLineEdit>(tab, "rootEdit");
    rootEdit->clear();
    TestTyping::typeText(rootEdit, root);
    selectBind(tab, QHostAddress(QHostAddress::LocalHost));
    child<QSpinBox>(tab, "portSpin")->setValue(port);
    QTest::mouseClick(child<QPushButton>(tab, "startButton"), Qt::LeftButton);
}

RequestLogEntry entry(int n, qsizetype headBytes)
{
    RequestLogEntry e;
    e.client = QStringLiteral("127.0.0.1:%1").arg(40000 + n);
    e.method = "GET";
    e.target = "/" + QByteArray::number(n);
    e.status = 200;
    e.requestHead = QByteArray(headBytes, 'r');
    return e;
}

} // namespace

class TestWebTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serveAndInspectARequest();
    void filterTheLog();
    void saveAndClearTheLog();
    void windowMenusSaveAndClearTheLog();
    void manyRequestsArriveInBatches();
    void openInTheBrowser();
    void switchesLanguageAtRunTime();
    void portInUseIsExplained();
    void missingFolderIsExplained();
    void sampleSiteIsCopiedOnFirstUse();
    void settingsPersist();
    void openCommandStartsTheTab();
    void openCommandRejectsBadOptions();
    void logModelCaps_data();
    void logModelCaps();
    void headLines_data();
    void headLines();
    void decodedTarget_data();
    void decodedTarget();

private:
    std::unique_ptr<TestEnvironment> m_env;
    QTemporaryDir m_site;
};

void TestWebTab::initTestCase()
{
    m_env = std::make_unique<TestEnvironment>();
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    QVERIFY(m_site.isValid());
    QVERIFY(writeFile(m_site.filePath(QStringLiteral("index.html")), "<!DOCTYPE html><title>t</title><p>hello</p>\n"));
    QVERIFY(writeFile(m_site.filePath(QStringLiteral("你好.html")), "<p>你好</p>\n"));
    QVERIFY(writeFile(m_site.filePath(QStringLiteral("sub/a.txt")), "a\n"));
}

void TestWebTab::serveAndInspectARequest()
{
    WebTab tab;
    tab.show();
    QPushButton *start = child<QPushButton>(&tab, "startButton");
    QPushButton *openBrowser = child<QPushButton>(&tab, "openBrowserButton");
    QVERIFY(!openBrowser->isEnabled());
    fillAndStart(&tab, m_site.path());
    QTRY_VERIFY(tab.isRunning());
    const quint16 port = tab.port();
    QVERIFY(port != 0);
    QCOMPARE(start->text(), QStringLiteral("&Stop"));
    QVERIFY(openBrowser->isEnabled());
    QVERIFY(!child<QLineEdit>(&tab, "rootEdit")->isEnabled());
    // Port 0 asked: the chosen port is shown, and the URL to open is listed as a link.
    const QString url = QStringLiteral("http://127.0.0.1:%1/").arg(port);
    QCOMPARE(tab.urls(), QStringList{url});
    QVERIFY(child<QLabel>(&tab, "stateLabel")->text().contains(QStringLiteral("the system chose port %1").arg(port)));
    QVERIFY(child<QLabel>(&tab, "urlsLabel")->text().contains(QStringLiteral("<a href=\"%1\">").arg(url)));
    QVERIFY(tab.statusSummaries().value(0).contains(url));

    // A request over a connection the test keeps open: one row, and the connection counted.
    QTcpSocket client;
    const HttpReply reply = request(port, "GET", "/", &client);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, QByteArrayLiteral("<!DOCTYPE html><title>t</title><p>hello</p>\n"));
    QTableView *view = child<QTableView>(&tab, "logView");
    QAbstractItemModel *log = view->model();
    QTRY_COMPARE(log->rowCount(), 1);
    QCOMPARE(cell(log, 0, RequestLogModel::ClientColumn), QStringLiteral("127.0.0.1:%1").arg(client.localPort()));
    QCOMPARE(cell(log, 0, RequestLogModel::MethodColumn), QStringLiteral("GET"));
    QCOMPARE(cell(log, 0, RequestLogModel::TargetColumn), QStringLiteral("/"));
    QCOMPARE(cell(log, 0, RequestLogModel::StatusColumn), QStringLiteral("200"));
    QCOMPARE(cell(log, 0, RequestLogModel::BytesColumn), QString::number(reply.body.size()));
    QVERIFY(cell(log, 0, RequestLogModel::DurationColumn).endsWith(QStringLiteral(" ms")));
    QVERIFY(!cell(log, 0, RequestLogModel::TimeColumn).isEmpty());
    QLabel *counters = child<QLabel>(&tab, "countersLabel");
    QTRY_VERIFY2(counters->text().contains(QStringLiteral("Requests: 1 ")), qPrintable(counters->text()));
    QTRY_COMPARE(tab.stats().openConnections, 1);
    QVERIFY2(counters->text().contains(QStringLiteral("Open connections: 1")), qPrintable(counters->text()));
    QTRY_VERIFY(tab.bytesSent() >= reply.head.size() + reply.body.size());
    QTRY_VERIFY(tab.bytesReceived() > 0);

    // Selecting the row shows the raw request head and the response head, line by line.
    QPlainTextEdit *requestView = child<QPlainTextEdit>(&tab, "requestView");
    QPlainTextEdit *responseView = child<QPlainTextEdit>(&tab, "responseView");
    QVERIFY(requestView->toPlainText().isEmpty());
    QVERIFY(responseView->toPlainText().isEmpty());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(log->index(0, 0)).center());
    const QStringList requestLines = requestView->toPlainText().split(QLatin1Char('\n'));
    const QString when = QDateTime::fromMSecsSinceEpoch(tab.logModel()->entryAt(0).msecsSinceEpoch)
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    QCOMPARE(requestLines.value(0), QStringLiteral("# Request from 127.0.0.1:%1 at %2").arg(client.localPort()).arg(when));
    QCOMPARE(requestLines.mid(1), (QStringList{QStringLiteral("GET / HTTP/1.1"), QStringLiteral("Host: 127.0.0.1"),
                                               QStringLiteral("User-Agent: tst_webtab")}));
    const QStringList responseLines = responseView->toPlainText().split(QLatin1Char('\n'));
    QVERIFY2(responseLines.value(0).startsWith(QStringLiteral("# Response (body bytes sent: %1,").arg(reply.body.size())),
             qPrintable(responseLines.value(0)));
    QStringList sent;
    for (const QByteArray &line : reply.head.trimmed().split('\n'))
        sent.append(QString::fromUtf8(line.trimmed()));
    QCOMPARE(responseLines.mid(1), sent);   // exactly the head the client received
    QCOMPARE(sent.value(0), QStringLiteral("HTTP/1.1 200 OK"));

    // The client leaves: no open connection any more.
    client.disconnectFromHost();
    QTRY_COMPARE(tab.stats().openConnections, 0);
    QTRY_VERIFY(counters->text().contains(QStringLiteral("Open connections: 0")));

    // Stop: nothing listens, the URL goes away, the fields can be edited again.
    QSignalSpy status(&tab, &ToolTab::statusChanged);
    QTest::mouseClick(start, Qt::LeftButton);
    QTRY_VERIFY(!tab.isRunning());
    QVERIFY(status.count() > 0);
    QCOMPARE(start->text(), QStringLiteral("&Start"));
    QVERIFY(!openBrowser->isEnabled());
    QVERIFY(child<QLineEdit>(&tab, "rootEdit")->isEnabled());
    QVERIFY(tab.urls().isEmpty());
    QVERIFY(tab.statusSummaries().isEmpty());
    QTcpSocket late;
    late.connectToHost(QHostAddress::LocalHost, port);
    QVERIFY(!late.waitForConnected(5000));
    // The log stays readable after the stop.
    QCOMPARE(log->rowCount(), 1);
}

void TestWebTab::filterTheLog()
{
    WebTab tab;
    tab.show();
    fillAndStart(&tab, m_site.path());
    QTRY_VERIFY(tab.isRunning());
    const quint16 port = tab.port();
    // The requests come over one connection whose port cannot match the "404" filter.
    QTcpSocket client;
    QVERIFY(bindAvoiding(&client, QLatin1String("404")));
    QCOMPARE(request(port, "GET", "/", &client).status, 200);
    QCOMPARE(request(port, "GET", "/missing.html", &client).status, 404);
    QCOMPARE(request(port, "GET", "/%E4%BD%A0%E5%A5%BD.html", &client).status, 200);
    QCOMPARE(request(port, "HEAD", "/sub/a.txt", &client).status, 200);
    QCOMPARE(request(port, "GET", "/sub", &client).status, 301);
    QAbstractItemModel *log = child<QTableView>(&tab, "logView")->model();
    QTRY_COMPARE(log->rowCount(), 5);

    QLineEdit *filter = child<QLineEdit>(&tab, "filterEdit");
    QLabel *counters = child<QLabel>(&tab, "countersLabel");
    struct Case { QString text; QStringList targets; };
    const QList<Case> cases = {
        {QStringLiteral("404"), {QStringLiteral("/missing.html")}},
        {QStringLiteral("你好"), {QStringLiteral("/%E4%BD%A0%E5%A5%BD.html → /你好.html")}},   // decoded
        {QStringLiteral("head"), {QStringLiteral("/sub/a.txt")}},                  // the method
        {QStringLiteral("SUB"), {QStringLiteral("/sub/a.txt"), QStringLiteral("/sub")}},
        {QStringLiteral("nothing-like-this"), {}},
    };
    for (const Case &c : cases) {
        filter->clear();
        TestTyping::typeText(filter, c.text);
        QStringList shown;
        for (int row = 0; row < log->rowCount(); ++row)
            shown.append(cell(log, row, RequestLogModel::TargetColumn));
        QVERIFY2(shown == c.targets, qPrintable(c.text + QStringLiteral(": ") + shown.join(QLatin1Char(' '))));
        QVERIFY2(counters->text().contains(QStringLiteral("The filter shows %1 of 5").arg(c.targets.size())),
                 qPrintable(counters->text()));
    }
    // New rows that match come through the filter as they arrive.
    filter->clear();
    TestTyping::typeText(filter, QStringLiteral("404"));
    QCOMPARE(request(port, "GET", "/also-missing").status, 404);
    QTRY_COMPARE(log->rowCount(), 2);
    filter->clear();
    QCOMPARE(log->rowCount(), 6);
    QVERIFY(!counters->text().contains(QStringLiteral("The filter")));

    QTest::mouseClick(child<QPushButton>(&tab, "clearButton"), Qt::LeftButton);
    QCOMPARE(log->rowCount(), 0);
    QVERIFY(child<QPlainTextEdit>(&tab, "requestView")->toPlainText().isEmpty());
    QVERIFY(child<QPlainTextEdit>(&tab, "responseView")->toPlainText().isEmpty());
}

// Two requests, saved through the tab's API as CSV and as text, then cleared.
void TestWebTab::saveAndClearTheLog()
{
    WebTab tab;
    tab.show();
    QVERIFY(tab.hasLog());
    fillAndStart(&tab, m_site.path());
    QTRY_VERIFY(tab.isRunning());
    QTcpSocket client;
    QVERIFY(bindAvoiding(&client, QLatin1String("404")));
    const HttpReply page = request(tab.port(), "GET", "/", &client);
    QCOMPARE(page.status, 200);
    QCOMPARE(request(tab.port(), "GET", "/a,b", &client).status, 404);   // needs CSV quoting
    RequestLogModel *log = tab.logModel();
    QTRY_COMPARE(log->rowCount(), 2);
    // The filter hides a row; the saved log is still the whole log.
    TestTyping::typeText(child<QLineEdit>(&tab, "filterEdit"), QStringLiteral("404"));
    QCOMPARE(child<QTableView>(&tab, "logView")->model()->rowCount(), 1);

    QTemporaryDir out;
    QVERIFY(out.isValid());
    QString error;
    const QString csvPath = out.filePath(QStringLiteral("requests.csv"));
    QVERIFY2(tab.saveLog(csvPath, LogFormat::Csv, &error), qPrintable(error));
    QVERIFY(readFile(csvPath).startsWith("\xEF\xBB\xBF" "time,client,method,target,status,bytes,duration_ms\r\n"));
    const QStringList csv = savedLines(csvPath, "\r\n");
    QCOMPARE(csv.size(), 3);
    const QString from = QStringLiteral("127.0.0.1:%1").arg(client.localPort());
    const QString time0 = QDateTime::fromMSecsSinceEpoch(log->entryAt(0).msecsSinceEpoch).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    const QString time1 = QDateTime::fromMSecsSinceEpoch(log->entryAt(1).msecsSinceEpoch).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    QCOMPARE(csv.at(1), QStringLiteral("%1,%2,GET,/,200,%3,%4").arg(time0, from).arg(page.body.size()).arg(log->entryAt(0).durationMs));
    QCOMPARE(csv.at(2), QStringLiteral("%1,%2,GET,\"/a,b\",404,%3,%4")
                            .arg(time1, from).arg(log->entryAt(1).bytesSent).arg(log->entryAt(1).durationMs));

    // Text: the access-log lines `socketlab web` prints.
    const QString textPath = out.filePath(QStringLiteral("requests.txt"));
    QVERIFY2(tab.saveLog(textPath, LogFormat::Text, &error), qPrintable(error));
    const QStringList text = savedLines(textPath, "\n");
    AccessLogFormatter formatter;
    QCOMPARE(text, (QStringList{formatter.line(log->entryAt(0)), formatter.line(log->entryAt(1))}));
    const QRegularExpression accessLine(QStringLiteral(R"(^\d\d:\d\d:\d\d\.\d{3} %1 "GET / HTTP/1\.1" 200 %2 \d+ms$)")
                                            .arg(QRegularExpression::escape(from)).arg(page.body.size()));
    QVERIFY2(accessLine.match(text.value(0)).hasMatch(), qPrintable(text.value(0)));

    // A folder that does not exist: a plain explanation, and nothing written.
    const QString badPath = out.filePath(QStringLiteral("missing/requests.csv"));
    QVERIFY(!tab.saveLog(badPath, LogFormat::Csv, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(badPath)), qPrintable(error));
    QVERIFY(!QFileInfo::exists(badPath));

    // Clearing empties the log and the detail panes.
    QTest::mouseClick(child<QTableView>(&tab, "logView")->viewport(), Qt::LeftButton, {}, QPoint(5, 5));
    QVERIFY(!child<QPlainTextEdit>(&tab, "requestView")->toPlainText().isEmpty());
    tab.clearLog();
    QCOMPARE(log->rowCount(), 0);
    QVERIFY(child<QPlainTextEdit>(&tab, "requestView")->toPlainText().isEmpty());
    QVERIFY(tab.saveLog(textPath, LogFormat::Text, &error));
    QVERIFY(readFile(textPath).isEmpty());
}

// File → Save Log as CSV / as Text and View → Clear Log act on the web tab's request log.
void TestWebTab::windowMenusSaveAndClearTheLog()
{
    MainWindow window;
    window.show();
    auto *tab = window.findChild<WebTab *>();
    QVERIFY(tab);
    child<QTabWidget>(&window, "tabs")->setCurrentWidget(tab);
    QAction *saveCsv = child<QAction>(&window, "actionSaveCsv");
    QAction *saveText = child<QAction>(&window, "actionSaveText");
    QAction *clearLog = child<QAction>(&window, "actionClearLog");
    QVERIFY(saveCsv->isEnabled());
    QVERIFY(saveText->isEnabled());
    QVERIFY(clearLog->isEnabled());
    QVERIFY(!child<QAction>(&window, "actionShowHex")->isEnabled());   // no traffic view here

    fillAndStart(tab, m_site.path());
    QTRY_VERIFY(tab->isRunning());
    QCOMPARE(request(tab->port(), "GET", "/").status, 200);
    QCOMPARE(request(tab->port(), "GET", "/sub/a.txt").status, 200);
    QTRY_COMPARE(tab->logModel()->rowCount(), 2);

    // The save dialog gets a file name typed in, as a user would.
    QTemporaryDir out;
    QVERIFY(out.isValid());
    QString answer;
    QStringList titles;
    QTimer typist;
    connect(&typist, &QTimer::timeout, &window, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        titles.append(dialog->windowTitle());
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setText(answer);                      // typed into the "File name" box
        static_cast<QDialog *>(dialog)->accept();   // QFileDialog::accept(), as the Save button does
    });
    typist.start(20);
    answer = out.filePath(QStringLiteral("log.csv"));
    saveCsv->trigger();
    QStringList csv = savedLines(answer, "\r\n");
    QCOMPARE(csv.size(), 3);
    QCOMPARE(csv.at(0), QStringLiteral("time,client,method,target,status,bytes,duration_ms"));
    QVERIFY2(csv.at(2).contains(QStringLiteral(",GET,/sub/a.txt,200,2,")), qPrintable(csv.at(2)));
    answer = out.filePath(QStringLiteral("log.txt"));
    saveText->trigger();
    const QStringList text = savedLines(answer, "\n");
    QCOMPARE(text.size(), 2);
    QVERIFY2(text.at(1).contains(QStringLiteral(" \"GET /sub/a.txt HTTP/1.1\" 200 2 ")), qPrintable(text.at(1)));
    QCOMPARE(titles, (QStringList{QStringLiteral("Save the log as CSV"), QStringLiteral("Save the log as text")}));
    typist.stop();

    clearLog->trigger();
    QCOMPARE(tab->logModel()->rowCount(), 0);

    // A tab with a traffic view keeps the default: its traffic log is what the menus save.
    auto *tcp = window.findChild<TcpTab *>();
    QVERIFY(tcp);
    child<QTabWidget>(&window, "tabs")->setCurrentWidget(tcp);
    QVERIFY(saveCsv->isEnabled());
    QVERIFY(child<QAction>(&window, "actionShowHex")->isEnabled());
    typist.start(20);
    answer = out.filePath(QStringLiteral("traffic.csv"));
    saveCsv->trigger();
    typist.stop();
    QCOMPARE(savedLines(answer, "\r\n").value(0), QStringLiteral("time,peer,direction,kind,size,text,hex"));
    QCOMPARE(titles.size(), 3);
}

void TestWebTab::manyRequestsArriveInBatches()
{
    WebTab tab;
    tab.show();
    fillAndStart(&tab, m_site.path());
    QTRY_VERIFY(tab.isRunning());
    RequestLogModel *log = tab.logModel();
    QSignalSpy inserts(log, &QAbstractItemModel::rowsInserted);

    // 2,000 pipelined requests on one keep-alive connection, written at once.
    const int count = 2000;
    QByteArray burst;
    for (int i = 0; i < count; ++i)
        burst += "GET /sub/a.txt?" + QByteArray::number(i) + " HTTP/1.1\r\nHost: x\r\n\r\n";
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, tab.port());
    QVERIFY(client.waitForConnected(5000));
    client.write(burst);
    int answered = 0;
    QByteArray received;
    while (answered < count && (client.bytesAvailable() || client.waitForReadyRead(10000))) {
        received += client.readAll();
        answered = int(received.count("HTTP/1.1 200 OK"));
    }
    QCOMPARE(answered, count);
    QTRY_COMPARE(log->rowCount(), count);
    QTRY_COMPARE(tab.stats().requests, qint64(count));
    // In order, and in batches rather than one insertion per request.
    QCOMPARE(QString::fromUtf8(log->entryAt(0).target), QStringLiteral("/sub/a.txt?0"));
    QCOMPARE(QString::fromUtf8(log->entryAt(count - 1).target), QStringLiteral("/sub/a.txt?%1").arg(count - 1));
    QVERIFY2(inserts.count() < count / 4, qPrintable(QString::number(inserts.count())));
    QTRY_VERIFY(child<QLabel>(&tab, "countersLabel")->text().contains(QStringLiteral("Requests: %1 ").arg(QLocale().toString(count))));
    QVERIFY(!child<QLabel>(&tab, "countersLabel")->text().contains(QStringLiteral("older ones")));

    // Over the log's cap the oldest rows go, and the counters say so.
    log->setLimits(500, RequestLogModel::DefaultMaxTextBytes);
    QCOMPARE(log->rowCount(), 500);
    QCOMPARE(QString::fromUtf8(log->entryAt(0).target), QStringLiteral("/sub/a.txt?%1").arg(count - 500));
    QCOMPARE(request(tab.port(), "GET", "/sub/a.txt?last").status, 200);
    QTRY_COMPARE(QString::fromUtf8(log->entryAt(499).target), QStringLiteral("/sub/a.txt?last"));
    QTRY_VERIFY2(child<QLabel>(&tab, "countersLabel")->text().contains(QStringLiteral("The log keeps the newest 500 requests")),
                 qPrintable(child<QLabel>(&tab, "countersLabel")->text()));
}

void TestWebTab::openInTheBrowser()
{
    UrlRecorder browser;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
    WebTab tab;
    tab.show();
    fillAndStart(&tab, m_site.path());
    QTRY_VERIFY(tab.isRunning());
    const QString base = QStringLiteral("http://127.0.0.1:%1/").arg(tab.port());

    QTest::mouseClick(child<QPushButton>(&tab, "openBrowserButton"), Qt::LeftButton);
    QCOMPARE(browser.urls, QList<QUrl>{QUrl(base)});

    // Double-clicking a logged request opens its target, escapes kept as they were sent.
    QCOMPARE(request(tab.port(), "GET", "/%E4%BD%A0%E5%A5%BD.html?x=1").status, 200);
    QTableView *view = child<QTableView>(&tab, "logView");
    QTRY_COMPARE(view->model()->rowCount(), 1);
    const QPoint where = view->visualRect(view->model()->index(0, RequestLogModel::TargetColumn)).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, where);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, where);
    QCOMPARE(browser.urls.size(), 2);
    QCOMPARE(browser.urls.last().toEncoded(), (base + QStringLiteral("%E4%BD%A0%E5%A5%BD.html?x=1")).toUtf8());
    QCOMPARE(browser.urls.last().path(), QStringLiteral("/你好.html"));

    // Once stopped, nothing is opened.
    tab.stop();
    QTRY_VERIFY(!tab.isRunning());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, where);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, where);
    QCOMPARE(browser.urls.size(), 2);
    QVERIFY(!child<QPushButton>(&tab, "openBrowserButton")->isEnabled());
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
}

void TestWebTab::switchesLanguageAtRunTime()
{
    WebTab tab;
    fillAndStart(&tab, m_site.path());
    QTRY_VERIFY(tab.isRunning());
    QPushButton *start = child<QPushButton>(&tab, "startButton");
    QLabel *state = child<QLabel>(&tab, "stateLabel");
    QAbstractItemModel *log = child<QTableView>(&tab, "logView")->model();
    QCOMPARE(start->text(), QStringLiteral("&Stop"));
    QCOMPARE(log->headerData(RequestLogModel::TimeColumn, Qt::Horizontal).toString(), QStringLiteral("Time"));
    const QString english = state->text();
    auto chinese = [](const QString &text) {
        return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
    };

    LanguageManager::instance().setLanguage(QStringLiteral("zh_CN"));
    // The buttons, the running state (still with its port), the column titles and the tab title.
    QTRY_VERIFY2(chinese(start->text()), qPrintable(start->text()));
    QVERIFY2(chinese(state->text()) && state->text().contains(QString::number(tab.port())), qPrintable(state->text()));
    QVERIFY(chinese(log->headerData(RequestLogModel::TimeColumn, Qt::Horizontal).toString()));
    QVERIFY(chinese(tab.windowTitle()));
    QVERIFY(tab.isRunning());   // a language switch does not touch the server

    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(start->text(), QStringLiteral("&Stop"));
    QCOMPARE(state->text(), english);
    QCOMPARE(tab.windowTitle(), QStringLiteral("Web server"));
}

void TestWebTab::portInUseIsExplained()
{
    QTcpServer holder;
    QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
    WebTab tab;
    tab.show();
    fillAndStart(&tab, m_site.path(), holder.serverPort());
    QLabel *state = child<QLabel>(&tab, "stateLabel");
    const QString expected = QStringLiteral("Port %1 is already in use").arg(holder.serverPort());
    QTRY_VERIFY2(state->text().contains(expected), qPrintable(state->text()));
    // The owner is named (it is this test's own process; found in /proc, not by a portable build).
    if (SOCKETLAB_LINUX_PATHS)
        QVERIFY2(state->text().contains(QStringLiteral("PID %1").arg(QCoreApplication::applicationPid())), qPrintable(state->text()));
    QVERIFY(!tab.isRunning());
    QCOMPARE(child<QPushButton>(&tab, "startButton")->text(), QStringLiteral("&Start"));
    QVERIFY(child<QSpinBox>(&tab, "portSpin")->isEnabled());
    QVERIFY(tab.statusSummaries().isEmpty());

    // Freed: the same settings now start.
    const quint16 port = holder.serverPort();
    holder.close();
    QTest::mouseClick(child<QPushButton>(&tab, "startButton"), Qt::LeftButton);
    QTRY_VERIFY(tab.isRunning());
    QCOMPARE(tab.port(), port);
    QVERIFY(!state->text().contains(expected));
}

void TestWebTab::missingFolderIsExplained()
{
    WebTab tab;
    const QString missing = m_site.filePath(QStringLiteral("no-such-folder"));
    fillAndStart(&tab, missing);
    QLabel *state = child<QLabel>(&tab, "stateLabel");
    QTRY_VERIFY2(state->text().contains(QStringLiteral("does not exist")), qPrintable(state->text()));
    QVERIFY(state->text().contains(missing));
    QVERIFY(!tab.isRunning());
    QVERIFY(!QFileInfo::exists(missing));   // nothing was created

    // A file is not a folder.
    fillAndStart(&tab, m_site.filePath(QStringLiteral("index.html")));
    QTRY_VERIFY2(state->text().contains(QStringLiteral("is a file, not a folder")), qPrintable(state->text()));
    QVERIFY(!tab.isRunning());
}

void TestWebTab::sampleSiteIsCopiedOnFirstUse()
{
    const QString folder = WebTab::sampleSiteFolder();
    QDir(folder).removeRecursively();
    QSettings().remove(QStringLiteral("web"));   // as on a first run
    WebTab tab;
    // The default root is the sample site's folder.
    QCOMPARE(QDir::fromNativeSeparators(child<QLineEdit>(&tab, "rootEdit")->text()), folder);
    QCOMPARE(child<QSpinBox>(&tab, "portSpin")->value(), 8000);
    child<QSpinBox>(&tab, "portSpin")->setValue(0);
    selectBind(&tab, QHostAddress(QHostAddress::LocalHost));
    tab.start();
    QTRY_VERIFY(tab.isRunning());
    for (const QString &name : {QStringLiteral("index.html"), QStringLiteral("style.css"), QStringLiteral("test.jpg"),
                                QStringLiteral("你好.html")})
        QVERIFY2(QFileInfo::exists(QDir(folder).filePath(name)), qPrintable(name));
    const HttpReply page = request(tab.port(), "GET", "/");
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("test.jpg"));
    const HttpReply picture = request(tab.port(), "GET", "/test.jpg");
    QCOMPARE(picture.status, 200);
    QVERIFY(picture.head.contains("Content-Type: image/jpeg"));
    QVERIFY(picture.body.startsWith("\xff\xd8"));
    QCOMPARE(request(tab.port(), "GET", "/%E4%BD%A0%E5%A5%BD.html").status, 200);
    tab.stop();
    QTRY_VERIFY(!tab.isRunning());

    // The copy is the user's to edit: an edited file is kept, a deleted one comes back.
    QVERIFY(writeFile(QDir(folder).filePath(QStringLiteral("index.html")), "edited"));
    QVERIFY(QFile::remove(QDir(folder).filePath(QStringLiteral("style.css"))));
    QTest::mouseClick(child<QPushButton>(&tab, "sampleButton"), Qt::LeftButton);
    tab.start();
    QTRY_VERIFY(tab.isRunning());
    QCOMPARE(request(tab.port(), "GET", "/").body, QByteArrayLiteral("edited"));
    QCOMPARE(request(tab.port(), "GET", "/style.css").status, 200);
}

void TestWebTab::settingsPersist()
{
    {
        WebTab tab;
        fillAndStart(&tab, m_site.path(), 0);
        child<QCheckBox>(&tab, "listingCheck")->setChecked(true);
        QTRY_VERIFY(tab.isRunning());
        tab.stop();
        QTRY_VERIFY(!tab.isRunning());
        child<QSpinBox>(&tab, "portSpin")->setValue(8123);
        child<QCheckBox>(&tab, "listingCheck")->setChecked(true);
    }
    WebTab again;
    QCOMPARE(child<QLineEdit>(&again, "rootEdit")->text(), QDir::toNativeSeparators(m_site.path()));
    QCOMPARE(child<QSpinBox>(&again, "portSpin")->value(), 8123);
    QVERIFY(child<QCheckBox>(&again, "listingCheck")->isChecked());
    QCOMPARE(child<QComboBox>(&again, "bindCombo")->currentData().toString(), QStringLiteral("127.0.0.1"));
    QVERIFY(!again.isRunning());   // a server never starts by itself
}

void TestWebTab::openCommandStartsTheTab()
{
    MainWindow window;
    QVERIFY(window.openCommand({QStringLiteral("web"), QStringLiteral("--root"), m_site.path(),
                                QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--bind"),
                                QStringLiteral("localhost"), QStringLiteral("--listing")}));
    auto *tab = window.findChild<WebTab *>();
    QVERIFY(tab);
    QCOMPARE(child<QTabWidget>(&window, "tabs")->currentWidget(), tab);
    QTRY_VERIFY(tab->isRunning());
    QVERIFY(child<QCheckBox>(tab, "listingCheck")->isChecked());
    QCOMPARE(child<QLineEdit>(tab, "rootEdit")->text(), QDir::toNativeSeparators(m_site.path()));
    QCOMPARE(child<QComboBox>(tab, "bindCombo")->currentData().toString(), QStringLiteral("127.0.0.1"));
    // --listing took effect: a folder without index.html is listed.
    const HttpReply listing = request(tab->port(), "GET", "/sub/");
    QCOMPARE(listing.status, 200);
    QVERIFY(listing.body.contains("a.txt"));
    QTRY_COMPARE(tab->logModel()->rowCount(), 1);
    // The window's status bar reports the server.
    QTRY_VERIFY(child<QLabel>(&window, "statusSummary")->text().contains(QStringLiteral(":%1/").arg(tab->port())));
}

void TestWebTab::openCommandRejectsBadOptions()
{
    MainWindow window;
    // A failure shows a message box; close it as soon as it appears.
    QTimer closer;
    UiTest::closeModalBoxes(&closer, &window);
    // (Without --root the sample site is served: tst_listenon.)
    QVERIFY(!window.openCommand({QStringLiteral("web"), QStringLiteral("--port"), QStringLiteral("x")}));
    QVERIFY(!window.openCommand({QStringLiteral("web"), QStringLiteral("--root"), m_site.path(),
                                 QStringLiteral("--port"), QStringLiteral("70000")}));
    QVERIFY(!window.openCommand({QStringLiteral("web"), QStringLiteral("--root"),
                                 m_site.filePath(QStringLiteral("nope"))}));
    QVERIFY(!window.findChild<WebTab *>()->isRunning());
}

void TestWebTab::logModelCaps_data()
{
    QTest::addColumn<int>("maxRows");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<QList<int>>("batches");
    QTest::addColumn<int>("firstKept");
    QTest::addColumn<int>("kept");

    // Heads of 1,000 bytes; each entry also counts its target, method and client (about 1,035).
    QTest::newRow("under the caps") << 100 << qint64(1 << 20) << QList<int>{10, 20} << 0 << 30;
    QTest::newRow("row cap across batches") << 25 << qint64(1 << 20) << QList<int>{10, 10, 10} << 5 << 25;
    QTest::newRow("row cap within one batch") << 25 << qint64(1 << 20) << QList<int>{60} << 35 << 25;
    QTest::newRow("byte cap") << 1000 << qint64(10 * 1100) << QList<int>{8, 8} << 6 << 10;
    QTest::newRow("one huge batch over both") << 10 << qint64(5 * 1100) << QList<int>{100} << 95 << 5;
}

void TestWebTab::logModelCaps()
{
    QFETCH(int, maxRows);
    QFETCH(qint64, maxBytes);
    QFETCH(QList<int>, batches);
    QFETCH(int, firstKept);
    QFETCH(int, kept);

    RequestLogModel model;
    model.setLimits(maxRows, maxBytes);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    int n = 0;
    int total = 0;
    for (int size : batches) {
        QList<RequestLogEntry> batch;
        for (int i = 0; i < size; ++i)
            batch.append(entry(n++, 1000));
        model.appendEntries(batch);
        total += size;
    }
    QCOMPARE(inserts.count(), int(batches.size()));   // one insertion per batch
    QCOMPARE(model.rowCount(), kept);
    QCOMPARE(model.entryAt(0).target, "/" + QByteArray::number(firstKept));
    QCOMPARE(model.entryAt(kept - 1).target, "/" + QByteArray::number(n - 1));
    QCOMPARE(model.evictedRows(), qint64(total - kept));
    QVERIFY(model.textBytes() <= maxBytes);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.textBytes(), qint64(0));
}

void TestWebTab::headLines_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("crlf") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\r\n")
                          << QStringList{QStringLiteral("GET / HTTP/1.1"), QStringLiteral("Host: a")};
    QTest::newRow("bare lf") << QByteArray("GET / HTTP/1.0\nHost: a\n\n")
                             << QStringList{QStringLiteral("GET / HTTP/1.0"), QStringLiteral("Host: a")};
    QTest::newRow("bare cr") << QByteArray("GET / HTTP/1.0\rX: 1\r")
                             << QStringList{QStringLiteral("GET / HTTP/1.0"), QStringLiteral("X: 1")};
    QTest::newRow("utf-8") << QByteArray("GET /你好 HTTP/1.1\r\n\r\n") << QStringList{QStringLiteral("GET /你好 HTTP/1.1")};
    QTest::newRow("empty") << QByteArray() << QStringList();
    QTest::newRow("no end") << QByteArray("GET / HT") << QStringList{QStringLiteral("GET / HT")};
}

void TestWebTab::headLines()
{
    QFETCH(QByteArray, head);
    QFETCH(QStringList, lines);
    QCOMPARE(RequestHeadText::lines(head), lines);
}

void TestWebTab::decodedTarget_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QString>("decoded");
    QTest::newRow("no escapes") << QByteArray("/a/b.html") << QString();
    QTest::newRow("utf-8 name") << QByteArray("/%E4%BD%A0%E5%A5%BD.html") << QStringLiteral("/你好.html");
    QTest::newRow("space") << QByteArray("/a%20b") << QStringLiteral("/a b");
    QTest::newRow("plus stays") << QByteArray("/a+b%21") << QStringLiteral("/a+b!");
    QTest::newRow("control char") << QByteArray("/a%0Ab") << QString();
    QTest::newRow("nul") << QByteArray("/a%00b") << QString();
    QTest::newRow("not utf-8") << QByteArray("/%FF%FE") << QString();
}

void TestWebTab::decodedTarget()
{
    QFETCH(QByteArray, target);
    QFETCH(QString, decoded);
    QCOMPARE(RequestLogModel::decodedTarget(target), decoded);
}

QTEST_MAIN(TestWebTab)
#include "tst_webtab.moc"
