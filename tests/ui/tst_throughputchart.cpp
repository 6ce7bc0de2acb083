// The live throughput chart (ThroughputChart) in the real tabs, offscreen: datagrams over a real
// socket make the UDP tab's chart grow with plausible rates; a hidden chart does not tick and
// catches up when shown; a counter reset never draws a negative rate; the web server's chart
// draws requests/s; switching the language retranslates the legend.
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUdpSocket>
#include <QValueAxis>
#include <QtTest>

#include "LanguageManager.h"
#include "TestEnvironment.h"
#include "ThroughputChart.h"
#include "UdpTab.h"
#include "UiTestHelpers.h"
#include "WebTab.h"

using UiTest::child;

namespace {
constexpr int Tick = 100;   // ms: ten samples a second instead of one

double highest(const QLineSeries *series)
{
    double top = 0;
    for (const QPointF &p : series->points())
        top = std::max(top, p.y());
    return top;
}

double lowest(const QLineSeries *series)
{
    double bottom = 0;
    for (const QPointF &p : series->points())
        bottom = std::min(bottom, p.y());
    return bottom;
}
} // namespace

class TestThroughputChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void udpTrafficMovesTheChart();
    void hiddenChartDoesNotTick();
    void resetNeverDrawsANegativeRate();
    void webChartCountsRequests();
    void languageSwitchRetranslatesTheLegend();

private:
    std::unique_ptr<TestEnvironment> m_env;
};

void TestThroughputChart::initTestCase()
{
    m_env = std::make_unique<TestEnvironment>();
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

void TestThroughputChart::init()
{
    QSettings().clear();
}

void TestThroughputChart::udpTrafficMovesTheChart()
{
    UdpTab tab;
    tab.resize(1024, 700);
    tab.show();
    auto *chart = child<ThroughputChart>(&tab, "throughputChart");
    chart->setTickInterval(Tick);
    QVERIFY(chart->isVisible());
    QTRY_VERIFY(chart->isTicking());
    QCOMPARE(chart->receivedSeries()->name(), QStringLiteral("Received"));
    QCOMPARE(chart->sentSeries()->name(), QStringLiteral("Sent"));
    QVERIFY(!chart->countSeries()->isVisible());   // no requests in UDP

    child<QSpinBox>(&tab, "portSpin")->setValue(0);
    QTest::mouseClick(child<QPushButton>(&tab, "bindButton"), Qt::LeftButton);
    QTRY_VERIFY(tab.isBound());

    // 20 datagrams of 1000 bytes: the received line rises above zero, and no sample can show
    // more than all of them arriving in the shortest sample (half a tick, when a timer fires
    // late then early: 20,000 bytes in 0.05 s = 400,000 bytes/s, about 390 KiB/s); the chart's
    // unit is then bytes/s or KiB/s.
    QUdpSocket sender;
    QVERIFY(sender.bind(QHostAddress::LocalHost, 0));
    for (int i = 0; i < 20; ++i)
        sender.writeDatagram(QByteArray(1000, 'x'), QHostAddress::LocalHost, tab.boundPort());
    QTRY_COMPARE(tab.counters().bytesIn, qint64(20000));
    QTRY_VERIFY(highest(chart->receivedSeries()) > 0);
    const QString unit = chart->rateAxis()->titleText();
    QVERIFY2(unit == QStringLiteral("KiB/s") || unit == QStringLiteral("bytes/s"), qPrintable(unit));
    const double factor = unit == QStringLiteral("KiB/s") ? 1024 : 1;
    QVERIFY2(highest(chart->receivedSeries()) * factor <= 20000.0 * 1000 / (Tick / 2.0),
             qPrintable(QString::number(highest(chart->receivedSeries()))));
    QCOMPARE(highest(chart->sentSeries()), 0.0);
    // The line keeps growing with the ticks, up to the last minute's samples.
    const int before = chart->receivedSeries()->count();
    QTRY_VERIFY(chart->receivedSeries()->count() >= before + 3);
    QVERIFY(chart->receivedSeries()->count() <= 60);
    // Time runs from -60 to 0, the newest at 0.
    QCOMPARE(chart->receivedSeries()->points().constLast().x(), 0.0);
    QVERIFY(chart->receivedSeries()->points().constFirst().x() >= -60);
    // The axis top covers the highest point.
    QVERIFY(chart->rateAxis()->max() >= highest(chart->receivedSeries()));
}

void TestThroughputChart::hiddenChartDoesNotTick()
{
    qint64 bytes = 0;
    QWidget window;
    auto *shown = new ThroughputChart(&window);
    auto *hidden = new ThroughputChart(&window);
    for (ThroughputChart *chart : {shown, hidden}) {
        chart->setTickInterval(Tick);
        chart->setSource([&bytes] { return RateSampler::Counters{bytes, bytes / 2, 0}; });
    }
    window.show();
    QTRY_VERIFY(hidden->isTicking());
    hidden->hide();
    QVERIFY(!hidden->isTicking());
    QVERIFY(shown->isTicking());
    const int hiddenPoints = hidden->receivedSeries()->count();
    const int shownPoints = shown->receivedSeries()->count();
    bytes = 100000;
    // The shown chart moves on; the hidden one has not changed meanwhile.
    QTRY_VERIFY(shown->receivedSeries()->count() >= shownPoints + 5);
    QCOMPARE(hidden->receivedSeries()->count(), hiddenPoints);
    QVERIFY(!hidden->isTicking());
    // Shown again, it ticks, and the gap is filled with its average (no spike of all bytes in one tick).
    hidden->show();
    QVERIFY(hidden->isTicking());
    QVERIFY(hidden->receivedSeries()->count() >= hiddenPoints + 4);
    const double spike = 100000.0 * 1000 / Tick;
    const double unit = hidden->rateAxis()->titleText() == QStringLiteral("MiB/s") ? 1024.0 * 1024 : 1024.0;
    QVERIFY2(highest(hidden->receivedSeries()) * unit < spike / 2,
             qPrintable(QString::number(highest(hidden->receivedSeries()))));
    QVERIFY(highest(hidden->receivedSeries()) > 0);
    // A minimised window (the whole window hidden) stops every chart.
    window.hide();
    QVERIFY(!shown->isTicking());
}

void TestThroughputChart::resetNeverDrawsANegativeRate()
{
    qint64 bytes = 0;
    ThroughputChart chart;
    chart.setTickInterval(Tick);
    chart.setSource([&bytes] { return RateSampler::Counters{bytes, bytes, 0}; });
    chart.show();
    bytes = 50000;
    QTRY_VERIFY(highest(chart.receivedSeries()) > 0);
    bytes = 0;   // Reset counters
    const int before = chart.receivedSeries()->count();
    QTRY_VERIFY(chart.receivedSeries()->count() >= before + 3);
    QCOMPARE(lowest(chart.receivedSeries()), 0.0);
    QCOMPARE(lowest(chart.sentSeries()), 0.0);
    QCOMPARE(chart.receivedSeries()->points().constLast().y(), 0.0);
}

void TestThroughputChart::webChartCountsRequests()
{
    QTemporaryDir site;
    QVERIFY(site.isValid());
    QFile index(site.filePath(QStringLiteral("index.html")));
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write(QByteArray(4000, 'w'));
    index.close();
    WebTab tab;
    tab.resize(1024, 700);
    tab.show();
    auto *chart = child<ThroughputChart>(&tab, "throughputChart");
    chart->setTickInterval(Tick);
    QVERIFY(chart->countSeries()->isVisible());
    QCOMPARE(chart->countSeries()->name(), QStringLiteral("Requests/s"));
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    QVERIFY(chart->isVisible());
    QString error;
    QVERIFY2(tab.openCommand(QStringLiteral("web"), {QStringLiteral("--root"), site.path(), QStringLiteral("--port"),
                                                      QStringLiteral("0")}, &error), qPrintable(error));
    QTRY_VERIFY(tab.isRunning());
    for (int i = 0; i < 5; ++i) {
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, tab.port());
        QVERIFY(client.waitForConnected(5000));
        client.write("GET / HTTP/1.0\r\n\r\n");
        // HTTP/1.0: the server answers and closes.
        QTRY_VERIFY(client.state() == QAbstractSocket::UnconnectedState);
    }
    QTRY_COMPARE(tab.stats().requests, qint64(5));
    QTRY_VERIFY(highest(chart->countSeries()) > 0);
    QTRY_VERIFY(highest(chart->sentSeries()) > 0);
    QTRY_VERIFY(highest(chart->receivedSeries()) > 0);   // the request heads
    // At most all five requests in the shortest sample (half a tick).
    QVERIFY(highest(chart->countSeries()) <= 5.0 * 1000 / (Tick / 2.0) + 0.01);
}

void TestThroughputChart::languageSwitchRetranslatesTheLegend()
{
    ThroughputChart chart;
    chart.show();
    QCOMPARE(chart.receivedSeries()->name(), QStringLiteral("Received"));
    LanguageManager::instance().setLanguage(QStringLiteral("zh_CN"));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);   // posted to every window
    const QString received = QCoreApplication::translate("ThroughputChart", "Received");
    const QString sent = QCoreApplication::translate("ThroughputChart", "Sent");
    // The language change reaches the widgets as a posted event.
    QTRY_COMPARE(chart.receivedSeries()->name(), received);
    QCOMPARE(chart.sentSeries()->name(), sent);
    // Needs the regenerated catalogue (translations/pending_charts.tsv).
    QVERIFY2(received != QStringLiteral("Received"), "ThroughputChart has no Chinese yet");
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(chart.receivedSeries()->name(), QStringLiteral("Received"));
}

QTEST_MAIN(TestThroughputChart)
#include "tst_throughputchart.moc"
