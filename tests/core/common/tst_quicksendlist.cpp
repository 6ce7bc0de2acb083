// QuickSendList: the quick-send list as a model. Edits keep ids (what auto-sends and replies refer
// to) and the loop's highlighted row; every change is saved and a new list with the same settings
// key reads it back (also through a real settings file); limits; the model signals views need.
#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

#include "QuickSendList.h"
#include "TestEnvironment.h"

namespace {

QuickSendItem make(const QString &name, const QString &text)
{
    QuickSendItem item;
    item.name = name;
    item.text = text;
    return item;
}

QStringList names(const QuickSendList &list)
{
    QStringList result;
    for (const QuickSendItem &item : list.items())
        result.append(item.name);
    return result;
}

} // namespace

class tst_QuickSendList : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void editsKeepIds();
    void moveFollowsTheActiveRow();
    void removeClearsTheActiveRow();
    void undoKeepsTheId();
    void persistenceRoundTrip();
    void anotherKeyIsAnotherList();
    void brokenSettingsLoadNothing();
    void limits();
    void importAppendAndReplace();
    void rolesForViews();

private:
    std::unique_ptr<TestEnvironment> m_env;
    const QString m_key = QStringLiteral("tests/quicksend");
};

void tst_QuickSendList::initTestCase()
{
    m_env = std::make_unique<TestEnvironment>();
}

void tst_QuickSendList::init()
{
    QSettings().remove(QStringLiteral("tests"));
}

void tst_QuickSendList::editsKeepIds()
{
    QuickSendList list;
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(list.append(make(QStringLiteral("a"), QStringLiteral("1"))));
    QVERIFY(list.append(make(QStringLiteral("b"), QStringLiteral("2"))));
    QVERIFY(list.append(make(QStringLiteral("c"), QStringLiteral("3"))));
    const QString idA = list.id(0);
    const QString idC = list.id(2);
    QVERIFY(!idA.isEmpty());
    QVERIFY(idA != list.id(1));

    QSignalSpy changed(&list, &QAbstractItemModel::dataChanged);
    list.replace(0, make(QStringLiteral("A"), QStringLiteral("one")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(list.id(0), idA);
    QCOMPARE(list.itemWithId(idA)->text, QStringLiteral("one"));
    list.replace(0, make(QStringLiteral("A"), QStringLiteral("one")));   // the same: no signal, no save
    QCOMPARE(changed.count(), 1);

    QVERIFY(list.move(2, 0));
    QCOMPARE(names(list), (QStringList{QStringLiteral("c"), QStringLiteral("A"), QStringLiteral("b")}));
    QCOMPARE(list.rowOf(idC), 0);
    QCOMPARE(list.rowOf(idA), 1);
    QVERIFY(list.move(0, 2));
    QCOMPARE(names(list), (QStringList{QStringLiteral("A"), QStringLiteral("b"), QStringLiteral("c")}));
    QVERIFY(!list.move(0, 3));
    QVERIFY(!list.move(1, 1));

    list.remove(0);
    QCOMPARE(list.rowOf(idA), -1);
    QVERIFY(!list.itemWithId(idA));
    QCOMPARE(list.count(), 2);
}

void tst_QuickSendList::moveFollowsTheActiveRow()
{
    QuickSendList list;
    for (const char *n : {"a", "b", "c", "d"})
        list.append(make(QLatin1String(n), QLatin1String(n)));
    list.setActiveRow(1);   // b
    QVERIFY(list.index(1).data(QuickSendList::ActiveRole).toBool());
    list.move(1, 3);
    QCOMPARE(list.activeRow(), 3);
    QCOMPARE(list.item(list.activeRow()).name, QStringLiteral("b"));
    list.move(0, 3);        // a after b: b moves up
    QCOMPARE(list.item(list.activeRow()).name, QStringLiteral("b"));
    list.move(2, 0);
    QCOMPARE(list.item(list.activeRow()).name, QStringLiteral("b"));
    list.insert(0, make(QStringLiteral("new"), QStringLiteral("n")));
    QCOMPARE(list.item(list.activeRow()).name, QStringLiteral("b"));
    QCOMPARE(list.index(list.activeRow()).data(QuickSendList::ActiveRole).toBool(), true);
    list.setActiveRow(-1);
    QCOMPARE(list.activeRow(), -1);
}

void tst_QuickSendList::removeClearsTheActiveRow()
{
    QuickSendList list;
    for (const char *n : {"a", "b", "c"})
        list.append(make(QLatin1String(n), QLatin1String(n)));
    list.setActiveRow(2);
    list.remove(0);
    QCOMPARE(list.item(list.activeRow()).name, QStringLiteral("c"));
    list.remove(list.activeRow());
    QCOMPARE(list.activeRow(), -1);
}

void tst_QuickSendList::undoKeepsTheId()
{
    QuickSendList list;
    list.append(make(QStringLiteral("a"), QStringLiteral("1")));
    list.append(make(QStringLiteral("b"), QStringLiteral("2")));
    const QString id = list.id(0);
    const QuickSendItem item = list.item(0);
    list.remove(0);
    QVERIFY(list.insert(0, item, id));
    QCOMPARE(list.id(0), id);
    // An id already used is never given twice.
    QVERIFY(list.insert(2, item, id));
    QVERIFY(list.id(2) != id);
}

void tst_QuickSendList::persistenceRoundTrip()
{
    QString idGbk;
    {
        QuickSendList list;
        list.setSettingsKey(m_key);
        QCOMPARE(list.count(), 0);
        QuickSendItem gbk = make(QStringLiteral("你好"), QStringLiteral("你好"));
        gbk.encoding = TextCodec::Encoding::Gbk;
        gbk.lineEnding = QuickSendItem::LineEnding::CrLf;
        QuickSendItem modbus = make(QStringLiteral("Read"), QStringLiteral("01 03 00 00 00 0A"));
        modbus.hex = true;
        modbus.checksum = Checksum::Algorithm::Crc16Modbus;
        list.append(gbk);
        list.append(modbus);
        list.append(make(QStringLiteral("Quit"), QStringLiteral("q")));
        list.move(2, 0);
        idGbk = list.id(1);
    }
    QSettings().sync();
    QuickSendList again;
    again.setSettingsKey(m_key);
    QCOMPARE(names(again), (QStringList{QStringLiteral("Quit"), QStringLiteral("你好"), QStringLiteral("Read")}));
    QCOMPARE(again.id(1), idGbk);   // ids survive, so a reply chosen last time is found again
    QCOMPARE(again.item(1).encoding, TextCodec::Encoding::Gbk);
    QCOMPARE(again.item(1).payload().value_or(QByteArray()), QByteArray("\xc4\xe3\xba\xc3\r\n"));
    QCOMPARE(again.item(2).payload().value_or(QByteArray()), QByteArray::fromHex("01030000000AC5CD"));
    // Kept as the JSON of an exported file: readable in the settings file.
    QVERIFY(QSettings().value(m_key + QStringLiteral("/quickSend")).toString().contains(QStringLiteral("socketlab-quick-send")));
}

void tst_QuickSendList::anotherKeyIsAnotherList()
{
    QuickSendList client;
    client.setSettingsKey(m_key + QStringLiteral("/client"));
    client.append(make(QStringLiteral("a"), QStringLiteral("a")));
    QuickSendList server;
    server.setSettingsKey(m_key + QStringLiteral("/server"));
    QCOMPARE(server.count(), 0);
}

void tst_QuickSendList::brokenSettingsLoadNothing()
{
    QSettings().setValue(m_key + QStringLiteral("/quickSend"), QStringLiteral("{not json"));
    QuickSendList list;
    list.setSettingsKey(m_key);
    QCOMPARE(list.count(), 0);
    list.append(make(QStringLiteral("a"), QStringLiteral("a")));   // and it works from there
    QuickSendList again;
    again.setSettingsKey(m_key);
    QCOMPARE(again.count(), 1);
}

void tst_QuickSendList::limits()
{
    QuickSendList list;
    QList<QuickSendItem> full;
    for (int i = 0; i < QuickSendList::MaxItems; ++i)
        full.append(make(QString::number(i), QStringLiteral("x")));
    QVERIFY(list.replaceAll(full));
    QVERIFY(!list.append(make(QStringLiteral("one more"), QStringLiteral("x"))));
    QVERIFY(!list.insert(0, make(QStringLiteral("one more"), QStringLiteral("x"))));
    QCOMPARE(list.count(), QuickSendList::MaxItems);
    full.append(make(QStringLiteral("one more"), QStringLiteral("x")));
    QVERIFY(!list.replaceAll(full));
    QCOMPARE(list.count(), QuickSendList::MaxItems);
}

void tst_QuickSendList::importAppendAndReplace()
{
    QuickSendList list;
    list.setSettingsKey(m_key);
    list.append(make(QStringLiteral("mine"), QStringLiteral("m")));
    const QString mine = list.id(0);
    QVERIFY(list.appendAll({make(QStringLiteral("t1"), QStringLiteral("1")), make(QStringLiteral("t2"), QStringLiteral("2"))}));
    QCOMPARE(names(list), (QStringList{QStringLiteral("mine"), QStringLiteral("t1"), QStringLiteral("t2")}));
    QCOMPARE(list.id(0), mine);
    QList<QuickSendItem> tooMany;
    for (int i = 0; i < QuickSendList::MaxItems - 2; ++i)
        tooMany.append(make(QString::number(i), QStringLiteral("x")));
    QVERIFY(!list.appendAll(tooMany));   // all or nothing
    QCOMPARE(list.count(), 3);
    QVERIFY(list.replaceAll({make(QStringLiteral("only"), QStringLiteral("o"))}));
    QCOMPARE(names(list), QStringList{QStringLiteral("only")});
    QCOMPARE(list.rowOf(mine), -1);
    QuickSendList again;
    again.setSettingsKey(m_key);
    QCOMPARE(names(again), QStringList{QStringLiteral("only")});
}

void tst_QuickSendList::rolesForViews()
{
    QuickSendList list;
    QuickSendItem item = make(QString(), QStringLiteral("GET /\nHost: x"));
    item.lineEnding = QuickSendItem::LineEnding::CrLf;
    list.append(item);
    const QModelIndex index = list.index(0);
    QCOMPARE(index.data(Qt::DisplayRole).toString(), QStringLiteral("GET /⏎Host: x"));   // no name: the message
    QCOMPARE(index.data(QuickSendList::PreviewRole).toString(), QStringLiteral("GET /⏎Host: x"));
    QCOMPARE(index.data(QuickSendList::IdRole).toString(), list.id(0));
    QCOMPARE(index.data(QuickSendList::ItemRole).value<QuickSendItem>(), item);
    const QString tip = index.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("CRLF")) && tip.contains(QStringLiteral("15 byte")), qPrintable(tip));
    QuickSendItem bad = make(QStringLiteral("bad"), QStringLiteral("zz"));
    bad.hex = true;
    QVERIFY2(QuickSendList::describe(bad).contains(QStringLiteral("cannot be sent")), qPrintable(QuickSendList::describe(bad)));
}

QTEST_GUILESS_MAIN(tst_QuickSendList)
#include "tst_quicksendlist.moc"
