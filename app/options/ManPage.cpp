#include "ManPage.h"

#include "CommandHelp.h"
#include "CommandSpec.h"

namespace {

QString bold(const QString &text)
{
    return QStringLiteral("\\fB") + ManPage::escaped(text) + QStringLiteral("\\fR");
}

QString italic(const QString &text)
{
    return QStringLiteral("\\fI") + ManPage::escaped(text) + QStringLiteral("\\fR");
}

// "--bind ADDR" as a term: the switch in bold, its value in italics.
QString optionTerm(const OptionSpec &option)
{
    QString term = bold(QStringLiteral("--") + option.name());
    if (option.takesValue())
        term += QLatin1Char(' ') + italic(option.valueName());
    return term;
}

void appendCommand(QStringList *out, const CommandSpec &spec)
{
    out->append(QStringLiteral(".SS ") + ManPage::escaped(spec.name()));
    // The synopsis, left-aligned (no word in this page is hyphenated).
    const QStringList pieces = CommandHelp::synopsisPieces(spec);
    out->append(QStringLiteral(".PP"));
    out->append(QStringLiteral(".ad l"));
    QString synopsis = bold(pieces.constFirst());
    for (int i = 1; i < pieces.size(); ++i)   // a line may break between pieces, never inside one
        synopsis += QLatin1Char(' ') + ManPage::escaped(pieces.at(i)).replace(QLatin1Char(' '), QStringLiteral("\\ "));
    out->append(synopsis);
    out->append(QStringLiteral(".ad"));
    out->append(QStringLiteral(".PP"));
    out->append(ManPage::escaped(spec.title()));
    for (const QString &paragraph : spec.descriptionParagraphs()) {
        out->append(QStringLiteral(".PP"));
        out->append(ManPage::escaped(paragraph));
    }
    for (const OptionSpec &option : spec.options()) {
        out->append(QStringLiteral(".TP"));
        out->append(optionTerm(option));
        out->append(ManPage::escaped(CommandHelp::optionText(option)));
    }
    out->append(QStringLiteral(".PP"));
    out->append(ManPage::escaped(spec.exitStatus()));
}

} // namespace

QString ManPage::escaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 16);
    for (const char32_t c : text.toUcs4()) {
        switch (c) {
        case U'\\': out += QStringLiteral("\\e"); break;
        case U'-': out += QStringLiteral("\\-"); break;
        case U'\n': out += QLatin1Char('\n'); break;
        case U'\u201C': out += QStringLiteral("\\(lq"); break;
        case U'\u201D': out += QStringLiteral("\\(rq"); break;
        case U'\u2018': out += QStringLiteral("\\(oq"); break;
        case U'\u2019': out += QStringLiteral("\\(cq"); break;
        case U'\u2014': out += QStringLiteral("\\(em"); break;
        case U'\u2013': out += QStringLiteral("\\(en"); break;
        default:
            if (c < 128)
                out += QChar(char16_t(c));
            else
                out += QStringLiteral("\\[u") + QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'))
                       + QLatin1Char(']');
        }
    }
    // A line that starts with a dot or an apostrophe would be read as a request.
    QStringList lines = out.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.startsWith(QLatin1Char('.')) || line.startsWith(QLatin1Char('\'')))
            line.prepend(QStringLiteral("\\&"));
    }
    return lines.join(QLatin1Char('\n'));
}

QString ManPage::roff(const QList<const CommandSpec *> &commands, const QString &version, const QString &date)
{
    QStringList out;
    out.append(QStringLiteral(".\\\" socketlab(1), written by socketlab_manpage from the option tables of app/options."));
    out.append(QStringLiteral(".TH SOCKETLAB 1 \"%1\" \"SocketLab %2\" \"User Commands\"").arg(date, version));
    out.append(QStringLiteral(".nh"));   // no hyphenation: option names and values stay whole
    out.append(QStringLiteral(".SH NAME"));
    out.append(QStringLiteral("socketlab \\- ")
               + escaped(tr("a workbench for socket programming: TCP, UDP, file transfer and a web server")));

    out.append(QStringLiteral(".SH SYNOPSIS"));
    out.append(bold(QStringLiteral("socketlab")));
    out.append(QStringLiteral(".br"));
    out.append(bold(QStringLiteral("socketlab")) + QLatin1Char(' ') + italic(QStringLiteral("COMMAND")) + QStringLiteral(" [")
               + italic(QStringLiteral("OPTIONS")) + QLatin1Char(']'));
    out.append(QStringLiteral(".br"));
    out.append(bold(QStringLiteral("socketlab --open")) + QLatin1Char(' ') + italic(QStringLiteral("COMMAND"))
               + QStringLiteral(" [") + italic(QStringLiteral("OPTIONS")) + QLatin1Char(']'));
    out.append(QStringLiteral(".br"));
    out.append(bold(QStringLiteral("socketlab")) + QLatin1Char(' ') + bold(QStringLiteral("--help")) + QStringLiteral(" | ")
               + bold(QStringLiteral("--version")));

    out.append(QStringLiteral(".SH DESCRIPTION"));
    out.append(escaped(tr("SocketLab is a workbench for socket programming: a TCP server and client, UDP, file "
                          "transfer and a web server, built to talk to the programs students write.")));
    out.append(QStringLiteral(".PP"));
    out.append(escaped(tr("Without arguments, socketlab opens its window. With --open COMMAND [OPTIONS] it opens the "
                          "window with that command's tab filled in and started. With a command, it runs without a "
                          "window: each event is printed on one line on standard output, errors on standard error.")));

    out.append(QStringLiteral(".SH COMMANDS"));
    for (const CommandSpec *spec : commands)
        appendCommand(&out, *spec);

    out.append(QStringLiteral(".SH \"EXIT STATUS\""));
    out.append(QStringLiteral(".TP"));
    out.append(bold(QStringLiteral("0")));
    out.append(escaped(tr("The command did its work; a server, after Ctrl+C or SIGTERM.")));
    out.append(QStringLiteral(".TP"));
    out.append(bold(QStringLiteral("1")));
    out.append(escaped(tr("A port could not be opened, a connection could not be made, or a transfer failed.")));
    out.append(QStringLiteral(".TP"));
    out.append(bold(QStringLiteral("2")));
    out.append(escaped(tr("Bad arguments: the reason and the command's usage are printed.")));
    out.append(QStringLiteral(".PP"));
    out.append(escaped(tr("Each command above says exactly when.")));

    out.append(QStringLiteral(".SH \"SEE ALSO\""));
    out.append(QStringLiteral(".BR nc (1),"));
    out.append(QStringLiteral(".BR socat (1),"));
    out.append(QStringLiteral(".BR curl (1)"));
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
