#include "DiagramCommand.h"

#include <QDir>
#include <QGuiApplication>

#include "DiagramCommandLine.h"
#include "DiagramExport.h"
#include "DiagramPainter.h"

namespace {

// Large enough to stay above 8 pt when a diagram of up to 4 lifelines is printed across A4.
constexpr qreal PicturePointSize = 10;

} // namespace

DiagramCommand::DiagramCommand(ConsoleOutput *output, QObject *parent)
    : CliCommand(DiagramCommandLine::spec(), output, parent)
{
}

bool DiagramCommand::parse(const QStringList &arguments, QString *error)
{
    const std::optional<DiagramArguments> parsed = DiagramCommandLine::parse(arguments, error);
    if (!parsed)
        return false;
    m_arguments = *parsed;
    return true;
}

void DiagramCommand::start()
{
    if (m_arguments.log.incompleteLastLine)
        out()->error(tr("%1: the last line was cut short (the recording stopped while writing it); it is left out.")
                         .arg(m_arguments.eventsFile));
    const ConversationDiagram diagram =
        ConversationDiagram::build(m_arguments.log.events, m_arguments.log.header.local, m_arguments.options);

    DiagramPainter::Style style;
    style.font = QGuiApplication::font();
    style.font.setPointSizeF(PicturePointSize);
    DiagramPainter painter(diagram, style);
    painter.setTitle(m_arguments.title);

    const DiagramExport::Format format = m_arguments.format == DiagramArguments::Format::Png
        ? DiagramExport::Format::Png : DiagramExport::Format::Svg;
    QString error;
    if (!DiagramExport::write(painter, m_arguments.output, format, &error)) {
        out()->error(error);
        finish(1);
        return;
    }
    const int arrows = int(diagram.arrows().size());
    const QString path = QDir::toNativeSeparators(m_arguments.output);
    if (diagram.omittedArrows() > 0)
        out()->progress(tr("Wrote %1: %n arrow(s), the %2 older ones left out (--max).", nullptr, arrows)
                            .arg(path).arg(diagram.omittedArrows()));
    else
        out()->progress(tr("Wrote %1: %n arrow(s).", nullptr, arrows).arg(path));
    out()->endProgress();
    finish(0);
}

void DiagramCommand::terminate()
{
    // Drawing runs to its end within start(): there is nothing left to stop.
}
