#pragma once

#include <QChartView>
#include <QElapsedTimer>
#include <QTimer>

#include <functional>

#include "RateSampler.h"

class QLineSeries;
class QValueAxis;

// A small live chart of bytes/s received and sent over the last minute (and requests/s for the
// web server), next to a tab's counters. Once a tick (a second) it reads the tab's cumulative
// counters through the source function, feeds a RateSampler and redraws at most 60 points per
// line: no animation, no OpenGL, and no ticks at all while it is hidden (another tab, a minimised
// window); when it shows again the gap is filled with its average. The rate axis picks its unit
// (bytes/s, KiB/s, MiB/s) from the highest rate shown.
class ThroughputChart final : public QChartView
{
    Q_OBJECT

public:
    using Source = std::function<RateSampler::Counters()>;

    explicit ThroughputChart(QWidget *parent = nullptr);

    void setSource(Source source);
    // A third line, "Requests", with its own axis on the right (the web server).
    void setShowsCount(bool on);
    // For tests: a shorter tick than a second (samples then cover that tick; rates stay per
    // second). Not offered to users.
    void setTickInterval(int ms);
    bool isTicking() const;

    QLineSeries *receivedSeries() const;
    QLineSeries *sentSeries() const;
    QLineSeries *countSeries() const;
    QValueAxis *rateAxis() const;
    const RateSampler &sampler() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void tick();
    void redraw();
    void retranslate();

    Source m_source;
    RateSampler m_sampler;
    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_tickMs = 1000;
    QLineSeries *m_received;
    QLineSeries *m_sent;
    QLineSeries *m_count;
    QValueAxis *m_timeAxis;
    QValueAxis *m_rateAxis;
    QValueAxis *m_countAxis;
};
