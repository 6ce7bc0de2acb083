#include "ThroughputChart.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include "RateUnit.h"

ThroughputChart::ThroughputChart(QWidget *parent)
    : LiveRateChart(parent)
    , m_sampler(SamplesShown)
    , m_received(addRateLine(QColor(0x1f, 0x77, 0xb4)))
    , m_sent(addRateLine(QColor(0xd6, 0x27, 0x28)))
    , m_count(new QLineSeries(this))
    , m_countAxis(new QValueAxis(this))
{
    // Requests/s on their own axis on the right.
    styleAxis(m_countAxis);
    m_countAxis->setRange(0, 1);
    m_countAxis->setTickCount(3);
    m_countAxis->setLabelFormat(QStringLiteral("%g"));
    m_countAxis->setGridLineVisible(false);
    chart()->addAxis(m_countAxis, Qt::AlignRight);
    m_count->setUseOpenGL(false);
    chart()->addSeries(m_count);
    m_count->attachAxis(timeAxis());
    m_count->attachAxis(m_countAxis);
    m_count->setPen(QPen(QColor(0x2c, 0xa0, 0x2c), 1.5, Qt::DashLine));
    setShowsCount(false);
    retranslate();
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

const RateSampler &ThroughputChart::sampler() const
{
    return m_sampler;
}

void ThroughputChart::restartSampling()
{
    m_sampler.clear();
}

void ThroughputChart::tick()
{
    if (!m_source)
        return;
    const int before = m_sampler.size();
    const qint64 last = m_sampler.lastTimeMs();
    m_sampler.add(now(), m_source());
    if (m_sampler.size() != before || m_sampler.lastTimeMs() != last)
        redraw();
}

void ThroughputChart::redraw()
{
    const RateUnit unit = setRatePeak(m_sampler.peakBytesPerSecond() * perSecond());
    const int n = m_sampler.size();
    const qint64 newest = n > 0 ? m_sampler.at(n - 1).timeMs : 0;
    m_received->replace(points(m_sampler, newest, [](const RateSampler::Sample &s) { return s.bytesInPerSecond; }, unit));
    m_sent->replace(points(m_sampler, newest, [](const RateSampler::Sample &s) { return s.bytesOutPerSecond; }, unit));
    // Requests are counted, not scaled into a byte unit.
    static const RateUnit counts = RateUnit::forPeak(0);
    m_count->replace(points(m_sampler, newest, [](const RateSampler::Sample &s) { return s.countPerSecond; }, counts));
    m_countAxis->setRange(0, tidyCeiling(m_sampler.peakCountPerSecond() * perSecond()));
}

void ThroughputChart::retranslate()
{
    m_received->setName(tr("Received"));
    m_sent->setName(tr("Sent"));
    m_count->setName(tr("Requests/s"));
    rateAxis()->setTitleText(RateUnit::forPeak(m_sampler.peakBytesPerSecond() * perSecond()).name());
    setToolTip(tr("Bytes received and sent per second over the last 60 seconds (now at the right), updated every second."));
}
