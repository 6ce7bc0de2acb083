// The traffic view's display switches driven through the real widgets, offscreen: the Both mode
// in the combo, the cells and the detail pane; the View menu's actions (timestamps, sent data,
// wrapped rows, checksum verification) and what they do to the table; the Pause button, its bar
// and the resume; and the choices remembered by a new view with the same settings key.
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <memory>

#include "HexTextDump.h"
#include "MainWindow.h"
#include "TcpServerPanel.h"
#include "TcpTab.h"
#include "TestEnvironment.h"
#include "TrafficEventFormatter.h"
#include "TrafficView.h"
#include "UiTestHelpers.h"
#include "WrappedTextDelegate.h"

using UiTest::child;

namespace {

const QString PeerA = QStringLiteral("127.0.0.1:50001");

TrafficEvent received(const QByteArray &bytes)
{
    return TrafficEvent::data(PeerA, TrafficEvent::Direction::In, bytes);
}

TrafficEvent sent(const QByteArray &bytes)
{
    return TrafficEvent::data(PeerA, TrafficEvent::Direction::Out, bytes);
}

QAction *checksumAction(TrafficView *view, Checksum::Algorithm algorithm)
{
    for (QAction *action : child<QMenu>(view, "verifyChecksumMenu")->actions()) {
        if (action->isCheckable() && Checksum::Algorithm(action->data().toInt()) == algorithm)
            return action;
    }
    return nullptr;
}

} // namespace

class TestTrafficViewSwitches : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void bothModeFromTheCombo();
    void bothRowsFitTheDataColumn();
    void detailPaneInBothMode();
    void copyInBothModeWritesTheRowsShown();
    void viewMenuHasTheSwitches();
    void showTimestamps();
    void showSentData();
    void wrapLongRows();
    void verifyChecksum();
    void pauseButtonAndIndicator();
    void resumeFromTheBar();
    void switchesAreRememberedPerKey();
    void mainWindowViewMenuHasBoth();
    void grabForALook();

private:
    std::unique_ptr<TestEnvironment> m_env;
    TrafficView *m_view = nullptr;
};

void TestTrafficViewSwitches::initTestCase()
{
    m_env = std::make_unique<TestEnvironment>();
}

void TestTrafficViewSwitches::init()
{
    QSettings().clear();
    m_view = new TrafficView;
    m_view->resize(900, 500);
}

void TestTrafficViewSwitches::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

void TestTrafficViewSwitches::bothModeFromTheCombo()
{
    auto *combo = child<QComboBox>(m_view, "displayModeCombo");
    auto *encoding = child<QComboBox>(m_view, "encodingCombo");
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->itemText(2), QStringLiteral("Both"));
    m_view->appendEvents({received("hi")});
    QSignalSpy modeSpy(m_view, &TrafficView::displayModeChanged);
    combo->setCurrentIndex(2);
    QCOMPARE(m_view->model()->displayMode(), TrafficModel::DisplayMode::Both);
    QCOMPARE(modeSpy.count(), 1);
    QCOMPARE(modeSpy.at(0).at(0).value<TrafficModel::DisplayMode>(), TrafficModel::DisplayMode::Both);
    // The text part follows the encoding: the encoding stays available (not in Hex).
    QVERIFY(encoding->isEnabled());
    auto *table = child<QTableView>(m_view, "tableView");
    QVERIFY2(table->model()->index(0, TrafficModel::DataColumn).data().toString().startsWith(QStringLiteral("0000  68 69 ")),
             qPrintable(table->model()->index(0, TrafficModel::DataColumn).data().toString()));
    combo->setCurrentIndex(1);
    QVERIFY(!encoding->isEnabled());
    m_view->setDisplayMode(TrafficModel::DisplayMode::Both);
    QCOMPARE(combo->currentIndex(), 2);
    QVERIFY(encoding->isEnabled());
}

void TestTrafficViewSwitches::bothRowsFitTheDataColumn()
{
    auto *table = child<QTableView>(m_view, "tableView");
    m_view->setDisplayMode(TrafficModel::DisplayMode::Both);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    const QFontMetrics fixed(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto fits = [&](int bytes) {
        const QString row(HexTextDump::lineChars(bytes, 0), QLatin1Char('0'));
        return fixed.horizontalAdvance(row) <= table->horizontalHeader()->sectionSize(TrafficModel::DataColumn);
    };

    m_view->resize(1600, 500);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->width(), 1600, 500);
    QTRY_COMPARE(m_view->model()->bothBytesPerLine(), 16);
    QVERIFY(fits(16));
    m_view->resize(700, 500);
    QTRY_VERIFY(m_view->model()->bothBytesPerLine() < 16);
    const int bytes = m_view->model()->bothBytesPerLine();
    QVERIFY(bytes == 12 || bytes == 8 || bytes == 4);
    QVERIFY(bytes == 4 || fits(bytes));
    QVERIFY(!fits(bytes + 4));
    // Rows are one height, from the fixed-width font when it is the taller.
    QVERIFY(table->verticalHeader()->defaultSectionSize() >= fixed.height());
    QCOMPARE(table->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
}

void TestTrafficViewSwitches::detailPaneInBothMode()
{
    auto *table = child<QTableView>(m_view, "tableView");
    auto *detail = child<QPlainTextEdit>(m_view, "detailEdit");
    const QByteArray payload("first line\r\nsecond \xe4\xb8\xad\xe6\x96\x87 line, longer than sixteen bytes");
    m_view->appendEvents({received(payload)});
    table->selectRow(0);
    QVERIFY(detail->toPlainText().contains(TextCodec::hexDump(payload).trimmed()));

    m_view->setDisplayMode(TrafficModel::DisplayMode::Both);
    const QString text = detail->toPlainText();
    QVERIFY2(text.contains(HexTextDump::dump(payload, TextCodec::Encoding::Utf8)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("0010  ")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("中文")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Peer: %1").arg(PeerA)));
    // No separate text and ASCII dump in this mode: the rows are both.
    QVERIFY(!text.contains(QStringLiteral("|first line..sec|")));

    // The text part follows the encoding here too.
    const QByteArray gbk("\xc4\xe3\xba\xc3");
    m_view->appendEvents({received(gbk)});
    table->selectRow(1);
    QVERIFY(detail->toPlainText().endsWith(QStringLiteral("....")));
    m_view->setEncoding(TextCodec::Encoding::Gbk);
    QVERIFY2(detail->toPlainText().endsWith(QStringLiteral("你好")), qPrintable(detail->toPlainText()));
}

void TestTrafficViewSwitches::copyInBothModeWritesTheRowsShown()
{
    auto *table = child<QTableView>(m_view, "tableView");
    m_view->setDisplayMode(TrafficModel::DisplayMode::Both);
    const QByteArray payload(20, 'q');
    m_view->appendEvents({received(payload)});
    table->selectRow(0);
    QApplication::clipboard()->clear();
    QTest::mouseClick(child<QToolButton>(m_view, "copyButton"), Qt::LeftButton);
    const QString copied = QApplication::clipboard()->text();
    QCOMPARE(copied, m_view->model()->rowAsText(0) + QLatin1Char('\n'));
    const QStringList dump = HexTextDump::lines(payload, TextCodec::Encoding::Utf8);
    QVERIFY2(copied.contains(dump.at(0) + QLatin1Char('\n')) && copied.contains(dump.at(1)), qPrintable(copied));
}

void TestTrafficViewSwitches::viewMenuHasTheSwitches()
{
    auto *button = child<QToolButton>(m_view, "viewButton");
    QMenu *menu = button->menu();
    QVERIFY(menu);
    QCOMPARE(button->text(), QStringLiteral("View"));
    for (const char *name : {"autoScrollAction", "showTimeAction", "showSentAction", "wrapRowsAction"}) {
        auto *action = child<QAction>(m_view, name);
        QVERIFY2(menu->actions().contains(action), name);
        QVERIFY2(action->isCheckable(), name);
        QVERIFY2(!action->text().isEmpty(), name);
    }
    QVERIFY(child<QAction>(m_view, "autoScrollAction")->isChecked());
    QVERIFY(child<QAction>(m_view, "showTimeAction")->isChecked());
    QVERIFY(child<QAction>(m_view, "showSentAction")->isChecked());
    QVERIFY(!child<QAction>(m_view, "wrapRowsAction")->isChecked());
    auto *checksums = child<QMenu>(m_view, "verifyChecksumMenu");
    QVERIFY(menu->actions().contains(checksums->menuAction()));
    QCOMPARE(checksumAction(m_view, Checksum::Algorithm::None)->text(), QStringLiteral("Off"));
    QVERIFY(checksumAction(m_view, Checksum::Algorithm::None)->isChecked());
    for (Checksum::Algorithm algorithm : Checksum::algorithms())
        QCOMPARE(checksumAction(m_view, algorithm)->text(), Checksum::displayName(algorithm));
    // Pause is its own button, outside the menu.
    auto *pause = child<QToolButton>(m_view, "pauseButton");
    QVERIFY(pause->isCheckable());
    QVERIFY(!pause->icon().isNull());
    QVERIFY(!pause->toolTip().isEmpty());
}

void TestTrafficViewSwitches::showTimestamps()
{
    auto *table = child<QTableView>(m_view, "tableView");
    m_view->appendEvents({received("x")});
    QVERIFY(!table->isColumnHidden(TrafficModel::TimeColumn));
    child<QAction>(m_view, "showTimeAction")->trigger();
    QVERIFY(table->isColumnHidden(TrafficModel::TimeColumn));
    QVERIFY(!m_view->showsTime());
    // Copied rows keep their time.
    QCOMPARE(m_view->model()->rowAsText(0).left(12),
             TrafficEventFormatter::timeText(m_view->model()->eventAt(0).msecsSinceEpoch));
    m_view->setShowTime(true);
    QVERIFY(!table->isColumnHidden(TrafficModel::TimeColumn));
    QVERIFY(child<QAction>(m_view, "showTimeAction")->isChecked());
}

void TestTrafficViewSwitches::showSentData()
{
    auto *table = child<QTableView>(m_view, "tableView");
    auto *count = child<QLabel>(m_view, "countLabel");
    m_view->appendEvents({received("question"), sent("answer"), TrafficEvent::state(PeerA, QStringLiteral("connected"))});
    QCOMPARE(table->model()->rowCount(), 3);
    child<QAction>(m_view, "showSentAction")->trigger();
    QVERIFY(!m_view->showsSent());
    QCOMPARE(table->model()->rowCount(), 2);
    for (int row = 0; row < 2; ++row)
        QVERIFY(table->model()->index(row, TrafficModel::DataColumn).data().toString() != QStringLiteral("answer"));
    // Still in the log, counted and saved.
    QCOMPARE(m_view->model()->rowCount(), 3);
    QVERIFY2(count->text().startsWith(QStringLiteral("2 shown of 3 event")), qPrintable(count->text()));
    m_view->appendEvents({sent("more"), received("reply")});
    QCOMPARE(table->model()->rowCount(), 3);
    child<QAction>(m_view, "showSentAction")->trigger();
    QCOMPARE(table->model()->rowCount(), 5);
    QVERIFY2(count->text().startsWith(QStringLiteral("5 event")), qPrintable(count->text()));
}

void TestTrafficViewSwitches::wrapLongRows()
{
    auto *table = child<QTableView>(m_view, "tableView");
    const int oneLine = table->verticalHeader()->defaultSectionSize();
    QVERIFY(!qobject_cast<WrappedTextDelegate *>(table->itemDelegateForColumn(TrafficModel::DataColumn)));
    child<QAction>(m_view, "wrapRowsAction")->trigger();
    QVERIFY(m_view->wrapsRows());
    QCOMPARE(m_view->model()->cellLines(), TrafficView::WrappedRowLines);
    const int wrapped = table->verticalHeader()->defaultSectionSize();
    QVERIFY2(wrapped >= TrafficView::WrappedRowLines * table->fontMetrics().lineSpacing(),
             qPrintable(QStringLiteral("%1 -> %2").arg(oneLine).arg(wrapped)));
    QVERIFY(qobject_cast<WrappedTextDelegate *>(table->itemDelegateForColumn(TrafficModel::DataColumn)));
    // Every row one height: nothing is measured, however many rows.
    QList<TrafficEvent> events;
    for (int i = 0; i < 1000; ++i)
        events.append(received(QByteArray(i % 300, 'w')));
    m_view->appendEvents(events);
    QCOMPARE(table->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    QCOMPARE(table->rowHeight(999), wrapped);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    QVERIFY(!table->grab().isNull());   // the delegate paints the wrapped rows
    // Both mode shows that many hex-editor rows in a cell.
    m_view->setDisplayMode(TrafficModel::DisplayMode::Both);
    const QString both = table->model()->index(999, TrafficModel::DataColumn).data().toString();
    QCOMPARE(both.count(QLatin1Char('\n')), TrafficView::WrappedRowLines - 1);
    child<QAction>(m_view, "wrapRowsAction")->trigger();
    QVERIFY(!m_view->wrapsRows());
    QVERIFY(table->verticalHeader()->defaultSectionSize() < wrapped);
    QVERIFY(!qobject_cast<WrappedTextDelegate *>(table->itemDelegateForColumn(TrafficModel::DataColumn)));
}

void TestTrafficViewSwitches::verifyChecksum()
{
    auto *table = child<QTableView>(m_view, "tableView");
    auto *detail = child<QPlainTextEdit>(m_view, "detailEdit");
    const QByteArray good = Checksum::withChecksum(Checksum::Algorithm::Crc16Modbus, QByteArray::fromHex("010300000002"));
    QByteArray bad = good;
    bad[bad.size() - 1] = char(bad.at(bad.size() - 1) ^ 0x01);
    m_view->appendEvents({received(good), received(bad), received(QByteArray(TrafficEvent::MaxStoredBytes + 1, 'x')),
                          sent("no checksum")});
    QVERIFY(table->isColumnHidden(TrafficModel::CheckColumn));
    table->selectRow(0);
    QVERIFY(!detail->toPlainText().contains(QStringLiteral("Checksum:")));

    checksumAction(m_view, Checksum::Algorithm::Crc16Modbus)->trigger();
    QCOMPARE(m_view->verifiedChecksum(), Checksum::Algorithm::Crc16Modbus);
    QCOMPARE(m_view->model()->checksum(), Checksum::Algorithm::Crc16Modbus);
    QVERIFY(!table->isColumnHidden(TrafficModel::CheckColumn));
    QCOMPARE(table->model()->index(0, TrafficModel::CheckColumn).data().toString(), QStringLiteral("✓"));
    QCOMPARE(table->model()->index(1, TrafficModel::CheckColumn).data().toString(), QStringLiteral("✗"));
    QCOMPARE(table->model()->index(2, TrafficModel::CheckColumn).data().toString(), QStringLiteral("?"));
    QCOMPARE(table->model()->index(3, TrafficModel::CheckColumn).data().toString(), QString());
    // The selected row's verdict in the detail pane, at once.
    QVERIFY2(detail->toPlainText().contains(QStringLiteral("\nChecksum: CRC-16/MODBUS ok\n")), qPrintable(detail->toPlainText()));
    table->selectRow(1);
    QVERIFY2(detail->toPlainText().contains(QStringLiteral("Checksum: CRC-16/MODBUS: expected 0x")), qPrintable(detail->toPlainText()));
    table->selectRow(2);
    QVERIFY2(detail->toPlainText().contains(QStringLiteral("Checksum: CRC-16/MODBUS: cannot be checked")),
             qPrintable(detail->toPlainText()));
    QVERIFY(!detail->toPlainText().contains(QStringLiteral("MODBUS ok")));
    table->selectRow(3);
    QVERIFY(!detail->toPlainText().contains(QStringLiteral("Checksum:")));

    checksumAction(m_view, Checksum::Algorithm::None)->trigger();
    QVERIFY(table->isColumnHidden(TrafficModel::CheckColumn));
    QCOMPARE(m_view->model()->checksum(), Checksum::Algorithm::None);
}

void TestTrafficViewSwitches::pauseButtonAndIndicator()
{
    auto *table = child<QTableView>(m_view, "tableView");
    auto *pause = child<QToolButton>(m_view, "pauseButton");
    auto *bar = child<QWidget>(m_view, "pauseBar");
    auto *label = child<QLabel>(m_view, "pauseLabel");
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    QList<TrafficEvent> events;
    for (int i = 0; i < 300; ++i)
        events.append(received(QByteArray::number(i)));
    m_view->appendEvents(events);
    QScrollBar *scroll = table->verticalScrollBar();
    QTRY_VERIFY(scroll->maximum() > 0);
    QTRY_COMPARE(scroll->value(), scroll->maximum());
    QVERIFY(!bar->isVisible());

    QTest::mouseClick(pause, Qt::LeftButton);
    QVERIFY(pause->isChecked());
    QVERIFY(m_view->isPaused());
    QVERIFY(bar->isVisible());
    QVERIFY2(label->text().startsWith(QStringLiteral("Paused: 0 new event")), qPrintable(label->text()));

    // Events are still received into the log and counted; the table does not move.
    const int position = scroll->value();
    const int maximum = scroll->maximum();
    m_view->appendEvents(events.mid(0, 120));
    m_view->appendEvents(events.mid(0, 3));
    QCOMPARE(m_view->model()->rowCount(), 423);
    QCOMPARE(table->model()->rowCount(), 300);
    QCoreApplication::processEvents();
    QCOMPARE(scroll->maximum(), maximum);
    QCOMPARE(scroll->value(), position);
    QVERIFY2(label->text().startsWith(QStringLiteral("Paused: 123 new event")), qPrintable(label->text()));
    QVERIFY2(child<QLabel>(m_view, "countLabel")->text().startsWith(QStringLiteral("300 shown of 423 event")),
             qPrintable(child<QLabel>(m_view, "countLabel")->text()));

    // Resume shows everything, and follows the newest row again.
    QTest::mouseClick(pause, Qt::LeftButton);
    QVERIFY(!m_view->isPaused());
    QVERIFY(!bar->isVisible());
    QCOMPARE(table->model()->rowCount(), 423);
    QTRY_VERIFY(scroll->maximum() > maximum);
    QTRY_COMPARE(scroll->value(), scroll->maximum());
}

void TestTrafficViewSwitches::resumeFromTheBar()
{
    auto *table = child<QTableView>(m_view, "tableView");
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->setPaused(true);
    QVERIFY(child<QToolButton>(m_view, "pauseButton")->isChecked());
    m_view->appendEvents({received("a"), received("b")});
    QCOMPARE(table->model()->rowCount(), 0);
    auto *resume = child<QToolButton>(m_view, "resumeButton");
    QVERIFY(resume->isVisible());
    QTest::mouseClick(resume, Qt::LeftButton);
    QVERIFY(!m_view->isPaused());
    QVERIFY(!child<QToolButton>(m_view, "pauseButton")->isChecked());
    QVERIFY(!child<QWidget>(m_view, "pauseBar")->isVisible());
    QCOMPARE(table->model()->rowCount(), 2);
}

void TestTrafficViewSwitches::switchesAreRememberedPerKey()
{
    const QString key = QStringLiteral("test/log");
    m_view->setSettingsKey(key);
    m_view->setDisplayMode(TrafficModel::DisplayMode::Both);
    child<QAction>(m_view, "showTimeAction")->trigger();
    child<QAction>(m_view, "showSentAction")->trigger();
    child<QAction>(m_view, "wrapRowsAction")->trigger();
    child<QAction>(m_view, "autoScrollAction")->trigger();
    checksumAction(m_view, Checksum::Algorithm::Crc32)->trigger();
    m_view->setPaused(true);

    TrafficView again;
    again.setSettingsKey(key);
    QCOMPARE(again.model()->displayMode(), TrafficModel::DisplayMode::Both);
    QCOMPARE(child<QComboBox>(&again, "displayModeCombo")->currentIndex(), 2);
    QVERIFY(!again.showsTime());
    QVERIFY(child<QTableView>(&again, "tableView")->isColumnHidden(TrafficModel::TimeColumn));
    QVERIFY(!again.showsSent());
    QVERIFY(again.wrapsRows());
    QCOMPARE(again.model()->cellLines(), TrafficView::WrappedRowLines);
    QVERIFY(!again.autoScroll());
    QCOMPARE(again.verifiedChecksum(), Checksum::Algorithm::Crc32);
    QVERIFY(checksumAction(&again, Checksum::Algorithm::Crc32)->isChecked());
    QVERIFY(!child<QTableView>(&again, "tableView")->isColumnHidden(TrafficModel::CheckColumn));
    // A new session shows live traffic: the pause is not remembered.
    QVERIFY(!again.isPaused());

    // Another key, another view: the defaults.
    TrafficView other;
    other.setSettingsKey(QStringLiteral("test/other"));
    QCOMPARE(other.model()->displayMode(), TrafficModel::DisplayMode::Text);
    QVERIFY(other.showsTime() && other.showsSent() && !other.wrapsRows() && other.autoScroll());
    QCOMPARE(other.verifiedChecksum(), Checksum::Algorithm::None);

    // Going back to the defaults is remembered too.
    again.setDisplayMode(TrafficModel::DisplayMode::Text);
    again.setShowTime(true);
    TrafficView third;
    third.setSettingsKey(key);
    QCOMPARE(third.model()->displayMode(), TrafficModel::DisplayMode::Text);
    QVERIFY(third.showsTime());
    QVERIFY(!third.showsSent());
}

void TestTrafficViewSwitches::mainWindowViewMenuHasBoth()
{
    MainWindow window;
    auto *tcp = window.findChild<TcpTab *>();
    QVERIFY(tcp);
    tcp->showServer();
    TrafficView *view = tcp->serverPanel()->trafficView();
    auto *both = child<QAction>(&window, "actionShowBoth");
    QVERIFY(both->isCheckable());
    QVERIFY(both->isEnabled());
    both->trigger();
    QCOMPARE(view->model()->displayMode(), TrafficModel::DisplayMode::Both);
    QVERIFY(!child<QAction>(&window, "actionShowText")->isChecked());
    // The tab's log remembers it (its settings key).
    TrafficView again;
    again.setSettingsKey(QStringLiteral("tcp/server/log"));
    QCOMPARE(again.model()->displayMode(), TrafficModel::DisplayMode::Both);
    child<QAction>(&window, "actionShowText")->trigger();
    QCOMPARE(view->model()->displayMode(), TrafficModel::DisplayMode::Text);
}

// With SOCKETLAB_GRAB_DIR set, pictures of Both mode with the switches on, to look at.
void TestTrafficViewSwitches::grabForALook()
{
    const QString dir = qEnvironmentVariable("SOCKETLAB_GRAB_DIR");
    if (dir.isEmpty())
        QSKIP("SOCKETLAB_GRAB_DIR is not set");
    m_view->resize(820, 520);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->appendEvents({TrafficEvent::state(QString(), QStringLiteral("Listening on port 9000.")),
                          received("hello\x01\x02 world"), received("\xe4\xb8\xad\xe6\x96\x87\xe6\xb5\x8b\xe8\xaf\x95"),
                          received("GET /index.html HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"),
                          received(QByteArray::fromHex("01030000000AC5CD")), received(QByteArray::fromHex("01030000000AC5CE")),
                          sent("HELLO\x01\x02 WORLD")});
    m_view->setDisplayMode(TrafficModel::DisplayMode::Both);
    m_view->setVerifiedChecksum(Checksum::Algorithm::Crc16Modbus);
    child<QTableView>(m_view, "tableView")->selectRow(4);
    QCoreApplication::processEvents();
    m_view->grab().save(QDir(dir).filePath(QStringLiteral("trafficview-both.png")));
    m_view->setWrapRows(true);
    m_view->setPaused(true);
    m_view->appendEvents({received("while paused")});
    QCoreApplication::processEvents();
    m_view->grab().save(QDir(dir).filePath(QStringLiteral("trafficview-both-wrapped-paused.png")));
}

QTEST_MAIN(TestTrafficViewSwitches)
#include "tst_trafficviewswitches.moc"
