// The file tab's speed graph (TransferSpeedGraph), offscreen with real widgets: classic uploads
// paced by the test over real sockets to the tab's own file server make the selected transfer's
// curve and the total grow with plausible rates; a finished transfer's curve stays, ends at the
// right edge and says it finished; changing the selection switches the curve (none selected: the
// total alone); a hidden graph does not tick while the shown one does; switching the language
// retranslates it. And TransferSpeedSamples on a model without widgets: a history per transfer
// from its row's start, ended when it finished, restarted by a retry, forgotten when cleared.
#include <QGroupBox>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QValueAxis>
#include <QtTest>

#include "FileServerPanel.h"
#include "FileTab.h"
#include "LanguageManager.h"
#include "TestEnvironment.h"
#include "TransferSpeedChart.h"
#include "TransferSpeedGraph.h"
#include "TransferSpeedSamples.h"
#include "TransferTableModel.h"
#include "UiTestHelpers.h"

using UiTest::child;

namespace {
constexpr int Tick = 50;   // ms: twenty samples a second instead of one
constexpr int Timeout = 30000;

// A classic upload (seed 002: "NAME<SEPARATOR>SIZE", the server's "ok", the bytes) sent in
// `chunk`-byte pieces every 10 ms, so it lasts over several of the graph's ticks.
class PacedUpload : public QObject
{
public:
    PacedUpload(quint16 port, const QString &name, qint64 size, int chunk)
        : m_size(size)
        , m_chunk(chunk)
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 n = qMin<qint64>(m_chunk, m_size - m_sent);
            m_socket.write(QByteArray(int(n), 'x'));
            m_sent += n;
            if (m_sent >= m_size) {
                m_timer.stop();
                m_socket.disconnectFromHost();
            }
        });
        connect(&m_socket, &QTcpSocket::connected, this, [this, name] {
            m_socket.write((name + QStringLiteral("<SEPARATOR>%1").arg(m_size)).toUtf8());
        });
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] {
            if (m_socket.readAll().contains("ok") && !m_timer.isActive() && m_sent == 0)
                m_timer.start();
        });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }
    qint64 sent() const { return m_sent; }

private:
    QTcpSocket m_socket;
    QTimer m_timer;
    qint64 m_size;
    int m_chunk;
    qint64 m_sent = 0;
};

double highest(const QLineSeries *series)
{
    double top = 0;
    for (const QPointF &p : series->points())
        top = std::max(top, p.y());
    return top;
}

// Bytes per second of one unit of the chart's rate axis.
double unitOf(const TransferSpeedChart *chart)
{
    const QString title = chart->rateAxis()->titleText();
    if (title == QStringLiteral("MiB/s"))
        return 1024.0 * 1024;
    if (title == QStringLiteral("KiB/s"))
        return 1024.0;
    if (title == QStringLiteral("GiB/s"))
        return 1024.0 * 1024 * 1024;
    return 1;
}

int rowOfFile(const TransferTableModel *model, const QString &file)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->transferAt(row).file == file)
            return row;
    }
    return -1;
}

TransferInfo info(quint64 id, TransferInfo::State state, qint64 done)
{
    TransferInfo i;
    i.id = id;
    i.file = QStringLiteral("f%1").arg(id);
    i.direction = TransferInfo::Direction::Upload;
    i.state = state;
    i.bytesDone = done;
    i.bytesTotal = 1000000;
    return i;
}
} // namespace

class TestTransferSpeedGraph : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void samplesFollowTheModel();
    void transferDrawsItsSpeed();
    void selectionSwitchesTheCurve();
    void hiddenGraphDoesNotTick();
    void languageSwitchRetranslates();

private:
    // The tab with its server running on free ports of 127.0.0.1, shown at 1024 x 700.
    bool startServer(FileTab *tab);

    std::unique_ptr<TestEnvironment> m_env;
    QTemporaryDir m_root;
};

void TestTransferSpeedGraph::initTestCase()
{
    m_env = std::make_unique<TestEnvironment>();
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    QVERIFY(m_root.isValid());
}

void TestTransferSpeedGraph::init()
{
    QSettings().clear();
}

bool TestTransferSpeedGraph::startServer(FileTab *tab)
{
    tab->resize(1024, 700);
    tab->show();
    QString error;
    const bool opened = tab->openCommand(QStringLiteral("file-server"),
                                         {QStringLiteral("--root"), m_root.path(), QStringLiteral("--bind"),
                                          QStringLiteral("localhost"), QStringLiteral("--download-port"), QStringLiteral("0"),
                                          QStringLiteral("--upload-port"), QStringLiteral("0"), QStringLiteral("--port"),
                                          QStringLiteral("0")},
                                         &error);
    if (!opened) {
        qWarning() << error;
        return false;
    }
    return QTest::qWaitFor([tab] { return tab->serverPanel()->isRunning(); }, Timeout);
}

void TestTransferSpeedGraph::samplesFollowTheModel()
{
    TransferTableModel model(TransferTableModel::Side::Server);
    TransferSpeedSamples samples(60);
    using State = TransferInfo::State;
    // Times in milliseconds: a row appears at 0 with nothing moved, and moves 1000 bytes a second.
    model.update(info(1, State::Running, 0));
    samples.started(1, 0, 0);
    for (int second = 1; second <= 3; ++second) {
        model.update(info(1, State::Running, 1000 * second));
        samples.sample(model, 1000 * second, 1000 * second);
    }
    QVERIFY(samples.transfer(1));
    // From its start (the sample at 1 s counts the first second, not only from the first tick).
    QCOMPARE(samples.transfer(1)->size(), 3);
    for (const RateSampler::Sample &s : samples.transfer(1)->samples())
        QCOMPARE(TransferSpeedSamples::bytesPerSecond(s), 1000.0);
    QCOMPARE(samples.averageSinceStart(1), 1000.0);
    // The total: what the table's counters gained, from the first sample on.
    QCOMPARE(samples.total().size(), 2);
    QCOMPARE(TransferSpeedSamples::bytesPerSecond(samples.total().at(1)), 1000.0);

    // Finished: one more sample takes its last bytes, then its history ends and stays.
    model.update(info(1, State::Done, 3500));
    samples.sample(model, 4000, 4000);
    QVERIFY(samples.hasEnded(1));
    QCOMPARE(samples.transfer(1)->size(), 4);
    QCOMPARE(TransferSpeedSamples::bytesPerSecond(samples.transfer(1)->at(3)), 500.0);
    samples.sample(model, 5000, 5000);
    samples.sample(model, 6000, 6000);
    QCOMPARE(samples.transfer(1)->size(), 4);
    QCOMPARE(samples.total().size(), 5);

    // Retried: a new history from there.
    model.update(info(1, State::Running, 0));
    samples.sample(model, 7000, 7000);
    QVERIFY(!samples.hasEnded(1));
    QCOMPARE(samples.transfer(1)->size(), 0);
    model.update(info(1, State::Running, 2000));
    samples.sample(model, 8000, 8000);
    QCOMPARE(samples.transfer(1)->size(), 1);
    QCOMPARE(TransferSpeedSamples::bytesPerSecond(samples.transfer(1)->at(0)), 2000.0);
    // The table's counters never go back, so the total never shows the retry as negative.
    for (const RateSampler::Sample &s : samples.total().samples())
        QVERIFY(TransferSpeedSamples::bytesPerSecond(s) >= 0);

    // A row found in the table without started() (there before the graph) starts where it is.
    model.update(info(2, State::Running, 5000));
    samples.sample(model, 9000, 9000);
    QVERIFY(samples.transfer(2));
    QCOMPARE(samples.transfer(2)->size(), 0);
    QCOMPARE(samples.transferCount(), 2);

    // Cleared from the table: forgotten.
    model.update(info(1, State::Cancelled, 2000));
    model.update(info(2, State::Done, 6000));
    model.removeFinished();
    samples.sample(model, 10000, 10000);
    QCOMPARE(samples.transferCount(), 0);
    QVERIFY(!samples.transfer(1));
}

void TestTransferSpeedGraph::transferDrawsItsSpeed()
{
    FileTab tab;
    QVERIFY(startServer(&tab));
    FileServerPanel *server = tab.serverPanel();
    auto *graph = child<TransferSpeedGraph>(server, "speedGraph");
    TransferSpeedChart *chart = graph->chart();
    chart->setTickInterval(Tick);
    QVERIFY(graph->isVisible());
    QTRY_VERIFY(chart->isTicking());
    // Nothing selected: the total alone.
    QVERIFY(!chart->selectedSeries()->isVisible());
    QVERIFY(chart->totalSeries()->isVisible());
    QCOMPARE(chart->totalSeries()->name(), QStringLiteral("All transfers"));

    // 600 KiB at 8 KiB every 10 ms: about three quarters of a second, over a dozen ticks.
    const qint64 size = 600 * 1024;
    PacedUpload upload(server->uploadPort(), QStringLiteral("paced.bin"), size, 8 * 1024);
    TransferTableModel *model = server->transferModel();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, Timeout);
    auto *table = child<QTableView>(server, "transfersView");
    table->selectRow(0);
    const quint64 id = model->transferAt(0).id;
    QCOMPARE(chart->selectedId(), std::optional<quint64>(id));
    QVERIFY(chart->selectedSeries()->isVisible());
    QCOMPARE(chart->selectedSeries()->name(), QStringLiteral("paced.bin"));

    // While it runs, its curve grows with the ticks, and rises above zero.
    QTRY_VERIFY_WITH_TIMEOUT(chart->selectedSeries()->count() >= 3 && highest(chart->selectedSeries()) > 0, Timeout);
    // In words: its current and average speed (the upload lasts three quarters of a second at least).
    QTRY_VERIFY2_WITH_TIMEOUT(graph->summary().startsWith(QStringLiteral("paced.bin: "))
                                  && graph->summary().contains(QStringLiteral(" now, ")),
                              qPrintable(graph->summary()), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(highest(chart->totalSeries()) > 0, Timeout);

    // Done: the curve stays, ends at the right edge, and the words say it finished.
    QTRY_COMPARE_WITH_TIMEOUT(model->transferAt(0).state, TransferInfo::State::Done, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(chart->showsFinishedCurve(), Timeout);
    QVERIFY2(graph->summary().startsWith(QStringLiteral("paced.bin finished: ")), qPrintable(graph->summary()));
    QVERIFY(!chart->totalSeries()->isVisible());
    const QList<QPointF> curve = chart->selectedSeries()->points();
    QVERIFY(curve.size() >= 3);
    QCOMPARE(curve.constLast().x(), 0.0);
    QVERIFY(curve.constFirst().x() >= -60);
    // Plausible: never below zero; no sample above the whole file arriving within half a tick;
    // the bytes under the curve (rate x tick) are about the file (the sampler spreads a late tick's
    // bytes over the seconds it covers: within a factor of two either way).
    const double unit = unitOf(chart);
    double moved = 0;
    for (const QPointF &p : curve) {
        QVERIFY(p.y() >= 0);
        QVERIFY2(p.y() * unit <= size * 1000.0 / (Tick / 2.0), qPrintable(QString::number(p.y())));
        moved += p.y() * unit * Tick / 1000.0;
    }
    QVERIFY2(moved > size / 2.0 && moved < size * 2.0, qPrintable(QString::number(moved)));
    QVERIFY(chart->rateAxis()->max() >= highest(chart->selectedSeries()));

    // Ticks go on (the total grows); the finished curve does not.
    const int total = chart->samples().total().size();
    QTRY_VERIFY_WITH_TIMEOUT(chart->samples().total().size() >= total + 3, Timeout);
    QCOMPARE(chart->selectedSeries()->points(), curve);

    // Cleared: forgotten, and the graph is back at the total.
    QTest::mouseClick(child<QPushButton>(server, "clearFinishedButton"), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!chart->selectedId());
    QVERIFY(chart->totalSeries()->isVisible());
    QVERIFY2(graph->summary().startsWith(QStringLiteral("All transfers")), qPrintable(graph->summary()));
    QTRY_COMPARE_WITH_TIMEOUT(chart->samples().transferCount(), 0, Timeout);
}

void TestTransferSpeedGraph::selectionSwitchesTheCurve()
{
    FileTab tab;
    QVERIFY(startServer(&tab));
    FileServerPanel *server = tab.serverPanel();
    auto *graph = child<TransferSpeedGraph>(server, "speedGraph");
    TransferSpeedChart *chart = graph->chart();
    chart->setTickInterval(Tick);
    // Two uploads at once, one four times as fast as the other.
    PacedUpload fast(server->uploadPort(), QStringLiteral("fast.bin"), 1200 * 1024, 16 * 1024);
    PacedUpload slow(server->uploadPort(), QStringLiteral("slow.bin"), 300 * 1024, 4 * 1024);
    TransferTableModel *model = server->transferModel();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(chart->samples().total().size() >= 4, Timeout);
    auto *table = child<QTableView>(server, "transfersView");

    // Each selection draws that transfer's own samples, under its name.
    for (const QString &file : {QStringLiteral("fast.bin"), QStringLiteral("slow.bin"), QStringLiteral("fast.bin")}) {
        const int row = rowOfFile(model, file);
        QVERIFY(row >= 0);
        table->selectRow(row);
        const quint64 id = model->transferAt(row).id;
        QCOMPARE(chart->selectedId(), std::optional<quint64>(id));
        QCOMPARE(chart->selectedSeries()->name(), file);
        QVERIFY2(graph->summary().startsWith(file), qPrintable(graph->summary()));
        const RateSampler *samples = chart->samples().transfer(id);
        QVERIFY(samples);
        const QList<QPointF> points = chart->selectedSeries()->points();
        QCOMPARE(points.size(), samples->size());
        const double unit = unitOf(chart);
        for (int i = 0; i < points.size(); ++i) {
            const double expected = TransferSpeedSamples::bytesPerSecond(samples->at(i)) * 1000.0 / Tick;
            QVERIFY2(qAbs(points.at(i).y() * unit - expected) <= 1e-6 * qMax(1.0, expected),
                     qPrintable(QStringLiteral("%1: %2 against %3").arg(file).arg(points.at(i).y() * unit).arg(expected)));
        }
    }
    // The two curves differ (the fast one carries four times the bytes).
    const int fastRow = rowOfFile(model, QStringLiteral("fast.bin"));
    const int slowRow = rowOfFile(model, QStringLiteral("slow.bin"));
    QTRY_VERIFY_WITH_TIMEOUT(chart->samples().transfer(model->transferAt(fastRow).id)->size() >= 3, Timeout);
    table->selectRow(fastRow);
    const QList<QPointF> fastCurve = chart->selectedSeries()->points();
    table->selectRow(slowRow);
    QVERIFY(chart->selectedSeries()->points() != fastCurve);

    // No selection: the total alone, in words too.
    table->clearSelection();
    QVERIFY(!chart->selectedId());
    QVERIFY(!chart->selectedSeries()->isVisible());
    QVERIFY(chart->totalSeries()->isVisible());
    for (QLegendMarker *marker : chart->chart()->legend()->markers(chart->selectedSeries()))
        QVERIFY(!marker->isVisible());
    QVERIFY2(graph->summary().startsWith(QStringLiteral("All transfers: ")), qPrintable(graph->summary()));
    QTRY_VERIFY_WITH_TIMEOUT(fast.sent() == 1200 * 1024 && slow.sent() == 300 * 1024, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(model->unfinishedCount() == 0, Timeout);
}

void TestTransferSpeedGraph::hiddenGraphDoesNotTick()
{
    FileTab tab;
    QVERIFY(startServer(&tab));
    auto *serverGraph = child<TransferSpeedGraph>(tab.serverPanel(), "speedGraph");
    auto *clientGraph = child<TransferSpeedGraph>(tab.clientPanel(), "speedGraph");
    serverGraph->chart()->setTickInterval(Tick);
    clientGraph->chart()->setTickInterval(Tick);
    QTRY_VERIFY(serverGraph->chart()->isTicking());
    QVERIFY(!clientGraph->isVisible());
    QVERIFY(!clientGraph->chart()->isTicking());

    // The client side shown, the server's graph is hidden: the client's ticks, the server's not.
    tab.showClient();
    QTRY_VERIFY(clientGraph->chart()->isTicking());
    QVERIFY(!serverGraph->isVisible());
    QVERIFY(!serverGraph->chart()->isTicking());
    QSignalSpy serverTicks(serverGraph->chart(), &TransferSpeedChart::sampled);
    QSignalSpy clientTicks(clientGraph->chart(), &TransferSpeedChart::sampled);
    QTRY_VERIFY(clientTicks.size() >= 5);
    QCOMPARE(serverTicks.size(), 0);

    // Shown again, it ticks at once and goes on.
    tab.showServer();
    QVERIFY(serverGraph->chart()->isTicking());
    QVERIFY(!clientGraph->chart()->isTicking());
    QVERIFY(serverTicks.size() >= 1);
    QTRY_VERIFY(serverTicks.size() >= 3);
}

void TestTransferSpeedGraph::languageSwitchRetranslates()
{
    FileTab tab;   // not shown: no tick changes the words meanwhile
    auto *graph = child<TransferSpeedGraph>(tab.serverPanel(), "speedGraph");
    QCOMPARE(graph->chart()->totalSeries()->name(), QStringLiteral("All transfers"));
    const QString englishSummary = graph->summary();
    LanguageManager::instance().setLanguage(QStringLiteral("zh_CN"));
    // A window never shown gets the language change posted.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    const QString total = QCoreApplication::translate("TransferSpeedChart", "All transfers");
    QCOMPARE(graph->chart()->totalSeries()->name(), total);
    QCOMPARE(graph->summary(), QCoreApplication::translate("TransferSpeedGraph", "All transfers together. Select a "
                                                                                 "transfer in the table to see its own speed."));
    QCOMPARE(child<QGroupBox>(tab.serverPanel(), "speedGroup")->title(),
             QCoreApplication::translate("FileServerPanel", "Transfer speed"));
    // Needs the regenerated catalogue (translations/pending_speed.tsv).
    QVERIFY2(total != QStringLiteral("All transfers"), "TransferSpeedChart has no Chinese yet");
    QVERIFY(graph->summary() != englishSummary);
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCOMPARE(graph->chart()->totalSeries()->name(), QStringLiteral("All transfers"));
    QCOMPARE(graph->summary(), englishSummary);
}

QTEST_MAIN(TestTransferSpeedGraph)
#include "tst_transferspeedgraph.moc"
