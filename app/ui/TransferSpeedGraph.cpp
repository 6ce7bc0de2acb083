#include "TransferSpeedGraph.h"

#include <QEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include "TransferSpeedChart.h"
#include "TransferTableModel.h"
#include "TransferText.h"

namespace {
// A speed as the words under the chart show it: never broken over two lines ("3.45 MiB/" and "s").
QString speedText(double bytesPerSecond)
{
    QString text = TransferText::speed(bytesPerSecond);
    text.replace(QLatin1Char(' '), QChar(QChar::Nbsp));
    text.replace(QLatin1Char('/'), QStringLiteral("/\u2060"));   // a word joiner after the slash
    return text;
}
} // namespace

TransferSpeedGraph::TransferSpeedGraph(QWidget *parent)
    : QWidget(parent)
    , m_chart(new TransferSpeedChart(this))
    , m_summary(new QLabel(this))
{
    m_chart->setObjectName(QStringLiteral("speedChart"));
    m_summary->setObjectName(QStringLiteral("speedSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Two lines' worth, so the chart does not jump when the words get longer.
    m_summary->setMinimumHeight(2 * m_summary->fontMetrics().lineSpacing());
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_summary);
    connect(m_chart, &TransferSpeedChart::sampled, this, &TransferSpeedGraph::showSummary);
    showSummary();
}

void TransferSpeedGraph::follow(QTableView *table)
{
    m_table = table;
    auto *model = qobject_cast<TransferTableModel *>(table->model());
    Q_ASSERT(model);
    m_chart->setModel(model);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TransferSpeedGraph::followSelection);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TransferSpeedGraph::followSelection);
    // Rows cleared from the table leave the selection without a signal of the selection model.
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TransferSpeedGraph::followSelection);
    followSelection();
}

TransferSpeedChart *TransferSpeedGraph::chart() const
{
    return m_chart;
}

QString TransferSpeedGraph::summary() const
{
    return m_summary->text();
}

std::optional<quint64> TransferSpeedGraph::selectedId() const
{
    if (!m_table || !m_table->selectionModel())
        return std::nullopt;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    // The current row when it is one of the selected ones (the row last clicked), else the first.
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    QModelIndex row = rows.constFirst();
    for (const QModelIndex &index : rows) {
        if (current.isValid() && index.row() == current.row())
            row = index;
    }
    return row.data(TransferTableModel::IdRole).value<quint64>();
}

void TransferSpeedGraph::followSelection()
{
    m_chart->setSelectedId(selectedId());
    showSummary();
}

void TransferSpeedGraph::showSummary()
{
    const QString text = summaryText();
    if (m_summary->text() != text)
        m_summary->setText(text);
}

QString TransferSpeedGraph::summaryText() const
{
    const TransferTableModel *model = m_chart->model();
    const std::optional<quint64> id = m_chart->selectedId();
    const TransferSpeedSamples &samples = m_chart->samples();
    if (!id || !model || model->rowOf(*id) < 0) {
        const RateSampler &total = samples.total();
        if (total.size() == 0)
            return tr("All transfers together. Select a transfer in the table to see its own speed.");
        // What the chart shows: the newest sample, and the mean of the samples kept.
        const double factor = 1000.0 / m_chart->tickInterval();
        double sum = 0;
        for (int i = 0; i < total.size(); ++i)
            sum += TransferSpeedSamples::bytesPerSecond(total.at(i));
        const double now = TransferSpeedSamples::bytesPerSecond(total.at(total.size() - 1)) * factor;
        const double average = sum / total.size() * factor;
        return tr("All transfers: %1 now, %2 on average over the last %n second(s).", "", total.size())
            .arg(speedText(now), speedText(average));
    }
    const TransferInfo info = model->transferAt(model->rowOf(*id));
    const double sinceStart = samples.averageSinceStart(*id);
    switch (info.state) {
    case TransferInfo::State::Queued:
        return tr("%1 is waiting to start.").arg(info.file);
    case TransferInfo::State::Running:
        if (sinceStart < 0)
            return tr("%1: %2 now.").arg(info.file, speedText(info.bytesPerSecond));
        return tr("%1: %2 now, %3 on average since it started.")
            .arg(info.file, speedText(info.bytesPerSecond), speedText(sinceStart));
    case TransferInfo::State::Verifying:
        return tr("%1: every byte is here (%2 on average); checking its SHA-256.")
            .arg(info.file, speedText(qMax(0.0, sinceStart)));
    case TransferInfo::State::Done:
        // When finished, the engine's speed is the average from start to end.
        return tr("%1 finished: %2 on average.").arg(info.file, speedText(info.bytesPerSecond));
    case TransferInfo::State::Failed:
        return tr("%1 failed: %2 on average until then.").arg(info.file, speedText(info.bytesPerSecond));
    case TransferInfo::State::Cancelled:
        return tr("%1 was cancelled: %2 on average until then.").arg(info.file, speedText(info.bytesPerSecond));
    }
    return {};
}

void TransferSpeedGraph::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        showSummary();
    QWidget::changeEvent(event);
}
