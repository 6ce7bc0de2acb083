#pragma once

#include <QAbstractScrollArea>

#include <memory>

#include "ConversationDiagram.h"

class DiagramPainter;

// The conversation diagram on screen (the Diagram view of the TCP and UDP tabs' traffic view):
// a scroll area that paints a ConversationDiagram with DiagramPainter, only the part in view,
// on white paper as the picture in a textbook. A click on an arrow selects it and says so
// (arrowClicked); Up/Down move the selection; hovering an arrow shows its detail (time, who
// sent it to whom, the label, the whole sentence of a state or error). It neither builds the
// diagram nor knows the log: its owner (TrafficView) does both and keeps the selection in step.
class DiagramView final : public QAbstractScrollArea
{
    Q_OBJECT

public:
    static constexpr qreal ColumnWidth = 180;   // between two lifelines, on screen

    explicit DiagramView(QWidget *parent = nullptr);
    ~DiagramView() override;

    // Replaces the picture; the selection is cleared (setSelectedArrow() again) and the scroll
    // position kept.
    void setDiagram(const ConversationDiagram &diagram);
    const ConversationDiagram &diagram() const;
    const DiagramPainter &diagramPainter() const;
    int arrowCount() const;
    // -1: none. Scrolls just enough to show the arrow (not when `scroll` is false).
    void setSelectedArrow(int index, bool scroll = true);
    int selectedArrow() const;
    // What a tooltip says of an arrow.
    QString arrowToolTip(int index) const;
    // The arrow under a point of the viewport, or -1.
    int arrowAtViewport(const QPoint &point) const;
    // Where an arrow is in the viewport's coordinates (empty when out of range).
    QRect arrowViewportRect(int index) const;

    bool isScrolledToBottom() const;
    void scrollToBottom();

signals:
    // The user picked an arrow (click or keys); -1 when a click hit no arrow.
    void arrowClicked(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;   // tooltips
    void changeEvent(QEvent *event) override;     // font changes

private:
    void rebuildPainter(ConversationDiagram diagram, int selected);
    void updateScrollBars();
    QPointF pictureOrigin() const;   // where the picture's (0,0) is in the viewport

    std::unique_ptr<DiagramPainter> m_painter;
};
