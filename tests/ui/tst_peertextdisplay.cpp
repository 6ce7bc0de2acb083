#include <QTest>

#include "RequestHeadText.h"
#include "RequestLogEntry.h"
#include "RequestLogModel.h"
#include "TrafficModel.h"

// The window shows control characters that peers send (ESC, BEL, C1) visibly, as \x1b and so
// on, in the web tab's request log and head view and in the traffic view of every tab (the file
// server's log rows included): never interpreted, never hidden (issue 10, item 7).
namespace {

const QString kEvilName = QStringLiteral("evil\x1b]0;owned\x07") + QChar(0x9b) + QStringLiteral("2J.txt");
const QString kShownName = QStringLiteral("evil\\x1b]0;owned\\x07\\x9b2J.txt");

bool hasControl(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != '\n') || (u >= 0x7f && u <= 0x9f))
            return true;
    }
    return false;
}

} // namespace

class TestPeerTextDisplay : public QObject
{
    Q_OBJECT

private slots:
    void requestLogShowsControlCharacters();
    void trafficModelShowsControlCharacters();
};

void TestPeerTextDisplay::requestLogShowsControlCharacters()
{
    RequestLogModel model;
    RequestLogEntry e;
    e.msecsSinceEpoch = 1700000000123;
    e.client = QStringLiteral("127.0.0.1:40000");
    e.method = "G\x1bT";
    e.target = "/" + kEvilName.toUtf8() + "%1b%5b2J";
    e.version = "HTTP/1.1";
    e.status = 400;
    e.requestHead = "G\x1bT /x HTTP/1.1\r\nX-Evil: \x1b[5m\r\n\r\n";
    model.appendEntries({e});

    const QString method = model.data(model.index(0, RequestLogModel::MethodColumn)).toString();
    QCOMPARE(method, QStringLiteral("G\\x1bT"));
    const QString target = model.data(model.index(0, RequestLogModel::TargetColumn)).toString();
    QVERIFY2(!hasControl(target), qPrintable(target));
    QVERIFY2(target.contains(kShownName), qPrintable(target));
    const QString tip = model.data(model.index(0, RequestLogModel::TargetColumn), Qt::ToolTipRole).toString();
    QVERIFY2(!hasControl(tip), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("\\x1b[2J")), qPrintable(tip));   // the decoded %1b too

    const QString head = RequestHeadText::request(e);
    QVERIFY2(!hasControl(head), qPrintable(head));
    QVERIFY2(head.contains(QStringLiteral("X-Evil: \\x1b[5m")), qPrintable(head));
}

void TestPeerTextDisplay::trafficModelShowsControlCharacters()
{
    TrafficModel model;
    TrafficEvent state = TrafficEvent::state(QStringLiteral("127.0.0.1:40000"),
                                             QStringLiteral("SLFT/1 download of “%1” refused: no such file.").arg(kEvilName));
    TrafficEvent error = TrafficEvent::error(QStringLiteral("127.0.0.1:40001"), QStringLiteral("Bad name “%1”.").arg(kEvilName));
    TrafficEvent data = TrafficEvent::data(QStringLiteral("127.0.0.1:40002"), TrafficEvent::Direction::In,
                                           QByteArray("hi\x1b[2J\xc2\x9b"), kEvilName);
    model.appendEvents({state, error, data});
    QCOMPARE(model.rowCount(), 3);
    for (int row = 0; row < 3; ++row) {
        for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
            const QString cell = model.data(model.index(row, TrafficModel::DataColumn), role).toString();
            QVERIFY2(!hasControl(cell), qPrintable(cell));
            QVERIFY2(cell.contains(kShownName), qPrintable(cell));
        }
        QVERIFY2(!hasControl(model.eventText(row)), qPrintable(model.eventText(row)));
        QVERIFY2(!hasControl(model.rowAsText(row)), qPrintable(model.rowAsText(row)));
    }
    const QString dataCell = model.data(model.index(2, TrafficModel::DataColumn)).toString();
    QVERIFY2(dataCell.startsWith(QStringLiteral("hi\\x1b[2J\\x9b")), qPrintable(dataCell));
}

QTEST_MAIN(TestPeerTextDisplay)
#include "tst_peertextdisplay.moc"
