#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class DiagramPainter;

// Writes a painted diagram to a file: SVG (QSvgGenerator; text stays text, one <text> per
// label, at 96 dpi so that its sizes are the painter's pixels) or PNG (QImage at `pngScale`
// times the painter's size, white background). Errors in plain translated words
// ("Cannot write /tmp/x.svg: Permission denied").
class DiagramExport
{
    Q_DECLARE_TR_FUNCTIONS(DiagramExport)

public:
    enum class Format { Svg, Png };

    static std::optional<Format> formatFor(const QString &path);   // by suffix .svg/.png (any case)
    static bool write(const DiagramPainter &painter, const QString &path, Format format,
                      QString *error, qreal pngScale = 2.0);
};
