#pragma once

#include <QChartView>
#include <QElapsedTimer>
#include <QList>
#include <QPointF>
#include <QTimer>

#include <functional>

#include "RateSampler.h"
#include "RateUnit.h"

class QLineSeries;
class QValueAxis;

// What the window's live charts share (ThroughputChart next to a tab's counters, the file tab's
// TransferSpeedGraph): a small Qt Charts view with a time axis from -60 s to now and a rate axis
// whose unit (bytes/s, KiB/s, MiB/s) follows the highest rate shown, lines drawn without
// animation or OpenGL, and a tick once a second while the chart is visible: no ticks at all while
// it is hidden (another tab, a minimised window), one at once when it shows again (RateSampler
// fills the gap with its average). A subclass reads its counters in tick() and draws its lines
// with points(); it retranslates its names in retranslate().
class LiveRateChart : public QChartView
{
    Q_OBJECT

public:
    static constexpr int SamplesShown = 60;

    explicit LiveRateChart(QWidget *parent = nullptr);

    // For tests: a shorter tick than a second (samples then cover that tick; rates stay per
    // second). Not offered to users.
    void setTickInterval(int ms);
    int tickInterval() const;
    bool isTicking() const;
    QValueAxis *rateAxis() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    // A line on the time and rate axes.
    QLineSeries *addRateLine(const QColor &color, Qt::PenStyle style = Qt::SolidLine);
    // Axis colours and fonts of the chart, for an axis a subclass adds.
    void styleAxis(QValueAxis *axis) const;
    QValueAxis *timeAxis() const;

    // Now, in the samplers' time: milliseconds with a tick of a second, "tick milliseconds"
    // (a thousand per tick) with a test's shorter tick; rates read from a sampler are per such
    // second and are brought back to per real second by perSecond().
    qint64 now() const;
    double perSecond() const;
    qint64 realMs() const;   // plain milliseconds on the same clock
    // The points of one line: a value per sample in bytes (or counts) per second as the sampler
    // has it, drawn at its age in seconds (newestMs at 0) in `unit`.
    QList<QPointF> points(const RateSampler &sampler, qint64 newestMs,
                          const std::function<double(const RateSampler::Sample &)> &value, const RateUnit &unit) const;
    // Sets the rate axis for this peak (bytes per real second): its unit as title, a tidy top.
    RateUnit setRatePeak(double bytesPerSecond);
    // 1, 2, 5, 10, 20, 50 …: the smallest such number at least `value` (a tidy top for an axis).
    static double tidyCeiling(double value);

    virtual void tick() = 0;
    virtual void retranslate() = 0;
    // The tick interval changed: samples taken before are in other units (clear them).
    virtual void restartSampling() = 0;

    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_tickMs = 1000;
    QValueAxis *m_timeAxis;
    QValueAxis *m_rateAxis;
};
