#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include "TrafficView.h"

namespace {

TrafficEvent received(const QString &peer, const QByteArray &bytes)
{
    return TrafficEvent::data(peer, TrafficEvent::Direction::In, bytes);
}

const QString PeerA = QStringLiteral("127.0.0.1:50001");
const QString PeerB = QStringLiteral("127.0.0.1:50002");

} // namespace

class TestTrafficView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void namedWidgetsExist();
    void filterByPeer();
    void detailPaneShowsTheSelectedRow();
    void detailFollowsTheEncoding();
    void clearEmptiesEverything();
    void copyPutsSelectedRowsOnTheClipboard();
    void ctrlCCopies();
    void countLabelMentionsDropped();
    void displayModeAndEncodingControls();
    void autoScrollFollowsOnlyWhenChecked();

private:
    template <typename T> T *child(const char *name) const
    {
        T *widget = m_view->findChild<T *>(QLatin1String(name));
        Q_ASSERT(widget);
        return widget;
    }

    TrafficView *m_view = nullptr;
};

void TestTrafficView::init()
{
    m_view = new TrafficView;
    m_view->resize(800, 500);
}

void TestTrafficView::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

void TestTrafficView::namedWidgetsExist()
{
    const char *names[] = {"displayModeCombo", "encodingCombo", "peerFilterCombo", "viewButton", "pauseButton",
                           "countLabel", "copyButton", "clearButton", "saveButton", "detailEdit",
                           "splitter", "tableView"};
    for (const char *name : names)
        QVERIFY2(m_view->findChild<QWidget *>(QLatin1String(name)), name);
    QVERIFY(child<QAction>("autoScrollAction")->isChecked());
    QVERIFY(m_view->autoScroll());
    QVERIFY(child<QPlainTextEdit>("detailEdit")->isReadOnly());
    QVERIFY(!child<QTableView>("tableView")->verticalHeader()->isVisible());
    QVERIFY(child<QToolButton>("saveButton")->menu());
    // Text, CSV, events (JSON Lines), a separator, the diagram's export.
    QCOMPARE(child<QToolButton>("saveButton")->menu()->actions().size(), 5);
}

void TestTrafficView::filterByPeer()
{
    auto *table = child<QTableView>("tableView");
    auto *combo = child<QComboBox>("peerFilterCombo");
    m_view->appendEvents({received(PeerA, "a1"), received(PeerB, "b1"), received(PeerA, "a2"),
                          TrafficEvent::state(QString(), QStringLiteral("listening"))});
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->itemText(0), QStringLiteral("All peers"));
    QCOMPARE(table->model()->rowCount(), 4);

    m_view->setPeerFilter(PeerA);
    QCOMPARE(m_view->peerFilter(), PeerA);
    QCOMPARE(table->model()->rowCount(), 2);
    for (int row = 0; row < 2; ++row)
        QCOMPARE(table->model()->index(row, TrafficModel::PeerColumn).data().toString(), PeerA);
    // (Plural endings come from the English catalogue, which tests may not load: match the stem.)
    QVERIFY(child<QLabel>("countLabel")->text().startsWith(QStringLiteral("2 shown of 4 event")));

    // New events of the other peer stay hidden; the filter is an exact match.
    m_view->appendEvents({received(PeerB, "b2"), received(QStringLiteral("127.0.0.1:5000"), "prefix")});
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(combo->count(), 4);

    combo->setCurrentIndex(combo->findData(PeerB));
    QCOMPARE(table->model()->rowCount(), 2);
    combo->setCurrentIndex(0);
    QCOMPARE(table->model()->rowCount(), 6);
    QVERIFY(m_view->peerFilter().isEmpty());
}

void TestTrafficView::detailPaneShowsTheSelectedRow()
{
    auto *table = child<QTableView>("tableView");
    auto *detail = child<QPlainTextEdit>("detailEdit");
    const QByteArray payload("hello\r\nworld \x01\xff");
    m_view->appendEvents({received(PeerA, "first"), received(PeerB, payload)});
    QVERIFY(detail->toPlainText().isEmpty());
    table->selectRow(1);
    const QString text = detail->toPlainText();
    QVERIFY2(text.contains(TextCodec::hexDump(payload).trimmed()), qPrintable(text));
    QVERIFY(text.contains(PeerB));
    QVERIFY(text.contains(QStringLiteral("received")));
    QVERIFY(text.contains(QStringLiteral("hello\\r\\n\nworld \\x01\\xff")));
    QVERIFY(text.contains(QStringLiteral("Size: %1 byte").arg(payload.size())));

    // Filtering maps the selection through the proxy: the detail still shows the right event.
    m_view->setPeerFilter(PeerA);
    table->selectRow(0);
    QVERIFY(detail->toPlainText().contains(TextCodec::hexDump("first").trimmed()));
    QVERIFY(!detail->toPlainText().contains(PeerB));
}

void TestTrafficView::detailFollowsTheEncoding()
{
    auto *table = child<QTableView>("tableView");
    auto *detail = child<QPlainTextEdit>("detailEdit");
    m_view->appendEvents({received(PeerA, QByteArray("\xc4\xe3\xba\xc3"))});
    table->selectRow(0);
    QVERIFY(detail->toPlainText().contains(QStringLiteral("\\xc4\\xe3")));
    m_view->setEncoding(TextCodec::Encoding::Gbk);
    QVERIFY(detail->toPlainText().contains(QStringLiteral("你好")));
}

void TestTrafficView::clearEmptiesEverything()
{
    auto *table = child<QTableView>("tableView");
    m_view->appendEvents({received(PeerA, "x"), received(PeerB, "y")});
    m_view->setPeerFilter(PeerB);
    table->selectRow(0);
    QVERIFY(!child<QPlainTextEdit>("detailEdit")->toPlainText().isEmpty());
    QTest::mouseClick(child<QToolButton>("clearButton"), Qt::LeftButton);
    QCOMPARE(m_view->model()->rowCount(), 0);
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(child<QPlainTextEdit>("detailEdit")->toPlainText().isEmpty());
    QCOMPARE(child<QComboBox>("peerFilterCombo")->count(), 1);
    QVERIFY(m_view->peerFilter().isEmpty());
    QVERIFY(child<QLabel>("countLabel")->text().startsWith(QStringLiteral("0 event")));
    m_view->appendEvents({received(PeerA, "z")});
    QCOMPARE(table->model()->rowCount(), 1);
}

void TestTrafficView::copyPutsSelectedRowsOnTheClipboard()
{
    auto *table = child<QTableView>("tableView");
    m_view->appendEvents({received(PeerA, "one"), received(PeerB, "two"), received(PeerA, "three")});
    QApplication::clipboard()->clear();
    table->selectionModel()->select(table->model()->index(2, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    table->selectionModel()->select(table->model()->index(0, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTest::mouseClick(child<QToolButton>("copyButton"), Qt::LeftButton);
    const QString expected = m_view->model()->rowAsText(0) + QLatin1Char('\n') + m_view->model()->rowAsText(2)
                             + QLatin1Char('\n');
    QCOMPARE(QApplication::clipboard()->text(), expected);
    QVERIFY(expected.contains(QStringLiteral("<  three")));
}

void TestTrafficView::ctrlCCopies()
{
    auto *table = child<QTableView>("tableView");
    m_view->appendEvents({received(PeerA, "copied by keyboard")});
    m_view->show();
    QApplication::setActiveWindow(m_view);
    QVERIFY(QTest::qWaitForWindowActive(m_view));
    table->setFocus();
    table->selectRow(0);
    QApplication::clipboard()->clear();
    QTest::keySequence(table, QKeySequence(QKeySequence::Copy));
    QTRY_COMPARE(QApplication::clipboard()->text(), m_view->model()->rowAsText(0) + QLatin1Char('\n'));
}

void TestTrafficView::countLabelMentionsDropped()
{
    m_view->model()->setCapacity(5);
    QList<TrafficEvent> events;
    for (int i = 0; i < 8; ++i)
        events.append(received(PeerA, QByteArray::number(i)));
    m_view->appendEvents(events.mid(0, 4));
    QVERIFY(child<QLabel>("countLabel")->text().startsWith(QStringLiteral("4 event")));
    QVERIFY(!child<QLabel>("countLabel")->text().contains(QStringLiteral("dropped")));
    m_view->appendEvents(events.mid(4));
    const QString label = child<QLabel>("countLabel")->text();
    QVERIFY2(label.startsWith(QStringLiteral("5 event")), qPrintable(label));
    QVERIFY2(label.endsWith(QStringLiteral(" (3 dropped by the cap)")), qPrintable(label));
}

void TestTrafficView::displayModeAndEncodingControls()
{
    QSignalSpy modeSpy(m_view, &TrafficView::displayModeChanged);
    QSignalSpy encodingSpy(m_view, &TrafficView::encodingChanged);
    auto *modeCombo = child<QComboBox>("displayModeCombo");
    auto *encodingCombo = child<QComboBox>("encodingCombo");
    QCOMPARE(encodingCombo->count(), 3);
    m_view->appendEvents({received(PeerA, "AB")});

    modeCombo->setCurrentIndex(1);
    QCOMPARE(m_view->model()->displayMode(), TrafficModel::DisplayMode::Hex);
    QCOMPARE(modeSpy.count(), 1);
    QCOMPARE(m_view->model()->index(0, TrafficModel::DataColumn).data().toString(), QStringLiteral("41 42"));
    QVERIFY(!encodingCombo->isEnabled());
    m_view->setDisplayMode(TrafficModel::DisplayMode::Text);
    QCOMPARE(modeCombo->currentIndex(), 0);
    QCOMPARE(modeSpy.count(), 2);

    m_view->setEncoding(TextCodec::Encoding::Latin1);
    QCOMPARE(encodingCombo->currentText(), QStringLiteral("Latin-1"));
    QCOMPARE(m_view->model()->encoding(), TextCodec::Encoding::Latin1);
    QCOMPARE(encodingSpy.count(), 1);
    QCOMPARE(encodingSpy.at(0).at(0).value<TextCodec::Encoding>(), TextCodec::Encoding::Latin1);
}

void TestTrafficView::autoScrollFollowsOnlyWhenChecked()
{
    auto *table = child<QTableView>("tableView");
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    QList<TrafficEvent> events;
    for (int i = 0; i < 500; ++i)
        events.append(received(PeerA, QByteArray::number(i)));
    m_view->appendEvents(events);
    QScrollBar *bar = table->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());

    m_view->setAutoScroll(false);
    bar->setValue(0);
    m_view->appendEvents(events);
    QTRY_VERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), 0);

    child<QAction>("autoScrollAction")->trigger();   // View > Auto-scroll
    QVERIFY(m_view->autoScroll());
    QTRY_COMPARE(bar->value(), bar->maximum());
}

QTEST_MAIN(TestTrafficView)
#include "tst_trafficview.moc"
