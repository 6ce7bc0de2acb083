#include "ThroughputChart.h"

#include <QChart>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

#include "RateUnit.h"

namespace {
constexpr int SamplesShown = 60;

// 1, 2, 5, 10, 20, 50 …: the smallest such number at least `value` (a tidy top for an axis).
double tidyCeiling(double value)
{
    if (value <= 1)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 5.0, 10.0}) {
        if (step * magnitude >= value)
            return step * magnitude;
    }
    return 10 * magnitude;
}

QFont smaller(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}
} // namespace

ThroughputChart::ThroughputChart(QWidget *parent)
    : QChartView(parent)
    , m_sampler(SamplesShown)
    , m_received(new QLineSeries(this))
    , m_sent(new QLineSeries(this))
    , m_count(new QLineSeries(this))
    , m_timeAxis(new QValueAxis(this))
    , m_rateAxis(new QValueAxis(this))
    , m_countAxis(new QValueAxis(this))
{
    setRenderHint(QPainter::Antialiasing, false);
    setFrameShape(QFrame::StyledPanel);
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundBrush(palette().base());
    setBackgroundBrush(palette().base());
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->legend()->setFont(smaller(font()));
    chart->legend()->setLabelColor(palette().text().color());

    const QFont axisFont = smaller(font());
    for (QValueAxis *axis : {m_timeAxis, m_rateAxis, m_countAxis}) {
        axis->setLabelsFont(axisFont);
        axis->setTitleFont(axisFont);
        axis->setLabelsColor(palette().text().color());
        axis->setTitleBrush(palette().text());
        axis->setGridLineColor(palette().mid().color());
        axis->setMinorTickCount(0);
    }
    m_timeAxis->setRange(-SamplesShown, 0);
    m_timeAxis->setTickCount(4);
    m_timeAxis->setLabelFormat(QStringLiteral("%d"));
    m_rateAxis->setRange(0, 1);
    m_rateAxis->setTickCount(3);
    m_rateAxis->setLabelFormat(QStringLiteral("%g"));
    m_countAxis->setRange(0, 1);
    m_countAxis->setTickCount(3);
    m_countAxis->setLabelFormat(QStringLiteral("%g"));
    m_countAxis->setGridLineVisible(false);

    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_rateAxis, Qt::AlignLeft);
    chart->addAxis(m_countAxis, Qt::AlignRight);
    for (QLineSeries *series : {m_received, m_sent, m_count}) {
        series->setUseOpenGL(false);
        chart->addSeries(series);
        series->attachAxis(m_timeAxis);
    }
    m_received->attachAxis(m_rateAxis);
    m_sent->attachAxis(m_rateAxis);
    m_count->attachAxis(m_countAxis);
    m_received->setPen(QPen(QColor(0x1f, 0x77, 0xb4), 1.5));
    m_sent->setPen(QPen(QColor(0xd6, 0x27, 0x28), 1.5));
    m_count->setPen(QPen(QColor(0x2c, 0xa0, 0x2c), 1.5, Qt::DashLine));
    setChart(chart);
    setShowsCount(false);
    retranslate();

    m_timer.setInterval(m_tickMs);
    connect(&m_timer, &QTimer::timeout, this, &ThroughputChart::tick);
    m_clock.start();
}

void ThroughputChart::setSource(Source source)
{
    m_source = std::move(source);
    m_sampler.clear();
    redraw();
}

void ThroughputChart::setShowsCount(bool on)
{
    m_count->setVisible(on);
    m_countAxis->setVisible(on);
    // The legend lists only the lines shown.
    for (QLegendMarker *marker : chart()->legend()->markers(m_count))
        marker->setVisible(on);
}

void ThroughputChart::setTickInterval(int ms)
{
    m_tickMs = ms;
    m_timer.setInterval(ms);
    m_sampler.clear();
}

bool ThroughputChart::isTicking() const
{
    return m_timer.isActive();
}

QLineSeries *ThroughputChart::receivedSeries() const
{
    return m_received;
}

QLineSeries *ThroughputChart::sentSeries() const
{
    return m_sent;
}

QLineSeries *ThroughputChart::countSeries() const
{
    return m_count;
}

QValueAxis *ThroughputChart::rateAxis() const
{
    return m_rateAxis;
}

const RateSampler &ThroughputChart::sampler() const
{
    return m_sampler;
}

QSize ThroughputChart::sizeHint() const
{
    return {260, 150};
}

QSize ThroughputChart::minimumSizeHint() const
{
    return {160, 110};
}

void ThroughputChart::showEvent(QShowEvent *event)
{
    QChartView::showEvent(event);
    tick();   // the gap while hidden, at its average
    m_timer.start();
}

void ThroughputChart::hideEvent(QHideEvent *event)
{
    QChartView::hideEvent(event);
    m_timer.stop();
}

void ThroughputChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QChartView::changeEvent(event);
}

void ThroughputChart::tick()
{
    if (!m_source)
        return;
    // The sampler counts in ticks; with a test's shorter tick, its "seconds" are ticks, and the
    // rates are brought back to per second below.
    const qint64 now = m_clock.elapsed() * 1000 / m_tickMs;
    const int before = m_sampler.size();
    const qint64 last = m_sampler.lastTimeMs();
    m_sampler.add(now, m_source());
    if (m_sampler.size() != before || m_sampler.lastTimeMs() != last)
        redraw();
}

void ThroughputChart::redraw()
{
    const double perSecond = 1000.0 / m_tickMs;
    const RateUnit unit = RateUnit::forPeak(m_sampler.peakBytesPerSecond() * perSecond);
    QList<QPointF> in;
    QList<QPointF> out;
    QList<QPointF> count;
    const int n = m_sampler.size();
    in.reserve(n);
    out.reserve(n);
    count.reserve(n);
    const qint64 newest = n > 0 ? m_sampler.at(n - 1).timeMs : 0;
    for (int i = 0; i < n; ++i) {
        const RateSampler::Sample s = m_sampler.at(i);
        const double x = double(s.timeMs - newest) / 1000.0;
        in.append({x, unit.scaled(s.bytesInPerSecond * perSecond)});
        out.append({x, unit.scaled(s.bytesOutPerSecond * perSecond)});
        count.append({x, s.countPerSecond * perSecond});
    }
    m_received->replace(in);
    m_sent->replace(out);
    m_count->replace(count);
    m_rateAxis->setRange(0, tidyCeiling(unit.scaled(m_sampler.peakBytesPerSecond() * perSecond)));
    m_countAxis->setRange(0, tidyCeiling(m_sampler.peakCountPerSecond() * perSecond));
    const QString unitName = unit.name();
    if (m_rateAxis->titleText() != unitName)
        m_rateAxis->setTitleText(unitName);
}

void ThroughputChart::retranslate()
{
    m_received->setName(tr("Received"));
    m_sent->setName(tr("Sent"));
    m_count->setName(tr("Requests/s"));
    m_rateAxis->setTitleText(RateUnit::forPeak(m_sampler.peakBytesPerSecond() * 1000.0 / m_tickMs).name());
    setToolTip(tr("Bytes received and sent per second over the last 60 seconds (now at the right), updated every second."));
}
