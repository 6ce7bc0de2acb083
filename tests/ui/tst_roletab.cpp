// RoleTab, the server/client switch of the TCP and file tabs: the role shown last is remembered,
// the status bar gets both sides' summaries and bytes, the View menu acts on the shown side's
// traffic view, the client is offered this window's server; with the real TCP tab, both sides
// run at once. Offscreen, with stand-in panels where the switch alone is tested.
#include <QLabel>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QtTest>

#include <memory>

#include "LanguageManager.h"
#include "RolePanel.h"
#include "RoleTabOf.h"
#include "TcpClientPanel.h"
#include "TcpServerPanel.h"
#include "TcpTab.h"
#include "TestEnvironment.h"
#include "TrafficView.h"
#include "UiTestHelpers.h"

using UiTest::child;

namespace {

constexpr int Timeout = 10000;

// A side whose summary, bytes and traffic view the test sets.
class StandInPanel : public RolePanel
{
    Q_OBJECT

public:
    using RolePanel::RolePanel;

    TrafficView *trafficView() const override { return view; }
    QString statusSummary() const override { return summary; }
    qint64 bytesReceived() const override { return in; }
    qint64 bytesSent() const override { return out; }

    void change(const QString &newSummary, qint64 newIn, qint64 newOut)
    {
        summary = newSummary;
        in = newIn;
        out = newOut;
        emit statusChanged();
    }

    TrafficView *view = nullptr;
    QString summary;
    qint64 in = 0;
    qint64 out = 0;
};

class StandInServer final : public StandInPanel
{
    Q_OBJECT

public:
    explicit StandInServer(QWidget *parent)
        : StandInPanel(parent)
    {
        view = new TrafficView(this);
    }

    QString roleText() const override { return QStringLiteral("&Server side"); }

signals:
    void ownServerChanged(const QString &host, quint16 port);
};

class StandInClient final : public StandInPanel
{
    Q_OBJECT

public:
    using StandInPanel::StandInPanel;

    QString roleText() const override { return QStringLiteral("&Client side"); }
    void offerServer(const QString &host, quint16 port) { offered = QStringLiteral("%1:%2").arg(host).arg(port); }

    QString offered;
};

const RoleTab::Words TestWords{"TestTab", "Test", "Both at once."};

class StandInTab final : public RoleTabOf<StandInServer, StandInClient>
{
public:
    explicit StandInTab(QWidget *parent = nullptr)
        : RoleTabOf(TestWords, QStringLiteral("test"), {QStringLiteral("test-server")}, parent)
    {
    }

    bool openCommand(const QString &, const QStringList &, QString *) override { return false; }
};

} // namespace

class TestRoleTab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wordsComeFromTheSubclassAndItsSides();
    void roleIsRemembered();
    void viewFollowsTheShownSide();
    void summariesAndBytesOfBothSides();
    void clientIsOfferedTheServer();
    void bothSidesRunAtOnce();

private:
    std::unique_ptr<TestEnvironment> m_env;
};

void TestRoleTab::initTestCase()
{
    m_env = std::make_unique<TestEnvironment>();
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

void TestRoleTab::wordsComeFromTheSubclassAndItsSides()
{
    StandInTab tab;
    QCOMPARE(tab.windowTitle(), QStringLiteral("Test"));
    QCOMPARE(child<QLabel>(&tab, "hintLabel")->text(), QStringLiteral("Both at once."));
    QCOMPARE(child<QRadioButton>(&tab, "serverRadio")->text(), QStringLiteral("&Server side"));
    QCOMPARE(child<QRadioButton>(&tab, "clientRadio")->text(), QStringLiteral("&Client side"));
    QCOMPARE(tab.openCommands(), QStringList{QStringLiteral("test-server")});
    QCOMPARE(tab.serverPanel()->objectName(), QStringLiteral("serverPanel"));
    QCOMPARE(tab.clientPanel()->objectName(), QStringLiteral("clientPanel"));
}

void TestRoleTab::roleIsRemembered()
{
    QSettings().remove(QStringLiteral("test/role"));
    {
        StandInTab tab;
        QVERIFY(tab.isServerShown());   // the server side first
        QSignalSpy changed(&tab, &ToolTab::statusChanged);
        QTest::mouseClick(child<QRadioButton>(&tab, "clientRadio"), Qt::LeftButton);
        QVERIFY(!tab.isServerShown());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(QSettings().value(QStringLiteral("test/role")).toString(), QStringLiteral("client"));
    }
    {
        StandInTab tab;   // the next window shows the client side again
        QVERIFY(!tab.isServerShown());
        tab.showServer();
        QVERIFY(child<QRadioButton>(&tab, "serverRadio")->isChecked());
    }
    StandInTab tab;
    QVERIFY(tab.isServerShown());
    // Each tab keeps its own role.
    QCOMPARE(QSettings().value(QStringLiteral("tcp/role"), QStringLiteral("none")).toString(), QStringLiteral("none"));
}

void TestRoleTab::viewFollowsTheShownSide()
{
    StandInTab tab;
    tab.showServer();
    QVERIFY(tab.currentTrafficView() != nullptr);
    QCOMPARE(tab.currentTrafficView(), tab.serverPanel()->trafficView());
    QCOMPARE(child<QStackedWidget>(&tab, "stack")->currentWidget(), tab.serverPanel());
    tab.showClient();
    QCOMPARE(tab.currentTrafficView(), nullptr);   // this client side has none
    QCOMPARE(child<QStackedWidget>(&tab, "stack")->currentWidget(), tab.clientPanel());
}

void TestRoleTab::summariesAndBytesOfBothSides()
{
    StandInTab tab;
    QVERIFY(tab.statusSummaries().isEmpty());
    QSignalSpy changed(&tab, &ToolTab::statusChanged);
    tab.clientPanel()->change(QStringLiteral("client busy"), 5, 7);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(tab.statusSummaries(), QStringList{QStringLiteral("client busy")});
    tab.serverPanel()->change(QStringLiteral("server busy"), 100, 200);
    QCOMPARE(changed.count(), 2);
    // The server first, whichever side is shown.
    tab.showClient();
    QCOMPARE(tab.statusSummaries(), (QStringList{QStringLiteral("server busy"), QStringLiteral("client busy")}));
    QCOMPARE(tab.bytesReceived(), 105);
    QCOMPARE(tab.bytesSent(), 207);
    tab.clientPanel()->change({}, 5, 7);   // idle again, its bytes still count
    QCOMPARE(tab.statusSummaries(), QStringList{QStringLiteral("server busy")});
    QCOMPARE(tab.bytesReceived(), 105);
}

void TestRoleTab::clientIsOfferedTheServer()
{
    StandInTab tab;
    emit tab.serverPanel()->ownServerChanged(QStringLiteral("127.0.0.1"), 1246);
    QCOMPARE(tab.clientPanel()->offered, QStringLiteral("127.0.0.1:1246"));
}

void TestRoleTab::bothSidesRunAtOnce()
{
    TcpTab tab;
    TcpServerPanel *server = tab.serverPanel();
    TcpClientPanel *client = tab.clientPanel();
    tab.showServer();
    child<QSpinBox>(server, "portSpin")->setValue(0);
    server->start();
    QTRY_VERIFY_WITH_TIMEOUT(server->isListening(), Timeout);
    // The client side, not shown, connects to this window's server (offered to it).
    QTRY_COMPARE(child<QSpinBox>(client, "portSpin")->value(), int(server->listeningPort()));
    client->connectToServer();
    QTRY_VERIFY_WITH_TIMEOUT(client->isConnected(), Timeout);
    QVERIFY(tab.isServerShown());
    QTRY_COMPARE_WITH_TIMEOUT(tab.statusSummaries().size(), 2, Timeout);
    QVERIFY2(tab.statusSummaries().at(0).startsWith(QStringLiteral("TCP server on ")), qPrintable(tab.statusSummaries().at(0)));
    QTRY_VERIFY2(tab.statusSummaries().at(0).contains(QStringLiteral(": 1 client")), qPrintable(tab.statusSummaries().at(0)));
    QVERIFY2(tab.statusSummaries().at(1).startsWith(QStringLiteral("TCP client: ")), qPrintable(tab.statusSummaries().at(1)));
    QCOMPARE(tab.currentTrafficView(), server->trafficView());
    tab.showClient();
    QCOMPARE(tab.currentTrafficView(), client->trafficView());
    QVERIFY(server->isListening());   // switching the role stops nothing

    client->disconnectFromServer();
    QTRY_VERIFY_WITH_TIMEOUT(!client->isConnected(), Timeout);
    server->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!server->isListening(), Timeout);
    QTRY_VERIFY(tab.statusSummaries().isEmpty());
}

QTEST_MAIN(TestRoleTab)
#include "tst_roletab.moc"
