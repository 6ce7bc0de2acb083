// A language switch rewords every state line at once (issue 11, defect 5): each server runs (on a
// port the system chose) and each client is connected in English, the window switches to 中文
// and no label, state line, red line or the status bar still shows English; back in English no
// Chinese is left. A reason for a failure, which an engine worded in the language of its time,
// is not shown in the other language: a stand-in says so in the new one, and the reason comes
// back with its language. Also: the file server bound to ::1 names ::1, not 127.0.0.1.
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUdpSocket>
#include <QtTest>

#include "FileClientPanel.h"
#include "FileServerPanel.h"
#include "FileTab.h"
#include "LanguageManager.h"
#include "ListenOnWidget.h"
#include "MainWindow.h"
#include "RemoteFolderModel.h"
#include "TcpClientPanel.h"
#include "TcpServerPanel.h"
#include "TcpTab.h"
#include "TestEnvironment.h"
#include "UdpTab.h"
#include "UiTestHelpers.h"
#include "WebTab.h"

using UiTest::child;
using UiTest::writeFile;

namespace {

// What is left of a text once addresses, URLs, paths and file names are removed.
QString withoutNames(QString text)
{
    static const QList<QRegularExpression> names = {
        QRegularExpression(QStringLiteral("<[^>]*>")),                                   // rich text tags
        QRegularExpression(QStringLiteral("[a-z]+://\\S+")),                             // URLs
        QRegularExpression(QStringLiteral("\\[?[0-9A-Fa-f]*:[0-9A-Fa-f:.]*\\]?(:\\d+)?")),  // IPv6, ports
        QRegularExpression(QStringLiteral("\\d+\\.\\d+\\.\\d+\\.\\d+(:\\d+)?")),            // IPv4
        QRegularExpression(QStringLiteral("/[^\\s，。、“”()（）:：]*")),                    // paths
        QRegularExpression(QStringLiteral("[\\w-]*\\.[A-Za-z]\\w{0,5}\\b")),              // file names, extensions
        QRegularExpression(QStringLiteral("\\blocalhost\\b")),
        QRegularExpression(QStringLiteral("&nbsp;")),
    };
    for (const QRegularExpression &re : names)
        text.remove(re);
    return text;
}

// English words in a text meant to be Chinese (protocol words and names aside).
QStringList englishWords(const QString &text)
{
    static const QStringList allowed = {QStringLiteral("TCP"), QStringLiteral("UDP"), QStringLiteral("HTTP"),
                                        QStringLiteral("IPv4"), QStringLiteral("IPv6"), QStringLiteral("SocketLab"),
                                        QStringLiteral("Web"), QStringLiteral("KiB"), QStringLiteral("MiB"),
                                        QStringLiteral("SLFT"), QStringLiteral("TTL"),
                                        QStringLiteral("uploads"),
                                        QStringLiteral("Alt")};   // a key name (Alt+1 sends a quick-send message)
    static const QRegularExpression word(QStringLiteral("[A-Za-z][A-Za-z0-9]+"));
    QStringList out;
    auto it = word.globalMatch(withoutNames(text));
    while (it.hasNext()) {
        const QString w = it.next().captured();
        if (!allowed.contains(w))
            out.append(w);
    }
    return out;
}

bool hasChinese(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return text.contains(han);
}

} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void stateLinesFollowTheSwitch();
    void failureReasonsAreNotShownInAnotherLanguage();
    void fileServerOnIPv6LoopbackNamesIt();

private:
    // Every label a panel shows (not hidden itself) and the status bar, with where it is.
    static QList<QPair<QString, QString>> labels(QWidget *root);
    static QStringList english(QWidget *root);
    static QStringList chinese(QWidget *root);

    std::unique_ptr<TestEnvironment> m_env;
};

void TestLanguageSwitch::initTestCase()
{
    m_env = std::make_unique<TestEnvironment>();
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

void TestLanguageSwitch::cleanup()
{
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
}

QList<QPair<QString, QString>> TestLanguageSwitch::labels(QWidget *root)
{
    QList<QPair<QString, QString>> out;
    const QList<QLabel *> all = root->findChildren<QLabel *>();
    for (QLabel *label : all) {
        if (label->isHidden() || label->text().isEmpty())
            continue;
        QString where = label->objectName();
        for (QWidget *p = label->parentWidget(); p && p != root; p = p->parentWidget()) {
            if (!p->objectName().isEmpty() && !p->objectName().startsWith(QLatin1String("qt_")))
                where = p->objectName() + QLatin1Char('/') + where;
        }
        out.append({where + QStringLiteral(" (") + QString::fromLatin1(label->metaObject()->className())
                        + QLatin1Char(')'),
                    label->text()});
    }
    return out;
}

QStringList TestLanguageSwitch::english(QWidget *root)
{
    QStringList failures;
    for (const auto &[where, text] : labels(root)) {
        const QStringList words = englishWords(text);
        if (!words.isEmpty())
            failures.append(QStringLiteral("%1: “%2” (%3)").arg(where, text, words.join(QLatin1Char(' '))));
    }
    return failures;
}

QStringList TestLanguageSwitch::chinese(QWidget *root)
{
    QStringList failures;
    for (const auto &[where, text] : labels(root)) {
        if (hasChinese(text))
            failures.append(QStringLiteral("%1: “%2”").arg(where, text));
    }
    return failures;
}

void TestLanguageSwitch::stateLinesFollowTheSwitch()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("shared/a.txt")), "hello"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("site/index.html")), "<p>hi</p>"));
    MainWindow window;
    window.resize(1280, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // TCP: the server on a port the system chooses, the client connected to it.
    auto *tcp = window.findChild<TcpTab *>();
    TcpServerPanel *tcpServer = tcp->serverPanel();
    child<ListenOnWidget>(tcpServer, "listenOn")->setPort(0);
    tcpServer->start();
    QTRY_VERIFY(tcpServer->isListening());
    TcpClientPanel *tcpClient = tcp->clientPanel();
    QTRY_COMPARE(child<QSpinBox>(tcpClient, "portSpin")->value(), int(tcpServer->listeningPort()));
    tcpClient->connectToServer();
    QTRY_VERIFY(tcpClient->isConnected());

    // UDP bound on "any address" (dual stack), port 0.
    auto *udp = window.findChild<UdpTab *>();
    child<ListenOnWidget>(udp, "listenOn")->setPort(0);
    udp->bindSocket();
    QTRY_VERIFY(udp->isBound());

    // The file server and its client, which lists the shared folder.
    auto *files = window.findChild<FileTab *>();
    FileServerPanel *fileServer = files->serverPanel();
    FileClientPanel *fileClient = files->clientPanel();
    child<QLineEdit>(fileServer, "sharedEdit")->setText(dir.filePath(QStringLiteral("shared")));
    child<QLineEdit>(fileServer, "inboxEdit")->setText(dir.filePath(QStringLiteral("inbox")));
    child<QSpinBox>(fileServer, "downloadPortSpin")->setValue(0);
    child<QSpinBox>(fileServer, "uploadPortSpin")->setValue(0);
    child<QSpinBox>(fileServer, "protocolPortSpin")->setValue(0);
    fileServer->start();
    QTRY_VERIFY(fileServer->isRunning());
    QTRY_COMPARE(child<QSpinBox>(fileClient, "protocolPortSpin")->value(), int(fileServer->protocolPort()));
    fileClient->refreshRemote();
    QTRY_VERIFY(fileClient->remoteModel()->hasListing());

    // The web server.
    auto *web = window.findChild<WebTab *>();
    child<QLineEdit>(web, "rootEdit")->setText(dir.filePath(QStringLiteral("site")));
    child<ListenOnWidget>(web, "listenOn")->setPort(0);
    web->start();
    QTRY_VERIFY(web->isRunning());
    QCoreApplication::processEvents();

    const QList<QWidget *> pages{tcpServer, tcpClient, udp, fileServer, fileClient, web, window.statusBar()};
    auto allChinese = [&pages] {
        QStringList failures;
        for (QWidget *page : pages)
            failures += english(page);
        return failures;
    };
    auto allEnglish = [&pages] {
        QStringList failures;
        for (QWidget *page : pages)
            failures += chinese(page);
        return failures;
    };
    QVERIFY2(allEnglish().isEmpty(), qPrintable(allEnglish().join(QLatin1Char('\n'))));
    // The state lines say what runs, in English.
    QVERIFY(child<QLabel>(tcpServer, "stateLabel")->text().startsWith(QLatin1String("Listening on")));
    QVERIFY(child<QLabel>(udp, "stateLabel")->text().startsWith(QLatin1String("Bound to")));
    QVERIFY(child<QLabel>(fileServer, "stateLabel")->text().startsWith(QLatin1String("Running")));
    QVERIFY(child<QLabel>(web, "stateLabel")->text().startsWith(QLatin1String("Serving")));

    LanguageManager::instance().setLanguage(QStringLiteral("zh_CN"));
    // The TCP client's engine words its state again in its thread: wait for it.
    QTRY_VERIFY2(allChinese().isEmpty(), qPrintable(allChinese().join(QLatin1Char('\n'))));
    for (QWidget *page : {static_cast<QWidget *>(tcpServer), static_cast<QWidget *>(tcpClient), static_cast<QWidget *>(udp),
                          static_cast<QWidget *>(fileServer), static_cast<QWidget *>(web)})
        QVERIFY2(hasChinese(child<QLabel>(page, "stateLabel")->text()), qPrintable(child<QLabel>(page, "stateLabel")->text()));
    QVERIFY(hasChinese(child<QLabel>(fileClient, "remoteStateLabel")->text()));
    // The facts stay: the port the system chose.
    QVERIFY(child<QLabel>(tcpServer, "stateLabel")->text().contains(QString::number(tcpServer->listeningPort())));
    QVERIFY(child<QLabel>(udp, "stateLabel")->text().contains(QString::number(udp->boundPort())));
    QVERIFY(child<QLabel>(fileServer, "stateLabel")->text().contains(QString::number(fileServer->protocolPort())));

    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    QTRY_VERIFY2(allEnglish().isEmpty(), qPrintable(allEnglish().join(QLatin1Char('\n'))));
    QVERIFY(child<QLabel>(tcpServer, "stateLabel")->text().startsWith(QLatin1String("Listening on")));
    QVERIFY(child<QLabel>(udp, "stateLabel")->text().startsWith(QLatin1String("Bound to")));
    QTRY_VERIFY(child<QLabel>(tcpClient, "stateLabel")->text().startsWith(QLatin1String("Connected")));
}

void TestLanguageSwitch::failureReasonsAreNotShownInAnotherLanguage()
{
    QTemporaryDir dir;
    MainWindow window;
    window.resize(1280, 760);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The web server cannot start: its folder is missing.
    auto *web = window.findChild<WebTab *>();
    child<QLineEdit>(web, "rootEdit")->setText(dir.filePath(QStringLiteral("missing")));
    child<ListenOnWidget>(web, "listenOn")->setPort(0);
    web->start();
    QLabel *webState = child<QLabel>(web, "stateLabel");
    QTRY_VERIFY(webState->text().contains(QLatin1String("does not exist")));
    const QString webReason = webState->text();

    // UDP cannot bind a port another socket holds.
    QUdpSocket holder;
    QVERIFY2(holder.bind(QHostAddress::LocalHost, 0, QAbstractSocket::DontShareAddress), qPrintable(holder.errorString()));
    auto *udp = window.findChild<UdpTab *>();
    auto *listenOn = child<ListenOnWidget>(udp, "listenOn");
    listenOn->setAddress(QHostAddress::LocalHost);
    listenOn->setPort(holder.localPort());
    udp->bindSocket();
    QLabel *udpState = child<QLabel>(udp, "stateLabel");
    QTRY_VERIFY(!udp->isBound() && udpState->text().contains(QString::number(holder.localPort())));
    const QString udpReason = udpState->text();
    // A send without a host: the red line above the message box.
    child<QComboBox>(udp, "hostCombo")->setEditText(QString());
    UiTest::typeAndSend(child<SendBox>(udp, "sendBox"), QStringLiteral("x"));
    QLabel *udpProblem = child<QLabel>(udp, "sendStateLabel");
    QTRY_VERIFY(!udpProblem->isHidden());

    LanguageManager::instance().setLanguage(QStringLiteral("zh_CN"));
    QTRY_VERIFY(hasChinese(webState->text()));
    QVERIFY2(englishWords(webState->text()).isEmpty(), qPrintable(webState->text()));
    QVERIFY2(hasChinese(udpState->text()) && englishWords(udpState->text()).isEmpty(), qPrintable(udpState->text()));
    QVERIFY2(udpProblem->isHidden() || englishWords(udpProblem->text()).isEmpty(), qPrintable(udpProblem->text()));
    QVERIFY2(englishWords(udpProblem->toolTip()).isEmpty(), qPrintable(udpProblem->toolTip()));

    // Back in English, the reasons are shown again as they were worded.
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(webState->text(), webReason);
    QCOMPARE(udpState->text(), udpReason);
    QVERIFY(!udpProblem->isHidden());
}

void TestLanguageSwitch::fileServerOnIPv6LoopbackNamesIt()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHostIPv6, 0))
        QSKIP("This machine has no IPv6 loopback.");
    probe.close();
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("shared/a.txt")), "hello"));
    MainWindow window;
    FileServerPanel *server = window.findChild<FileTab *>()->serverPanel();
    child<QLineEdit>(server, "sharedEdit")->setText(dir.filePath(QStringLiteral("shared")));
    child<QLineEdit>(server, "inboxEdit")->setText(dir.filePath(QStringLiteral("inbox")));
    child<ListenOnWidget>(server, "listenOn")->setAddress(QHostAddress::LocalHostIPv6);
    child<QSpinBox>(server, "downloadPortSpin")->setValue(0);
    child<QSpinBox>(server, "uploadPortSpin")->setValue(0);
    child<QSpinBox>(server, "protocolPortSpin")->setValue(0);
    server->start();
    QTRY_VERIFY(server->isRunning());
    const QString state = child<QLabel>(server, "stateLabel")->text();
    QVERIFY2(state.contains(QLatin1String("::1")) && !state.contains(QLatin1String("127.0.0.1")), qPrintable(state));
    server->stop();
    QTRY_VERIFY(!server->isRunning());
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
