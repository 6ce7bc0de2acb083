#pragma once

#include <QPointer>

#include <optional>

#include "LiveRateChart.h"
#include "TransferSpeedSamples.h"

class QLineSeries;
class TransferTableModel;

// The chart of TransferSpeedGraph: the speed of the selected transfer (its file name in the
// legend) and of all the table's transfers together, over the last minute, from a
// TransferSpeedSamples fed once a tick from the transfers table's model (ticking as every
// LiveRateChart: not while hidden). With no transfer selected it draws the total alone; a
// selected transfer that finished keeps its curve, which then ends at the right edge (the moment
// it finished) and is drawn alone.
class TransferSpeedChart final : public LiveRateChart
{
    Q_OBJECT

public:
    explicit TransferSpeedChart(QWidget *parent = nullptr);

    void setModel(TransferTableModel *model);
    TransferTableModel *model() const;
    // The transfer to draw; none: the total alone.
    void setSelectedId(std::optional<quint64> id);
    std::optional<quint64> selectedId() const;

    QLineSeries *selectedSeries() const;
    QLineSeries *totalSeries() const;
    const TransferSpeedSamples &samples() const;
    // Whether the selected transfer's curve is the finished, frozen one.
    bool showsFinishedCurve() const;

signals:
    void sampled();   // after each tick (the samples may have grown)

protected:
    void tick() override;
    void retranslate() override;
    void restartSampling() override;

private:
    void onRowsInserted(int first, int last);
    void redraw();

    QPointer<TransferTableModel> m_model;
    TransferSpeedSamples m_samples;
    std::optional<quint64> m_selected;
    QLineSeries *m_selectedLine;
    QLineSeries *m_totalLine;
};
