#pragma once

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QTableView;
class TransferSpeedChart;

// The speed graph beside a transfers table (file tab, server and client): a TransferSpeedChart of
// the transfer selected in the table (and of all transfers together), and under it, in words, the
// current and the average speed of that transfer, or of all transfers when none is selected; a
// finished transfer says it finished and how fast it went on average. Follows the table's
// selection (the current row among the selected ones); ticks, as the chart does, only while shown.
class TransferSpeedGraph final : public QWidget
{
    Q_OBJECT

public:
    explicit TransferSpeedGraph(QWidget *parent = nullptr);

    // Draws the transfers of the table's model (a TransferTableModel) and follows its selection.
    void follow(QTableView *table);
    TransferSpeedChart *chart() const;
    QString summary() const;   // the words under the chart

protected:
    void changeEvent(QEvent *event) override;

private:
    std::optional<quint64> selectedId() const;
    void followSelection();
    void showSummary();
    QString summaryText() const;

    TransferSpeedChart *m_chart;
    QLabel *m_summary;
    QPointer<QTableView> m_table;
};
