// --events FILE, shared by the seven server and client commands (EventsSettings): read by each
// parser into the caller's settings, refused with a reason for a path that cannot be a file, and
// refused when the caller cannot write an events file (the window's --open passes none).
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

#include "FileServerCommandLine.h"
#include "GetCommandLine.h"
#include "PutCommandLine.h"
#include "TcpClientCommandLine.h"
#include "TcpServerCommandLine.h"
#include "UdpCommandLine.h"
#include "WebCommandLine.h"

using namespace Qt::StringLiterals;

namespace {
// Parses `arguments` with one command's parser: true when it accepted them.
using Parser = std::function<bool(const QStringList &arguments, QString *error, EventsSettings *events)>;

template<typename CommandLine>
Parser parserOf()
{
    return [](const QStringList &arguments, QString *error, EventsSettings *events) {
        return CommandLine::parse(arguments, error, events).has_value();
    };
}
} // namespace

class TestEventsSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyCommandReadsIt_data();
    void everyCommandReadsIt();
    void optionText();

private:
    QTemporaryDir m_dir;
};

void TestEventsSettings::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(u"root"_s));
    QFile file(m_dir.filePath(u"up.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("x");
}

void TestEventsSettings::everyCommandReadsIt_data()
{
    QTest::addColumn<Parser>("parse");
    QTest::addColumn<QStringList>("base");
    const QString root = m_dir.filePath(u"root"_s);
    QTest::newRow("tcp-server") << parserOf<TcpServerCommandLine>() << QStringList{u"--port"_s, u"1"_s};
    QTest::newRow("tcp-client") << parserOf<TcpClientCommandLine>() << QStringList{u"127.0.0.1:1"_s};
    QTest::newRow("udp") << parserOf<UdpCommandLine>() << QStringList{u"--port"_s, u"1"_s};
    QTest::newRow("file-server") << parserOf<FileServerCommandLine>() << QStringList{u"--root"_s, root};
    QTest::newRow("get") << parserOf<GetCommandLine>() << QStringList{u"127.0.0.1:7891"_s, u"a.txt"_s, u"--out"_s, root};
    QTest::newRow("put") << parserOf<PutCommandLine>() << QStringList{u"127.0.0.1:7891"_s, m_dir.filePath(u"up.txt"_s)};
    QTest::newRow("web") << parserOf<WebCommandLine>() << QStringList{u"--root"_s, root};
}

void TestEventsSettings::everyCommandReadsIt()
{
    QFETCH(Parser, parse);
    QFETCH(QStringList, base);
    QString error;

    EventsSettings none;
    none.path = u"stale"_s;
    QVERIFY2(parse(base, &error, &none), qPrintable(error));
    QVERIFY(!none.isSet());
    QVERIFY2(parse(base, &error, nullptr), qPrintable(error));   // the window without --events

    const QString file = m_dir.filePath(u"run.jsonl"_s);
    EventsSettings set;
    QVERIFY2(parse(base + QStringList{u"--events"_s, file}, &error, &set), qPrintable(error));
    QCOMPARE(set.path, file);
    QVERIFY(!QFile::exists(file));   // created when the command starts, not by reading the options

    EventsSettings bad;
    QVERIFY(!parse(base + QStringList{u"--events"_s, m_dir.path()}, &error, &bad));
    QCOMPARE(error, u"“%1” is a folder: give the name of a file to write the events into."_s.arg(m_dir.path()));
    QVERIFY(!parse(base + QStringList{u"--events"_s, m_dir.filePath(u"no/x.jsonl"_s)}, &error, &bad));
    QVERIFY2(error.contains(u"does not exist"_s), qPrintable(error));
    QVERIFY(!parse(base + QStringList{u"--events"_s, QString()}, &error, &bad));
    QCOMPARE(error, u"No file name was given to write the events into."_s);

    // The window's --open cannot write one: a reason, not a silently ignored option.
    QVERIFY(!parse(base + QStringList{u"--events"_s, file}, &error, nullptr));
    QVERIFY2(error.startsWith(u"--events is for the commands without a window"_s), qPrintable(error));
}

void TestEventsSettings::optionText()
{
    const OptionSpec option = EventsSettings::eventsOption();
    QCOMPARE(option.name(), u"events"_s);
    QVERIFY(option.description().contains(u"JSON Lines"_s));
}

QTEST_GUILESS_MAIN(TestEventsSettings)
#include "tst_eventssettings.moc"
