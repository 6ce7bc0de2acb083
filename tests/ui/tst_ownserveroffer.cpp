// The client side offers the server of the same window (issue 11): once the file server or the
// TCP server of this window runs (on ports the system chose, here), the client fields are filled
// in with it while the user has not chosen another target, and otherwise a button fills them in
// with one click. Offscreen, through the real widgets.
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

#include "FileClientPanel.h"
#include "FileServerPanel.h"
#include "FileTab.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "RemoteFolderModel.h"
#include "TcpClientPanel.h"
#include "TcpServerPanel.h"
#include "TcpTab.h"
#include "TestEnvironment.h"
#include "UiTestHelpers.h"

using UiTest::child;
using UiTest::writeFile;

class TestOwnServerOffer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fileClientOffersTheWindowsServer();
    void tcpClientOffersTheWindowsServer();

private:
    std::unique_ptr<TestEnvironment> m_env;
};

void TestOwnServerOffer::initTestCase()
{
    m_env = std::make_unique<TestEnvironment>();
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

void TestOwnServerOffer::fileClientOffersTheWindowsServer()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("shared/a.txt")), "hello"));
    MainWindow window;
    auto *tab = window.findChild<FileTab *>();
    FileServerPanel *server = tab->serverPanel();
    FileClientPanel *client = tab->clientPanel();
    QPushButton *offer = child<QPushButton>(client, "ownServerButton");
    QVERIFY(offer->isHidden());

    child<QLineEdit>(server, "sharedEdit")->setText(dir.filePath(QStringLiteral("shared")));
    child<QLineEdit>(server, "inboxEdit")->setText(dir.filePath(QStringLiteral("inbox")));
    child<QSpinBox>(server, "downloadPortSpin")->setValue(0);
    child<QSpinBox>(server, "uploadPortSpin")->setValue(0);
    child<QSpinBox>(server, "protocolPortSpin")->setValue(0);
    QTest::mouseClick(child<QPushButton>(server, "startButton"), Qt::LeftButton);
    QTRY_VERIFY(server->isRunning());

    // Filled in by default: the client was never pointed anywhere else.
    tab->showClient();
    QTRY_COMPARE(child<QSpinBox>(client, "protocolPortSpin")->value(), int(server->protocolPort()));
    QCOMPARE(child<QSpinBox>(client, "downloadPortSpin")->value(), int(server->downloadPort()));
    QCOMPARE(child<QSpinBox>(client, "uploadPortSpin")->value(), int(server->uploadPort()));
    QCOMPARE(child<QLineEdit>(client, "hostEdit")->text(), QStringLiteral("127.0.0.1"));
    QTest::mouseClick(child<QPushButton>(client, "listButton"), Qt::LeftButton);
    QTRY_VERIFY(client->remoteModel()->hasListing());
    QCOMPARE(client->remoteModel()->fileCount(), 1);

    // The user points the client elsewhere; a restarted server no longer overwrites that, but
    // the button offers it.
    child<QSpinBox>(client, "protocolPortSpin")->setValue(5555);
    server->stop();
    QTRY_VERIFY(!server->isRunning());
    QTRY_VERIFY(offer->isHidden());
    server->start();
    QTRY_VERIFY(server->isRunning());
    QTRY_VERIFY(!offer->isHidden());
    QCOMPARE(child<QSpinBox>(client, "protocolPortSpin")->value(), 5555);
    QVERIFY2(offer->toolTip().contains(QString::number(server->protocolPort())), qPrintable(offer->toolTip()));
    QTest::mouseClick(offer, Qt::LeftButton);
    QCOMPARE(child<QSpinBox>(client, "protocolPortSpin")->value(), int(server->protocolPort()));
    QCOMPARE(child<QSpinBox>(client, "downloadPortSpin")->value(), int(server->downloadPort()));
    QTRY_VERIFY(offer->isHidden());   // nothing left to offer: the fields already say it
}

void TestOwnServerOffer::tcpClientOffersTheWindowsServer()
{
    MainWindow window;
    auto *tab = window.findChild<TcpTab *>();
    TcpServerPanel *server = tab->serverPanel();
    TcpClientPanel *client = tab->clientPanel();
    QPushButton *offer = child<QPushButton>(client, "ownServerButton");
    QVERIFY(offer->isHidden());

    child<QSpinBox>(server, "portSpin")->setValue(0);
    QTest::mouseClick(child<QPushButton>(server, "startButton"), Qt::LeftButton);
    QTRY_VERIFY(server->isListening());
    tab->showClient();
    QTRY_COMPARE(child<QSpinBox>(client, "portSpin")->value(), int(server->listeningPort()));
    QCOMPARE(child<QComboBox>(client, "hostCombo")->currentText(), QStringLiteral("127.0.0.1"));
    QTest::mouseClick(child<QPushButton>(client, "connectButton"), Qt::LeftButton);
    QTRY_VERIFY(client->isConnected());
    client->disconnectFromServer();
    QTRY_VERIFY(!client->isConnected());

    // Chosen by the user: kept, and offered with one click.
    child<QSpinBox>(client, "portSpin")->setValue(5555);
    server->stop();
    QTRY_VERIFY(!server->isListening());
    QTRY_VERIFY(offer->isHidden());
    server->start();
    QTRY_VERIFY(server->isListening());
    QTRY_VERIFY(!offer->isHidden());
    QCOMPARE(child<QSpinBox>(client, "portSpin")->value(), 5555);
    QVERIFY2(offer->text().contains(QString::number(server->listeningPort())), qPrintable(offer->text()));
    QTest::mouseClick(offer, Qt::LeftButton);
    QCOMPARE(child<QSpinBox>(client, "portSpin")->value(), int(server->listeningPort()));
    QTRY_VERIFY(offer->isHidden());
}

QTEST_MAIN(TestOwnServerOffer)
#include "tst_ownserveroffer.moc"
