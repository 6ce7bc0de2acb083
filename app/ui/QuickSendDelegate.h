#pragma once

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

// Draws one row of the quick-send list (QuickSendList): its shortcut ("Alt+1" for the first nine),
// its name, the start of its message, and a Send button at the right end that sends it with one
// click (reported as sendClicked). The row a loop is sending is highlighted.
class QuickSendDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit QuickSendDelegate(QObject *parent = nullptr);

    void setSendEnabled(bool enabled);
    // Where the Send button is in a row drawn in `rowRect` (the tests click it there).
    QRect buttonRect(const QRect &rowRect, const QWidget *widget) const;
    // "Alt+1" for rows 0…8, empty beyond.
    static QString shortcutText(int row);
    static int rowHeight(const QFontMetrics &metrics);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

signals:
    void sendClicked(int row);

private:
    QString buttonText() const;

    bool m_sendEnabled = true;
    QPersistentModelIndex m_pressed;   // the row whose button is held down
};
