#pragma once

#include <QStyledItemDelegate>

// Paints a progress bar in a table cell with the style's own progress bar (QStyleOptionProgressBar),
// from the model's percent role (0..100; -1 draws an empty bar: the size is not known yet).
class ProgressBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ProgressBarDelegate(int percentRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_percentRole;
};
