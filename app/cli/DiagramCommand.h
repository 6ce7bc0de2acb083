#pragma once

#include <QStringList>

#include "CliCommand.h"
#include "DiagramArguments.h"

// `socketlab diagram EVENTS.jsonl -o OUT.svg|OUT.png [--peer IP:PORT] [--from T] [--to T]
//  [--max N] [--hex] [--encoding …] [--title TEXT]`
// Draws a recorded conversation (ConversationDiagram, DiagramPainter) and writes it as SVG or
// PNG (DiagramExport), then says on standard error what it wrote. Needs a QGuiApplication for
// the fonts, but no display: main.cpp starts it on the offscreen platform unless
// QT_QPA_PLATFORM says otherwise (CliRunner::needsFonts). Exit status 0 when written, 1 when
// the picture cannot be written, 2 on bad arguments or a refused events file ("FILE: line N:
// reason"). Options: DiagramCommandLine.
class DiagramCommand final : public CliCommand
{
    Q_OBJECT

public:
    explicit DiagramCommand(ConsoleOutput *output, QObject *parent = nullptr);

    bool parse(const QStringList &arguments, QString *error) override;
    void start() override;
    void terminate() override;

private:
    DiagramArguments m_arguments;
};
