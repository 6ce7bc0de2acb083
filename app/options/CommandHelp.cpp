#include "CommandHelp.h"

#include "CommandSpec.h"
#include "WrappedText.h"

namespace {

constexpr int Indent = 2;               // before an option or a command in a list
// Where descriptions start at most; a longer name gets a line of its own.
constexpr int MaxOptionColumn = 26;
constexpr int MaxCommandColumn = 36;

// Pieces filled into lines of `width` columns; continuation lines start with `indent` spaces.
QStringList fill(const QStringList &pieces, int indent, int width)
{
    QStringList lines;
    QString line;
    for (const QString &piece : pieces) {
        if (line.isEmpty()) {
            line = piece;
        } else if (WrappedText::columns(line) + 1 + WrappedText::columns(piece) > width) {
            lines.append(line);
            line = QString(indent, QLatin1Char(' ')) + piece;
        } else {
            line += QLatin1Char(' ') + piece;
        }
    }
    lines.append(line);
    return lines;
}

// Two columns: a name, and text wrapped beside it (or below it, when the name is too long).
void appendRow(QStringList *lines, const QString &name, const QString &text, int column, int width)
{
    const QString head = QString(Indent, QLatin1Char(' ')) + name;
    const QStringList body = WrappedText::lines(text, qMax(20, width - column));
    const QString pad(column, QLatin1Char(' '));
    int first = 0;
    if (WrappedText::columns(head) + 1 <= column) {
        lines->append(head + QString(column - WrappedText::columns(head), QLatin1Char(' ')) + body.value(0));
        first = 1;
    } else {
        lines->append(head);
    }
    for (int i = first; i < body.size(); ++i)
        lines->append(pad + body.at(i));
}

int columnFor(const QStringList &names, int maxColumn)
{
    int longest = 0;
    for (const QString &name : names) {
        const int columns = WrappedText::columns(name);
        if (Indent + columns + 2 <= maxColumn)
            longest = qMax(longest, columns);
    }
    return Indent + longest + 2;
}

} // namespace

QStringList CommandHelp::synopsisPieces(const CommandSpec &spec)
{
    QStringList pieces{QStringLiteral("socketlab ") + spec.name()};
    if (!spec.arguments().isEmpty())
        pieces.append(spec.arguments());
    for (const OptionSpec &option : spec.options()) {
        if (!option.isInArguments())
            pieces.append(QLatin1Char('[') + option.synopsisText() + QLatin1Char(']'));
    }
    return pieces;
}

QString CommandHelp::optionText(const OptionSpec &option)
{
    const QString shown = option.shownDefault();
    if (shown.isEmpty())
        return option.description();
    return tr("%1 Default: %2.", "an option's description, then its default value").arg(option.description(), shown);
}

QString CommandHelp::usage(const CommandSpec &spec, int width)
{
    QStringList lines;
    // "Usage: socketlab tcp-server --port N [--bind ADDR] …", continued under the first argument.
    const QStringList pieces = synopsisPieces(spec);
    const QString head = tr("Usage: %1").arg(pieces.constFirst());
    const int headColumns = WrappedText::columns(head);
    const int indent = headColumns + 1 <= width / 2 ? headColumns + 1 : 8;
    QStringList rest = pieces.mid(1);
    rest.prepend(head);
    lines += fill(rest, indent, width);

    lines += WrappedText::lines(spec.title(), width);
    for (const QString &paragraph : spec.descriptionParagraphs()) {
        lines.append(QString());
        lines += WrappedText::lines(paragraph, width);
    }

    if (!spec.options().isEmpty()) {
        lines.append(QString());
        lines.append(tr("Options:"));
        QStringList names;
        for (const OptionSpec &option : spec.options())
            names.append(option.switchText());
        const int column = columnFor(names, MaxOptionColumn);
        for (const OptionSpec &option : spec.options())
            appendRow(&lines, option.switchText(), optionText(option), column, width);
    }

    lines.append(QString());
    lines += WrappedText::lines(spec.exitStatus(), width);
    return lines.join(QLatin1Char('\n'));
}

QString CommandHelp::overview(const QList<const CommandSpec *> &commands, int width)
{
    QStringList lines;
    lines.append(tr("Usage: socketlab [COMMAND [OPTIONS]]"));
    lines += WrappedText::lines(tr("Without a command the window opens."), width);
    lines.append(QString());
    lines.append(tr("Commands:"));
    const QString open = tr("--open COMMAND [OPTIONS]");
    QStringList names{open};
    for (const CommandSpec *spec : commands)
        names.append(spec->name() + QLatin1Char(' ') + spec->arguments());
    const int column = columnFor(names, MaxCommandColumn);
    for (const CommandSpec *spec : commands)
        appendRow(&lines, spec->name() + QLatin1Char(' ') + spec->arguments(), spec->title(), column, width);
    appendRow(&lines, open, tr("The window, with that tab filled in and started."), column, width);
    appendRow(&lines, QStringLiteral("--version"), tr("The version of SocketLab."), column, width);
    lines.append(QString());
    lines += WrappedText::lines(tr("Run “socketlab COMMAND --help” for the options of one command."), width);
    return lines.join(QLatin1Char('\n'));
}
