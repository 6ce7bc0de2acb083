#include "QuickStartDiagram.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

namespace {
constexpr int Margin = 8;
constexpr int BoxWidth = 210;
constexpr int ArrowGap = 34;     // vertical distance between two arrows

void drawBox(QPainter &p, const QRect &rect, const QuickStartDiagram::Box &box, const QFont &font, const QColor &fill)
{
    p.setPen(QPen(QColor(0x4a, 0x6f, 0x9c), 1.5));
    p.setBrush(fill);
    p.drawRoundedRect(rect, 8, 8);
    QFont titleFont = font;
    titleFont.setBold(true);
    QFont lineFont = font;
    lineFont.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.9 : 9);
    const QFontMetrics tm(titleFont);
    const QFontMetrics lm(lineFont);
    const int textHeight = tm.height() + int(box.lines.size()) * lm.height();
    int y = rect.top() + (rect.height() - textHeight) / 2;
    p.setPen(QColor(0x1f, 0x2d, 0x3d));
    p.setFont(titleFont);
    const int inner = rect.width() - 12;
    p.drawText(QRect(rect.left() + 6, y, inner, tm.height()), Qt::AlignCenter,
               tm.elidedText(box.title, Qt::ElideRight, inner));
    y += tm.height();
    p.setFont(lineFont);
    p.setPen(QColor(0x3d, 0x4f, 0x63));
    for (const QString &line : box.lines) {
        p.drawText(QRect(rect.left() + 6, y, inner, lm.height()), Qt::AlignCenter,
                   lm.elidedText(line, Qt::ElideMiddle, inner));
        y += lm.height();
    }
}

void drawArrow(QPainter &p, int x1, int x2, int y, const QuickStartDiagram::Arrow &arrow, const QFont &font)
{
    const QColor colour = arrow.toRight ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28);
    p.setPen(QPen(colour, 2));
    const int from = arrow.toRight ? x1 : x2;
    const int to = arrow.toRight ? x2 : x1;
    p.drawLine(from, y, to, y);
    const int dir = arrow.toRight ? -1 : 1;
    QPainterPath head;
    head.moveTo(to, y);
    head.lineTo(to + dir * 10, y - 5);
    head.lineTo(to + dir * 10, y + 5);
    head.closeSubpath();
    p.fillPath(head, colour);
    p.setFont(font);
    const QFontMetrics fm(font);
    const int width = x2 - x1 - 8;
    p.setPen(QColor(0x1f, 0x2d, 0x3d));
    p.drawText(QRect(x1 + 4, y - fm.height() - 2, width, fm.height()), Qt::AlignCenter,
               fm.elidedText(arrow.label, Qt::ElideRight, width));
}
} // namespace

QImage QuickStartDiagram::render(const Box &left, const Box &right, const QList<Arrow> &arrows, const QFont &font,
                                 qreal devicePixelRatio)
{
    const QFontMetrics fm(font);
    const int boxHeight = qMax(int(arrows.size()) * ArrowGap + 2 * Margin,
                               fm.height() * (2 + int(qMax(left.lines.size(), right.lines.size()))) + 2 * Margin);
    const QSize size(Width, boxHeight + 2 * Margin);
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::transparent);

    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect leftRect(Margin, Margin, BoxWidth, boxHeight);
    const QRect rightRect(Width - Margin - BoxWidth, Margin, BoxWidth, boxHeight);
    drawBox(p, leftRect, left, font, QColor(0xe3, 0xf2, 0xfd));
    drawBox(p, rightRect, right, font, QColor(0xff, 0xf8, 0xe1));

    const int firstY = Margin + (boxHeight - (int(arrows.size()) - 1) * ArrowGap) / 2 + fm.height() / 2;
    for (int i = 0; i < arrows.size(); ++i)
        drawArrow(p, leftRect.right() + 4, rightRect.left() - 4, firstY + i * ArrowGap, arrows.at(i), font);
    return image;
}
