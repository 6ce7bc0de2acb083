// DiagramExport: the format by suffix; an SVG whose labels stay text (parsed with
// QXmlStreamReader: one <text> per label, one arrow line per arrow for a known exchange); a PNG
// at the painter's size times the scale, on white; a file that cannot be written refused in words.
#include <QtTest>

#include <QImage>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <memory>

#include "DiagramExchange.h"
#include "DiagramExport.h"
#include "DiagramPainter.h"
#include "SystemTranslator.h"

using namespace DiagramExchange;

namespace {

struct SvgContent
{
    QStringList texts;            // every <text>, its characters joined
    int horizontalLines = 0;      // straight lines with both ends at the same height, long ones
    QSizeF size;
};

// The points of a <polyline points="x1,y1 x2,y2"> or a <path d="M x1,y1 L x2,y2">.
QList<QPointF> pointsOf(const QString &text)
{
    QList<QPointF> points;
    QString cleaned = text;
    cleaned.replace(QLatin1Char(','), QLatin1Char(' '));
    cleaned.remove(QLatin1Char('M')).remove(QLatin1Char('L'));
    const QStringList numbers = cleaned.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int i = 0; i + 1 < numbers.size(); i += 2)
        points.append(QPointF(numbers.at(i).toDouble(), numbers.at(i + 1).toDouble()));
    return points;
}

SvgContent parseSvg(const QString &path)
{
    SvgContent content;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return content;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("svg")) {
            content.size = QSizeF(xml.attributes().value(QLatin1String("width")).toString().remove(QLatin1String("mm")).toDouble(),
                                  xml.attributes().value(QLatin1String("height")).toString().remove(QLatin1String("mm")).toDouble());
        } else if (xml.name() == QLatin1String("text")) {
            content.texts.append(xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified());
        } else if (xml.name() == QLatin1String("polyline") || xml.name() == QLatin1String("path")) {
            const QString data = xml.attributes().value(xml.name() == QLatin1String("path") ? QLatin1String("d") : QLatin1String("points")).toString();
            const QList<QPointF> points = pointsOf(data);
            if (points.size() == 2 && qFuzzyCompare(points.at(0).y(), points.at(1).y())
                && qAbs(points.at(0).x() - points.at(1).x()) > 100)
                ++content.horizontalLines;
        }
    }
    if (xml.hasError())
        content.texts = QStringList{QStringLiteral("XML error: ") + xml.errorString()};
    return content;
}

} // namespace

class DiagramExportTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // English plurals ("5 bytes") come from the English catalogue.
        m_translator = std::make_unique<SystemTranslator>();
    }

    void formatBySuffix()
    {
        QCOMPARE(DiagramExport::formatFor(QStringLiteral("/tmp/a.svg")), DiagramExport::Format::Svg);
        QCOMPARE(DiagramExport::formatFor(QStringLiteral("b.SVG")), DiagramExport::Format::Svg);
        QCOMPARE(DiagramExport::formatFor(QStringLiteral("c.png")), DiagramExport::Format::Png);
        QCOMPARE(DiagramExport::formatFor(QStringLiteral("d.PnG")), DiagramExport::Format::Png);
        QVERIFY(!DiagramExport::formatFor(QStringLiteral("e.jpg")));
        QVERIFY(!DiagramExport::formatFor(QStringLiteral("svg")));
        QVERIFY(!DiagramExport::formatFor(QString()));
    }

    void svgKeepsTheLabelsAsText()
    {
        QTemporaryDir dir;
        DiagramPainter painter(diagram());
        painter.setTitle(QStringLiteral("Sticky packets"));
        const QString path = dir.filePath(QStringLiteral("chat.svg"));
        QString error;
        QVERIFY2(DiagramExport::write(painter, path, DiagramExport::Format::Svg, &error), qPrintable(error));
        QVERIFY(error.isEmpty());
        const SvgContent svg = parseSvg(path);
        const QStringList expected{
            QStringLiteral("Sticky packets"),
            Server, Client,
            QStringLiteral("listening on 127.0.0.1:9000"),
            QStringLiteral("connect"),
            QStringLiteral("“hello” (5 bytes)"),
            QStringLiteral("“helloworld” (10 bytes)"),
            QStringLiteral("… 10 min …"),
            QStringLiteral("FIN (finished sending)"),
            QStringLiteral("close"),
            QStringLiteral("closed first"),
        };
        QCOMPARE(svg.texts, expected);
        // One line per arrow between the lifelines: connect, two chunks, FIN, close (the
        // listening note is a box on this side's lifeline).
        QCOMPARE(svg.horizontalLines, 5);
        // Its size is the painter's (at 96 dpi).
        QVERIFY(svg.size.width() > 0);
        QVERIFY(qAbs(svg.size.width() / svg.size.height() - painter.size().width() / painter.size().height()) < 0.01);
    }

    void pngAtTheScale()
    {
        QTemporaryDir dir;
        const DiagramPainter painter(diagram());
        const QString path = dir.filePath(QStringLiteral("chat.png"));
        QString error;
        QVERIFY2(DiagramExport::write(painter, path, DiagramExport::Format::Png, &error), qPrintable(error));
        QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), qCeil(painter.size().width() * 2));
        QCOMPARE(image.height(), qCeil(painter.size().height() * 2));
        QCOMPARE(QColor(image.pixel(0, 0)), QColor(Qt::white));
        QVERIFY(QFileInfo(path).size() > 1000);

        const QString single = dir.filePath(QStringLiteral("single.png"));
        QVERIFY(DiagramExport::write(painter, single, DiagramExport::Format::Png, &error, 1.0));
        const QImage small(single);
        QCOMPARE(small.size(), QSize(qCeil(painter.size().width()), qCeil(painter.size().height())));
        // The same picture: ink in the same places, at half the size.
        QCOMPARE(double(image.width()) / image.height(), double(small.width() * 2) / (small.height() * 2));
    }

    void unwritableFileIsRefusedInWords()
    {
        QTemporaryDir dir;
        const DiagramPainter painter(diagram());
        const QString path = dir.filePath(QStringLiteral("no/such/folder/chat.svg"));
        for (const DiagramExport::Format format : {DiagramExport::Format::Svg, DiagramExport::Format::Png}) {
            QString error;
            QVERIFY(!DiagramExport::write(painter, path, format, &error));
            QVERIFY2(error.startsWith(QStringLiteral("Cannot write ")), qPrintable(error));
            QVERIFY2(error.contains(QStringLiteral("chat.svg")), qPrintable(error));
            QVERIFY(!QFileInfo::exists(path));
        }
    }

private:
    std::unique_ptr<SystemTranslator> m_translator;
};

QTEST_MAIN(DiagramExportTest)
#include "tst_diagramexport.moc"
