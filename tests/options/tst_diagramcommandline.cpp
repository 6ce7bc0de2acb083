// `socketlab diagram` options (DiagramCommandLine): the events file and -o/--output, the format
// by suffix, --peer, --from/--to in every accepted form, --max, --hex, --encoding, --title and
// its default, and every bad input refused with a clear reason (a refused events file with its
// name and line).
#include <QtTest>

#include <QDateTime>
#include <QTemporaryDir>

#include "CommandLineTest.h"
#include "DiagramCommandLine.h"

using namespace Qt::StringLiterals;

namespace {

// 2024-05-01T12:03:04.567Z, a connect, "helloworld", the peer's close.
const QByteArray Recording =
    R"({"format":"socketlab-events","version":1,"role":"tcp-server","local":"127.0.0.1:9000","started":"2024-05-01T12:03:04.567Z"}
{"ms":1714564990012,"peer":"127.0.0.1:53422","kind":"state","action":"accepted","local":"127.0.0.1:9000","text":"connected"}
{"ms":1714564996480,"peer":"127.0.0.1:53422","kind":"data","direction":"in","size":10,"base64":"aGVsbG93b3JsZA=="}
{"ms":1714565595589,"peer":"127.0.0.1:53422","kind":"state","action":"closed-by-peer","text":"closed"}
)";

// Line 3 has a size that is not a number.
const QByteArray Hostile =
    R"({"format":"socketlab-events","version":1,"role":"tcp-server"}
{"ms":1714564990012,"peer":"127.0.0.1:53422","kind":"state","action":"accepted"}
{"ms":1714564996480,"peer":"127.0.0.1:53422","kind":"data","direction":"in","size":"lots","base64":"aGk="}
)";

} // namespace

class TestDiagramCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_events = write(u"chat.jsonl"_s, Recording);
        m_hostile = write(u"hostile.jsonl"_s, Hostile);
    }

    void tableHasEveryOption()
    {
        QCOMPARE(CommandLineTest::optionNames(DiagramCommandLine::spec()),
                 (QStringList{u"output"_s, u"peer"_s, u"from"_s, u"to"_s, u"max"_s, u"hex"_s, u"encoding"_s, u"title"_s}));
        QCOMPARE(DiagramCommandLine::spec().name(), u"diagram"_s);
    }

    void defaults()
    {
        QString error;
        const auto args = DiagramCommandLine::parse({m_events, u"-o"_s, u"out.svg"_s}, &error);
        QVERIFY2(args, qPrintable(error));
        QCOMPARE(args->eventsFile, m_events);
        QCOMPARE(args->output, u"out.svg"_s);
        QCOMPARE(args->format, DiagramArguments::Format::Svg);
        QCOMPARE(args->log.events.size(), 3);
        QCOMPARE(args->log.header.local, u"127.0.0.1:9000"_s);
        QVERIFY(args->options.peer.isEmpty());
        QCOMPARE(args->options.fromMsecs, 0);
        QCOMPARE(args->options.toMsecs, std::numeric_limits<qint64>::max());
        QCOMPARE(args->options.maxArrows, 500);
        QVERIFY(!args->options.hex);
        QCOMPARE(args->options.encoding, TextCodec::Encoding::Utf8);
        // The title says who recorded, where and when (local time).
        const QString when = QDateTime::fromMSecsSinceEpoch(1714564984567LL).toString(u"yyyy-MM-dd HH:mm"_s);
        QCOMPARE(args->title, u"tcp-server on 127.0.0.1:9000, %1"_s.arg(when));
    }

    void everyOption()
    {
        QString error;
        const auto args = DiagramCommandLine::parse({m_events, u"--output"_s, u"pic.PNG"_s, u"--peer"_s, u"127.0.0.1:53422"_s,
                                                     u"--from"_s, u"1714564990000"_s, u"--to"_s, u"2024-05-01T12:10:00Z"_s,
                                                     u"--max"_s, u"0"_s, u"--hex"_s, u"--encoding"_s, u"gbk"_s,
                                                     u"--title"_s, u"粘包"_s},
                                                    &error);
        QVERIFY2(args, qPrintable(error));
        QCOMPARE(args->format, DiagramArguments::Format::Png);
        QCOMPARE(args->options.peer, u"127.0.0.1:53422"_s);
        QCOMPARE(args->options.fromMsecs, 1714564990000LL);
        QCOMPARE(args->options.toMsecs, QDateTime(QDate(2024, 5, 1), QTime(12, 10), Qt::UTC).toMSecsSinceEpoch());
        QCOMPARE(args->options.maxArrows, 0);
        QVERIFY(args->options.hex);
        QCOMPARE(args->options.encoding, TextCodec::Encoding::Gbk);
        QCOMPARE(args->title, u"粘包"_s);

        // -oFILE, --output=FILE, an empty title.
        const auto compact = DiagramCommandLine::parse({u"-opic.svg"_s, m_events, u"--title"_s, QString()}, &error);
        QVERIFY2(compact, qPrintable(error));
        QCOMPARE(compact->output, u"pic.svg"_s);
        QVERIFY(compact->title.isEmpty());
        const auto equals = DiagramCommandLine::parse({m_events, u"--output=a.svg"_s}, &error);
        QVERIFY2(equals, qPrintable(error));
        QCOMPARE(equals->output, u"a.svg"_s);
        // "-o" as the value of another option is that value.
        const auto titled = DiagramCommandLine::parse({m_events, u"--title"_s, u"-o"_s, u"-o"_s, u"b.svg"_s}, &error);
        QVERIFY2(titled, qPrintable(error));
        QCOMPARE(titled->title, u"-o"_s);
        QCOMPARE(titled->output, u"b.svg"_s);
    }

    void times_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("msecs");
        const QDate day = QDateTime::fromMSecsSinceEpoch(1714564984567LL).date();
        QTest::newRow("ms since epoch") << u"1714564990012"_s << 1714564990012LL;
        QTest::newRow("ISO, UTC") << u"2024-05-01T12:03:10.012Z"_s << 1714564990012LL;
        QTest::newRow("ISO, zone") << u"2024-05-01T20:03:10+08:00"_s << 1714564990000LL;
        QTest::newRow("ISO, space") << u"2024-05-01 12:03:10Z"_s << 1714564990000LL;
        QTest::newRow("ISO, local") << u"2024-05-01T12:03:10"_s
                                    << QDateTime(QDate(2024, 5, 1), QTime(12, 3, 10)).toMSecsSinceEpoch();
        QTest::newRow("hh:mm:ss.zzz") << u"12:03:10.5"_s << QDateTime(day, QTime(12, 3, 10, 500)).toMSecsSinceEpoch();
        QTest::newRow("hh:mm:ss") << u"12:03:10"_s << QDateTime(day, QTime(12, 3, 10)).toMSecsSinceEpoch();
        QTest::newRow("hh:mm") << u"7:05"_s << QDateTime(day, QTime(7, 5)).toMSecsSinceEpoch();
    }

    void times()
    {
        QFETCH(QString, text);
        QFETCH(qint64, msecs);
        QCOMPARE(DiagramCommandLine::parseTime(text, 1714564984567LL), std::optional<qint64>(msecs));
        QString error;
        const auto args = DiagramCommandLine::parse({m_events, u"-o"_s, u"a.svg"_s, u"--from"_s, text}, &error);
        QVERIFY2(args, qPrintable(error));
        QCOMPARE(args->options.fromMsecs, msecs);
    }

    void badArgumentsAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("reason");
        const QString e = m_events;
        QTest::newRow("no file") << QStringList{u"-o"_s, u"a.svg"_s} << u"The events file is missing"_s;
        QTest::newRow("two files") << QStringList{e, e, u"-o"_s, u"a.svg"_s} << u"Unexpected argument"_s;
        QTest::newRow("no output") << QStringList{e} << u"-o FILE.svg"_s;
        QTest::newRow("jpg") << QStringList{e, u"-o"_s, u"a.jpg"_s} << u"neither .svg nor .png"_s;
        QTest::newRow("encoding") << QStringList{e, u"-o"_s, u"a.svg"_s, u"--encoding"_s, u"ebcdic"_s} << u"Unknown encoding"_s;
        QTest::newRow("max") << QStringList{e, u"-o"_s, u"a.svg"_s, u"--max"_s, u"-1"_s} << u"--max"_s;
        QTest::newRow("time") << QStringList{e, u"-o"_s, u"a.svg"_s, u"--from"_s, u"noon"_s} << u"is not a time for --from"_s;
        QTest::newRow("bad clock") << QStringList{e, u"-o"_s, u"a.svg"_s, u"--to"_s, u"25:00"_s} << u"is not a time for --to"_s;
        QTest::newRow("reversed") << QStringList{e, u"-o"_s, u"a.svg"_s, u"--from"_s, u"12:05"_s, u"--to"_s, u"12:04"_s}
                                  << u"--from is after --to"_s;
        QTest::newRow("peer") << QStringList{e, u"-o"_s, u"a.svg"_s, u"--peer"_s, u"10.0.0.1:1"_s}
                              << u"no peer “10.0.0.1:1”; its peers are: 127.0.0.1:53422."_s;
        QTest::newRow("unknown") << QStringList{e, u"-o"_s, u"a.svg"_s, u"--colour"_s} << u"Unknown option"_s;
        QTest::newRow("missing") << QStringList{m_dir.filePath(u"none.jsonl"_s), u"-o"_s, u"a.svg"_s} << u"none.jsonl: "_s;
    }

    void badArgumentsAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, reason);
        bool failed = false;
        const QString error = CommandLineTest::errorOf(DiagramCommandLine::parse, arguments, &failed);
        QVERIFY(failed);
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    void refusedEventsFileNamesTheLine()
    {
        bool failed = false;
        const QString error = CommandLineTest::errorOf(DiagramCommandLine::parse, {m_hostile, u"-o"_s, u"a.svg"_s}, &failed);
        QVERIFY(failed);
        QVERIFY2(error.startsWith(m_hostile + u": line 3: "_s), qPrintable(error));
    }

private:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }

    QTemporaryDir m_dir;
    QString m_events;
    QString m_hostile;
};

QTEST_MAIN(TestDiagramCommandLine)
#include "tst_diagramcommandline.moc"
