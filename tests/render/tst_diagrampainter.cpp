// DiagramPainter without a screen: the picture's size for N lifelines and slots, a break taking
// a row, arrowAt/arrowRect agreeing, the selected arrow, the title and the "earlier events" line
// adding height, and the painting itself (pixels where the arrows are, only the exposed part).
#include <QtTest>

#include <QImage>
#include <QPainter>

#include "DiagramExchange.h"
#include "DiagramPainter.h"

using namespace DiagramExchange;
using Arrow = ConversationDiagram::Arrow;

namespace {

// `peers` clients each send one message, one after the other, no long gaps.
QList<TrafficEvent> chat(int peers, int messages)
{
    QList<TrafficEvent> events;
    qint64 t = T0;
    for (int m = 0; m < messages; ++m) {
        const QString peer = QStringLiteral("10.0.0.%1:5000").arg(m % peers + 1);
        events.append(at(t += 10, TrafficEvent::data(peer, TrafficEvent::Direction::In, "hi")));
    }
    return events;
}

DiagramPainter::Style fixedStyle()
{
    DiagramPainter::Style style;
    style.font = QFont(QStringLiteral("DejaVu Sans"));
    style.font.setPixelSize(13);
    return style;
}

bool hasInk(const QImage &image, const QRect &rect)
{
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x)
            if (image.rect().contains(x, y) && qGray(image.pixel(x, y)) < 160)
                return true;
    return false;
}

QImage render(const DiagramPainter &painter, const QRectF &exposed = {})
{
    QImage image(painter.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    painter.paint(&p, exposed);
    return image;
}

} // namespace

class DiagramPainterTest : public QObject
{
    Q_OBJECT

private slots:
    void sizeGrowsByColumnsAndRows()
    {
        const DiagramPainter::Style style = fixedStyle();
        const DiagramPainter one(ConversationDiagram::build(chat(1, 3)), style);
        const DiagramPainter three(ConversationDiagram::build(chat(3, 3)), style);
        const DiagramPainter threeLonger(ConversationDiagram::build(chat(3, 7)), style);
        QCOMPARE(one.diagram().lifelines().size(), 2);
        QCOMPARE(three.diagram().lifelines().size(), 4);
        // One column per lifeline, margins on both sides.
        QCOMPARE(one.size().width(), 2 * style.margin + 2 * style.columnWidth);
        QCOMPARE(three.size().width(), 2 * style.margin + 4 * style.columnWidth);
        // One row per slot.
        QCOMPARE(three.size().height(), one.size().height());
        QCOMPARE(threeLonger.size().height() - three.size().height(), 4 * three.rowHeight());
        QCOMPARE(three.rowHeight(), style.rowHeight);
        // Rows follow each other from slotTop(0).
        QCOMPARE(three.slotTop(2) - three.slotTop(1), style.rowHeight);
        QVERIFY(three.slotTop(0) > style.margin);
        QCOMPARE(three.lifelineX(1) - three.lifelineX(0), style.columnWidth);
    }

    void emptyDiagramHasThisSide()
    {
        const DiagramPainter painter(ConversationDiagram::build({}), fixedStyle());
        QCOMPARE(painter.diagram().lifelines().size(), 1);
        QVERIFY(painter.size().width() > 0);
        QVERIFY(painter.size().height() > painter.slotTop(0));
        QCOMPARE(painter.arrowAt(QPointF(painter.lifelineX(0), painter.slotTop(0) + 5)), -1);
        QVERIFY(!painter.arrowRect(0).isValid());
        const QImage image = render(painter);   // the label box and nothing else: no crash
        QVERIFY(hasInk(image, QRect(0, 0, image.width(), int(painter.slotTop(0)))));
    }

    void aLargeFontMakesRowsTaller()
    {
        DiagramPainter::Style style = fixedStyle();
        style.font.setPixelSize(40);
        const DiagramPainter painter(diagram(), style);
        QVERIFY(painter.rowHeight() > style.rowHeight);
    }

    void breakTakesARow()
    {
        const DiagramPainter painter(diagram(), fixedStyle());
        const QList<Arrow> arrows = painter.diagram().arrows();
        QCOMPARE(arrows.size(), 6);
        QVERIFY(arrows.at(4).breakBefore);   // the half-close, 10 minutes later
        QCOMPARE(arrows.at(4).slot, arrows.at(3).slot + 2);
        QCOMPARE(painter.diagram().slotCount(), 7);
        // The break row has no arrow under any point.
        const qreal breakMiddle = painter.slotTop(arrows.at(3).slot + 1) + painter.rowHeight() / 2;
        for (int line = 0; line < 2; ++line)
            QCOMPARE(painter.arrowAt(QPointF(painter.lifelineX(line), breakMiddle)), -1);
        // It is drawn: ink in the band between the lifelines (the zig-zag and the gap text).
        const QImage image = render(painter);
        const int top = int(painter.slotTop(arrows.at(3).slot + 1));
        QVERIFY(hasInk(image, QRect(int(painter.lifelineX(0)) + 20, top, int(painter.lifelineX(1) - painter.lifelineX(0)) - 40,
                                    int(painter.rowHeight()))));
        // Without a break, the same arrows need one row less.
        ConversationDiagram::Options noBreaks;
        noBreaks.breakAfterMsecs = 3600 * 1000;
        const DiagramPainter unbroken(ConversationDiagram::build(events(), {}, noBreaks), fixedStyle());
        QCOMPARE(painter.size().height() - unbroken.size().height(), painter.rowHeight());
    }

    void arrowAtAndArrowRectAgree()
    {
        const DiagramPainter painter(diagram(), fixedStyle());
        const QList<Arrow> arrows = painter.diagram().arrows();
        for (int i = 0; i < arrows.size(); ++i) {
            const QRectF rect = painter.arrowRect(i);
            QVERIFY2(rect.isValid(), qPrintable(QString::number(i)));
            QCOMPARE(painter.arrowAt(rect.center()), i);
            // Inside its own row, and no other arrow's rect meets it.
            QVERIFY(rect.top() >= painter.slotTop(arrows.at(i).slot));
            QVERIFY(rect.bottom() <= painter.slotTop(arrows.at(i).slot) + painter.rowHeight());
            for (int j = 0; j < arrows.size(); ++j)
                if (j != i)
                    QVERIFY(!rect.intersects(painter.arrowRect(j)));
        }
        // An arrow between the lifelines: its line and its label are under it.
        const int data = 2;
        QCOMPARE(arrows.at(data).kind, ConversationDiagram::ArrowKind::Data);
        const qreal middleX = (painter.lifelineX(0) + painter.lifelineX(1)) / 2;
        QCOMPARE(painter.arrowAt(QPointF(middleX, painter.slotTop(arrows.at(data).slot) + 4)), data);
        QCOMPARE(painter.arrowAt(QPointF(middleX, painter.slotTop(arrows.at(data).slot) + painter.rowHeight() - 4)), data);
        // Beside the arrows: nothing.
        QCOMPARE(painter.arrowAt(QPointF(painter.size().width() - 2, painter.slotTop(arrows.at(data).slot) + 4)), -1);
        QCOMPARE(painter.arrowAt(QPointF(middleX, 2)), -1);
        QCOMPARE(painter.arrowAt(QPointF(middleX, painter.size().height() - 1)), -1);
        QVERIFY(!painter.arrowRect(-1).isValid());
        QVERIFY(!painter.arrowRect(int(arrows.size())).isValid());
    }

    void paintsTheArrowsAndOnlyWhatIsExposed()
    {
        const DiagramPainter painter(diagram(), fixedStyle());
        const QList<Arrow> arrows = painter.diagram().arrows();
        const QImage whole = render(painter);
        // Every arrow's rect has ink.
        for (int i = 0; i < arrows.size(); ++i)
            QVERIFY2(hasInk(whole, painter.arrowRect(i).toAlignedRect()), qPrintable(QString::number(i)));
        // Exposing only the last row leaves the header blank.
        const QRectF lastRow(0, painter.slotTop(arrows.last().slot), painter.size().width(), painter.rowHeight());
        const QImage part = render(painter, lastRow);
        QVERIFY(!hasInk(part, QRect(0, 0, part.width(), int(painter.slotTop(0)) - 8)));
        QVERIFY(hasInk(part, painter.arrowRect(int(arrows.size()) - 1).toAlignedRect()));
        QCOMPARE(part.copy(lastRow.toAlignedRect()), whole.copy(lastRow.toAlignedRect()));
    }

    void selectedArrowIsHighlighted()
    {
        DiagramPainter painter(diagram(), fixedStyle());
        QCOMPARE(painter.selectedArrow(), -1);
        const QImage before = render(painter);
        painter.setSelectedArrow(2);
        QCOMPARE(painter.selectedArrow(), 2);
        const QImage after = render(painter);
        const QRect rect = painter.arrowRect(2).toAlignedRect();
        QVERIFY(before.copy(rect) != after.copy(rect));
        // The other rows are as they were.
        const QRect other = painter.arrowRect(1).toAlignedRect();
        QCOMPARE(before.copy(other), after.copy(other));
        // Out of range: none.
        painter.setSelectedArrow(99);
        QCOMPARE(painter.selectedArrow(), -1);
        painter.setSelectedArrow(-1);
        QCOMPARE(render(painter), before);
    }

    void titleAndOmittedLineAddHeight()
    {
        const DiagramPainter::Style style = fixedStyle();
        DiagramPainter painter(diagram(), style);
        const qreal plain = painter.size().height();
        painter.setTitle(QStringLiteral("Chat with 127.0.0.1:53422"));
        QCOMPARE(painter.title(), QStringLiteral("Chat with 127.0.0.1:53422"));
        QVERIFY(painter.size().height() > plain);
        QVERIFY(painter.slotTop(0) > DiagramPainter(diagram(), style).slotTop(0));
        painter.setTitle({});
        QCOMPARE(painter.size().height(), plain);

        ConversationDiagram::Options newest;
        newest.maxArrows = 2;
        const DiagramPainter cut(ConversationDiagram::build(events(), {}, newest), style);
        QCOMPARE(cut.diagram().omittedArrows(), 4);
        // The "4 earlier events not shown" line above the rows.
        QVERIFY(cut.slotTop(0) > painter.slotTop(0));
        const QImage image = render(cut);
        QVERIFY(hasInk(image, QRect(int(cut.lifelineX(0)) + 10, int(painter.slotTop(0)), int(style.columnWidth) - 20,
                                    int(cut.slotTop(0) - painter.slotTop(0)))));
    }

    void blackAndWhiteHasNoColour()
    {
        DiagramPainter::Style style = fixedStyle();
        style.colour = false;
        QList<TrafficEvent> list = events();
        list.append(at(T0 + 600400, TrafficEvent::error(Client, QStringLiteral("reset"), TrafficEvent::Action::Reset)));
        DiagramPainter painter(ConversationDiagram::build(list), style);
        painter.setSelectedArrow(1);
        const QImage image = render(painter);
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QRgb p = image.pixel(x, y);
                QVERIFY(qAbs(qRed(p) - qGreen(p)) < 8 && qAbs(qGreen(p) - qBlue(p)) < 8);
            }
        // In colour, the reset is red.
        style.colour = true;
        const DiagramPainter coloured(ConversationDiagram::build(list), style);
        const QImage red = render(coloured);
        const QRect reset = coloured.arrowRect(int(coloured.diagram().arrows().size()) - 1).toAlignedRect();
        bool found = false;
        for (int y = reset.top(); y <= reset.bottom() && !found; ++y)
            for (int x = reset.left(); x <= reset.right() && !found; ++x)
                found = qRed(red.pixel(x, y)) > 150 && qGreen(red.pixel(x, y)) < 90;
        QVERIFY(found);
    }
};

QTEST_MAIN(DiagramPainterTest)
#include "tst_diagrampainter.moc"
