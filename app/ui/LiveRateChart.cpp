#include "LiveRateChart.h"

#include <QChart>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

#include <cmath>

namespace {
QFont smaller(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}
} // namespace

LiveRateChart::LiveRateChart(QWidget *parent)
    // The chart is given to the view from the start: QChartView(QWidget *) makes a default chart
    // of its own, and setChart() would only release it (never delete it).
    : QChartView(new QChart, parent)
    , m_timeAxis(new QValueAxis(this))
    , m_rateAxis(new QValueAxis(this))
{
    setRenderHint(QPainter::Antialiasing, false);
    setFrameShape(QFrame::StyledPanel);
    QChart *chart = this->chart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundBrush(palette().base());
    setBackgroundBrush(palette().base());
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->legend()->setFont(smaller(font()));
    chart->legend()->setLabelColor(palette().text().color());

    styleAxis(m_timeAxis);
    styleAxis(m_rateAxis);
    m_timeAxis->setRange(-SamplesShown, 0);
    m_timeAxis->setTickCount(4);
    m_timeAxis->setLabelFormat(QStringLiteral("%d"));
    m_rateAxis->setRange(0, 1);
    m_rateAxis->setTickCount(3);
    m_rateAxis->setLabelFormat(QStringLiteral("%g"));
    m_rateAxis->setTitleText(RateUnit::forPeak(0).name());
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_rateAxis, Qt::AlignLeft);

    m_timer.setInterval(m_tickMs);
    connect(&m_timer, &QTimer::timeout, this, &LiveRateChart::tick);
    m_clock.start();
}

void LiveRateChart::setTickInterval(int ms)
{
    m_tickMs = ms;
    m_timer.setInterval(ms);
    restartSampling();
}

int LiveRateChart::tickInterval() const
{
    return m_tickMs;
}

bool LiveRateChart::isTicking() const
{
    return m_timer.isActive();
}

QValueAxis *LiveRateChart::rateAxis() const
{
    return m_rateAxis;
}

QValueAxis *LiveRateChart::timeAxis() const
{
    return m_timeAxis;
}

QSize LiveRateChart::sizeHint() const
{
    return {260, 150};
}

QSize LiveRateChart::minimumSizeHint() const
{
    return {160, 110};
}

QLineSeries *LiveRateChart::addRateLine(const QColor &color, Qt::PenStyle style)
{
    auto *series = new QLineSeries(this);
    series->setUseOpenGL(false);
    chart()->addSeries(series);
    series->attachAxis(m_timeAxis);
    series->attachAxis(m_rateAxis);
    series->setPen(QPen(color, 1.5, style));
    return series;
}

void LiveRateChart::styleAxis(QValueAxis *axis) const
{
    const QFont axisFont = smaller(font());
    axis->setLabelsFont(axisFont);
    axis->setTitleFont(axisFont);
    axis->setLabelsColor(palette().text().color());
    axis->setTitleBrush(palette().text());
    axis->setGridLineColor(palette().mid().color());
    axis->setMinorTickCount(0);
}

qint64 LiveRateChart::now() const
{
    // The samplers count in ticks; with a test's shorter tick, their "seconds" are ticks.
    return m_clock.elapsed() * 1000 / m_tickMs;
}

qint64 LiveRateChart::realMs() const
{
    return m_clock.elapsed();
}

double LiveRateChart::perSecond() const
{
    return 1000.0 / m_tickMs;
}

QList<QPointF> LiveRateChart::points(const RateSampler &sampler, qint64 newestMs,
                                     const std::function<double(const RateSampler::Sample &)> &value,
                                     const RateUnit &unit) const
{
    QList<QPointF> out;
    const int n = sampler.size();
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        const RateSampler::Sample s = sampler.at(i);
        out.append({double(s.timeMs - newestMs) / 1000.0, unit.scaled(value(s) * perSecond())});
    }
    return out;
}

RateUnit LiveRateChart::setRatePeak(double bytesPerSecond)
{
    const RateUnit unit = RateUnit::forPeak(bytesPerSecond);
    m_rateAxis->setRange(0, tidyCeiling(unit.scaled(bytesPerSecond)));
    const QString name = unit.name();
    if (m_rateAxis->titleText() != name)
        m_rateAxis->setTitleText(name);
    return unit;
}

double LiveRateChart::tidyCeiling(double value)
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

void LiveRateChart::showEvent(QShowEvent *event)
{
    QChartView::showEvent(event);
    tick();   // the gap while hidden, at its average
    m_timer.start();
}

void LiveRateChart::hideEvent(QHideEvent *event)
{
    QChartView::hideEvent(event);
    m_timer.stop();
}

void LiveRateChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QChartView::changeEvent(event);
}
