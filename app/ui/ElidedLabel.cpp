#include "ElidedLabel.h"

#include <QEvent>
#include <QPainter>
#include <QStyle>

namespace {
constexpr int PreferredChars = 60;   // the size hint asks for about this many characters, no more
constexpr int MinimumChars = 8;
}

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ElidedLabel::setText(const QString &text)
{
    if (text == this->text())
        return;
    QLabel::setText(text);
    setToolTip(text);
    setAccessibleName(text);
    updateElided();
}

QString ElidedLabel::displayedText() const
{
    return m_elided;
}

bool ElidedLabel::isElided() const
{
    return m_elided != text();
}

QSize ElidedLabel::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    const int width = qMin(fm.horizontalAdvance(text()), fm.averageCharWidth() * PreferredChars);
    return QSize(width + 2 * frameWidth(), fm.height() + 2 * frameWidth());
}

QSize ElidedLabel::minimumSizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    return QSize(fm.averageCharWidth() * MinimumChars + 2 * frameWidth(), fm.height() + 2 * frameWidth());
}

void ElidedLabel::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);   // the frame only: QLabel would draw the whole text
    QPainter painter(this);
    const QRect area = contentsRect();
    style()->drawItemText(&painter, area, int(alignment()) | Qt::TextSingleLine, palette(),
                          isEnabled(), m_elided, foregroundRole());
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    updateElided();
}

void ElidedLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateElided();
    QLabel::changeEvent(event);
}

void ElidedLabel::updateElided()
{
    // Line breaks (a multi-line error sentence) would not show in one line: spaces instead.
    QString oneLine = text();
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '));
    m_elided = fontMetrics().elidedText(oneLine, Qt::ElideRight, qMax(0, contentsRect().width()));
    if (m_elided == oneLine)
        m_elided = text() == oneLine ? text() : oneLine;
    update();
}
