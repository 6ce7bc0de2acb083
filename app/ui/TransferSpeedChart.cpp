#include "TransferSpeedChart.h"

#include <QChart>
#include <QFontMetrics>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

#include "TransferTableModel.h"

namespace {
// A file name fits the legend beside "All transfers".
constexpr int LegendNameWidth = 150;

double peakOf(const QList<QPointF> &points)
{
    double peak = 0;
    for (const QPointF &p : points)
        peak = std::max(peak, p.y());
    return peak;
}
} // namespace

TransferSpeedChart::TransferSpeedChart(QWidget *parent)
    : LiveRateChart(parent)
    , m_samples(SamplesShown)
    , m_selectedLine(addRateLine(QColor(0x1f, 0x77, 0xb4)))
    , m_totalLine(addRateLine(QColor(0x2c, 0xa0, 0x2c)))
{
    retranslate();
    redraw();
}

void TransferSpeedChart::setModel(TransferTableModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_samples.clear();
    if (m_model) {
        connect(m_model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
    }
    redraw();
}

TransferTableModel *TransferSpeedChart::model() const
{
    return m_model;
}

void TransferSpeedChart::setSelectedId(std::optional<quint64> id)
{
    if (m_selected == id)
        return;
    m_selected = id;
    redraw();
}

std::optional<quint64> TransferSpeedChart::selectedId() const
{
    return m_selected;
}

QLineSeries *TransferSpeedChart::selectedSeries() const
{
    return m_selectedLine;
}

QLineSeries *TransferSpeedChart::totalSeries() const
{
    return m_totalLine;
}

const TransferSpeedSamples &TransferSpeedChart::samples() const
{
    return m_samples;
}

bool TransferSpeedChart::showsFinishedCurve() const
{
    return m_selected && m_samples.hasEnded(*m_selected);
}

void TransferSpeedChart::onRowsInserted(int first, int last)
{
    // Even while hidden (no ticks then): a transfer's history starts when it does.
    for (int row = first; row <= last; ++row)
        m_samples.started(m_model->transferAt(row).id, now(), realMs());
}

void TransferSpeedChart::restartSampling()
{
    m_samples.clear();
    redraw();
}

void TransferSpeedChart::tick()
{
    if (!m_model)
        return;
    m_samples.sample(*m_model, now(), realMs());
    redraw();
    emit sampled();
}

void TransferSpeedChart::redraw()
{
    const RateSampler &total = m_samples.total();
    const RateSampler *selected = m_selected ? m_samples.transfer(*m_selected) : nullptr;
    const bool finished = showsFinishedCurve();
    // Both lines on the time of the last tick; a finished transfer's curve alone, ending at 0.
    const qint64 newest = finished && selected && selected->size() > 0 ? selected->at(selected->size() - 1).timeMs
                                                                          : total.lastTimeMs();
    const bool showTotal = !finished;
    const bool showSelected = m_selected.has_value();
    // Points in bytes/s first (for the axis' unit), then scaled.
    const RateUnit bytes = RateUnit::forPeak(0);
    QList<QPointF> selectedPoints;
    QList<QPointF> totalPoints;
    if (selected && showSelected)
        selectedPoints = points(*selected, newest, &TransferSpeedSamples::bytesPerSecond, bytes);
    if (showTotal)
        totalPoints = points(total, newest, &TransferSpeedSamples::bytesPerSecond, bytes);
    const RateUnit unit = setRatePeak(std::max(peakOf(selectedPoints), peakOf(totalPoints)));
    for (QList<QPointF> *line : {&selectedPoints, &totalPoints}) {
        for (QPointF &p : *line)
            p.setY(unit.scaled(p.y()));
    }
    m_selectedLine->replace(selectedPoints);
    m_totalLine->replace(totalPoints);
    m_selectedLine->setVisible(showSelected);
    m_totalLine->setVisible(showTotal);
    // The legend lists only the lines shown.
    for (QLegendMarker *marker : chart()->legend()->markers(m_selectedLine))
        marker->setVisible(showSelected);
    for (QLegendMarker *marker : chart()->legend()->markers(m_totalLine))
        marker->setVisible(showTotal);
    if (showSelected && m_model) {
        const TransferInfo info = m_model->transferAt(m_model->rowOf(*m_selected));
        const QFontMetrics metrics(chart()->legend()->font());
        const QString name = metrics.elidedText(info.file, Qt::ElideMiddle, LegendNameWidth);
        if (m_selectedLine->name() != name)
            m_selectedLine->setName(name);
    }
}

void TransferSpeedChart::retranslate()
{
    m_totalLine->setName(tr("All transfers"));
    redraw();   // the unit's name
    setToolTip(tr("Speed of the selected transfer and of all transfers together over the last 60 seconds (now at "
                  "the right), updated every second. A finished transfer's curve ends at the right edge."));
}
