#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include "ConversationDiagram.h"

class QPainter;

// Draws a ConversationDiagram as the picture in a networking textbook: a title line, one column
// per lifeline with its label at the top (this side first), time going down one row per slot,
// each arrow with its label above the line; marked arrows (errors) red with a cross at the head;
// half-close and close dashed with "closed first" shown on the side that closed first; break
// rows as a zig-zag across the lifelines with the gap text; "N earlier events not shown" when
// arrows were omitted. Used by the Diagram view (on screen, one arrow selected), SVG/PNG export
// and `socketlab diagram`.
//
// Sizes are pixels at 96 dpi whatever the device: the font is used at its pixel size (a point
// size is turned into pixels at 96 dpi), so the picture measures the same on a screen, in an
// image and in an SVG. Printed on A4 (about 794 px at 96 dpi across the page), a diagram of up
// to 4 lifelines (912 px with the default column width) scales by 0.87: a 10 pt font (what
// `socketlab diagram` uses) stays above 8 pt. Wider pictures scale down further when fitted to
// a page; their text then gets smaller than 8 pt.
class DiagramPainter
{
    Q_DECLARE_TR_FUNCTIONS(DiagramPainter)

public:
    struct Style {
        QFont font;                 // default: the application font (QGuiApplication::font())
        qreal columnWidth = 220;    // between two lifelines, pixels
        qreal rowHeight = 30;       // one slot (at least the font's line height and some room)
        qreal margin = 16;
        bool colour = true;         // false: black and white (printing)
    };

    // (Two constructors rather than `Style style = Style()`: a default argument cannot use the
    // member initializers of a nested struct before the class is complete.)
    explicit DiagramPainter(ConversationDiagram diagram);
    DiagramPainter(ConversationDiagram diagram, Style style);

    const ConversationDiagram &diagram() const;
    void setTitle(const QString &title);   // above the lifelines; empty: no title line
    QString title() const;
    void setSelectedArrow(int index);      // index into diagram().arrows(); -1: none
    int selectedArrow() const;
    QSizeF size() const;                   // the whole picture in pixels (96 dpi)

    // Draws at (0,0) in the painter's coordinates; `exposed` (if valid) limits the work to what
    // intersects it (the view repaints only what is visible).
    void paint(QPainter *painter, const QRectF &exposed = QRectF()) const;

    int arrowAt(const QPointF &point) const;   // the arrow under a point (label or line), or -1
    QRectF arrowRect(int index) const;         // where an arrow is drawn (to scroll to it)

    // Geometry, for the view and the tests: the x of a lifeline, the top of a slot's row, the
    // height of a row as drawn (Style::rowHeight, or more for a large font).
    qreal lifelineX(int lifeline) const;
    qreal slotTop(int slot) const;
    qreal rowHeight() const;

private:
    void layout();
    QString omittedText() const;
    void paintHeader(QPainter *painter) const;
    void paintLifelines(QPainter *painter, qreal fromY, qreal toY) const;
    void paintBreak(QPainter *painter, int slot) const;
    void paintArrow(QPainter *painter, int index) const;
    void paintNote(QPainter *painter, const ConversationDiagram::Arrow &arrow, bool selected) const;
    QRectF noteRect(const ConversationDiagram::Arrow &arrow) const;
    qreal lineY(int slot) const;

    ConversationDiagram m_diagram;
    QList<ConversationDiagram::Lifeline> m_lifelines;   // copies, so painting does not copy
    QList<ConversationDiagram::Arrow> m_arrows;
    Style m_style;
    QFont m_font;          // m_style.font at its pixel size
    QFont m_boldFont;
    QFont m_smallFont;     // "closed first", the gap text
    QFont m_titleFont;
    QString m_title;
    int m_selected = -1;
    qreal m_lineHeight = 0;
    qreal m_rowHeight = 0;
    qreal m_titleHeight = 0;
    qreal m_headerHeight = 0;
    qreal m_omittedHeight = 0;
    qreal m_rowsTop = 0;
    qreal m_width = 0;
};
