#include "TransferTableSizing.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QTableView>

#include "TransferTableModel.h"

namespace {
constexpr int Padding = 12;          // cell margins and a little air
constexpr int MinFileWidth = 140;
constexpr int MinProgressWidth = 110;
}

void TransferTableSizing::apply(QTableView *view, const TransferTableModel *model)
{
    const QFontMetrics data(view->font());
    const QFontMetrics header(view->horizontalHeader()->font());
    for (int column = 0; column < TransferTableModel::ColumnCount; ++column) {
        if (column == TransferTableModel::StateColumn)
            continue;   // stretched: the last section
        int width = header.horizontalAdvance(model->headerData(column, Qt::Horizontal).toString()) + Padding;
        const QStringList samples = model->sampleTexts(column);
        for (const QString &text : samples)
            width = qMax(width, data.horizontalAdvance(text) + Padding);
        if (column == TransferTableModel::FileColumn)
            width = qMax(width, MinFileWidth);
        if (column == TransferTableModel::ProgressColumn)
            width = qMax(width, MinProgressWidth);
        view->setColumnWidth(column, width);
    }
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setMinimumSectionSize(40);
}
