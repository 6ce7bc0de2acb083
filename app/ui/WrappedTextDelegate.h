#pragma once

#include <QStyledItemDelegate>

// Paints a cell's text wrapped over as many lines as the row's fixed height holds, breaking
// between words when it can and anywhere when it must (a long run of hex or escaped bytes has no
// spaces), the last line elided ("…") when text is left over. Text that has line breaks (the
// hex-editor rows of Both mode) is drawn one row a line, each cut with "…", never re-wrapped.
// It never measures rows: the traffic view's rows keep one uniform height, so 100,000 rows cost
// nothing to lay out. Background, selection and focus are drawn by the style as usual.
class WrappedTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
