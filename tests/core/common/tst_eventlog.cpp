// The events file (docs/events.md): EventLogWriter writes what EventLogReader reads back equal
// (Chinese text, binary and truncated payloads, every action), the lines have the documented
// form, and a broken or hostile file is refused with its line and the reason.
#include <QtTest>

#include <QTemporaryDir>

#include "EventLogNames.h"
#include "EventLogReader.h"
#include "EventLogWriter.h"

using Action = TrafficEvent::Action;

namespace {

constexpr qint64 May1st = 1714564984567LL;   // 2024-05-01T12:03:04.567Z

const QByteArray Header = R"({"format":"socketlab-events","version":1,"role":"tcp-server"})"
                          "\n";

TrafficEvent at(TrafficEvent e, qint64 msecs)
{
    e.msecsSinceEpoch = msecs;
    return e;
}

QByteArray allBytes()
{
    QByteArray b;
    for (int i = 0; i < 256; ++i)
        b.append(char(i));
    return b;
}

// A recording with one of everything a file must carry.
EventLog sampleLog()
{
    EventLog log;
    log.header.role = QStringLiteral("tcp-server");
    log.header.local = QStringLiteral("0.0.0.0:9000");
    log.header.startedMsecs = May1st;
    const QString peer = QStringLiteral("127.0.0.1:53422");
    log.events = {
        at(TrafficEvent::state({}, QStringLiteral("Listening on 0.0.0.0:9000."), Action::Listening,
                               QStringLiteral("0.0.0.0:9000")), May1st),
        at(TrafficEvent::state(peer, QStringLiteral("127.0.0.1:53422 已连接。"), Action::Accepted,
                               QStringLiteral("127.0.0.1:9000")), May1st + 1),
        at(TrafficEvent::data(peer, TrafficEvent::Direction::In, "helloworld"), May1st + 2),
        at(TrafficEvent::data(peer, TrafficEvent::Direction::Out, "已送达"), May1st + 3),
        at(TrafficEvent::data(peer, TrafficEvent::Direction::In, allBytes()), May1st + 4),
        at(TrafficEvent::data(peer, TrafficEvent::Direction::In, QByteArray(20000, 'x')), May1st + 5),
        at(TrafficEvent::data(peer, TrafficEvent::Direction::Out, QByteArray()), May1st + 6),
        at(TrafficEvent::state(peer, QStringLiteral("quotes \" backslash \\ tab \t newline \n bell \x07 done"),
                               Action::HalfClosedByPeer), May1st + 7),
        at(TrafficEvent::error(peer, QStringLiteral("127.0.0.1:53422 重置了连接。"), Action::Reset), May1st + 8),
        at(TrafficEvent::error({}, QStringLiteral("Not connected."), Action::None), May1st + 9),
    };
    TrafficEvent udp = at(TrafficEvent::data(QStringLiteral("[::1]:5000"), TrafficEvent::Direction::In, "dgram"), May1st + 10);
    udp.note = TrafficEvent::Note::Size;
    log.events.append(udp);
    TrafficEvent reply = at(TrafficEvent::data(QStringLiteral("[::1]:5000"), TrafficEvent::Direction::Out, "DGRAM"), May1st + 11);
    reply.note = TrafficEvent::Note::AutoReplySize;
    log.events.append(reply);
    log.events.append(at(TrafficEvent::data(peer, TrafficEvent::Direction::In, "x", QStringLiteral("a note")), May1st + 12));
    // Not valid Unicode, but a QString may hold it (a name decoded badly): it reads back as it was.
    QString lone = QStringLiteral("lone ");
    lone += QChar(0xD800);
    lone += QStringLiteral(" and ");
    lone += QChar(0xDC00);
    lone += QStringLiteral(" 😀 \u0000 ");
    lone += QChar(0);
    log.events.append(at(TrafficEvent::state(peer, lone), May1st + 13));
    return log;
}

QString describe(const TrafficEvent &e)
{
    return QStringLiteral("%1 %2 %3 kind=%4 dir=%5 action=%6 size=%7 bytes=%8 note=%9 text=%10")
        .arg(e.msecsSinceEpoch)
        .arg(e.peer, e.local)
        .arg(int(e.kind))
        .arg(int(e.direction))
        .arg(int(e.action))
        .arg(e.size)
        .arg(QString::fromLatin1(e.bytes.left(40).toHex()))
        .arg(int(e.note))
        .arg(e.text);
}

void compareLogs(const EventLog &read, const EventLog &written)
{
    QCOMPARE(read.header.role, written.header.role);
    QCOMPARE(read.header.local, written.header.local);
    QCOMPARE(read.header.startedMsecs, written.header.startedMsecs);
    QCOMPARE(read.events.size(), written.events.size());
    for (qsizetype i = 0; i < read.events.size(); ++i)
        QVERIFY2(read.events.at(i) == written.events.at(i),
                 qPrintable(describe(read.events.at(i)) + QLatin1String("\n  !=\n") + describe(written.events.at(i))));
    QVERIFY(!read.incompleteLastLine);
}

// A device that cannot say its size in advance, like standard input.
class SequentialBytes : public QIODevice
{
public:
    explicit SequentialBytes(const QByteArray &bytes)
        : m_bytes(bytes)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_bytes.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, m_bytes.size() - m_pos);
        memcpy(data, m_bytes.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_pos = 0;
};

QByteArray jsonEvent(const QByteArray &fields)
{
    return "{\"ms\":1714564984567,\"kind\":\"data\"" + fields + "}\n";
}

} // namespace

class tst_EventLog : public QObject
{
    Q_OBJECT

private slots:
    void namesAreStableAndUnique();
    void roundTripThroughAFile();
    void roundTripInMemory();
    void linesHaveTheDocumentedForm();
    void documentedExampleIsReadAndWrittenAlike();
    void appendIsFlushedAtOnce();
    void writerShortensWhatTheReaderWouldRefuse();
    void writerSaysWhyItCannotWrite();
    void forwardCompatible();
    void blankLinesAndCrlfAreRead();
    void lastLineCutShortIsLeftOut();
    void refusals_data();
    void refusals();
    void fileTooLarge();
    void tooManyEvents();
    void missingFile();
};

void tst_EventLog::namesAreStableAndUnique()
{
    QSet<QString> seen;
    for (int i = 0; i <= int(Action::OtherError); ++i) {
        const auto action = Action(i);
        const QString name = EventLogNames::action(action);
        QVERIFY2(!seen.contains(name), qPrintable(name));
        seen.insert(name);
        QCOMPARE(name, name.toLower());
        QCOMPARE(EventLogNames::actionFrom(name), std::optional<Action>(action));
    }
    // A few spelled out: these words are in files already written, they never change.
    QCOMPARE(EventLogNames::action(Action::None), QStringLiteral("none"));
    QCOMPARE(EventLogNames::action(Action::ClosedByPeer), QStringLiteral("closed-by-peer"));
    QCOMPARE(EventLogNames::action(Action::PortUnreachable), QStringLiteral("port-unreachable"));
    QCOMPARE(EventLogNames::kind(TrafficEvent::Kind::Error), QStringLiteral("error"));
    QCOMPARE(EventLogNames::direction(TrafficEvent::Direction::Out), QStringLiteral("out"));
    QCOMPARE(EventLogNames::note(TrafficEvent::Note::AutoReplySize), QStringLiteral("auto-reply-size"));
    QCOMPARE(EventLogNames::kindFrom(u"chunk"), std::nullopt);
    QCOMPARE(EventLogNames::actionFrom(u"Closed-By-Peer"), std::nullopt);
    QCOMPARE(EventLogNames::directionFrom(u"in"), std::optional<TrafficEvent::Direction>(TrafficEvent::Direction::In));
    QCOMPARE(EventLogNames::noteFrom(u"size"), std::optional<TrafficEvent::Note>(TrafficEvent::Note::Size));
}

void tst_EventLog::roundTripThroughAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("events.jsonl"));
    const EventLog log = sampleLog();
    {
        EventLogWriter writer;
        QVERIFY2(writer.open(path, log.header), qPrintable(writer.errorString()));
        QVERIFY(writer.isOpen());
        QCOMPARE(writer.path(), path);
        QVERIFY(writer.append(log.events.mid(0, 3)));
        for (const TrafficEvent &e : log.events.mid(3))
            QVERIFY(writer.append(e));
    }
    EventLogReader::Error error;
    const std::optional<EventLog> read = EventLogReader::readFile(path, &error);
    QVERIFY2(read, qPrintable(error.text()));
    compareLogs(*read, log);
    // The truncated payload kept its real size and says so.
    const TrafficEvent &big = read->events.at(5);
    QCOMPARE(big.size, qint64(20000));
    QCOMPARE(big.bytes.size(), TrafficEvent::MaxStoredBytes);
    QVERIFY(big.isTruncated());
    QCOMPARE(read->events.at(1).text, QStringLiteral("127.0.0.1:53422 已连接。"));
    QCOMPARE(read->events.at(4).bytes, allBytes());
}

void tst_EventLog::roundTripInMemory()
{
    const EventLog log = sampleLog();
    const QByteArray bytes = EventLogWriter::serialize(log);
    QCOMPARE(bytes.count('\n'), log.events.size() + 1);   // one line each, control characters escaped
    EventLogReader::Error error;
    const std::optional<EventLog> read = EventLogReader::parse(bytes, &error);
    QVERIFY2(read, qPrintable(error.text()));
    compareLogs(*read, log);
    QCOMPARE(EventLogWriter::serialize(*read), bytes);

    // A header with nothing optional.
    EventLog bare;
    bare.header.role = QStringLiteral("udp");
    const std::optional<EventLog> bareRead = EventLogReader::parse(EventLogWriter::serialize(bare), &error);
    QVERIFY2(bareRead, qPrintable(error.text()));
    QVERIFY(bareRead->header == bare.header);
    QVERIFY(bareRead->events.isEmpty());
}

void tst_EventLog::linesHaveTheDocumentedForm()
{
    // The examples of docs/events.md, byte for byte.
    EventLog::Header header;
    header.role = QStringLiteral("tcp-server");
    header.local = QStringLiteral("0.0.0.0:9000");
    header.startedMsecs = May1st;
    QCOMPARE(EventLogWriter::headerLine(header),
             QByteArray(R"({"format":"socketlab-events","version":1,"role":"tcp-server","local":"0.0.0.0:9000","started":"2024-05-01T12:03:04.567Z"})"
                        "\n"));
    const QString peer = QStringLiteral("127.0.0.1:53422");
    QCOMPARE(EventLogWriter::eventLine(at(TrafficEvent::state(peer, QStringLiteral("127.0.0.1:53422 connected."), Action::Accepted,
                                                              QStringLiteral("127.0.0.1:9000")), May1st + 1000)),
             QByteArray(R"({"ms":1714564985567,"time":"2024-05-01T12:03:05.567Z","peer":"127.0.0.1:53422","kind":"state","action":"accepted","local":"127.0.0.1:9000","text":"127.0.0.1:53422 connected."})"
                        "\n"));
    QCOMPARE(EventLogWriter::eventLine(at(TrafficEvent::data(peer, TrafficEvent::Direction::In, "helloworld"), May1st + 1200)),
             QByteArray(R"({"ms":1714564985767,"time":"2024-05-01T12:03:05.767Z","peer":"127.0.0.1:53422","kind":"data","direction":"in","size":10,"base64":"aGVsbG93b3JsZA=="})"
                        "\n"));
    const QByteArray truncated = EventLogWriter::eventLine(
        at(TrafficEvent::data(peer, TrafficEvent::Direction::Out, QByteArray(100000, 'a')), May1st));
    QVERIFY(truncated.contains(R"("size":100000,"base64":")"));
    QVERIFY(truncated.endsWith(R"(","truncated":true})" "\n"));
    QCOMPARE(EventLogWriter::eventLine(at(TrafficEvent::error({}, QStringLiteral("no \"server\"\n"), Action::Refused), 0)),
             QByteArray(R"({"ms":0,"time":"1970-01-01T00:00:00.000Z","peer":"","kind":"error","action":"refused","text":"no \"server\"\n"})"
                        "\n"));
}

void tst_EventLog::documentedExampleIsReadAndWrittenAlike()
{
    const QString sourceDir = qEnvironmentVariable("SOCKETLAB_SOURCE_DIR");
    if (sourceDir.isEmpty())
        QSKIP("SOCKETLAB_SOURCE_DIR is not set (ctest sets it)");
    QFile doc(sourceDir + QStringLiteral("/docs/events.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QByteArray text = doc.readAll();
    const QByteArray fence = "```jsonl\n";
    const qsizetype start = text.indexOf(fence);
    QVERIFY(start >= 0);
    const qsizetype end = text.indexOf("```", start + fence.size());
    const QByteArray example = text.mid(start + fence.size(), end - start - fence.size());
    EventLogReader::Error error;
    const std::optional<EventLog> log = EventLogReader::parse(example, &error);
    QVERIFY2(log, qPrintable(error.text()));
    QCOMPARE(log->header.role, QStringLiteral("tcp-server"));
    QCOMPARE(log->events.size(), 7);
    QCOMPARE(log->events.at(1).action, Action::Accepted);
    QCOMPARE(log->events.at(2).bytes, QByteArray("helloworld"));
    QCOMPARE(log->events.at(3).bytes, QStringLiteral("已送达").toUtf8());
    QCOMPARE(log->events.at(4).bytes, QByteArray("q"));
    QCOMPARE(log->events.at(5).action, Action::HalfClosedByPeer);
    QCOMPARE(log->events.at(6).action, Action::ClosedByPeer);
    // SocketLab writes exactly what the page shows.
    QCOMPARE(EventLogWriter::serialize(*log), example);
}

void tst_EventLog::appendIsFlushedAtOnce()
{
    // What was appended is in the file while the writer is still open (a crash loses nothing
    // that append() returned for).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.jsonl"));
    EventLog::Header header;
    header.role = QStringLiteral("tcp-client");
    EventLogWriter writer;
    QVERIFY(writer.open(path, header));
    const TrafficEvent e = at(TrafficEvent::data(QStringLiteral("127.0.0.1:9000"), TrafficEvent::Direction::Out, "q"), May1st);
    QVERIFY(writer.append({e}));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), EventLogWriter::headerLine(header) + EventLogWriter::eventLine(e));
    QVERIFY(writer.isOpen());
}

void tst_EventLog::writerShortensWhatTheReaderWouldRefuse()
{
    EventLog log;
    log.header.role = QString(100, QLatin1Char('r'));
    TrafficEvent e = at(TrafficEvent::state(QString(1000, QLatin1Char('p')), QString(10000, QChar(0x4e2d))), May1st);
    e.text.append(QStringLiteral("\U0001F600"));   // a surrogate pair at the end is never split
    e.local = QString(300, QLatin1Char('l'));
    log.events.append(e);
    TrafficEvent huge = at(TrafficEvent::data({}, TrafficEvent::Direction::In, "x"), May1st);
    huge.bytes = QByteArray(TrafficEvent::MaxStoredBytes * 2, 'y');   // not made by data(): more than a file keeps
    huge.size = 3;
    log.events.append(huge);
    log.events.append(at(TrafficEvent::data({}, TrafficEvent::Direction::In, QByteArray(500, '\x01')), -5));
    EventLogReader::Error error;
    const std::optional<EventLog> read = EventLogReader::parse(EventLogWriter::serialize(log), &error);
    QVERIFY2(read, qPrintable(error.text()));
    QCOMPARE(read->header.role.size(), EventLog::MaxRoleChars);
    const TrafficEvent &back = read->events.at(0);
    QCOMPARE(back.text.size(), EventLog::MaxTextChars);
    QVERIFY(back.text.endsWith(QChar(0x2026)));
    QCOMPARE(back.peer.size(), EventLog::MaxEndpointChars);
    QCOMPARE(back.local.size(), EventLog::MaxEndpointChars);
    QCOMPARE(read->events.at(1).bytes.size(), TrafficEvent::MaxStoredBytes);
    QCOMPARE(read->events.at(1).size, qint64(TrafficEvent::MaxStoredBytes));
    QCOMPARE(read->events.at(2).msecsSinceEpoch, qint64(0));
}

void tst_EventLog::writerSaysWhyItCannotWrite()
{
    QTemporaryDir dir;
    EventLogWriter writer;
    EventLog::Header header;
    header.role = QStringLiteral("udp");
    const QString path = dir.filePath(QStringLiteral("no/such/folder/events.jsonl"));
    QVERIFY(!writer.open(path, header));
    QVERIFY(!writer.isOpen());
    QVERIFY2(writer.errorString().startsWith(QStringLiteral("Cannot write the events file %1: ").arg(path)),
             qPrintable(writer.errorString()));
    QVERIFY(!writer.append(TrafficEvent::state({}, QStringLiteral("x"))));
    if (QFile::exists(QStringLiteral("/dev/full"))) {
        EventLogWriter full;
        QVERIFY(!full.open(QStringLiteral("/dev/full"), header));
        QVERIFY2(full.errorString().contains(QLatin1String("/dev/full")), qPrintable(full.errorString()));
        QVERIFY(!full.isOpen());
    }
}

void tst_EventLog::forwardCompatible()
{
    // A newer SocketLab's fields, actions and notes: ignored, or read as what this one knows.
    const QByteArray file = R"({"format":"socketlab-events","version":1,"role":"tcp-proxy","host":"lab-pc-7","future":{"a":[1,2]}})"
                            "\n"
                            R"({"ms":5,"peer":"1.2.3.4:5","kind":"error","action":"handshake-failed","colour":"red","text":"e"})"
                            "\n"
                            R"({"ms":6,"peer":"1.2.3.4:5","kind":"state","action":"renegotiated"})"
                            "\n"
                            R"({"ms":7,"peer":"1.2.3.4:5","kind":"data","direction":"in","size":2,"base64":"aGk=","note":"checksum-ok","truncated":false})"
                            "\n";
    EventLogReader::Error error;
    const std::optional<EventLog> log = EventLogReader::parse(file, &error);
    QVERIFY2(log, qPrintable(error.text()));
    QCOMPARE(log->header.role, QStringLiteral("tcp-proxy"));
    QCOMPARE(log->events.size(), 3);
    QCOMPARE(log->events.at(0).action, Action::OtherError);
    QCOMPARE(log->events.at(0).kind, TrafficEvent::Kind::Error);
    QCOMPARE(log->events.at(1).action, Action::None);
    QCOMPARE(log->events.at(2).note, TrafficEvent::Note::Text);
    QCOMPARE(log->events.at(2).bytes, QByteArray("hi"));
    // "size" may be left out: the payload's own size.
    const std::optional<EventLog> sized = EventLogReader::parse(Header + jsonEvent(R"(,"base64":"aGk=")"), &error);
    QVERIFY2(sized, qPrintable(error.text()));
    QCOMPARE(sized->events.at(0).size, qint64(2));
}

void tst_EventLog::blankLinesAndCrlfAreRead()
{
    const QByteArray file = "\n" + QByteArray(Header).replace("\n", "\r\n") + "\r\n   \n"
                            + jsonEvent(R"(,"direction":"out","base64":"cQ==")").replace("\n", "\r\n") + "\n";
    EventLogReader::Error error;
    const std::optional<EventLog> log = EventLogReader::parse(file, &error);
    QVERIFY2(log, qPrintable(error.text()));
    QCOMPARE(log->events.size(), 1);
    QCOMPARE(log->events.at(0).bytes, QByteArray("q"));
    QCOMPARE(log->events.at(0).direction, TrafficEvent::Direction::Out);
}

void tst_EventLog::lastLineCutShortIsLeftOut()
{
    const EventLog log = sampleLog();
    const QByteArray whole = EventLogWriter::serialize(log);
    // The recorder was killed in the middle of its last line: the rest is read.
    const QByteArray cut = whole.left(whole.size() - 10);
    EventLogReader::Error error;
    const std::optional<EventLog> read = EventLogReader::parse(cut, &error);
    QVERIFY2(read, qPrintable(error.text()));
    QVERIFY(read->incompleteLastLine);
    QCOMPARE(read->events.size(), log.events.size() - 1);
    QVERIFY(read->events == log.events.mid(0, log.events.size() - 1));
    // Cut in the middle of the file (more lines follow): that is a broken file.
    const qsizetype secondLineEnd = whole.indexOf('\n', whole.indexOf('\n') + 1);
    const QByteArray broken = whole.left(secondLineEnd - 5) + whole.mid(secondLineEnd);
    QVERIFY(!EventLogReader::parse(broken, &error));
    QCOMPARE(error.line, 2);
    QVERIFY2(error.reason.startsWith(QLatin1String("This is not JSON: ")), qPrintable(error.reason));
    // Every line complete but the last one without its line end: all read, nothing missing.
    const std::optional<EventLog> unended = EventLogReader::parse(whole.chopped(1), &error);
    QVERIFY2(unended, qPrintable(error.text()));
    QVERIFY(!unended->incompleteLastLine);
    QCOMPARE(unended->events.size(), log.events.size());
}

void tst_EventLog::refusals_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("reason");   // the start of the reason

    QTest::newRow("empty") << QByteArray() << 1 << QStringLiteral("The file is empty; an events file begins with its header line.");
    QTest::newRow("blank lines only") << QByteArray("\n \n\r\n") << 1 << QStringLiteral("The file is empty");
    QTest::newRow("not JSON") << QByteArray("hello\n") << 1 << QStringLiteral("This is not JSON: ");
    QTest::newRow("CSV log") << QByteArray("Time,Peer,Direction\n") << 1 << QStringLiteral("This is not JSON: ");
    QTest::newRow("an array") << QByteArray("[1,2]\n") << 1
                              << QStringLiteral("Each line of an events file is one JSON object: {…}.");
    QTest::newRow("another format") << QByteArray(R"({"format":"socketlab-lab/1","version":1,"role":"x"})" "\n") << 1
                                    << QStringLiteral("This is not a SocketLab events file: its first line must be "
                                                      "{\"format\": \"socketlab-events\", \"version\": 1, …}.");
    QTest::newRow("no format") << QByteArray(R"({"version":1,"role":"x"})" "\n") << 1
                               << QStringLiteral("This is not a SocketLab events file");
    QTest::newRow("an event first") << jsonEvent({}) << 1 << QStringLiteral("This is not a SocketLab events file");
    QTest::newRow("version 2") << QByteArray(R"({"format":"socketlab-events","version":2,"role":"x"})" "\n") << 1
                               << QStringLiteral("This events file is version 2; this SocketLab reads version 1.");
    QTest::newRow("version as text") << QByteArray(R"({"format":"socketlab-events","version":"1","role":"x"})" "\n") << 1
                                     << QStringLiteral("“version” must be a whole number from 0 to 9007199254740992.");
    QTest::newRow("no version") << QByteArray(R"({"format":"socketlab-events","role":"x"})" "\n") << 1
                                << QStringLiteral("The header has no “version”; every header needs one.");
    QTest::newRow("no role") << QByteArray(R"({"format":"socketlab-events","version":1})" "\n") << 1
                             << QStringLiteral("The header has no “role”; every header needs one.");
    QTest::newRow("role a number") << QByteArray(R"({"format":"socketlab-events","version":1,"role":7})" "\n") << 1
                                   << QStringLiteral("“role” must be a text in quotes.");
    QTest::newRow("started not a time") << QByteArray(R"({"format":"socketlab-events","version":1,"role":"x","started":"yesterday"})" "\n")
                                        << 1 << QStringLiteral("“started” must be a time such as 2024-05-01T12:03:04.567Z.");
    QTest::newRow("local too long") << QByteArray(R"({"format":"socketlab-events","version":1,"role":"x","local":")" + QByteArray(257, 'a') + "\"}\n")
                                    << 1 << QStringLiteral("“local” may be at most 256 characters long.");

    QTest::newRow("no ms") << Header + QByteArray(R"({"kind":"state"})" "\n") << 2
                           << QStringLiteral("The event has no “ms”; every event needs one.");
    QTest::newRow("ms negative") << Header + QByteArray(R"({"ms":-1,"kind":"state"})" "\n") << 2
                                 << QStringLiteral("“ms” must be a whole number from 0 to 253402300799999.");
    QTest::newRow("ms fraction") << Header + QByteArray(R"({"ms":1.5,"kind":"state"})" "\n") << 2
                                 << QStringLiteral("“ms” must be a whole number");
    QTest::newRow("ms as text") << Header + QByteArray(R"({"ms":"1714564984567","kind":"state"})" "\n") << 2
                                << QStringLiteral("“ms” must be a whole number");
    QTest::newRow("ms after 9999") << Header + QByteArray(R"({"ms":1e300,"kind":"state"})" "\n") << 2
                                   << QStringLiteral("“ms” must be a whole number");
    QTest::newRow("no kind") << Header + QByteArray(R"({"ms":1})" "\n") << 2
                             << QStringLiteral("The event has no “kind”; every event needs one.");
    QTest::newRow("unknown kind") << Header + QByteArray(R"({"ms":1,"kind":"chunk"})" "\n") << 2
                                  << QStringLiteral("“kind” must be one of \"data\", \"state\", \"error\".");
    QTest::newRow("kind a number") << Header + QByteArray(R"({"ms":1,"kind":0})" "\n") << 2
                                   << QStringLiteral("“kind” must be a text in quotes.");
    QTest::newRow("unknown direction") << Header + jsonEvent(R"(,"direction":"sideways")") << 2
                                       << QStringLiteral("“direction” must be one of \"none\", \"in\", \"out\".");
    QTest::newRow("action a list") << Header + jsonEvent(R"(,"action":["reset"])") << 2
                                   << QStringLiteral("“action” must be a text in quotes.");
    QTest::newRow("peer a number") << Header + jsonEvent(R"(,"peer":80)") << 2 << QStringLiteral("“peer” must be a text in quotes.");
    QTest::newRow("peer too long") << Header + jsonEvent(",\"peer\":\"" + QByteArray(300, 'p') + "\"") << 2
                                   << QStringLiteral("“peer” may be at most 256 characters long.");
    QTest::newRow("text too long") << Header + jsonEvent(",\"text\":\"" + QByteArray(4097, 't') + "\"") << 2
                                   << QStringLiteral("“text” may be at most 4096 characters long.");
    QTest::newRow("text null") << Header + jsonEvent(R"(,"text":null)") << 2 << QStringLiteral("“text” must be a text in quotes.");
    QTest::newRow("size negative") << Header + jsonEvent(R"(,"size":-3)") << 2
                                   << QStringLiteral("“size” must be a whole number from 0 to 9007199254740992.");
    QTest::newRow("size huge") << Header + jsonEvent(R"(,"size":1e300)") << 2 << QStringLiteral("“size” must be a whole number");
    QTest::newRow("base64 broken") << Header + jsonEvent(R"(,"size":3,"base64":"!!!!")") << 2
                                   << QStringLiteral("“base64” is not valid base64.");
    QTest::newRow("base64 a number") << Header + jsonEvent(R"(,"size":3,"base64":123)") << 2
                                     << QStringLiteral("“base64” must be a text in quotes.");
    QTest::newRow("payload larger than size") << Header + jsonEvent(R"(,"size":3,"base64":"aGVsbG8=")") << 2
                                              << QStringLiteral("The payload holds 5 byte");   // "bytes" once the catalogue words the plural
    QTest::newRow("payload over the cap") << Header + jsonEvent(",\"size\":20000,\"base64\":\"" + QByteArray(16385, 'z').toBase64() + "\"") << 2
                                          << QStringLiteral("The payload holds more than 16.00 KiB; an events file keeps at most 16.00 KiB of each event.");
    QTest::newRow("base64 far too long") << Header + jsonEvent(",\"size\":99999,\"base64\":\"" + QByteArray(30000, 'z').toBase64() + "\"") << 2
                                         << QStringLiteral("“base64” may be at most 21848 characters long.");
    QTest::newRow("truncated untrue") << Header + jsonEvent(R"(,"size":5,"base64":"aGVsbG8=","truncated":true)") << 2
                                      << QStringLiteral("“truncated” must be true exactly when the payload holds fewer bytes than “size”.");
    QTest::newRow("truncated unsaid") << Header + jsonEvent(R"(,"size":50,"base64":"aGVsbG8=","truncated":false)") << 2
                                      << QStringLiteral("“truncated” must be true exactly");
    QTest::newRow("truncated as text") << Header + jsonEvent(R"(,"size":50,"base64":"aGVsbG8=","truncated":"yes")") << 2
                                       << QStringLiteral("“truncated” must be true or false.");
    QTest::newRow("third event broken") << Header + jsonEvent({}) + jsonEvent({}) + QByteArray("{\"ms\":1,\n") << 4
                                        << QStringLiteral("This is not JSON: ");
    QTest::newRow("a line of 100 KiB") << Header + jsonEvent(",\"text\":\"" + QByteArray(100 * 1024, 't') + "\"") << 2
                                       << QStringLiteral("The line is longer than 64.00 KiB; no line of an events file is that long.");
    QTest::newRow("deeply nested") << Header + QByteArray(5000, '[') + QByteArray(5000, ']') + "\n" << 2
                                   << QStringLiteral("This is not JSON: ");
    QTest::newRow("invalid UTF-8") << Header + jsonEvent(",\"text\":\"\xff\xfe\"") << 2 << QStringLiteral("This is not JSON: ");
    QTest::newRow("binary garbage") << Header + QByteArray("\x00\x01\x02{}\x7f", 6) + "\n" << 2
                                    << QStringLiteral("This is not JSON: ");
}

void tst_EventLog::refusals()
{
    QFETCH(QByteArray, file);
    QFETCH(int, line);
    QFETCH(QString, reason);
    EventLogReader::Error error;
    QVERIFY(!EventLogReader::parse(file, &error));
    QVERIFY2(error.reason.startsWith(reason), qPrintable(error.reason));
    QCOMPARE(error.line, line);
    QCOMPARE(error.text(), QStringLiteral("line %1: %2").arg(line).arg(error.reason));
}

void tst_EventLog::fileTooLarge()
{
    EventLogReader::Limits limits;
    limits.maxFileBytes = 1024;
    QByteArray file = Header;
    while (file.size() <= 1024)
        file += jsonEvent({});
    EventLogReader::Error error;
    QVERIFY(!EventLogReader::parse(file, &error, limits));
    QCOMPARE(error.line, 0);
    QCOMPARE(error.reason, QStringLiteral("The file is larger than 1.00 KiB; an events file may be at most 1.00 KiB."));
    QCOMPARE(error.text(), error.reason);
    // The same on a device that cannot say its size in advance (standard input): counted
    // while reading, so at most one line more than the limit is ever read.
    const QByteArray fits = file.left(file.lastIndexOf('\n', 1023) + 1);
    SequentialBytes exact(fits);
    limits.maxFileBytes = fits.size();
    const std::optional<EventLog> read = EventLogReader::read(&exact, &error, limits);
    QVERIFY2(read, qPrintable(error.text()));
    QCOMPARE(read->events.size(), fits.count('\n') - 1);
    SequentialBytes over(fits);
    limits.maxFileBytes = fits.size() - 1;
    QVERIFY(!EventLogReader::read(&over, &error, limits));
    QCOMPARE(error.line, 0);
    QVERIFY2(error.reason.startsWith(QLatin1String("The file is larger than ")), qPrintable(error.reason));
}

void tst_EventLog::tooManyEvents()
{
    EventLogReader::Limits limits;
    limits.maxEvents = 2;
    EventLogReader::Error error;
    const std::optional<EventLog> two = EventLogReader::parse(Header + jsonEvent({}) + jsonEvent({}), &error, limits);
    QVERIFY2(two, qPrintable(error.text()));
    QCOMPARE(two->events.size(), 2);
    QVERIFY(!EventLogReader::parse(Header + jsonEvent({}) + jsonEvent({}) + jsonEvent({}), &error, limits));
    QCOMPARE(error.line, 4);
    QCOMPARE(error.reason, QStringLiteral("The file has more than 2 events; SocketLab reads at most 2 from one file."));
}

void tst_EventLog::missingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.jsonl"));
    EventLogReader::Error error;
    QVERIFY(!EventLogReader::readFile(path, &error));
    QCOMPARE(error.line, 0);
    QVERIFY2(error.text().startsWith(QStringLiteral("Cannot open the events file %1: ").arg(path)), qPrintable(error.text()));
}

QTEST_GUILESS_MAIN(tst_EventLog)
#include "tst_eventlog.moc"
