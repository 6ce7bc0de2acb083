#include "QuickSendDelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include "QuickSendList.h"

namespace {
constexpr int Margin = 4;
}

QuickSendDelegate::QuickSendDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

void QuickSendDelegate::setSendEnabled(bool enabled)
{
    m_sendEnabled = enabled;
}

QString QuickSendDelegate::buttonText() const
{
    return tr("Send");
}

QString QuickSendDelegate::shortcutText(int row)
{
    return row >= 0 && row < 9 ? tr("Alt+%1").arg(row + 1) : QString();
}

QRect QuickSendDelegate::buttonRect(const QRect &rowRect, const QWidget *widget) const
{
    const QFontMetrics metrics = widget ? widget->fontMetrics() : QFontMetrics(QApplication::font());
    const int width = metrics.horizontalAdvance(buttonText()) + 4 * Margin;
    return QRect(rowRect.right() - Margin / 2 - width + 1, rowRect.top() + 2, width, rowRect.height() - 4);
}

int QuickSendDelegate::rowHeight(const QFontMetrics &metrics)
{
    return metrics.height() + 10;   // room for the Send button
}

QSize QuickSendDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), rowHeight(option.fontMetrics)));
    return size;
}

void QuickSendDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const bool active = index.data(QuickSendList::ActiveRole).toBool();

    // The background (selection, hover) without the text; the loop's row in the highlight colour.
    const QString name = opt.text;
    opt.text.clear();
    if (active) {
        opt.state |= QStyle::State_Selected;
        opt.backgroundBrush = opt.palette.highlight();
    }
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect button = buttonRect(opt.rect, widget);
    QRect text = opt.rect.adjusted(Margin, 0, -(opt.rect.right() - button.left() + Margin), 0);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dimColor = textColor;
    dimColor.setAlphaF(0.6f);

    painter->save();
    // "Alt+1": the shortcut, dimmed, in a column of its own.
    const QString shortcut = shortcutText(index.row());
    const int shortcutWidth = opt.fontMetrics.horizontalAdvance(tr("Alt+%1").arg(9)) + Margin;
    if (!shortcut.isEmpty()) {
        painter->setPen(dimColor);
        painter->drawText(text.adjusted(0, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, shortcut);
    }
    text.setLeft(text.left() + shortcutWidth + Margin);

    // The name in bold, then the start of the message, dimmed, as room allows.
    QFont bold = opt.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QString shownName = boldMetrics.elidedText(name, Qt::ElideRight, qMax(0, text.width() * 2 / 3));
    painter->setFont(bold);
    painter->setPen(textColor);
    painter->drawText(text, Qt::AlignVCenter | Qt::AlignLeft, shownName);
    const int nameWidth = boldMetrics.horizontalAdvance(shownName) + 2 * Margin;
    const QString preview = index.data(QuickSendList::PreviewRole).toString();
    if (preview != name && text.width() > nameWidth + 20) {
        painter->setFont(opt.font);
        painter->setPen(dimColor);
        const QRect previewRect = text.adjusted(nameWidth, 0, 0, 0);
        painter->drawText(previewRect, Qt::AlignVCenter | Qt::AlignLeft,
                          opt.fontMetrics.elidedText(preview, Qt::ElideRight, previewRect.width()));
    }
    painter->restore();

    // The Send button.
    QStyleOptionButton buttonOption;
    buttonOption.rect = button;
    buttonOption.text = buttonText();
    buttonOption.palette = opt.palette;
    buttonOption.fontMetrics = opt.fontMetrics;
    buttonOption.state = QStyle::State_Raised;
    if (m_sendEnabled && (opt.state & QStyle::State_Enabled))
        buttonOption.state |= QStyle::State_Enabled;
    else
        buttonOption.palette.setCurrentColorGroup(QPalette::Disabled);   // styles draw the label in the current group
    if (m_pressed.isValid() && m_pressed == index)
        buttonOption.state |= QStyle::State_Sunken;
    if ((opt.state & QStyle::State_MouseOver) && buttonOption.state & QStyle::State_Enabled)
        buttonOption.state |= QStyle::State_MouseOver;
    style->drawControl(QStyle::CE_PushButton, &buttonOption, painter, widget);
}

bool QuickSendDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                    const QModelIndex &index)
{
    const auto type = event->type();
    if (type == QEvent::MouseButtonPress || type == QEvent::MouseButtonRelease || type == QEvent::MouseButtonDblClick) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const bool onButton = mouse->button() == Qt::LeftButton
                              && buttonRect(option.rect, option.widget).contains(mouse->position().toPoint());
        auto repaint = [&option] {
            if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
                view->viewport()->update();
        };
        if (type == QEvent::MouseButtonRelease) {
            const bool wasPressed = m_pressed.isValid() && m_pressed == index;
            m_pressed = QPersistentModelIndex();
            if (wasPressed) {
                repaint();
                if (onButton && m_sendEnabled)
                    emit sendClicked(index.row());
                return true;
            }
        } else if (onButton) {
            // Held down until released on it. A double-click on the button is two clicks, not an edit.
            m_pressed = index;
            repaint();
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

bool QuickSendDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                  const QModelIndex &index)
{
    if (event->type() == QEvent::ToolTip && index.isValid()) {
        const QString name = index.data(Qt::DisplayRole).toString();
        const QString shortcut = shortcutText(index.row());
        QString tip;
        if (buttonRect(option.rect, option.widget).contains(event->pos()))
            tip = shortcut.isEmpty() ? tr("Send “%1”").arg(name) : tr("Send “%1” (%2)").arg(name, shortcut);
        else
            tip = tr("%1\nDouble-click to edit it.").arg(index.data(Qt::ToolTipRole).toString());
        QToolTip::showText(event->globalPos(), tip, view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}
