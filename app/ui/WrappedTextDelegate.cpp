#include "WrappedTextDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QTextLayout>

void WrappedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;

    // The same text rectangle, margins and colours as the style's own item text.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(margin, 0, -margin, 0);
    QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    const QColor colour = opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText
                                                                                          : QPalette::Text);

    const QFontMetrics metrics(opt.font);
    const int lineHeight = metrics.lineSpacing();
    const int maxLines = qMax(1, rect.height() / lineHeight);
    painter->save();
    painter->setClipRect(rect);
    painter->setPen(colour);
    painter->setFont(opt.font);
    if (text.contains(QLatin1Char('\n'))) {
        // Rows of their own (Both mode's hex-editor rows): one a line, cut rather than re-wrapped.
        const QStringList rows = text.split(QLatin1Char('\n'));
        for (int i = 0; i < rows.size() && i < maxLines; ++i)
            painter->drawText(QPoint(rect.left(), rect.top() + i * lineHeight + metrics.ascent()),
                              metrics.elidedText(rows.at(i), Qt::ElideRight, rect.width()));
        painter->restore();
        return;
    }
    QTextLayout layout(text, opt.font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    textOption.setTextDirection(opt.direction);
    layout.setTextOption(textOption);
    layout.beginLayout();
    int lines = 0;
    int nextStart = 0;
    while (lines < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        line.setPosition(QPointF(0, lines * lineHeight));
        nextStart = line.textStart() + line.textLength();
        ++lines;
    }
    layout.endLayout();

    // A single line is centred like the other columns' text; several start at the top.
    const int used = lines * lineHeight;
    const int top = (opt.displayAlignment & Qt::AlignTop) || lines > 1 ? rect.top()
                                                                         : rect.top() + (rect.height() - used) / 2;
    const bool leftOver = nextStart < text.size();
    for (int i = 0; i < lines; ++i) {
        const QTextLine line = layout.lineAt(i);
        if (i == lines - 1 && leftOver) {
            // The rest does not fit: end the last line with an ellipsis.
            QString rest = text.mid(line.textStart());
            rest.replace(QChar::LineSeparator, QLatin1Char(' '));
            painter->drawText(QPoint(rect.left(), top + i * lineHeight + metrics.ascent()),
                              metrics.elidedText(rest, Qt::ElideRight, rect.width()));
        } else {
            line.draw(painter, QPointF(rect.left(), top));
        }
    }
    painter->restore();
}
