#pragma once

#include <QImage>
#include <QString>
#include <QStringList>

// The small picture at the top of a quick-start page: this window on the left, the other end of
// the socket (this window again, a script, a browser) on the right, and numbered arrows for the
// steps between them. Drawn with QPainter in the current language, so it needs no image files
// and follows a language switch like every other text.
class QuickStartDiagram
{
public:
    struct Arrow
    {
        QString label;      // "2. connect"
        bool toRight;       // drawn from the left box to the right one, or back
    };
    struct Box
    {
        QString title;
        QStringList lines;  // smaller lines under the title (addresses, commands)
    };

    static QImage render(const Box &left, const Box &right, const QList<Arrow> &arrows, const QFont &font,
                         qreal devicePixelRatio);
    static constexpr int Width = 600;
};
