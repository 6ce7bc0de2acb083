// QuickSendLoop: the quick-send list's loop without widgets. The messages in list order, round
// after round, with the pause (a real timer); the row being sent marked; a stop by the user, when
// sending is disabled (with the count), when the list empties, and at a message that cannot be
// sent (nothing of it sent); no start on an empty list or with nobody to send to.
#include <QSignalSpy>
#include <QtTest>

#include "QuickSendList.h"
#include "QuickSendLoop.h"

namespace {

QuickSendItem make(const QString &text, bool hex = false)
{
    QuickSendItem item;
    item.name = text;
    item.text = text;
    item.hex = hex;
    return item;
}

} // namespace

class tst_QuickSendLoop : public QObject
{
    Q_OBJECT

private slots:
    void sendsInOrderWithThePause();
    void stopsWhenSendingIsDisabled();
    void stopsWhenTheListEmpties();
    void stopsAtAMessageThatCannotBeSent();
    void refusesToStart();
};

void tst_QuickSendLoop::sendsInOrderWithThePause()
{
    QuickSendList list;
    list.appendAll({make(QStringLiteral("A")), make(QStringLiteral("B")), make(QStringLiteral("C"))});
    QuickSendLoop loop(&list);
    loop.setPause(15);
    QSignalSpy sent(&loop, &QuickSendLoop::sendRequested);
    QSignalSpy stopped(&loop, &QuickSendLoop::stopped);
    QVERIFY(loop.start());
    QVERIFY(loop.isRunning());
    QCOMPARE(sent.count(), 1);   // at once
    QCOMPARE(list.activeRow(), 0);
    QTRY_VERIFY(sent.count() >= 7);
    loop.stop();
    QCOMPARE(stopped.count(), 1);
    QVERIFY(stopped.at(0).at(0).toString().isEmpty());   // by the user: no reason
    QCOMPARE(list.activeRow(), -1);
    for (int i = 0; i < sent.count(); ++i)
        QCOMPARE(sent.at(i).at(0).toByteArray(), QByteArray(1, "ABC"[i % 3]));
    QCOMPARE(loop.sent(), sent.count());
}

void tst_QuickSendLoop::stopsWhenSendingIsDisabled()
{
    QuickSendList list;
    list.appendAll({make(QStringLiteral("A")), make(QStringLiteral("B"))});
    QuickSendLoop loop(&list);
    loop.setPause(10000);
    QSignalSpy stopped(&loop, &QuickSendLoop::stopped);
    QVERIFY(loop.start());
    loop.setSendEnabled(false);
    QVERIFY(!loop.isRunning());
    QCOMPARE(stopped.count(), 1);
    const QString reason = stopped.at(0).at(0).toString();
    QVERIFY2(reason.contains(QStringLiteral("no one to send to")), qPrintable(reason));
    QCOMPARE(list.activeRow(), -1);
}

void tst_QuickSendLoop::stopsWhenTheListEmpties()
{
    QuickSendList list;
    list.append(make(QStringLiteral("A")));
    QuickSendLoop loop(&list);
    loop.setPause(10000);
    QSignalSpy stopped(&loop, &QuickSendLoop::stopped);
    QVERIFY(loop.start());
    list.remove(0);
    QVERIFY(!loop.isRunning());
    QVERIFY(stopped.at(0).at(0).toString().contains(QStringLiteral("empty")));
}

void tst_QuickSendLoop::stopsAtAMessageThatCannotBeSent()
{
    QuickSendList list;
    list.appendAll({make(QStringLiteral("A")), make(QStringLiteral("zz"), true)});
    QuickSendLoop loop(&list);
    loop.setPause(1);
    QSignalSpy sent(&loop, &QuickSendLoop::sendRequested);
    QSignalSpy stopped(&loop, &QuickSendLoop::stopped);
    QVERIFY(loop.start());
    QTRY_COMPARE(stopped.count(), 1);
    QCOMPARE(sent.count(), 1);   // only A
    const QString reason = stopped.at(0).at(0).toString();
    QVERIFY2(reason.contains(QStringLiteral("message 2")) && reason.contains(QStringLiteral("zz")), qPrintable(reason));
}

void tst_QuickSendLoop::refusesToStart()
{
    QuickSendList list;
    QuickSendLoop loop(&list);
    QString why;
    QVERIFY(!loop.start(&why));
    QVERIFY(why.contains(QStringLiteral("empty")));
    list.append(make(QStringLiteral("A")));
    loop.setSendEnabled(false);
    QSignalSpy sent(&loop, &QuickSendLoop::sendRequested);
    QVERIFY(!loop.start(&why));
    QVERIFY(why.contains(QStringLiteral("no one to send to")));
    QCOMPARE(sent.count(), 0);
}

QTEST_GUILESS_MAIN(tst_QuickSendLoop)
#include "tst_quicksendloop.moc"
