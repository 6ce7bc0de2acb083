#include "DiagramPainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace {

using Kind = ConversationDiagram::ArrowKind;

const QColor Ink(0x20, 0x20, 0x20);
const QColor ErrorRed(0xc6, 0x28, 0x28);
const QColor LifelineGrey(0x9e, 0x9e, 0x9e);
const QColor QuietGrey(0x61, 0x61, 0x61);
const QColor SelectedColour(0xcc, 0xe4, 0xff);
const QColor SelectedGrey(0xe0, 0xe0, 0xe0);
const QColor HeaderFill(0xf2, 0xf5, 0xfa);

constexpr qreal HeadLength = 9;
constexpr qreal HeadHalfWidth = 4.5;
constexpr qreal CrossHalf = 5;
constexpr qreal LabelPadding = 6;     // between a label and the lifelines it spans
constexpr qreal BoxPadding = 6;       // inside a lifeline's label box and a note's box

// The font at its pixel size for 96 dpi, so that the picture measures the same on any device.
QFont pixelFont(QFont font)
{
    if (font.pixelSize() <= 0) {
        const qreal points = font.pointSizeF() > 0 ? font.pointSizeF() : 9;
        font.setPixelSize(std::max(1, int(std::lround(points * 96.0 / 72.0))));
    }
    return font;
}

bool dashed(Kind kind)
{
    return kind == Kind::HalfClose || kind == Kind::Close;
}

} // namespace

DiagramPainter::DiagramPainter(ConversationDiagram diagram)
    : DiagramPainter(std::move(diagram), Style())
{
}

DiagramPainter::DiagramPainter(ConversationDiagram diagram, Style style)
    : m_diagram(std::move(diagram))
    , m_lifelines(m_diagram.lifelines())
    , m_arrows(m_diagram.arrows())
    , m_style(std::move(style))
{
    m_style.columnWidth = std::max<qreal>(m_style.columnWidth, 40);
    m_style.margin = std::max<qreal>(m_style.margin, 0);
    m_font = pixelFont(m_style.font);
    m_boldFont = m_font;
    m_boldFont.setBold(true);
    m_smallFont = m_font;
    m_smallFont.setItalic(true);
    m_titleFont = m_boldFont;
    m_titleFont.setPixelSize(int(std::lround(m_font.pixelSize() * 1.2)));
    layout();
}

const ConversationDiagram &DiagramPainter::diagram() const
{
    return m_diagram;
}

void DiagramPainter::setTitle(const QString &title)
{
    m_title = title;
    layout();
}

QString DiagramPainter::title() const
{
    return m_title;
}

void DiagramPainter::setSelectedArrow(int index)
{
    m_selected = index >= 0 && index < m_arrows.size() ? index : -1;
}

int DiagramPainter::selectedArrow() const
{
    return m_selected;
}

QString DiagramPainter::omittedText() const
{
    return tr("%n earlier event(s) not shown", nullptr, m_diagram.omittedArrows());
}

void DiagramPainter::layout()
{
    const QFontMetricsF metrics(m_font);
    m_lineHeight = std::ceil(metrics.height());
    m_rowHeight = std::max(m_style.rowHeight, m_lineHeight + 12);
    m_titleHeight = m_title.isEmpty() ? 0 : std::ceil(QFontMetricsF(m_titleFont).height()) + 10;
    m_headerHeight = m_lineHeight + 2 * BoxPadding / 1.5 + 10;
    m_omittedHeight = m_diagram.omittedArrows() > 0 ? m_lineHeight + 6 : 0;
    m_rowsTop = m_style.margin + m_titleHeight + m_headerHeight + m_omittedHeight;

    const qsizetype columns = std::max<qsizetype>(1, m_lifelines.size());
    m_width = 2 * m_style.margin + qreal(columns) * m_style.columnWidth;
    if (!m_title.isEmpty())
        m_width = std::max(m_width, 2 * m_style.margin + std::ceil(QFontMetricsF(m_titleFont).horizontalAdvance(m_title)));
    if (m_omittedHeight > 0)
        m_width = std::max(m_width, 2 * m_style.margin + std::ceil(QFontMetricsF(m_smallFont).horizontalAdvance(omittedText())));
}

QSizeF DiagramPainter::size() const
{
    // The rows, then half a row of lifeline below the last arrow.
    const qreal height = m_rowsTop + m_diagram.slotCount() * m_rowHeight + m_rowHeight / 2 + m_style.margin;
    return QSizeF(m_width, std::ceil(height));
}

qreal DiagramPainter::lifelineX(int lifeline) const
{
    return m_style.margin + m_style.columnWidth * (lifeline + 0.5);
}

qreal DiagramPainter::slotTop(int slot) const
{
    return m_rowsTop + slot * m_rowHeight;
}

qreal DiagramPainter::rowHeight() const
{
    return m_rowHeight;
}

qreal DiagramPainter::lineY(int slot) const
{
    // The label (one line) above the line, the pair centred in the row.
    const qreal block = m_lineHeight + 6;
    return slotTop(slot) + (m_rowHeight - block) / 2 + block;
}

QRectF DiagramPainter::noteRect(const ConversationDiagram::Arrow &arrow) const
{
    const qreal x = lifelineX(arrow.from) + 10;
    const qreal maxWidth = std::max<qreal>(40, m_width - m_style.margin - x);
    const qreal textWidth = QFontMetricsF(m_font).horizontalAdvance(arrow.label);
    const qreal width = std::min(maxWidth, std::ceil(textWidth) + 2 * BoxPadding);
    const qreal height = m_lineHeight + 6;
    return QRectF(x, slotTop(arrow.slot) + (m_rowHeight - height) / 2, width, height);
}

QRectF DiagramPainter::arrowRect(int index) const
{
    if (index < 0 || index >= m_arrows.size())
        return {};
    const ConversationDiagram::Arrow &a = m_arrows.at(index);
    if (a.from == a.to)
        return noteRect(a).united(QRectF(lifelineX(a.from) - CrossHalf - 2, slotTop(a.slot), 2 * CrossHalf + 4, m_rowHeight));
    const qreal left = std::min(lifelineX(a.from), lifelineX(a.to));
    const qreal right = std::max(lifelineX(a.from), lifelineX(a.to));
    return QRectF(left - CrossHalf - 2, slotTop(a.slot), right - left + 2 * CrossHalf + 4, m_rowHeight);
}

int DiagramPainter::arrowAt(const QPointF &point) const
{
    if (point.y() < m_rowsTop)
        return -1;
    const int slot = int(std::floor((point.y() - m_rowsTop) / m_rowHeight));
    const auto it = std::lower_bound(m_arrows.cbegin(), m_arrows.cend(), slot,
                                     [](const ConversationDiagram::Arrow &a, int s) { return a.slot < s; });
    if (it == m_arrows.cend() || it->slot != slot)
        return -1;
    const int index = int(it - m_arrows.cbegin());
    return arrowRect(index).contains(point) ? index : -1;
}

void DiagramPainter::paint(QPainter *painter, const QRectF &exposed) const
{
    const QRectF whole(QPointF(0, 0), size());
    const QRectF area = exposed.isValid() ? exposed.intersected(whole) : whole;
    if (area.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    painter->fillRect(area, Qt::white);

    if (area.top() < m_rowsTop)
        paintHeader(painter);
    paintLifelines(painter, std::max(area.top(), m_rowsTop - 8), area.bottom());

    // Only the rows that meet the exposed area (one row more each way for labels that reach out).
    const int firstSlot = int(std::floor((area.top() - m_rowsTop) / m_rowHeight)) - 1;
    const int lastSlot = int(std::ceil((area.bottom() - m_rowsTop) / m_rowHeight)) + 1;
    auto it = std::lower_bound(m_arrows.cbegin(), m_arrows.cend(), firstSlot,
                               [](const ConversationDiagram::Arrow &a, int s) { return a.slot < s; });
    for (; it != m_arrows.cend() && it->slot - 1 <= lastSlot; ++it) {
        if (it->breakBefore)
            paintBreak(painter, it->slot - 1);
        paintArrow(painter, int(it - m_arrows.cbegin()));
    }
    painter->restore();
}

void DiagramPainter::paintHeader(QPainter *painter) const
{
    if (!m_title.isEmpty()) {
        painter->setFont(m_titleFont);
        painter->setPen(Ink);
        const QRectF titleRect(m_style.margin, m_style.margin, m_width - 2 * m_style.margin, m_titleHeight - 10);
        painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, m_title);
    }
    const qreal top = m_style.margin + m_titleHeight;
    const qreal boxHeight = m_headerHeight - 10;
    for (int i = 0; i < m_lifelines.size(); ++i) {
        const ConversationDiagram::Lifeline &line = m_lifelines.at(i);
        const QFont &font = line.thisSide ? m_boldFont : m_font;
        const QFontMetricsF metrics(font);
        const qreal maxWidth = m_style.columnWidth - 8;
        const QString text = metrics.elidedText(line.label, Qt::ElideMiddle, maxWidth - 2 * BoxPadding);
        const qreal width = std::min(maxWidth, std::ceil(metrics.horizontalAdvance(text)) + 2 * BoxPadding);
        const QRectF box(lifelineX(i) - width / 2, top, width, boxHeight);
        painter->setPen(QPen(Ink, 1));
        painter->setBrush(m_style.colour ? HeaderFill : QColor(Qt::white));
        painter->drawRoundedRect(box, 3, 3);
        painter->setFont(font);
        painter->drawText(box, Qt::AlignCenter, text);
    }
    if (m_omittedHeight > 0) {
        painter->setFont(m_smallFont);
        painter->setPen(QuietGrey);
        const QRectF rect(m_style.margin, m_rowsTop - m_omittedHeight, m_width - 2 * m_style.margin, m_omittedHeight);
        painter->drawText(rect, Qt::AlignCenter, omittedText());
    }
    painter->setBrush(Qt::NoBrush);
}

void DiagramPainter::paintLifelines(QPainter *painter, qreal fromY, qreal toY) const
{
    const qreal top = std::max(fromY, m_style.margin + m_titleHeight + m_headerHeight - 10);
    const qreal bottom = std::min(toY, size().height() - m_style.margin);
    if (bottom <= top)
        return;
    painter->setPen(QPen(LifelineGrey, 1.5));
    for (int i = 0; i < m_lifelines.size(); ++i)
        painter->drawLine(QPointF(lifelineX(i), top), QPointF(lifelineX(i), bottom));
}

void DiagramPainter::paintBreak(QPainter *painter, int slot) const
{
    if (slot < 0)
        return;
    const ConversationDiagram::Arrow *arrow = nullptr;
    for (const ConversationDiagram::Arrow &a : m_arrows) {
        if (a.slot == slot + 1) {
            arrow = &a;
            break;
        }
    }
    const qreal top = slotTop(slot) + 4;
    const qreal bottom = slotTop(slot) + m_rowHeight - 4;
    const qreal left = m_style.margin / 2;
    const qreal right = m_width - m_style.margin / 2;
    // The band hides the lifelines: time is cut out here.
    painter->fillRect(QRectF(left, top, right - left, bottom - top), Qt::white);
    painter->setPen(QPen(LifelineGrey, 1));
    for (const qreal y : {top, bottom}) {
        QPolygonF zigzag;
        bool up = true;
        for (qreal x = left; x <= right; x += 6) {
            zigzag << QPointF(x, y + (up ? -2.5 : 2.5));
            up = !up;
        }
        painter->drawPolyline(zigzag);
    }
    if (arrow && !arrow->gapText.isEmpty()) {
        painter->setFont(m_smallFont);
        painter->setPen(QuietGrey);
        painter->drawText(QRectF(left, top, right - left, bottom - top), Qt::AlignCenter, arrow->gapText);
    }
}

void DiagramPainter::paintArrow(QPainter *painter, int index) const
{
    const ConversationDiagram::Arrow &a = m_arrows.at(index);
    const bool selected = index == m_selected;
    if (selected) {
        const QRectF row(m_style.margin / 2, slotTop(a.slot), m_width - m_style.margin, m_rowHeight);
        painter->fillRect(row, m_style.colour ? SelectedColour : SelectedGrey);
    }
    if (a.from == a.to) {
        paintNote(painter, a, selected);
        return;
    }
    const QColor colour = a.marked && m_style.colour ? ErrorRed : Ink;
    const qreal x1 = lifelineX(a.from);
    const qreal x2 = lifelineX(a.to);
    const qreal y = lineY(a.slot);
    const qreal sign = x2 > x1 ? 1 : -1;

    QPen pen(colour, selected ? 2.5 : 1.5);
    if (dashed(a.kind))
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    if (a.marked) {
        // A cross where the arrow was stopped.
        const qreal cx = x2 - sign * CrossHalf;
        painter->drawLine(QPointF(x1, y), QPointF(cx, y));
        QPen crossPen(colour, 2);
        painter->setPen(crossPen);
        painter->drawLine(QPointF(cx - CrossHalf, y - CrossHalf), QPointF(cx + CrossHalf, y + CrossHalf));
        painter->drawLine(QPointF(cx - CrossHalf, y + CrossHalf), QPointF(cx + CrossHalf, y - CrossHalf));
    } else {
        painter->drawLine(QPointF(x1, y), QPointF(x2 - sign * HeadLength, y));
        QPolygonF head;
        head << QPointF(x2, y) << QPointF(x2 - sign * HeadLength, y - HeadHalfWidth)
             << QPointF(x2 - sign * HeadLength, y + HeadHalfWidth);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawPolygon(head);
        painter->setBrush(Qt::NoBrush);
    }

    // The label above the line, inside the span.
    const qreal left = std::min(x1, x2) + LabelPadding;
    const qreal right = std::max(x1, x2) - LabelPadding;
    const QFontMetricsF metrics(m_font);
    const QString text = metrics.elidedText(a.label, Qt::ElideRight, right - left);
    // On white where it crosses a lifeline between the two ends.
    const QRectF labelRect(left, y - 3 - m_lineHeight, right - left, m_lineHeight);
    const qreal textWidth = std::min(labelRect.width(), std::ceil(metrics.horizontalAdvance(text)) + 4);
    if (std::abs(a.to - a.from) > 1)
        painter->fillRect(QRectF(labelRect.center().x() - textWidth / 2, labelRect.top(), textWidth, labelRect.height()),
                          index == m_selected ? (m_style.colour ? SelectedColour : SelectedGrey) : QColor(Qt::white));
    painter->setFont(m_font);
    painter->setPen(colour);
    painter->drawText(labelRect, Qt::AlignHCenter | Qt::AlignBottom, text);

    // Who closed first, beside that side's lifeline, outside the arrow.
    if (a.kind == Kind::Close && a.closedFirstBy >= 0) {
        const QString closed = tr("closed first");
        const qreal x = lifelineX(a.closedFirstBy);
        const bool outsideLeft = x <= std::min(x1, x2);
        const qreal room = m_style.columnWidth / 2 + m_style.margin / 2 - 8;
        const QRectF rect = outsideLeft ? QRectF(x - 8 - room, y - m_lineHeight / 2, room, m_lineHeight)
                                        : QRectF(x + 8, y - m_lineHeight / 2, room, m_lineHeight);
        painter->setFont(m_smallFont);
        painter->setPen(m_style.colour ? QuietGrey : Ink);
        painter->drawText(rect, (outsideLeft ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                          QFontMetricsF(m_smallFont).elidedText(closed, Qt::ElideRight, room));
    }
}

void DiagramPainter::paintNote(QPainter *painter, const ConversationDiagram::Arrow &a, bool selected) const
{
    const QColor colour = a.marked && m_style.colour ? ErrorRed : Ink;
    const QRectF box = noteRect(a);
    painter->setPen(QPen(colour, selected ? 2 : 1));
    painter->setBrush(Qt::white);
    painter->drawRect(box);
    painter->setBrush(Qt::NoBrush);
    if (a.marked) {
        const qreal cx = lifelineX(a.from);
        const qreal cy = box.center().y();
        painter->setPen(QPen(colour, 2));
        painter->drawLine(QPointF(cx - CrossHalf, cy - CrossHalf), QPointF(cx + CrossHalf, cy + CrossHalf));
        painter->drawLine(QPointF(cx - CrossHalf, cy + CrossHalf), QPointF(cx + CrossHalf, cy - CrossHalf));
    }
    painter->setFont(m_font);
    painter->setPen(colour);
    const QRectF inner = box.adjusted(BoxPadding, 0, -BoxPadding, 0);
    painter->drawText(inner, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetricsF(m_font).elidedText(a.label, Qt::ElideRight, inner.width()));
}
