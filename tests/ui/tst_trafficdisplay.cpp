// What the traffic log shows, below the widgets: the "Both" mode's cells, tooltips, copied and
// saved rows (TrafficModel), the checksum verified on received rows (the Check column), and the
// rows the view shows (TrafficFilterModel): hidden sent data, and a pause that keeps the rows
// shown while events keep arriving into the model.
#include <QFile>
#include <QFontDatabase>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "HexTextDump.h"
#include "TrafficFilterModel.h"
#include "TrafficModel.h"

namespace {

const QString Peer = QStringLiteral("127.0.0.1:5020");

TrafficEvent received(const QByteArray &bytes, const QString &peer = Peer)
{
    TrafficEvent e = TrafficEvent::data(peer, TrafficEvent::Direction::In, bytes);
    e.msecsSinceEpoch = 1700000000123;
    return e;
}

TrafficEvent sent(const QByteArray &bytes, const QString &peer = Peer)
{
    TrafficEvent e = TrafficEvent::data(peer, TrafficEvent::Direction::Out, bytes);
    e.msecsSinceEpoch = 1700000000124;
    return e;
}

QString cell(const TrafficModel &model, int row, int column = TrafficModel::DataColumn, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

QList<TrafficEvent> numbered(int first, int count)
{
    QList<TrafficEvent> list;
    for (int i = first; i < first + count; ++i)
        list.append(received(QByteArray::number(i)));
    return list;
}

} // namespace

class TestTrafficDisplay : public QObject
{
    Q_OBJECT

private slots:
    void bothCellIsAHexEditorRow();
    void bothCellSaysHowManyBytesAreNotInIt();
    void bothCellFollowsTheRowsItHasRoomFor();
    void bothCellTextFollowsTheEncoding();
    void bothCellOfATruncatedEvent();
    void bothToolTipAndEventTextHaveEveryRow();
    void bothRowsAreCopiedAndSavedAsShown();
    void stateRowsAreUnchangedInBothMode();
    void checkColumn();
    void checkColumnHiddenWithoutAnAlgorithm();
    void hideSentRows();
    void peerAndSentFiltersTogether();
    void pauseKeepsTheShownRows();
    void pauseCountsOnlyWhatIsKept();
};

void TestTrafficDisplay::bothCellIsAHexEditorRow()
{
    TrafficModel model;
    model.appendEvents({received(QByteArray("hello\x01\x02 world"))});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setDisplayMode(TrafficModel::DisplayMode::Both);
    QCOMPARE(model.displayMode(), TrafficModel::DisplayMode::Both);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(cell(model, 0), QStringLiteral("0000  68 65 6c 6c 6f 01 02 20  77 6f 72 6c 64           hello.. world"));
    // A fixed-width font, so that the hex and text columns of the rows line up.
    QCOMPARE(model.data(model.index(0, TrafficModel::DataColumn), Qt::FontRole).value<QFont>(),
             QFontDatabase::systemFont(QFontDatabase::FixedFont));
    QVERIFY(!model.data(model.index(0, TrafficModel::PeerColumn), Qt::FontRole).isValid());
}

void TestTrafficDisplay::bothCellSaysHowManyBytesAreNotInIt()
{
    TrafficModel model;
    model.setDisplayMode(TrafficModel::DisplayMode::Both);
    QByteArray bytes;
    for (int i = 0; i < 40; ++i)
        bytes.append(char('a' + i % 26));
    model.appendEvents({received(bytes)});
    const QString text = cell(model, 0);
    QVERIFY2(text.startsWith(QStringLiteral("0000  61 62 63 64 65 66 67 68  69 6a 6b 6c 6d 6e 6f 70  abcdefghijklmnop  (+24 byte")),
             qPrintable(text));
    QVERIFY(!text.contains(QLatin1Char('\n')));
}

void TestTrafficDisplay::bothCellFollowsTheRowsItHasRoomFor()
{
    TrafficModel model;
    model.setDisplayMode(TrafficModel::DisplayMode::Both);
    model.appendEvents({received(QByteArray("hello\x01\x02 world"))});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setBothBytesPerLine(8);
    QCOMPARE(model.bothBytesPerLine(), 8);
    QCOMPARE(changed.count(), 1);
    QVERIFY2(cell(model, 0).startsWith(QStringLiteral("0000  68 65 6c 6c 6f 01 02 20  hello..   (+5 byte")), qPrintable(cell(model, 0)));

    // A wrapped row has room for three: every row of this message, no "+N bytes", aligned to the top.
    model.setCellLines(3);
    QCOMPARE(model.cellLines(), 3);
    QCOMPARE(cell(model, 0), QStringLiteral("0000  68 65 6c 6c 6f 01 02 20  hello.. \n0008  77 6f 72 6c 64           world"));
    const auto alignment = model.data(model.index(0, TrafficModel::TimeColumn), Qt::TextAlignmentRole).value<Qt::Alignment>();
    QVERIFY(alignment & Qt::AlignTop);
    QVERIFY(model.data(model.index(0, TrafficModel::SizeColumn), Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignTop);
    model.setCellLines(1);
    QVERIFY(!model.data(model.index(0, TrafficModel::TimeColumn), Qt::TextAlignmentRole).isValid());

    // Other modes do not depend on it.
    model.setDisplayMode(TrafficModel::DisplayMode::Text);
    const int before = int(changed.count());
    model.setBothBytesPerLine(4);
    QCOMPARE(changed.count(), before);
    QCOMPARE(cell(model, 0), QStringLiteral("hello\\x01\\x02 world"));
}

void TestTrafficDisplay::bothCellTextFollowsTheEncoding()
{
    TrafficModel model;
    model.setDisplayMode(TrafficModel::DisplayMode::Both);
    model.setBothBytesPerLine(8);
    // "中文测试" in UTF-8 is 12 bytes: 测 starts at byte 6 and is shown whole on the first row.
    model.appendEvents({received(QByteArray("\xe4\xb8\xad\xe6\x96\x87\xe6\xb5\x8b\xe8\xaf\x95")),
                        received(QByteArray("\xc4\xe3\xba\xc3"))});
    QVERIFY2(cell(model, 0).startsWith(QStringLiteral("0000  e4 b8 ad e6 96 87 e6 b5  中文测  (+4 byte")), qPrintable(cell(model, 0)));
    model.setCellLines(2);
    QVERIFY2(cell(model, 0).endsWith(QStringLiteral("\n0008  8b e8 af 95              试")), qPrintable(cell(model, 0)));
    QVERIFY2(cell(model, 1).endsWith(QStringLiteral("  ....")), qPrintable(cell(model, 1)));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setEncoding(TextCodec::Encoding::Gbk);
    QCOMPARE(changed.count(), 1);
    QVERIFY2(cell(model, 1).endsWith(QStringLiteral("  你好")), qPrintable(cell(model, 1)));
}

void TestTrafficDisplay::bothCellOfATruncatedEvent()
{
    TrafficModel model;
    model.setDisplayMode(TrafficModel::DisplayMode::Both);
    const qint64 size = TrafficEvent::MaxStoredBytes + 1000;
    model.appendEvents({received(QByteArray(size, 'x'))});
    QVERIFY(model.eventAt(0).isTruncated());
    // The bytes not in the cell are counted from the real size, not from what was kept.
    const QString text = cell(model, 0);
    QVERIFY2(text.contains(QStringLiteral("  (+%1 byte").arg(QLocale().toString(size - 16))), qPrintable(text));
    QVERIFY(model.rowAsText(0).endsWith(QStringLiteral(" … (%1 bytes)").arg(size)));
}

void TestTrafficDisplay::bothToolTipAndEventTextHaveEveryRow()
{
    TrafficModel model;
    model.setDisplayMode(TrafficModel::DisplayMode::Both);
    model.setBothBytesPerLine(4);
    const QByteArray bytes("<b>bold</b> & more bytes than one row");
    model.appendEvents({received(bytes)});
    // Whatever the cell's rows, the full dump has 16 bytes a row.
    QCOMPARE(model.eventText(0), HexTextDump::dump(bytes, TextCodec::Encoding::Utf8));
    const QString tip = cell(model, 0, TrafficModel::DataColumn, Qt::ToolTipRole);
    QVERIFY2(tip.startsWith(QStringLiteral("<pre>0000  3c 62 3e 62")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("0020  ")), qPrintable(tip));
    // The payload's markup is shown, not interpreted.
    QVERIFY2(tip.contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt; &amp;")), qPrintable(tip));
    QVERIFY(tip.endsWith(QStringLiteral("</pre>")));
}

void TestTrafficDisplay::bothRowsAreCopiedAndSavedAsShown()
{
    TrafficModel model;
    model.setDisplayMode(TrafficModel::DisplayMode::Both);
    QByteArray bytes(20, 'z');
    bytes[0] = '\r';
    model.appendEvents({received(bytes), TrafficEvent::state(QString(), QStringLiteral("listening"))});
    const QString time = QDateTime::fromMSecsSinceEpoch(1700000000123).toString(QStringLiteral("HH:mm:ss.zzz"));
    const QString prefix = QStringLiteral("%1  %2  <  ").arg(time, Peer);
    const QStringList dump = HexTextDump::lines(bytes, TextCodec::Encoding::Utf8);
    QCOMPARE(dump.size(), 2);
    const QString expected = prefix + dump.at(0) + QLatin1Char('\n') + QString(prefix.size(), QLatin1Char(' ')) + dump.at(1);
    QCOMPARE(model.rowAsText(0), expected);
    QVERIFY(model.rowAsText(1).endsWith(QStringLiteral("  -  *  listening")));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("log.txt"));
    QString error;
    QVERIFY2(model.saveText(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), expected + QLatin1Char('\n') + model.rowAsText(1) + QLatin1Char('\n'));
}

void TestTrafficDisplay::stateRowsAreUnchangedInBothMode()
{
    TrafficModel model;
    model.setDisplayMode(TrafficModel::DisplayMode::Both);
    model.appendEvents({TrafficEvent::error(Peer, QStringLiteral("the peer reset the connection"))});
    QCOMPARE(cell(model, 0), QStringLiteral("the peer reset the connection"));
    QCOMPARE(model.eventText(0), QStringLiteral("the peer reset the connection"));
}

void TestTrafficDisplay::checkColumn()
{
    TrafficModel model;
    QCOMPARE(model.headerData(TrafficModel::CheckColumn, Qt::Horizontal).toString(), QStringLiteral("Check"));
    const QByteArray good = QByteArray::fromHex("01030000000AC5CD");   // a Modbus RTU request
    const QByteArray bad = QByteArray::fromHex("01030000000AC5CE");
    model.appendEvents({received(good), received(bad), received(QByteArray(TrafficEvent::MaxStoredBytes + 10, 'x')),
                        received(QByteArray()), sent(good), TrafficEvent::state(Peer, QStringLiteral("connected"))});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setChecksum(Checksum::Algorithm::Crc16Modbus);
    QCOMPARE(model.checksum(), Checksum::Algorithm::Crc16Modbus);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(TrafficModel::CheckColumn));
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 5);

    const int c = TrafficModel::CheckColumn;
    QCOMPARE(cell(model, 0, c), QStringLiteral("✓"));
    QCOMPARE(cell(model, 0, c, Qt::ToolTipRole), QStringLiteral("CRC-16/MODBUS ok"));
    QCOMPARE(cell(model, 1, c), QStringLiteral("✗"));
    QCOMPARE(cell(model, 1, c, Qt::ToolTipRole), QStringLiteral("CRC-16/MODBUS: expected 0xCDC5, got 0xCEC5"));
    QVERIFY(model.data(model.index(1, c), Qt::ForegroundRole).value<QColor>().red() > 200);
    // Truncated and empty rows cannot be checked: never a false "ok".
    QCOMPARE(cell(model, 2, c), QStringLiteral("?"));
    QVERIFY(cell(model, 2, c, Qt::ToolTipRole).contains(QStringLiteral("cannot be checked")));
    QCOMPARE(model.checkResult(2).outcome, EventChecksum::Outcome::CannotCheck);
    QCOMPARE(cell(model, 3, c), QStringLiteral("?"));
    QCOMPARE(model.checkResult(3).outcome, EventChecksum::Outcome::CannotCheck);
    // Sent data and state changes are not checked.
    QCOMPARE(cell(model, 4, c), QString());
    QCOMPARE(model.checkResult(4).outcome, EventChecksum::Outcome::NotChecked);
    QCOMPARE(cell(model, 5, c), QString());
    // The Data column is not affected.
    QCOMPARE(cell(model, 0), QStringLiteral("\\x01\\x03\\0\\0\\0\\n\\xc5\\xcd"));

    // Another algorithm, another verdict for the same row (nothing stale is kept).
    model.setChecksum(Checksum::Algorithm::Sum8);
    QCOMPARE(cell(model, 0, c), QStringLiteral("✗"));
    QVERIFY(cell(model, 0, c, Qt::ToolTipRole).startsWith(QStringLiteral("8-bit sum: expected")));
}

void TestTrafficDisplay::checkColumnHiddenWithoutAnAlgorithm()
{
    TrafficModel model;
    model.appendEvents({received(Checksum::withChecksum(Checksum::Algorithm::Xor8, "hi"))});
    QCOMPARE(model.checksum(), Checksum::Algorithm::None);
    for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::ForegroundRole)})
        QVERIFY(!model.data(model.index(0, TrafficModel::CheckColumn), role).isValid());
    QCOMPARE(model.checkResult(0).outcome, EventChecksum::Outcome::NotChecked);
    model.setChecksum(Checksum::Algorithm::Xor8);
    QCOMPARE(cell(model, 0, TrafficModel::CheckColumn), QStringLiteral("✓"));
}

void TestTrafficDisplay::hideSentRows()
{
    TrafficModel model;
    TrafficFilterModel filter(&model);
    model.appendEvents({received("in 1"), sent("out 1"), TrafficEvent::state(Peer, QStringLiteral("connected")),
                        received("in 2")});
    QVERIFY(filter.showSent());
    QCOMPARE(filter.rowCount(), 4);
    filter.setShowSent(false);
    QCOMPARE(filter.rowCount(), 3);
    for (int row = 0; row < filter.rowCount(); ++row) {
        const TrafficEvent &e = model.eventAt(filter.mapToSource(filter.index(row, 0)).row());
        QVERIFY(e.direction != TrafficEvent::Direction::Out);
    }
    // Kept and counted in the model; later sent data is hidden as it arrives.
    QCOMPARE(model.rowCount(), 4);
    model.appendEvents({sent("out 2"), received("in 3")});
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(filter.rowCount(), 4);
    filter.setShowSent(true);
    QCOMPARE(filter.rowCount(), 6);
    QCOMPARE(filter.index(4, TrafficModel::DataColumn).data().toString(), QStringLiteral("out 2"));
}

void TestTrafficDisplay::peerAndSentFiltersTogether()
{
    TrafficModel model;
    TrafficFilterModel filter(&model);
    const QString other = QStringLiteral("127.0.0.1:5021");
    model.appendEvents({received("a", Peer), sent("b", Peer), received("c", other), sent("d", other)});
    filter.setPeer(other);
    QCOMPARE(filter.rowCount(), 2);
    filter.setShowSent(false);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, TrafficModel::DataColumn).data().toString(), QStringLiteral("c"));
    filter.setPeer(QString());
    QCOMPARE(filter.rowCount(), 2);
    // An exact match: a peer that only starts the same is not shown.
    filter.setPeer(QStringLiteral("127.0.0.1:502"));
    QCOMPARE(filter.rowCount(), 0);
}

void TestTrafficDisplay::pauseKeepsTheShownRows()
{
    TrafficModel model;
    TrafficFilterModel filter(&model);
    model.appendEvents(numbered(0, 3));
    QSignalSpy inserted(&filter, &QAbstractItemModel::rowsInserted);
    filter.setPaused(true);
    QVERIFY(filter.isPaused());
    QCOMPARE(filter.pendingCount(), 0);

    // Events keep arriving into the model and are counted; the shown rows do not change.
    model.appendEvents(numbered(3, 5));
    model.appendEvents(numbered(8, 2));
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(filter.rowCount(), 3);
    QCOMPARE(filter.pendingCount(), 7);
    QCOMPARE(inserted.count(), 0);
    // Other filters may change while paused; what arrived after the pause stays back.
    filter.setShowSent(false);
    QCOMPARE(filter.rowCount(), 3);

    filter.setPaused(false);
    QCOMPARE(filter.rowCount(), 10);
    QCOMPARE(filter.pendingCount(), 0);
    QVERIFY(inserted.count() > 0);
    QCOMPARE(filter.index(9, TrafficModel::DataColumn).data().toString(), QStringLiteral("9"));
    model.appendEvents(numbered(10, 1));
    QCOMPARE(filter.rowCount(), 11);
}

void TestTrafficDisplay::pauseCountsOnlyWhatIsKept()
{
    TrafficModel model;
    model.setCapacity(5);
    TrafficFilterModel filter(&model);
    model.appendEvents(numbered(0, 3));
    filter.setPaused(true);
    // The cap still drops the oldest rows, shown ones included: never more waiting than kept.
    model.appendEvents(numbered(3, 8));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(filter.pendingCount(), 5);
    QCOMPARE(filter.rowCount(), 0);
    model.clear();
    QCOMPARE(filter.pendingCount(), 0);
    model.appendEvents(numbered(11, 2));
    QCOMPARE(filter.pendingCount(), 2);
    QCOMPARE(filter.rowCount(), 0);
    filter.setPaused(false);
    QCOMPARE(filter.rowCount(), 2);
}

QTEST_MAIN(TestTrafficDisplay)
#include "tst_trafficdisplay.moc"
