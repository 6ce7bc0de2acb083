// The conversation diagram in the traffic view, offscreen: the View menu's Log / Diagram / Both
// switch and its memory, an exchange over real sockets drawn as arrows, the peer filter, the
// selection kept in step both ways, export as SVG (parsed) and PNG, the log saved as events
// (JSON Lines) and read back equal, and the main window's File menu entries.
#include <QAction>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTabWidget>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

#include "DiagramPainter.h"
#include "DiagramView.h"
#include "EventLogReader.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "TcpServerPanel.h"
#include "TcpTab.h"
#include "TestEnvironment.h"
#include "TrafficView.h"
#include "UiTestHelpers.h"
#include "WebTab.h"

using UiTest::child;

namespace {

const QString Local = QStringLiteral("127.0.0.1:9000");
const QString PeerA = QStringLiteral("127.0.0.1:50001");
const QString PeerB = QStringLiteral("127.0.0.1:50002");

TrafficEvent at(TrafficEvent e, qint64 msecs)
{
    e.msecsSinceEpoch = msecs;
    return e;
}

// A server's log: listening, A and B connect, A sends "hello", B sends "world", we answer A,
// A closes first.
QList<TrafficEvent> serverExchange()
{
    const qint64 t = 1714564984000;
    return {
        at(TrafficEvent::state({}, QStringLiteral("Listening on 127.0.0.1:9000"), TrafficEvent::Action::Listening, Local), t),
        at(TrafficEvent::state(PeerA, QStringLiteral("Client connected"), TrafficEvent::Action::Accepted, Local), t + 10),
        at(TrafficEvent::state(PeerB, QStringLiteral("Client connected"), TrafficEvent::Action::Accepted, Local), t + 20),
        at(TrafficEvent::data(PeerA, TrafficEvent::Direction::In, "hello"), t + 30),
        at(TrafficEvent::data(PeerB, TrafficEvent::Direction::In, "world"), t + 40),
        at(TrafficEvent::data(PeerA, TrafficEvent::Direction::Out, "hi A"), t + 50),
        at(TrafficEvent::state(PeerA, QStringLiteral("Client closed the connection"), TrafficEvent::Action::ClosedByPeer), t + 60),
    };
}

QStringList svgTexts(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList texts;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts += xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
    }
    return xml.hasError() ? QStringList{QStringLiteral("XML error: ") + xml.errorString()} : texts;
}

int arrowWithLabel(const DiagramView *view, const QString &text)
{
    const QList<ConversationDiagram::Arrow> arrows = view->diagram().arrows();
    for (int i = 0; i < arrows.size(); ++i) {
        if (arrows.at(i).label.contains(text))
            return i;
    }
    return -1;
}

} // namespace

class TestDiagramView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void switchShowsAndHidesTheDiagram();
    void layoutIsRememberedPerKey();
    void rebuiltOnlyWhileVisible();
    void peerFilterNarrowsLifelines();
    void previewsFollowHexAndEncoding();
    void selectingAnArrowSelectsItsRow();
    void selectingARowSelectsItsArrow();
    void keysMoveTheSelection();
    void tooltipSaysTheDetail();
    void followsTheNewestArrowAtTheBottom();
    void pauseFreezesTheDiagram();
    void exportsSvgAndPng();
    void savesEventsThatReadBackEqual();
    void realExchangeIsDrawn();
    void mainWindowFileMenu();

private:
    void showDiagram(TrafficView::Layout layout = TrafficView::Layout::Diagram);

    std::unique_ptr<TestEnvironment> m_env;
    TrafficView *m_view = nullptr;
};

void TestDiagramView::initTestCase()
{
    m_env = std::make_unique<TestEnvironment>();
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

void TestDiagramView::init()
{
    QSettings().clear();
    m_view = new TrafficView;
    m_view->resize(1000, 600);
}

void TestDiagramView::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

void TestDiagramView::showDiagram(TrafficView::Layout layout)
{
    m_view->setLayout(layout);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
}

void TestDiagramView::switchShowsAndHidesTheDiagram()
{
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    auto *table = child<QTableView>(m_view, "tableView");
    DiagramView *diagram = m_view->diagramView();
    QCOMPARE(m_view->layout(), TrafficView::Layout::Log);
    QVERIFY(table->isVisible());
    QVERIFY(!diagram->isVisible());

    // The View menu's choices, as a user picks them.
    auto *viewMenu = child<QToolButton>(m_view, "viewButton")->menu();
    QVERIFY(viewMenu->actions().contains(child<QAction>(m_view, "showDiagramAction")));
    QSignalSpy spy(m_view, &TrafficView::layoutChanged);
    child<QAction>(m_view, "showDiagramAction")->trigger();
    QCOMPARE(m_view->layout(), TrafficView::Layout::Diagram);
    QVERIFY(diagram->isVisible());
    QVERIFY(!table->isVisible());
    child<QAction>(m_view, "showLogAndDiagramAction")->trigger();
    QVERIFY(diagram->isVisible());
    QVERIFY(table->isVisible());
    // Side by side: the log on the left, the diagram on the right.
    QVERIFY(diagram->mapTo(m_view, QPoint()).x() > table->mapTo(m_view, QPoint()).x() + table->width() - 1);
    child<QAction>(m_view, "showLogAction")->trigger();
    QVERIFY(!diagram->isVisible());
    QVERIFY(table->isVisible());
    QCOMPARE(spy.count(), 3);
    QVERIFY(child<QAction>(m_view, "showLogAction")->isChecked());
}

void TestDiagramView::layoutIsRememberedPerKey()
{
    m_view->setSettingsKey(QStringLiteral("tcp/server/log"));
    m_view->setLayout(TrafficView::Layout::Both);
    QCOMPARE(QSettings().value(QStringLiteral("tcp/server/log/layout")).toString(), QStringLiteral("both"));

    TrafficView same;
    same.setSettingsKey(QStringLiteral("tcp/server/log"));
    QCOMPARE(same.layout(), TrafficView::Layout::Both);
    QVERIFY(child<QAction>(&same, "showLogAndDiagramAction")->isChecked());
    TrafficView other;
    other.setSettingsKey(QStringLiteral("udp/log"));
    QCOMPARE(other.layout(), TrafficView::Layout::Log);
    // A diagram-only choice as a hand-edited settings file says it (the screenshots do so).
    QSettings().setValue(QStringLiteral("udp/log/layout"), QStringLiteral("diagram"));
    TrafficView edited;
    edited.setSettingsKey(QStringLiteral("udp/log"));
    QCOMPARE(edited.layout(), TrafficView::Layout::Diagram);
}

void TestDiagramView::rebuiltOnlyWhileVisible()
{
    m_view->appendEvents(serverExchange());
    // Hidden (Log layout): nothing is built.
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    QCoreApplication::processEvents();
    QCOMPARE(m_view->diagramView()->arrowCount(), 0);
    // Shown: built at once with what it missed.
    m_view->setLayout(TrafficView::Layout::Diagram);
    QCOMPARE(m_view->diagramView()->arrowCount(), 7);
    // New events: coalesced, then drawn.
    m_view->appendEvents({at(TrafficEvent::data(PeerB, TrafficEvent::Direction::In, "again"), 1714564984100)});
    QTRY_COMPARE(m_view->diagramView()->arrowCount(), 8);
    // Hidden with its window: events wait until it is shown again.
    m_view->hide();
    m_view->appendEvents({at(TrafficEvent::data(PeerB, TrafficEvent::Direction::In, "more"), 1714564984200)});
    QTest::qWait(0);
    QCOMPARE(m_view->diagramView()->arrowCount(), 8);
    m_view->show();
    QTRY_COMPARE(m_view->diagramView()->arrowCount(), 9);
    // Clear empties it.
    m_view->clear();
    QCOMPARE(m_view->diagramView()->arrowCount(), 0);
}

void TestDiagramView::peerFilterNarrowsLifelines()
{
    showDiagram();
    m_view->appendEvents(serverExchange());
    DiagramView *diagram = m_view->diagramView();
    QTRY_COMPARE(diagram->arrowCount(), 7);
    QCOMPARE(diagram->diagram().lifelines().size(), 3);
    QCOMPARE(diagram->diagram().lifelines().at(0).label, Local);

    m_view->setPeerFilter(PeerA);
    // Connect, hello, our answer and the close: only A's.
    QCOMPARE(diagram->arrowCount(), 4);
    QCOMPARE(diagram->diagram().lifelines().size(), 2);
    QCOMPARE(diagram->diagram().lifelines().at(1).label, PeerA);
    QCOMPARE(diagram->diagram().lifelines().at(0).label, Local);
    QVERIFY(arrowWithLabel(diagram, QStringLiteral("world")) < 0);
    m_view->setPeerFilter(QString());
    QCOMPARE(diagram->diagram().lifelines().size(), 3);
}

void TestDiagramView::previewsFollowHexAndEncoding()
{
    showDiagram();
    m_view->appendEvents({at(TrafficEvent::data(PeerA, TrafficEvent::Direction::In, "\xc4\xe3\xba\xc3"), 1714564984000)});
    DiagramView *diagram = m_view->diagramView();
    QTRY_COMPARE(diagram->arrowCount(), 1);
    m_view->setEncoding(TextCodec::Encoding::Gbk);
    QVERIFY2(arrowWithLabel(diagram, QStringLiteral("你好")) == 0, qPrintable(diagram->diagram().arrows().at(0).label));
    m_view->setDisplayMode(TrafficModel::DisplayMode::Hex);
    QVERIFY2(arrowWithLabel(diagram, QStringLiteral("c4 e3")) == 0 || arrowWithLabel(diagram, QStringLiteral("C4 E3")) == 0,
             qPrintable(diagram->diagram().arrows().at(0).label));
}

void TestDiagramView::selectingAnArrowSelectsItsRow()
{
    showDiagram(TrafficView::Layout::Both);
    m_view->appendEvents(serverExchange());
    DiagramView *diagram = m_view->diagramView();
    QTRY_COMPARE(diagram->arrowCount(), 7);
    const int world = arrowWithLabel(diagram, QStringLiteral("world"));
    QVERIFY(world >= 0);
    // A click in the middle of the arrow's label.
    const QRect rect = diagram->arrowViewportRect(world);
    QVERIFY(diagram->viewport()->rect().contains(rect.center()));
    QCOMPARE(diagram->arrowAtViewport(rect.center()), world);
    QSignalSpy clicked(diagram, &DiagramView::arrowClicked);
    QTest::mouseClick(diagram->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(diagram->selectedArrow(), world);
    auto *table = child<QTableView>(m_view, "tableView");
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().row(), 4);   // the fifth event: B's "world"
    QCOMPARE(table->currentIndex().row(), 4);

    // With a peer filter, the proxy row differs from the model row.
    m_view->setPeerFilter(PeerA);
    const int answer = arrowWithLabel(diagram, QStringLiteral("hi A"));
    QVERIFY(answer >= 0);
    QTest::mouseClick(diagram->viewport(), Qt::LeftButton, {}, diagram->arrowViewportRect(answer).center());
    const QModelIndex current = table->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.data(TrafficModel::EventRole).value<TrafficEvent>().bytes, QByteArray("hi A"));

    // A click beside every arrow clears both selections.
    QTest::mouseClick(diagram->viewport(), Qt::LeftButton, {}, QPoint(2, diagram->viewport()->height() - 2));
    QCOMPARE(diagram->selectedArrow(), -1);
    QVERIFY(table->selectionModel()->selectedRows().isEmpty());
}

void TestDiagramView::selectingARowSelectsItsArrow()
{
    showDiagram(TrafficView::Layout::Both);
    m_view->appendEvents(serverExchange());
    DiagramView *diagram = m_view->diagramView();
    QTRY_COMPARE(diagram->arrowCount(), 7);
    auto *table = child<QTableView>(m_view, "tableView");
    table->selectRow(3);   // A's "hello"
    QCOMPARE(diagram->selectedArrow(), arrowWithLabel(diagram, QStringLiteral("hello")));
    QCOMPARE(diagram->diagramPainter().selectedArrow(), diagram->selectedArrow());
    table->selectRow(0);   // listening: a note, an arrow of its own
    QCOMPARE(diagram->selectedArrow(), 0);
    // The selection survives a rebuild (new events).
    m_view->appendEvents({at(TrafficEvent::data(PeerB, TrafficEvent::Direction::In, "again"), 1714564984100)});
    QTRY_COMPARE(diagram->arrowCount(), 8);
    QCOMPARE(diagram->selectedArrow(), 0);
    table->clearSelection();
    QCOMPARE(diagram->selectedArrow(), -1);
}

void TestDiagramView::keysMoveTheSelection()
{
    showDiagram(TrafficView::Layout::Both);
    m_view->appendEvents(serverExchange());
    DiagramView *diagram = m_view->diagramView();
    QTRY_COMPARE(diagram->arrowCount(), 7);
    diagram->setFocus();
    QTest::keyClick(diagram, Qt::Key_Home);
    QCOMPARE(diagram->selectedArrow(), 0);
    QTest::keyClick(diagram, Qt::Key_Down);
    QCOMPARE(diagram->selectedArrow(), 1);
    auto *table = child<QTableView>(m_view, "tableView");
    QCOMPARE(table->currentIndex().row(), 1);
    QTest::keyClick(diagram, Qt::Key_End);
    QCOMPARE(table->currentIndex().row(), 6);
}

void TestDiagramView::tooltipSaysTheDetail()
{
    showDiagram();
    m_view->appendEvents(serverExchange());
    DiagramView *diagram = m_view->diagramView();
    QTRY_COMPARE(diagram->arrowCount(), 7);
    const QString hello = diagram->arrowToolTip(arrowWithLabel(diagram, QStringLiteral("hello")));
    QVERIFY2(hello.contains(QStringLiteral("From %1 to %2").arg(PeerA, Local)), qPrintable(hello));
    QVERIFY2(hello.contains(QStringLiteral("5 bytes")), qPrintable(hello));
    const QString close = diagram->arrowToolTip(arrowWithLabel(diagram, QStringLiteral("close")));
    QVERIFY2(close.contains(QStringLiteral("Client closed the connection")), qPrintable(close));
    QVERIFY2(close.contains(QStringLiteral("%1 closed first").arg(PeerA)), qPrintable(close));
    QVERIFY(diagram->arrowToolTip(99).isEmpty());
}

void TestDiagramView::followsTheNewestArrowAtTheBottom()
{
    showDiagram();
    DiagramView *diagram = m_view->diagramView();
    QList<TrafficEvent> many;
    for (int i = 0; i < 100; ++i)
        many += at(TrafficEvent::data(PeerA, TrafficEvent::Direction::In, QByteArray::number(i)), 1714564984000 + i);
    m_view->appendEvents(many);
    QTRY_COMPARE(diagram->arrowCount(), 100);
    QScrollBar *bar = diagram->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum());
    // Scrolled up: it stays where the user is.
    bar->setValue(0);
    m_view->appendEvents({at(TrafficEvent::data(PeerA, TrafficEvent::Direction::In, "x"), 1714564984200)});
    QTRY_COMPARE(diagram->arrowCount(), 101);
    QCOMPARE(bar->value(), 0);
    // Back at the bottom: it follows again.
    bar->setValue(bar->maximum());
    m_view->appendEvents({at(TrafficEvent::data(PeerA, TrafficEvent::Direction::In, "y"), 1714564984300)});
    QTRY_COMPARE(diagram->arrowCount(), 102);
    QCOMPARE(bar->value(), bar->maximum());

    // At most the newest DiagramMaxArrows; the older ones are counted as left out.
    many.clear();
    for (int i = 0; i < TrafficView::DiagramMaxArrows + 50; ++i)
        many += at(TrafficEvent::data(PeerA, TrafficEvent::Direction::In, "z"), 1714564985000 + i);
    m_view->appendEvents(many);
    QTRY_COMPARE(diagram->diagram().omittedArrows(), 102 + 50);
    QCOMPARE(diagram->arrowCount(), TrafficView::DiagramMaxArrows);

    // Beyond the window of the log's newest events: those are counted as left out too.
    const int before = m_view->model()->rowCount();
    many.clear();
    for (int i = 0; i < TrafficView::DiagramWindowEvents; ++i)
        many += at(TrafficEvent::data(PeerA, TrafficEvent::Direction::In, "w"), 1714564990000 + i);
    m_view->appendEvents(many);
    QTRY_COMPARE(diagram->diagram().omittedArrows(), before + TrafficView::DiagramWindowEvents - TrafficView::DiagramMaxArrows);
    QCOMPARE(diagram->arrowCount(), TrafficView::DiagramMaxArrows);
}

void TestDiagramView::pauseFreezesTheDiagram()
{
    showDiagram();
    m_view->appendEvents(serverExchange());
    DiagramView *diagram = m_view->diagramView();
    QTRY_COMPARE(diagram->arrowCount(), 7);
    m_view->setPaused(true);
    m_view->appendEvents({at(TrafficEvent::data(PeerB, TrafficEvent::Direction::In, "again"), 1714564984100)});
    m_view->refreshDiagram();
    QCOMPARE(diagram->arrowCount(), 7);
    m_view->setPaused(false);
    QCOMPARE(diagram->arrowCount(), 8);
}

void TestDiagramView::exportsSvgAndPng()
{
    m_view->appendEvents(serverExchange());
    QTemporaryDir dir;
    QString error;
    // Works whether or not the diagram is on screen.
    const QString svg = dir.filePath(QStringLiteral("d.svg"));
    QVERIFY2(m_view->exportDiagramTo(svg, DiagramExport::Format::Svg, &error), qPrintable(error));
    const QStringList texts = svgTexts(svg);
    QVERIFY2(!texts.isEmpty() && !texts.first().startsWith(QStringLiteral("XML error")), qPrintable(texts.join(u'|')));
    for (const QString &label : {Local, PeerA, PeerB, QStringLiteral("“hello” (5 bytes)"),
                                 QStringLiteral("“world” (5 bytes)"), QStringLiteral("“hi A” (4 bytes)")})
        QVERIFY2(texts.contains(label), qPrintable(label + QStringLiteral(" not in ") + texts.join(u'|')));
    // The peer filter applies to the export too.
    m_view->setPeerFilter(PeerA);
    QVERIFY2(m_view->exportDiagramTo(svg, DiagramExport::Format::Svg, &error), qPrintable(error));
    QVERIFY(!svgTexts(svg).contains(PeerB));

    const QString png = dir.filePath(QStringLiteral("d.png"));
    QVERIFY2(m_view->exportDiagramTo(png, DiagramExport::Format::Png, &error), qPrintable(error));
    const QImage image(png);
    QVERIFY(!image.isNull());
    const QSizeF size = DiagramPainter(m_view->buildDiagram()).size();
    QVERIFY(image.width() > 100);
    QVERIFY(qAbs(qreal(image.width()) / image.height() - size.width() / size.height()) < 0.05);

    // A folder that does not exist: false with a reason.
    error.clear();
    QVERIFY(!m_view->exportDiagramTo(dir.filePath(QStringLiteral("no/such/d.svg")), DiagramExport::Format::Svg, &error));
    QVERIFY(!error.isEmpty());
}

void TestDiagramView::savesEventsThatReadBackEqual()
{
    m_view->setSettingsKey(QStringLiteral("tcp/server/log"));
    QList<TrafficEvent> events = serverExchange();
    TrafficEvent big = TrafficEvent::data(PeerA, TrafficEvent::Direction::In, QByteArray(100, 'x'));
    big.msecsSinceEpoch = 1714564984070;
    events += big;
    m_view->appendEvents(events);
    // The Save menu has the entry.
    QAction *save = child<QAction>(m_view, "saveEventsAction");
    QVERIFY(child<QToolButton>(m_view, "saveButton")->menu()->actions().contains(save));
    QVERIFY(save->text().contains(QStringLiteral("JSON Lines")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("log.jsonl"));
    QString error;
    QVERIFY2(m_view->model()->save(path, LogFormat::Events, &error), qPrintable(error));
    EventLogReader::Error readError;
    const std::optional<EventLog> log = EventLogReader::readFile(path, &readError);
    QVERIFY2(log, qPrintable(readError.text()));
    QCOMPARE(log->header.role, QStringLiteral("tcp-server"));
    QCOMPARE(log->header.local, Local);
    QCOMPARE(log->header.startedMsecs, events.first().msecsSinceEpoch);
    QCOMPARE(log->events.size(), events.size());
    for (int i = 0; i < events.size(); ++i)
        QVERIFY2(log->events.at(i) == events.at(i), qPrintable(QString::number(i)));
    QVERIFY(!log->incompleteLastLine);
    // The same diagram from the file as in the window.
    const ConversationDiagram fromFile = ConversationDiagram::build(log->events);
    QCOMPARE(fromFile.arrows().size(), m_view->buildDiagram().arrows().size());

    // Another panel's log says its role.
    TrafficView udp;
    udp.setSettingsKey(QStringLiteral("udp/log"));
    QVERIFY(udp.model()->save(path, LogFormat::Events, &error));
    QCOMPARE(EventLogReader::readFile(path)->header.role, QStringLiteral("udp"));
}

void TestDiagramView::realExchangeIsDrawn()
{
    // The 粘包 exchange: "hello" then "world" at once; the server's one read may get both.
    QSettings().setValue(QStringLiteral("tcp/server/log/layout"), QStringLiteral("both"));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tab = window.findChild<TcpTab *>();
    TcpServerPanel *server = tab->serverPanel();
    TrafficView *view = server->trafficView();
    QCOMPARE(view->layout(), TrafficView::Layout::Both);
    child<QSpinBox>(server, "portSpin")->setValue(0);
    QTest::mouseClick(child<QPushButton>(server, "startButton"), Qt::LeftButton);
    QTRY_VERIFY(server->isListening());

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, server->listeningPort());
    QVERIFY(client.waitForConnected(5000));
    const QString peer = QStringLiteral("127.0.0.1:%1").arg(client.localPort());
    client.write("hello");
    client.write("world");
    client.flush();
    QTRY_COMPARE(server->bytesReceived(), qint64(10));
    client.disconnectFromHost();
    DiagramView *diagram = view->diagramView();
    QTRY_VERIFY(arrowWithLabel(diagram, QStringLiteral("close")) >= 0);
    // Listening, the connect, one or two data arrows with all ten bytes, the close.
    const QList<ConversationDiagram::Arrow> arrows = diagram->diagram().arrows();
    int dataArrows = 0;
    qint64 bytes = 0;
    for (const ConversationDiagram::Arrow &a : arrows) {
        if (a.kind == ConversationDiagram::ArrowKind::Data) {
            ++dataArrows;
            bytes += a.bytes;
            QCOMPARE(a.to, 0);
        }
    }
    QVERIFY(dataArrows == 1 || dataArrows == 2);
    QCOMPARE(bytes, qint64(10));
    // The peer closed first: its FIN (when the server saw it before the end), then the close.
    QVERIFY(arrows.size() == 3 + dataArrows || arrows.size() == 4 + dataArrows);
    QCOMPARE(arrows.first().kind, ConversationDiagram::ArrowKind::Note);
    QCOMPARE(arrows.at(1).kind, ConversationDiagram::ArrowKind::Accept);
    QCOMPARE(arrows.last().kind, ConversationDiagram::ArrowKind::Close);
    QCOMPARE(arrows.last().closedFirstBy, 1);
    if (arrows.size() == 4 + dataArrows) {
        QCOMPARE(arrows.at(arrows.size() - 2).kind, ConversationDiagram::ArrowKind::HalfClose);
        QCOMPARE(arrows.at(arrows.size() - 2).from, 1);
    }
    QCOMPARE(diagram->diagram().lifelines().size(), 2);
    QCOMPARE(diagram->diagram().lifelines().at(1).label, peer);
    QVERIFY2(diagram->diagram().lifelines().at(0).label.endsWith(QStringLiteral(":%1").arg(server->listeningPort())),
             qPrintable(diagram->diagram().lifelines().at(0).label));
}

void TestDiagramView::mainWindowFileMenu()
{
    MainWindow window;
    window.show();
    auto *exportAction = child<QAction>(&window, "actionExportDiagram");
    auto *saveEvents = child<QAction>(&window, "actionSaveEvents");
    auto *tabs = child<QTabWidget>(&window, "tabs");
    tabs->setCurrentWidget(window.findChild<TcpTab *>());
    QVERIFY(exportAction->isEnabled());
    QVERIFY(saveEvents->isEnabled());
    tabs->setCurrentWidget(window.findChild<WebTab *>());
    QVERIFY(!exportAction->isEnabled());
    QVERIFY(!saveEvents->isEnabled());
}

QTEST_MAIN(TestDiagramView)
#include "tst_diagramview.moc"
