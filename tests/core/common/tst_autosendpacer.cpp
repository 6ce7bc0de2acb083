// AutoSendPacer: the TCP client's auto-send after each receive never becomes a full-speed
// ping-pong: at most one send per received message, at least the minimum gap between two, a
// message received while one waits gets none (counted). Real timers; no sleeps.
#include <QSignalSpy>
#include <QtTest>

#include "AutoSendPacer.h"

class tst_AutoSendPacer : public QObject
{
    Q_OBJECT

private slots:
    void firstSendIsImmediate();
    void tooSoonWaitsThenSendsOnce();
    void noGapAnswersEveryMessage();
    void cancelDropsTheWaitingSend();
    void resetStartsCountingAgain();
};

void tst_AutoSendPacer::firstSendIsImmediate()
{
    AutoSendPacer pacer;
    QSignalSpy due(&pacer, &AutoSendPacer::sendDue);
    pacer.received();
    QCOMPARE(due.count(), 1);
    QCOMPARE(pacer.sent(), 1);
    QCOMPARE(pacer.skipped(), 0);
}

void tst_AutoSendPacer::tooSoonWaitsThenSendsOnce()
{
    AutoSendPacer pacer;
    pacer.setMinimumInterval(200);
    QSignalSpy due(&pacer, &AutoSendPacer::sendDue);
    pacer.received();
    QCOMPARE(due.count(), 1);
    pacer.received();             // too soon: waits
    QVERIFY(pacer.isWaiting());
    QCOMPARE(due.count(), 1);
    pacer.received();             // while one waits: none of its own
    pacer.received();
    QCOMPARE(pacer.skipped(), 2);
    QTRY_COMPARE(due.count(), 2); // the waiting one goes after the gap
    QVERIFY(!pacer.isWaiting());
    QCOMPARE(pacer.sent(), 2);
    QCOMPARE(pacer.skipped(), 2);
}

void tst_AutoSendPacer::noGapAnswersEveryMessage()
{
    AutoSendPacer pacer;
    pacer.setMinimumInterval(0);
    QSignalSpy due(&pacer, &AutoSendPacer::sendDue);
    for (int i = 0; i < 5; ++i)
        pacer.received();
    QCOMPARE(due.count(), 5);
    QCOMPARE(pacer.skipped(), 0);
}

void tst_AutoSendPacer::cancelDropsTheWaitingSend()
{
    AutoSendPacer pacer;
    pacer.setMinimumInterval(100);
    QSignalSpy due(&pacer, &AutoSendPacer::sendDue);
    pacer.received();
    pacer.received();
    QVERIFY(pacer.isWaiting());
    pacer.cancel();
    QVERIFY(!pacer.isWaiting());
    QCOMPARE(pacer.skipped(), 1);
    // Nothing comes once the gap is over: wait for a timer that fires after it.
    QTimer afterTheGap;
    afterTheGap.setSingleShot(true);
    QSignalSpy over(&afterTheGap, &QTimer::timeout);
    afterTheGap.start(250);
    QVERIFY(over.wait(5000));
    QCOMPARE(due.count(), 1);
}

void tst_AutoSendPacer::resetStartsCountingAgain()
{
    AutoSendPacer pacer;
    pacer.setMinimumInterval(10000);
    QSignalSpy due(&pacer, &AutoSendPacer::sendDue);
    pacer.received();
    pacer.received();
    QVERIFY(pacer.isWaiting());
    QSignalSpy counts(&pacer, &AutoSendPacer::countsChanged);
    pacer.reset();                // a new connection
    QCOMPARE(counts.count(), 1);
    QVERIFY(!pacer.isWaiting());
    QCOMPARE(pacer.sent(), 0);
    QCOMPARE(pacer.skipped(), 0);
    pacer.received();             // the first after a reset goes at once, whatever the gap
    QCOMPARE(due.count(), 2);
}

QTEST_GUILESS_MAIN(tst_AutoSendPacer)
#include "tst_autosendpacer.moc"
