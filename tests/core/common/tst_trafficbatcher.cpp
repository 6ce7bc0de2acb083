#include <QtTest>

#include "TrafficBatcher.h"
#include "WorkerThread.h"

class tst_TrafficBatcher : public QObject
{
    Q_OBJECT

private slots:
    void batchesManyEventsIntoOneSignal();
    void flushEmitsAtOnceAndOnlyWhenPending();
    void capacityDropsOldest();
    void eventFactories();
    void worksInWorkerThread();
};

void tst_TrafficBatcher::batchesManyEventsIntoOneSignal()
{
    TrafficBatcher batcher;
    QSignalSpy spy(&batcher, &TrafficBatcher::eventsReady);
    for (int i = 0; i < 1000; ++i)
        batcher.add(TrafficEvent::data(QStringLiteral("p"), TrafficEvent::Direction::In, QByteArray::number(i)));
    QCOMPARE(spy.size(), 0);   // nothing until the interval has passed
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.size(), 1);
    const auto events = spy.first().first().value<QList<TrafficEvent>>();
    QCOMPARE(events.size(), 1000);
    QCOMPARE(events.first().bytes, QByteArray("0"));
    QCOMPARE(events.last().bytes, QByteArray("999"));   // order kept
    QCOMPARE(batcher.droppedCount(), qint64(0));

    // The next event starts a new batch.
    batcher.add(TrafficEvent::state({}, QStringLiteral("again")));
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.last().first().value<QList<TrafficEvent>>().size(), 1);
}

void tst_TrafficBatcher::flushEmitsAtOnceAndOnlyWhenPending()
{
    TrafficBatcher batcher;
    batcher.setInterval(60000);
    QSignalSpy spy(&batcher, &TrafficBatcher::eventsReady);
    batcher.flush();
    QCOMPARE(spy.size(), 0);
    batcher.add(TrafficEvent::error({}, QStringLiteral("boom")));
    batcher.add(TrafficEvent::state({}, QStringLiteral("ok")));
    batcher.flush();
    QCOMPARE(spy.size(), 1);
    const auto events = spy.first().first().value<QList<TrafficEvent>>();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).kind, TrafficEvent::Kind::Error);
    QCOMPARE(events.at(1).text, QStringLiteral("ok"));
    batcher.flush();
    QCOMPARE(spy.size(), 1);
}

void tst_TrafficBatcher::capacityDropsOldest()
{
    TrafficBatcher batcher;
    batcher.setInterval(60000);
    batcher.setCapacity(100);
    QSignalSpy spy(&batcher, &TrafficBatcher::eventsReady);
    for (int i = 0; i < 1000; ++i)
        batcher.add(TrafficEvent::data({}, TrafficEvent::Direction::Out, QByteArray::number(i)));
    batcher.flush();
    QCOMPARE(spy.size(), 1);
    const auto events = spy.first().first().value<QList<TrafficEvent>>();
    QVERIFY(events.size() <= 100);
    QCOMPARE(events.size() + batcher.droppedCount(), qint64(1000));   // every event accounted for
    QCOMPARE(events.last().bytes, QByteArray("999"));                  // the newest are kept
    for (int i = 1; i < events.size(); ++i)
        QCOMPARE(events.at(i).bytes.toInt(), events.at(i - 1).bytes.toInt() + 1);
}

void tst_TrafficBatcher::eventFactories()
{
    const QByteArray big(TrafficEvent::MaxStoredBytes + 10, 'x');
    const TrafficEvent e = TrafficEvent::data(QStringLiteral("1.2.3.4:5"), TrafficEvent::Direction::In, big, QStringLiteral("note"));
    QCOMPARE(e.size, qint64(big.size()));
    QCOMPARE(e.bytes.size(), TrafficEvent::MaxStoredBytes);
    QVERIFY(e.isTruncated());
    QCOMPARE(e.kind, TrafficEvent::Kind::Data);
    QCOMPARE(e.text, QStringLiteral("note"));
    QVERIFY(e.msecsSinceEpoch > 0);
    const TrafficEvent small = TrafficEvent::data({}, TrafficEvent::Direction::Out, "abc");
    QVERIFY(!small.isTruncated());
    QCOMPARE(small.size, qint64(3));
    const TrafficEvent err = TrafficEvent::error(QStringLiteral("p"), QStringLiteral("bad"));
    QCOMPARE(err.kind, TrafficEvent::Kind::Error);
    QCOMPARE(err.direction, TrafficEvent::Direction::None);
    QVERIFY(!err.isTruncated());
}

void tst_TrafficBatcher::worksInWorkerThread()
{
    WorkerThread thread(QStringLiteral("batcher"));
    auto *batcher = new TrafficBatcher;
    thread.adopt(batcher);
    thread.start();
    int received = 0;
    connect(batcher, &TrafficBatcher::eventsReady, this, [&](const QList<TrafficEvent> &events) { received += int(events.size()); });
    // add() runs in the worker thread; its timer must live there too.
    for (int i = 0; i < 10; ++i)
        QMetaObject::invokeMethod(batcher, [batcher] { batcher->add(TrafficEvent::state({}, QStringLiteral("x"))); }, Qt::QueuedConnection);
    QTRY_COMPARE_WITH_TIMEOUT(received, 10, 5000);
}

QTEST_GUILESS_MAIN(tst_TrafficBatcher)
#include "tst_trafficbatcher.moc"
