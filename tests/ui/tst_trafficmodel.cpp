#include <QFile>
#include <QFont>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "TrafficEventFormatter.h"
#include "TrafficModel.h"

namespace {

TrafficEvent received(const QString &peer, const QByteArray &bytes, qint64 msecs = 1700000000123)
{
    TrafficEvent e = TrafficEvent::data(peer, TrafficEvent::Direction::In, bytes);
    e.msecsSinceEpoch = msecs;
    return e;
}

QList<TrafficEvent> numbered(int first, int count, const QString &peer = QStringLiteral("10.0.0.1:1000"))
{
    QList<TrafficEvent> list;
    list.reserve(count);
    for (int i = first; i < first + count; ++i)
        list.append(received(peer, QByteArray::number(i)));
    return list;
}

QString display(const TrafficModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

// A small RFC 4180 reader, to check that what we write parses back to the same fields.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

} // namespace

class TestTrafficModel : public QObject
{
    Q_OBJECT

private slots:
    void capsTheNumberOfEvents();
    void capsTheStoredBytes();
    void oneInsertPerBatch();
    void batchLargerThanTheCapResets();
    void shrinkingTheCapacityDropsTheOldest();
    void floodStaysCapped();
    void textAndHex();
    void encodings_data();
    void encodings();
    void longPayloadIsCutInTheCell();
    void sizeColumn();
    void directionColumn();
    void stateAndErrorStyles();
    void peerColoursAreStableAndDistinct();
    void peersListAndSignal();
    void clearResetsEverything();
    void rowAsTextMatchesTheCliFormat();
    void saveTextRoundTrip();
    void saveCsvRoundTrip();
    void saveFailsWithAReason();
    void retranslateUpdatesHeaders();
};

void TestTrafficModel::capsTheNumberOfEvents()
{
    TrafficModel model;
    QCOMPARE(model.capacity(), TrafficModel::DefaultCapacity);
    model.setCapacity(10);
    for (int batch = 0; batch < 4; ++batch)
        model.appendEvents(numbered(batch * 5, 5));
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.droppedCount(), qint64(10));
    QCOMPARE(model.eventAt(0).bytes, QByteArray("10"));
    QCOMPARE(model.eventAt(9).bytes, QByteArray("19"));
}

void TestTrafficModel::capsTheStoredBytes()
{
    TrafficModel model;
    QCOMPARE(model.byteBudget(), qint64(64) * 1024 * 1024);
    model.setByteBudget(1000);
    for (int i = 0; i < 15; ++i)
        model.appendEvents({received(QStringLiteral("p:1"), QByteArray(100, char('a' + i)))});
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.storedBytes(), qint64(1000));
    QCOMPARE(model.droppedCount(), qint64(5));
    QCOMPARE(model.eventAt(0).bytes.at(0), 'f');

    // A batch whose bytes alone exceed the budget keeps its newest events that fit.
    QList<TrafficEvent> big;
    for (int i = 0; i < 30; ++i)
        big.append(received(QStringLiteral("p:1"), QByteArray(100, char('A' + i % 26))));
    model.appendEvents(big);
    QCOMPARE(model.rowCount(), 10);
    QVERIFY(model.storedBytes() <= 1000);
    QCOMPARE(model.eventAt(9).bytes, big.last().bytes);
}

void TestTrafficModel::oneInsertPerBatch()
{
    TrafficModel model;
    model.setCapacity(8);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.appendEvents(numbered(0, 5));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 4);
    QCOMPARE(removed.count(), 0);

    model.appendEvents(numbered(5, 5));   // 10 > 8: the two oldest go, in one removal
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 1);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 3);
    QCOMPARE(inserted.at(1).at(2).toInt(), 7);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.eventAt(0).bytes, QByteArray("2"));

    model.appendEvents({});
    QCOMPARE(inserted.count(), 2);
}

void TestTrafficModel::batchLargerThanTheCapResets()
{
    TrafficModel model;
    model.setCapacity(8);
    model.appendEvents(numbered(0, 3));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.appendEvents(numbered(3, 20));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.droppedCount(), qint64(15));
    QCOMPARE(model.eventAt(0).bytes, QByteArray("15"));
    QCOMPARE(model.eventAt(7).bytes, QByteArray("22"));
}

void TestTrafficModel::shrinkingTheCapacityDropsTheOldest()
{
    TrafficModel model;
    model.appendEvents(numbered(0, 10));
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setCapacity(4);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.eventAt(0).bytes, QByteArray("6"));
    QCOMPARE(model.droppedCount(), qint64(6));
}

void TestTrafficModel::floodStaysCapped()
{
    TrafficModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    const int batches = 40;
    for (int b = 0; b < batches; ++b)
        model.appendEvents(numbered(b * 5000, 5000));
    QCOMPARE(model.rowCount(), 100000);
    QCOMPARE(model.droppedCount(), qint64(100000));
    QCOMPARE(inserted.count(), batches);   // one insert per batch, never one per event
    QCOMPARE(removed.count(), batches - 20);
    QCOMPARE(model.eventAt(0).bytes, QByteArray("100000"));
    QCOMPARE(model.eventAt(99999).bytes, QByteArray("199999"));
}

void TestTrafficModel::textAndHex()
{
    TrafficModel model;
    model.appendEvents({received(QStringLiteral("p:1"), QByteArray("hi\r\n\t\\"))});
    QCOMPARE(display(model, 0, TrafficModel::DataColumn), QStringLiteral("hi\\r\\n\\t\\\\"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setDisplayMode(TrafficModel::DisplayMode::Hex);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(display(model, 0, TrafficModel::DataColumn), QStringLiteral("68 69 0d 0a 09 5c"));
    model.setDisplayMode(TrafficModel::DisplayMode::Hex);
    QCOMPARE(changed.count(), 1);   // no change, no signal
}

void TestTrafficModel::encodings_data()
{
    QTest::addColumn<TextCodec::Encoding>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("utf8 chinese") << TextCodec::Encoding::Utf8 << QByteArray("\xe4\xbd\xa0\xe5\xa5\xbd") << QStringLiteral("你好");
    QTest::newRow("utf8 invalid byte") << TextCodec::Encoding::Utf8 << QByteArray("a\xff" "b") << QStringLiteral("a\\xffb");
    QTest::newRow("utf8 cut sequence") << TextCodec::Encoding::Utf8 << QByteArray("\xe4\xbd") << QStringLiteral("\\xe4\\xbd");
    QTest::newRow("gbk chinese") << TextCodec::Encoding::Gbk << QByteArray("\xc4\xe3\xba\xc3") << QStringLiteral("你好");
    QTest::newRow("gbk lone lead byte") << TextCodec::Encoding::Gbk << QByteArray("ok\x81") << QStringLiteral("ok\\x81");
    QTest::newRow("gbk read as utf8") << TextCodec::Encoding::Utf8 << QByteArray("\xc4\xe3") << QStringLiteral("\\xc4\\xe3");
    QTest::newRow("latin1") << TextCodec::Encoding::Latin1 << QByteArray("caf\xe9") << QStringLiteral("café");
    QTest::newRow("latin1 c1 control") << TextCodec::Encoding::Latin1 << QByteArray("a\x85") << QStringLiteral("a\\x85");
    QTest::newRow("nul") << TextCodec::Encoding::Utf8 << QByteArray("a\0b", 3) << QStringLiteral("a\\0b");
}

void TestTrafficModel::encodings()
{
    QFETCH(TextCodec::Encoding, encoding);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    TrafficModel model;
    model.appendEvents({received(QStringLiteral("p:1"), bytes)});
    model.setEncoding(encoding);
    QCOMPARE(model.encoding(), encoding);
    QCOMPARE(display(model, 0, TrafficModel::DataColumn), expected);
    QCOMPARE(model.eventText(0), expected);
}

void TestTrafficModel::longPayloadIsCutInTheCell()
{
    TrafficModel model;
    const QByteArray payload(100000, 'x');
    model.appendEvents({received(QStringLiteral("p:1"), payload)});
    const QString cell = display(model, 0, TrafficModel::DataColumn);
    QCOMPARE(cell.size(), TrafficModel::MaxCellChars + 1);
    QVERIFY(cell.endsWith(QStringLiteral("…")));
    const QString tip = display(model, 0, TrafficModel::DataColumn, Qt::ToolTipRole);
    QVERIFY(tip.size() > cell.size());
    QCOMPARE(model.eventText(0).size(), TrafficEvent::MaxStoredBytes);

    model.setDisplayMode(TrafficModel::DisplayMode::Hex);
    QVERIFY(display(model, 0, TrafficModel::DataColumn).size() <= TrafficModel::MaxCellChars + 2);
}

void TestTrafficModel::sizeColumn()
{
    TrafficModel model;
    model.appendEvents({received(QStringLiteral("p:1"), QByteArray(70000, 'x')),
                        received(QStringLiteral("p:1"), QByteArray("abc")),
                        TrafficEvent::state(QStringLiteral("p:1"), QStringLiteral("connected"))});
    const QModelIndex big = model.index(0, TrafficModel::SizeColumn);
    QVERIFY(model.data(big).toString().contains(QLocale().toString(70000)));
    QVERIFY(model.data(big).toString().contains(QStringLiteral("…")));
    QVERIFY(model.data(big, Qt::ToolTipRole).toString().contains(QLocale().toString(TrafficEvent::MaxStoredBytes)));
    QCOMPARE(display(model, 1, TrafficModel::SizeColumn), QStringLiteral("3"));
    QCOMPARE(display(model, 2, TrafficModel::SizeColumn), QString());
    const auto alignment = model.data(big, Qt::TextAlignmentRole).value<Qt::Alignment>();
    QVERIFY(alignment & Qt::AlignRight);
}

void TestTrafficModel::directionColumn()
{
    TrafficModel model;
    model.appendEvents({received(QStringLiteral("p:1"), "a"),
                        TrafficEvent::data(QStringLiteral("p:1"), TrafficEvent::Direction::Out, "b"),
                        TrafficEvent::state(QStringLiteral("p:1"), QStringLiteral("connected")),
                        TrafficEvent::error(QStringLiteral("p:1"), QStringLiteral("reset"))});
    QCOMPARE(display(model, 0, TrafficModel::DirectionColumn), QStringLiteral("←"));
    QCOMPARE(display(model, 0, TrafficModel::DirectionColumn, Qt::ToolTipRole), QStringLiteral("received"));
    QCOMPARE(display(model, 1, TrafficModel::DirectionColumn), QStringLiteral("→"));
    QCOMPARE(display(model, 1, TrafficModel::DirectionColumn, Qt::ToolTipRole), QStringLiteral("sent"));
    QCOMPARE(display(model, 2, TrafficModel::DirectionColumn), QStringLiteral("•"));
    QCOMPARE(display(model, 3, TrafficModel::DirectionColumn), QStringLiteral("!"));
    QCOMPARE(display(model, 2, TrafficModel::DataColumn), QStringLiteral("connected"));
    QCOMPARE(model.data(model.index(3, 0), TrafficModel::KindRole).toInt(), int(TrafficEvent::Kind::Error));
    QCOMPARE(display(model, 0, TrafficModel::TimeColumn),
             QDateTime::fromMSecsSinceEpoch(1700000000123).toString(QStringLiteral("HH:mm:ss.zzz")));
    QVERIFY(display(model, 0, TrafficModel::TimeColumn).endsWith(QStringLiteral(".123")));
}

void TestTrafficModel::stateAndErrorStyles()
{
    TrafficModel model;
    model.appendEvents({received(QStringLiteral("p:1"), "a"),
                        TrafficEvent::state(QStringLiteral("p:1"), QStringLiteral("connected")),
                        TrafficEvent::error(QStringLiteral("p:1"), QStringLiteral("reset"))});
    const QColor error = model.data(model.index(2, TrafficModel::DataColumn), Qt::ForegroundRole).value<QColor>();
    QVERIFY(error.isValid());
    QVERIFY(error.red() > 2 * error.green() && error.red() > 2 * error.blue());
    const QColor state = model.data(model.index(1, TrafficModel::DataColumn), Qt::ForegroundRole).value<QColor>();
    QVERIFY(state.isValid());
    QCOMPARE(state.red(), state.green());   // grey
    QVERIFY(model.data(model.index(1, 0), Qt::FontRole).value<QFont>().italic());
    QVERIFY(!model.data(model.index(0, 0), Qt::FontRole).isValid());
    QVERIFY(!model.data(model.index(0, 0), Qt::ForegroundRole).isValid());
}

void TestTrafficModel::peerColoursAreStableAndDistinct()
{
    QStringList peers;
    for (int i = 0; i < 12; ++i)
        peers.append(QStringLiteral("127.0.0.1:%1").arg(50000 + i));

    TrafficModel model;
    QList<TrafficEvent> events;
    for (const QString &peer : peers)
        events.append(received(peer, "x"));
    model.appendEvents(events);

    QSet<QRgb> colours;
    for (int row = 0; row < peers.size(); ++row) {
        const QColor c = model.data(model.index(row, TrafficModel::DataColumn), Qt::BackgroundRole).value<QColor>();
        QVERIFY(c.isValid());
        QVERIFY(c.alpha() < 255);          // a tint over the theme's background, light or dark
        colours.insert(c.rgba());
        QCOMPARE(c, model.peerColor(peers.at(row)));
    }
    QCOMPARE(colours.size(), peers.size());

    // Stable: later traffic of the same peer gets the same colour; so does a new log fed the same way.
    const QColor first = model.peerColor(peers.first());
    model.appendEvents(numbered(0, 50, QStringLiteral("192.168.1.9:9")));
    model.appendEvents({received(peers.first(), "again")});
    QCOMPARE(model.data(model.index(model.rowCount() - 1, 0), Qt::BackgroundRole).value<QColor>(), first);
    TrafficModel other;
    other.appendEvents(events);
    for (const QString &peer : peers)
        QCOMPARE(other.peerColor(peer), model.peerColor(peer));

    // The engine's own events (no peer) are not tinted.
    model.appendEvents({TrafficEvent::state(QString(), QStringLiteral("listening"))});
    QVERIFY(!model.data(model.index(model.rowCount() - 1, 0), Qt::BackgroundRole).isValid());
}

void TestTrafficModel::peersListAndSignal()
{
    TrafficModel model;
    QSignalSpy spy(&model, &TrafficModel::peersChanged);
    model.appendEvents({received(QStringLiteral("b:2"), "1"), received(QStringLiteral("a:1"), "2"),
                        received(QStringLiteral("b:2"), "3"), TrafficEvent::state(QString(), QStringLiteral("x"))});
    QCOMPARE(spy.count(), 1);
    const QStringList expected = {QStringLiteral("b:2"), QStringLiteral("a:1")};
    QCOMPARE(spy.at(0).at(0).toStringList(), expected);
    QCOMPARE(model.peers(), expected);
    model.appendEvents({received(QStringLiteral("a:1"), "4")});
    QCOMPARE(spy.count(), 1);   // nobody new
    model.appendEvents({received(QStringLiteral("c:3"), "5")});
    QCOMPARE(spy.count(), 2);
    QCOMPARE(model.peers().last(), QStringLiteral("c:3"));
    QCOMPARE(model.data(model.index(0, 3), TrafficModel::PeerRole).toString(), QStringLiteral("b:2"));
}

void TestTrafficModel::clearResetsEverything()
{
    TrafficModel model;
    model.setCapacity(3);
    model.appendEvents(numbered(0, 2));
    model.appendEvents(numbered(2, 2));
    QCOMPARE(model.droppedCount(), qint64(1));
    QSignalSpy peers(&model, &TrafficModel::peersChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.droppedCount(), qint64(0));
    QCOMPARE(model.storedBytes(), qint64(0));
    QVERIFY(model.peers().isEmpty());
    QCOMPARE(peers.count(), 1);
    QCOMPARE(model.capacity(), 3);
}

void TestTrafficModel::rowAsTextMatchesTheCliFormat()
{
    TrafficModel model;
    TrafficEvent sent = TrafficEvent::data(QStringLiteral("127.0.0.1:1246"), TrafficEvent::Direction::Out, "HELLO\n");
    sent.msecsSinceEpoch = 1700000000005;
    TrafficEvent engine = TrafficEvent::state(QString(), QStringLiteral("listening on 0.0.0.0:1246"));
    engine.msecsSinceEpoch = 1700000000006;
    model.appendEvents({sent, engine});
    const QString time = QDateTime::fromMSecsSinceEpoch(1700000000005).toString(QStringLiteral("HH:mm:ss.zzz"));
    QCOMPARE(model.rowAsText(0), QStringLiteral("%1  127.0.0.1:1246  >  HELLO\\n").arg(time));
    QVERIFY(model.rowAsText(1).endsWith(QStringLiteral("  -  *  listening on 0.0.0.0:1246")));
    model.setDisplayMode(TrafficModel::DisplayMode::Hex);
    QVERIFY(model.rowAsText(0).endsWith(QStringLiteral(">  48 45 4c 4c 4f 0a")));
    QCOMPARE(model.rowAsText(0), TrafficEventFormatter::line(sent, TextCodec::Encoding::Utf8, true));
    QCOMPARE(model.rowAsText(5), QString());
}

void TestTrafficModel::saveTextRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TrafficModel model;
    model.setEncoding(TextCodec::Encoding::Gbk);
    model.appendEvents({received(QStringLiteral("p:1"), QByteArray("\xc4\xe3\xba\xc3\r\n")),
                        TrafficEvent::error(QStringLiteral("p:1"), QStringLiteral("the peer reset the connection"))});
    const QString path = dir.filePath(QStringLiteral("log.txt"));
    QString error;
    QVERIFY2(model.saveText(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), model.rowAsText(0));
    QVERIFY(lines.at(0).endsWith(QStringLiteral("<  你好\\r\\n")));
    QCOMPARE(lines.at(1), model.rowAsText(1));
    QCOMPARE(lines.at(2), QString());
}

void TestTrafficModel::saveCsvRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TrafficModel model;
    model.appendEvents({received(QStringLiteral("127.0.0.1:5"), QByteArray("a,b \"quoted\" 中文")),
                        TrafficEvent::state(QStringLiteral("127.0.0.1:5"), QStringLiteral("line one\nline two, \"two\"")),
                        TrafficEvent::data(QStringLiteral("[::1]:80"), TrafficEvent::Direction::Out, "=1+2")});
    const QString path = dir.filePath(QStringLiteral("log.csv"));
    QString error;
    QVERIFY2(model.saveCsv(path, &error), qPrintable(error));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray raw = file.readAll();
    QVERIFY(raw.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(raw.mid(3)));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0), QStringList({QStringLiteral("time"), QStringLiteral("peer"), QStringLiteral("direction"),
                                      QStringLiteral("kind"), QStringLiteral("size"), QStringLiteral("text"),
                                      QStringLiteral("hex")}));
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), 7);
    QCOMPARE(rows.at(1).at(1), QStringLiteral("127.0.0.1:5"));
    QCOMPARE(rows.at(1).at(2), QStringLiteral("in"));
    QCOMPARE(rows.at(1).at(3), QStringLiteral("data"));
    QCOMPARE(rows.at(1).at(4), QString::number(QByteArray("a,b \"quoted\" 中文").size()));
    QCOMPARE(rows.at(1).at(5), QStringLiteral("a,b \"quoted\" 中文"));
    QCOMPARE(QByteArray::fromHex(rows.at(1).at(6).toLatin1()), QByteArray("a,b \"quoted\" 中文"));
    QVERIFY(rows.at(1).at(0).endsWith(QStringLiteral(".123")));
    QCOMPARE(rows.at(2).at(3), QStringLiteral("state"));
    QCOMPARE(rows.at(2).at(5), QStringLiteral("line one\nline two, \"two\""));
    QCOMPARE(rows.at(2).at(4), QString());
    QCOMPARE(rows.at(3).at(2), QStringLiteral("out"));
    // A payload that looks like a formula is not left live for spreadsheets; hex keeps the bytes.
    QCOMPARE(rows.at(3).at(5), QStringLiteral("'=1+2"));
    QCOMPARE(QByteArray::fromHex(rows.at(3).at(6).toLatin1()), QByteArray("=1+2"));
}

void TestTrafficModel::saveFailsWithAReason()
{
    TrafficModel model;
    model.appendEvents(numbered(0, 1));
    QString error;
    QVERIFY(!model.saveText(QStringLiteral("/nonexistent-folder/x/log.txt"), &error));
    QVERIFY(error.contains(QStringLiteral("nonexistent-folder")));
    error.clear();
    QVERIFY(!model.saveCsv(QStringLiteral("/nonexistent-folder/x/log.csv"), &error));
    QVERIFY(!error.isEmpty());
}

void TestTrafficModel::retranslateUpdatesHeaders()
{
    TrafficModel model;
    QCOMPARE(model.columnCount(), int(TrafficModel::ColumnCount));
    QCOMPARE(model.headerData(TrafficModel::TimeColumn, Qt::Horizontal).toString(), QStringLiteral("Time"));
    QSignalSpy spy(&model, &QAbstractItemModel::headerDataChanged);
    model.retranslate();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(1).toInt(), 0);
    QCOMPARE(spy.at(0).at(2).toInt(), TrafficModel::ColumnCount - 1);
}

QTEST_MAIN(TestTrafficModel)
#include "tst_trafficmodel.moc"
