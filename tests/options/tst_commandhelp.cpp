// The --help texts written from the option tables (CommandHelp, WrappedText): every option of
// every command is in its help with its default, the synopsis and exit status are there, lines
// fit a terminal, Chinese wraps between characters, and the overview lists every command.
#include <QtTest>

#include "CommandCatalog.h"
#include "CommandHelp.h"
#include "CommandSpec.h"
#include "WrappedText.h"

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(const CommandSpec *)

class TestCommandHelp : public QObject
{
    Q_OBJECT

private slots:
    void catalogHasEveryCommand();
    void helpListsEveryOption_data();
    void helpListsEveryOption();
    void helpFitsTheTerminal_data();
    void helpFitsTheTerminal();
    void overviewListsEveryCommand();
    void wrapsEnglishBetweenWords();
    void wrapsChineseBetweenCharacters();
    void keepsAChineseWordWholeInEnglish();
    void wideCharactersTakeTwoColumns();

private:
    static void addCommandRows();
};

void TestCommandHelp::catalogHasEveryCommand()
{
    QStringList names;
    for (const CommandSpec *spec : CommandCatalog::commands())
        names.append(spec->name());
    QCOMPARE(names, (QStringList{u"tcp-server"_s, u"tcp-client"_s, u"udp"_s, u"file-server"_s, u"get"_s, u"put"_s, u"web"_s, u"check"_s, u"diagram"_s}));
    QCOMPARE(CommandCatalog::find(u"udp"_s)->name(), u"udp"_s);
    QCOMPARE(CommandCatalog::find(u"check"_s)->name(), u"check"_s);
    QVERIFY(!CommandCatalog::find(u"grade"_s));
}

void TestCommandHelp::addCommandRows()
{
    QTest::addColumn<const CommandSpec *>("spec");
    for (const CommandSpec *spec : CommandCatalog::commands())
        QTest::newRow(qPrintable(spec->name())) << spec;
}

void TestCommandHelp::helpListsEveryOption_data()
{
    addCommandRows();
}

void TestCommandHelp::helpListsEveryOption()
{
    QFETCH(const CommandSpec *, spec);
    // Wide enough that nothing wraps: each item can be found whole.
    const QString help = CommandHelp::usage(*spec, 10000);
    const QStringList lines = help.split(u'\n');
    const QString synopsis = lines.constFirst();
    QVERIFY2(synopsis.startsWith(u"Usage: socketlab "_s + spec->name() + u' ' + spec->arguments()), qPrintable(synopsis));
    QVERIFY(!spec->title().isEmpty());
    QVERIFY(help.contains(spec->title()));
    for (const QString &paragraph : spec->descriptionParagraphs())
        QVERIFY2(help.contains(paragraph), qPrintable(paragraph));
    QVERIFY(spec->exitStatus().startsWith(u"Exit status: 0"_s));
    QCOMPARE(lines.constLast(), spec->exitStatus());
    QVERIFY(!spec->options().isEmpty());
    QVERIFY(lines.contains(u"Options:"_s));
    for (const OptionSpec &option : spec->options()) {
        // In the synopsis: in the command's own arguments, or in brackets after them.
        if (option.isInArguments())
            QVERIFY2(spec->arguments().contains(option.switchText()), qPrintable(option.name()));
        else
            QVERIFY2(synopsis.contains(u'[' + option.synopsisText() + u']'), qPrintable(option.name()));
        // In the list: the switch, its description and its default, on one line here.
        const QString row = u"  "_s + option.switchText() + u' ';
        const auto it = std::find_if(lines.cbegin(), lines.cend(), [&row](const QString &l) { return l.startsWith(row); });
        QVERIFY2(it != lines.cend(), qPrintable(option.name()));
        QVERIFY2(!option.description().isEmpty() && it->contains(option.description()), qPrintable(*it));
        if (!option.shownDefault().isEmpty())
            QVERIFY2(it->endsWith(u" Default: "_s + option.shownDefault() + u'.'), qPrintable(*it));
        else
            QVERIFY2(!it->contains(u"Default:"_s), qPrintable(*it));
    }
}

void TestCommandHelp::helpFitsTheTerminal_data()
{
    addCommandRows();
}

void TestCommandHelp::helpFitsTheTerminal()
{
    QFETCH(const CommandSpec *, spec);
    const QStringList lines = CommandHelp::usage(*spec).split(u'\n');
    for (const QString &line : lines)
        QVERIFY2(WrappedText::columns(line) <= CommandHelp::DefaultWidth, qPrintable(line));
    // The synopsis continues under the command's first argument.
    const int indent = int(u"Usage: socketlab "_s.size() + spec->name().size() + 1);
    for (int i = 1; i < lines.size() && !lines.at(i).startsWith(spec->title().left(10)); ++i)
        QVERIFY2(lines.at(i).startsWith(QString(indent, u' ') + u'['), qPrintable(lines.at(i)));
}

void TestCommandHelp::overviewListsEveryCommand()
{
    const QString overview = CommandHelp::overview(CommandCatalog::commands(), 10000);
    QVERIFY(overview.startsWith(u"Usage: socketlab [COMMAND [OPTIONS]]"_s));
    for (const CommandSpec *spec : CommandCatalog::commands()) {
        const QRegularExpression row(u"^  "_s + QRegularExpression::escape(spec->name() + u' ' + spec->arguments())
                                         + u" +"_s + QRegularExpression::escape(spec->title()) + u'$',
                                     QRegularExpression::MultilineOption);
        QVERIFY2(row.match(overview).hasMatch(), qPrintable(spec->name()));
    }
    QVERIFY(overview.contains(u"--open COMMAND [OPTIONS]"_s));
    QVERIFY(overview.contains(u"--version"_s));
    QVERIFY(overview.endsWith(u"Run “socketlab COMMAND --help” for the options of one command."_s));
    for (const QString &line : CommandHelp::overview(CommandCatalog::commands()).split(u'\n'))
        QVERIFY2(WrappedText::columns(line) <= CommandHelp::DefaultWidth, qPrintable(line));
}

void TestCommandHelp::wrapsEnglishBetweenWords()
{
    const QString text = u"Answer each message: none, echo, upper (like seed 003's server) or text:STR."_s;
    const QStringList lines = WrappedText::lines(text, 20);
    QVERIFY(lines.size() > 1);
    for (const QString &line : lines) {
        QVERIFY2(line.size() <= 20, qPrintable(line));
        QVERIFY(!line.startsWith(u' ') && !line.endsWith(u' '));
    }
    QCOMPARE(lines.join(u' '), text);
    // A word longer than the line stays whole; a newline always breaks.
    QCOMPARE(WrappedText::lines(u"a 0123456789abcdef b"_s, 8), (QStringList{u"a"_s, u"0123456789abcdef"_s, u"b"_s}));
    QCOMPARE(WrappedText::lines(u"one\ntwo"_s, 80), (QStringList{u"one"_s, u"two"_s}));
    QCOMPARE(WrappedText::lines(QString(), 80), QStringList{QString()});
    // An option value with a hyphen is never broken after it ("crc16-" / "modbus").
    const QString values = u"Append a checksum: sum8, xor8, crc16-modbus (low byte first) or crc32."_s;
    for (int width = 12; width <= 40; ++width) {
        const QStringList wrapped = WrappedText::lines(values, width);
        QVERIFY2(wrapped.join(u'|').contains(u"crc16-modbus"_s), qPrintable(wrapped.join(u'|')));
        QCOMPARE(wrapped.join(u' '), values);
    }
}

void TestCommandHelp::wrapsChineseBetweenCharacters()
{
    const QString text = u"每次连接、每条消息和每个错误各打印一行；在标准输入中键入的每一行都发送给所有已连接的客户端。"_s;
    const QStringList lines = WrappedText::lines(text, 20);
    QVERIFY(lines.size() > 2);
    for (const QString &line : lines) {
        QVERIFY2(WrappedText::columns(line) <= 20, qPrintable(line));
        // Punctuation stays at the end of its line.
        QVERIFY2(!line.startsWith(u'，') && !line.startsWith(u'；') && !line.startsWith(u'。') && !line.startsWith(u'、'),
                 qPrintable(line));
    }
    QCOMPARE(lines.join(QString()), text);
}

void TestCommandHelp::keepsAChineseWordWholeInEnglish()
{
    // tcp-server --help: "or text:STR (a fixed text, like seed 002's “已送达”)" once broke as "已送 / 达".
    const QString text = u"or text:STR (a fixed text, like seed 002's “已送达”)"_s;
    for (int width = 30; width <= 52; ++width) {
        const QStringList lines = WrappedText::lines(text, width);
        QVERIFY2(lines.join(u'|').contains(u"已送达"_s), qPrintable(lines.join(u'|')));
        QCOMPARE(lines.join(u' '), text);
    }
}

void TestCommandHelp::wideCharactersTakeTwoColumns()
{
    QCOMPARE(WrappedText::columns(u"abc"_s), 3);
    QCOMPARE(WrappedText::columns(u"已送达"_s), 6);
    QCOMPARE(WrappedText::columns(u"“已送达”"_s), 8);   // typographic quotes are narrow in a terminal
    QCOMPARE(WrappedText::columns(u"（默认）"_s), 8);
}

QTEST_GUILESS_MAIN(TestCommandHelp)
#include "tst_commandhelp.moc"
