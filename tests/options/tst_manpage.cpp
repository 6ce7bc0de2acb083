// The man page socketlab(1) written from the option tables (ManPage): its sections, one
// subsection per command with every option and default, and text escaped for roff.
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

#include "CommandCatalog.h"
#include "CommandHelp.h"
#include "CommandSpec.h"
#include "ManPage.h"

using namespace Qt::StringLiterals;

class TestManPage : public QObject
{
    Q_OBJECT

private slots:
    void hasTheSections();
    void everyCommandAndOptionIsThere();
    void textIsEscapedForRoff_data();
    void textIsEscapedForRoff();
    void onlyAsciiReachesRoff();
    void groffRendersItWithoutWarnings();
};

void TestManPage::hasTheSections()
{
    const QString page = ManPage::roff(CommandCatalog::commands(), u"1.2.3"_s, u"2026-01-31"_s);
    const QStringList lines = page.split(u'\n');
    QVERIFY(lines.contains(u".TH SOCKETLAB 1 \"2026-01-31\" \"SocketLab 1.2.3\" \"User Commands\""_s));
    qsizetype previous = -1;
    for (const QString &section : {u".SH NAME"_s, u".SH SYNOPSIS"_s, u".SH DESCRIPTION"_s, u".SH COMMANDS"_s,
                                   u".SH \"EXIT STATUS\""_s, u".SH \"SEE ALSO\""_s}) {
        const qsizetype at = lines.indexOf(section);
        QVERIFY2(at > previous, qPrintable(section));
        previous = at;
    }
    QVERIFY(lines.at(lines.indexOf(u".SH NAME"_s) + 1).startsWith(u"socketlab \\- "_s));
    QVERIFY(page.endsWith(u'\n'));
}

void TestManPage::everyCommandAndOptionIsThere()
{
    const QString page = ManPage::roff(CommandCatalog::commands(), u"1.2.3"_s, u"2026-01-31"_s);
    const QStringList lines = page.split(u'\n');
    for (const CommandSpec *spec : CommandCatalog::commands()) {
        const qsizetype start = lines.indexOf(u".SS "_s + ManPage::escaped(spec->name()));
        QVERIFY2(start > 0, qPrintable(spec->name()));
        qsizetype end = start + 1;
        while (end < lines.size() && !lines.at(end).startsWith(u".SS"_s) && !lines.at(end).startsWith(u".SH"_s))
            ++end;
        const QStringList section = lines.mid(start, end - start);
        QVERIFY(section.contains(ManPage::escaped(spec->title())));
        QCOMPARE(section.constLast(), ManPage::escaped(spec->exitStatus()));
        for (const OptionSpec &option : spec->options()) {
            QString term = u"\\fB"_s + ManPage::escaped(u"--"_s + option.name()) + u"\\fR"_s;
            if (option.takesValue())
                term += u" \\fI"_s + ManPage::escaped(option.valueName()) + u"\\fR"_s;
            const qsizetype at = section.indexOf(term);
            QVERIFY2(at > 0 && section.at(at - 1) == u".TP"_s, qPrintable(term));
            QCOMPARE(section.at(at + 1), ManPage::escaped(CommandHelp::optionText(option)));
        }
    }
}

void TestManPage::textIsEscapedForRoff_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("roff");
    QTest::newRow("dashes") << u"--port N"_s << u"\\-\\-port N"_s;
    QTest::newRow("backslash") << u"lf (\\n)"_s << u"lf (\\en)"_s;
    QTest::newRow("leading dot") << u".part files"_s << u"\\&.part files"_s;
    QTest::newRow("leading apostrophe") << u"'q' ends it"_s << u"\\&'q' ends it"_s;
    QTest::newRow("quotes") << u"“ok” ‘q’"_s << u"\\(lqok\\(rq \\(oqq\\(cq"_s;
    QTest::newRow("chinese") << u"已送达"_s << u"\\[u5DF2]\\[u9001]\\[u8FBE]"_s;
    QTest::newRow("ellipsis") << u"GROUP…"_s << u"GROUP\\[u2026]"_s;
}

void TestManPage::textIsEscapedForRoff()
{
    QFETCH(QString, text);
    QFETCH(QString, roff);
    QCOMPARE(ManPage::escaped(text), roff);
}

void TestManPage::onlyAsciiReachesRoff()
{
    const QString page = ManPage::roff(CommandCatalog::commands(), u"1.2.3"_s, u"2026-01-31"_s);
    for (const QChar c : page)
        QVERIFY2(c.unicode() < 128, qPrintable(QString(c)));
    // No line but a request starts with a dot.
    for (const QString &line : page.split(u'\n')) {
        if (line.startsWith(u'.'))
            QVERIFY2(line.size() >= 2 && (line.at(1).isLetter() || line.at(1) == u'\\'), qPrintable(line));
    }
}

void TestManPage::groffRendersItWithoutWarnings()
{
    const QString groff = QStandardPaths::findExecutable(u"groff"_s);
    if (groff.isEmpty())
        QSKIP("groff is not installed (Debian package groff-base; ./test.sh installs it)");
    QProcess process;
    process.start(groff, {u"-man"_s, u"-Tutf8"_s, u"-ww"_s});
    QVERIFY(process.waitForStarted());
    process.write(ManPage::roff(CommandCatalog::commands(), u"1.2.3"_s, u"2026-01-31"_s).toUtf8());
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(process.readAllStandardError()), QString());
    // Overstrike (bold) removed, and the spaces that justification adds (groff spreads them from
    // alternating sides, so where they go depends on everything before) collapsed.
    const QString page = QString::fromUtf8(process.readAllStandardOutput())
                             .remove(QRegularExpression(u".\\x08"_s))
                             .replace(QRegularExpression(u" {2,}"_s), u" "_s);
    QVERIFY2(page.contains(u"socketlab tcp-server --port N [--bind ADDR]"_s), qPrintable(page.left(2000)));
    QVERIFY(page.contains(u"--reply MODE"_s));
    QVERIFY(page.contains(u"like seed 002's “已送达”"_s));   // the escapes come out as the characters
}

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
