#include "DiagramView.h"

#include <QDateTime>
#include <QEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include "ByteCountText.h"
#include "DiagramPainter.h"

DiagramView::DiagramView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("diagramView"));
    setFocusPolicy(Qt::StrongFocus);
    // The picture is drawn on paper, whatever the theme: it is the one that gets exported.
    QPalette paper = viewport()->palette();
    paper.setColor(QPalette::Base, Qt::white);
    viewport()->setPalette(paper);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    rebuildPainter(ConversationDiagram::build({}), -1);
}

DiagramView::~DiagramView() = default;

void DiagramView::setDiagram(const ConversationDiagram &diagram)
{
    rebuildPainter(diagram, -1);
}

void DiagramView::rebuildPainter(ConversationDiagram diagram, int selected)
{
    DiagramPainter::Style style;
    style.font = font();
    // Narrower columns than an exported picture: beside the log, two lifelines fit in half of a
    // 1024-pixel window's log area.
    style.columnWidth = ColumnWidth;
    m_painter = std::make_unique<DiagramPainter>(std::move(diagram), style);
    m_painter->setSelectedArrow(selected);
    updateScrollBars();
    viewport()->update();
}

const ConversationDiagram &DiagramView::diagram() const
{
    return m_painter->diagram();
}

const DiagramPainter &DiagramView::diagramPainter() const
{
    return *m_painter;
}

int DiagramView::arrowCount() const
{
    return int(m_painter->diagram().arrows().size());
}

void DiagramView::setSelectedArrow(int index, bool scroll)
{
    if (index < 0 || index >= arrowCount())
        index = -1;
    if (index != m_painter->selectedArrow()) {
        m_painter->setSelectedArrow(index);
        viewport()->update();
    }
    if (index < 0 || !scroll)
        return;
    // Just enough to show it, with a row of room when there is some.
    const QRectF rect = m_painter->arrowRect(index).adjusted(0, -8, 0, 8);
    const QPointF origin = pictureOrigin();
    QScrollBar *v = verticalScrollBar();
    const qreal top = rect.top() + origin.y();
    const qreal bottom = rect.bottom() + origin.y();
    if (top < 0)
        v->setValue(v->value() + int(top));
    else if (bottom > viewport()->height())
        v->setValue(v->value() + int(bottom - viewport()->height()) + 1);
    QScrollBar *h = horizontalScrollBar();
    const qreal left = rect.left() + origin.x();
    const qreal right = rect.right() + origin.x();
    if (left < 0)
        h->setValue(h->value() + int(left));
    else if (right > viewport()->width() && rect.width() < viewport()->width())
        h->setValue(h->value() + int(right - viewport()->width()) + 1);
}

int DiagramView::selectedArrow() const
{
    return m_painter->selectedArrow();
}

QString DiagramView::arrowToolTip(int index) const
{
    const QList<ConversationDiagram::Arrow> arrows = m_painter->diagram().arrows();
    if (index < 0 || index >= arrows.size())
        return {};
    const ConversationDiagram::Arrow &a = arrows.at(index);
    const QList<ConversationDiagram::Lifeline> lines = m_painter->diagram().lifelines();
    const QString from = lines.value(a.from).label;
    const QString to = lines.value(a.to).label;
    QStringList parts;
    parts += QDateTime::fromMSecsSinceEpoch(a.msecs).toString(QStringLiteral("HH:mm:ss.zzz"));
    parts += a.from == a.to ? tr("At %1").arg(from) : tr("From %1 to %2").arg(from, to);
    parts += a.label;
    if (a.kind == ConversationDiagram::ArrowKind::Data)
        parts += ByteCountText::count(a.bytes);
    if (!a.detail.isEmpty() && a.detail != a.label)
        parts += a.detail;
    if (a.closedFirstBy >= 0)
        parts += tr("%1 closed first").arg(lines.value(a.closedFirstBy).label);
    return parts.join(QLatin1Char('\n'));
}

QPointF DiagramView::pictureOrigin() const
{
    const QSizeF size = m_painter->size();
    // Centred while narrower than the view; else where the scroll bars say.
    const qreal x = size.width() < viewport()->width() ? (viewport()->width() - size.width()) / 2
                                                       : -horizontalScrollBar()->value();
    return {x, qreal(-verticalScrollBar()->value())};
}

int DiagramView::arrowAtViewport(const QPoint &point) const
{
    return m_painter->arrowAt(QPointF(point) - pictureOrigin());
}

QRect DiagramView::arrowViewportRect(int index) const
{
    if (index < 0 || index >= arrowCount())
        return {};
    return m_painter->arrowRect(index).translated(pictureOrigin()).toAlignedRect();
}

bool DiagramView::isScrolledToBottom() const
{
    const QScrollBar *v = verticalScrollBar();
    return v->value() >= v->maximum();
}

void DiagramView::scrollToBottom()
{
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void DiagramView::updateScrollBars()
{
    const QSize picture = m_painter->size().toSize();
    const QSize room = viewport()->size();
    verticalScrollBar()->setPageStep(room.height());
    verticalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setRange(0, qMax(0, picture.height() - room.height()));
    horizontalScrollBar()->setPageStep(room.width());
    horizontalScrollBar()->setSingleStep(20);
    horizontalScrollBar()->setRange(0, qMax(0, picture.width() - room.width()));
}

void DiagramView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    const QPointF origin = pictureOrigin();
    painter.translate(origin);
    m_painter->paint(&painter, QRectF(event->rect()).translated(-origin));
}

void DiagramView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void DiagramView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const int index = arrowAtViewport(event->position().toPoint());
    setSelectedArrow(index, false);
    emit arrowClicked(index);
}

void DiagramView::keyPressEvent(QKeyEvent *event)
{
    const int count = arrowCount();
    int index = selectedArrow();
    switch (event->key()) {
    case Qt::Key_Up:
        index = index < 0 ? count - 1 : qMax(0, index - 1);
        break;
    case Qt::Key_Down:
        index = index < 0 ? 0 : qMin(count - 1, index + 1);
        break;
    case Qt::Key_Home:
        index = 0;
        break;
    case Qt::Key_End:
        index = count - 1;
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    if (count == 0)
        return;
    setSelectedArrow(index);
    emit arrowClicked(index);
}

bool DiagramView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = arrowAtViewport(help->pos());
        if (index < 0) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), arrowToolTip(index), viewport(), arrowViewportRect(index));
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void DiagramView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange && m_painter)
        rebuildPainter(m_painter->diagram(), m_painter->selectedArrow());
}
