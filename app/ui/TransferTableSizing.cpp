#include "TransferTableSizing.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QTableView>

#include "TransferTableModel.h"

namespace {
constexpr int Padding = 12;          // cell margins and a little air
constexpr int MinProgressWidth = 110;
}

void TransferTableSizing::apply(QTableView *view, const TransferTableModel *model)
{
    const QFontMetrics data(view->font());
    const QFontMetrics header(view->horizontalHeader()->font());
    QHeaderView *columns = view->horizontalHeader();
    columns->setStretchLastSection(false);
    for (int column = 0; column < TransferTableModel::ColumnCount; ++column) {
        // The file name and the state/result share what is left, so the table never needs a
        // horizontal scroll bar and its last column is always in view (both elide, tooltips tell all).
        if (column == TransferTableModel::FileColumn || column == TransferTableModel::StateColumn) {
            columns->setSectionResizeMode(column, QHeaderView::Stretch);
            continue;
        }
        columns->setSectionResizeMode(column, QHeaderView::Interactive);
        int width = header.horizontalAdvance(model->headerData(column, Qt::Horizontal).toString()) + Padding;
        const QStringList samples = model->sampleTexts(column);
        for (const QString &text : samples)
            width = qMax(width, data.horizontalAdvance(text) + Padding);
        if (column == TransferTableModel::ProgressColumn)
            width = qMax(width, MinProgressWidth);
        view->setColumnWidth(column, width);
    }
    columns->setMinimumSectionSize(40);
}
