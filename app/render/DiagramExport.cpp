#include "DiagramExport.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

#include "DiagramPainter.h"

std::optional<DiagramExport::Format> DiagramExport::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("png"))
        return Format::Png;
    return std::nullopt;
}

namespace {

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

} // namespace

bool DiagramExport::write(const DiagramPainter &painter, const QString &path, Format format,
                          QString *error, qreal pngScale)
{
    // Written beside the target and renamed over it at the end: a failed export leaves no
    // half-written picture behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QSizeF size = painter.size();
    if (format == Format::Svg) {
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setResolution(96);
        generator.setSize(size.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), size));
        generator.setTitle(painter.title().isEmpty() ? tr("Conversation diagram") : painter.title());
        generator.setDescription(tr("Drawn by SocketLab"));
        QPainter p;
        if (!p.begin(&generator))
            return fail(error, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        painter.paint(&p);
        p.end();
    } else {
        const qreal scale = pngScale > 0 ? pngScale : 1.0;
        const QSize pixels(int(std::ceil(size.width() * scale)), int(std::ceil(size.height() * scale)));
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        if (image.isNull())
            return fail(error, tr("Cannot write %1: the picture is too large (%2 × %3 pixels).")
                                   .arg(QDir::toNativeSeparators(path)).arg(pixels.width()).arg(pixels.height()));
        // 96 dpi times the scale, so that a viewer shows it at the painter's size.
        const int dotsPerMeter = int(std::lround(96.0 * scale / 0.0254));
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        image.fill(Qt::white);
        QPainter p(&image);
        p.scale(scale, scale);
        painter.paint(&p);
        p.end();
        QImageWriter writer(&file, "png");
        if (!writer.write(image))
            return fail(error, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), writer.errorString()));
    }
    if (!file.commit())
        return fail(error, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}
