#include <QtTest>

#include "ChangeCoalescer.h"
#include "WorkerThread.h"

class tst_ChangeCoalescer : public QObject
{
    Q_OBJECT

private slots:
    void manyChangesOneDue();
    void flushIsImmediateAndOnlyWhenDirty();
    void receiverMayMarkAgain();
    void worksInWorkerThread();
};

void tst_ChangeCoalescer::manyChangesOneDue()
{
    ChangeCoalescer coalescer(20);
    QCOMPARE(coalescer.interval(), 20);
    QSignalSpy spy(&coalescer, &ChangeCoalescer::due);
    QVERIFY(!coalescer.isDirty());
    for (int i = 0; i < 1000; ++i)
        coalescer.markDirty();
    QVERIFY(coalescer.isDirty());
    QCOMPARE(spy.size(), 0);   // nothing before the interval has passed
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.size(), 1);
    QVERIFY(!coalescer.isDirty());

    // The next change arms the timer again.
    coalescer.markDirty();
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.size(), 2);
}

void tst_ChangeCoalescer::flushIsImmediateAndOnlyWhenDirty()
{
    ChangeCoalescer coalescer(60000);
    QSignalSpy spy(&coalescer, &ChangeCoalescer::due);
    coalescer.flush();
    QCOMPARE(spy.size(), 0);   // nothing changed: nothing to say
    coalescer.markDirty();
    coalescer.markDirty();
    coalescer.flush();
    QCOMPARE(spy.size(), 1);   // at once, once
    QVERIFY(!coalescer.isDirty());
    coalescer.flush();
    QCOMPARE(spy.size(), 1);

    coalescer.setInterval(10);
    QCOMPARE(coalescer.interval(), 10);
    coalescer.markDirty();
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.size(), 2);
}

void tst_ChangeCoalescer::receiverMayMarkAgain()
{
    ChangeCoalescer coalescer(10);
    int dues = 0;
    connect(&coalescer, &ChangeCoalescer::due, this, [&] {
        if (++dues == 1)
            coalescer.markDirty();   // a change while reporting one is reported next time
    });
    coalescer.markDirty();
    coalescer.flush();
    QCOMPARE(dues, 1);
    QVERIFY(coalescer.isDirty());
    QTRY_COMPARE_WITH_TIMEOUT(dues, 2, 5000);
    QVERIFY(!coalescer.isDirty());
}

void tst_ChangeCoalescer::worksInWorkerThread()
{
    WorkerThread thread(QStringLiteral("coalescer"));
    auto *owner = new QObject;
    auto *coalescer = new ChangeCoalescer(20, owner);
    thread.adopt(owner);   // the coalescer and its timer go along with their parent
    thread.start();
    int dues = 0;
    connect(coalescer, &ChangeCoalescer::due, this, [&] { ++dues; });
    QMetaObject::invokeMethod(coalescer, [coalescer] {
        for (int i = 0; i < 100; ++i)
            coalescer->markDirty();
    }, Qt::QueuedConnection);
    QTRY_COMPARE_WITH_TIMEOUT(dues, 1, 5000);
    QCOMPARE(coalescer->thread(), &thread);
}

QTEST_GUILESS_MAIN(tst_ChangeCoalescer)
#include "tst_changecoalescer.moc"
