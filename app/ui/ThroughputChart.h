#pragma once

#include <functional>

#include "LiveRateChart.h"
#include "RateSampler.h"

class QLineSeries;
class QValueAxis;

// A small live chart of bytes/s received and sent over the last minute (and requests/s for the
// web server), next to a tab's counters. Once a tick (a second) it reads the tab's cumulative
// counters through the source function, feeds a RateSampler and redraws at most 60 points per
// line. The ticking (none while hidden), the axes and their units come from LiveRateChart.
class ThroughputChart final : public LiveRateChart
{
    Q_OBJECT

public:
    using Source = std::function<RateSampler::Counters()>;

    explicit ThroughputChart(QWidget *parent = nullptr);

    void setSource(Source source);
    // A third line, "Requests", with its own axis on the right (the web server).
    void setShowsCount(bool on);
    QLineSeries *receivedSeries() const;
    QLineSeries *sentSeries() const;
    QLineSeries *countSeries() const;
    const RateSampler &sampler() const;

protected:
    void tick() override;
    void retranslate() override;
    void restartSampling() override;

private:
    void redraw();

    Source m_source;
    RateSampler m_sampler;
    QLineSeries *m_received;
    QLineSeries *m_sent;
    QLineSeries *m_count;
    QValueAxis *m_countAxis;
};
