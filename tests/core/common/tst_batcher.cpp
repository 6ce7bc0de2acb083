#include <QtTest>

#include "Batcher.h"
#include "TrafficEvent.h"
#include "WorkerThread.h"

namespace {

// What an engine does with its batches: keeps them (here) or emits them.
template <typename T>
struct Collected
{
    QList<QList<T>> batches;
    typename Batcher<T>::Sink sink()
    {
        return [this](const QList<T> &batch) { batches.append(batch); };
    }
};

// A plain value type, to show the batcher is not tied to TrafficEvent.
struct Entry
{
    int number = 0;
};

} // namespace

class tst_Batcher : public QObject
{
    Q_OBJECT

private slots:
    void batchesManyItemsIntoOne();
    void flushHandsOverAtOnceAndOnlyWhenPending();
    void capacityDropsOldest();
    void capacityRefusesNewest();
    void worksInWorkerThread();
};

void tst_Batcher::batchesManyItemsIntoOne()
{
    QObject owner;
    Collected<TrafficEvent> out;
    Batcher<TrafficEvent> batcher(&owner, out.sink(), 20);
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(batcher.add(TrafficEvent::data(QStringLiteral("p"), TrafficEvent::Direction::In, QByteArray::number(i))), 0);
    QCOMPARE(out.batches.size(), 0);   // nothing until the interval has passed
    QCOMPARE(batcher.pendingCount(), 1000);
    QTRY_COMPARE_WITH_TIMEOUT(out.batches.size(), 1, 5000);
    const QList<TrafficEvent> &events = out.batches.first();
    QCOMPARE(events.size(), 1000);
    QCOMPARE(events.first().bytes, QByteArray("0"));
    QCOMPARE(events.last().bytes, QByteArray("999"));   // order kept
    QCOMPARE(batcher.droppedCount(), qint64(0));
    QCOMPARE(batcher.pendingCount(), 0);

    // The next item starts a new batch.
    batcher.add(TrafficEvent::state({}, QStringLiteral("again")));
    QTRY_COMPARE_WITH_TIMEOUT(out.batches.size(), 2, 5000);
    QCOMPARE(out.batches.last().size(), 1);
}

void tst_Batcher::flushHandsOverAtOnceAndOnlyWhenPending()
{
    QObject owner;
    Collected<TrafficEvent> out;
    Batcher<TrafficEvent> batcher(&owner, out.sink(), 60000);
    batcher.flush();
    QCOMPARE(out.batches.size(), 0);
    batcher.add(TrafficEvent::error({}, QStringLiteral("boom")));
    batcher.add(TrafficEvent::state({}, QStringLiteral("ok")));
    batcher.flush();
    QCOMPARE(out.batches.size(), 1);
    const QList<TrafficEvent> &events = out.batches.first();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).kind, TrafficEvent::Kind::Error);
    QCOMPARE(events.at(1).text, QStringLiteral("ok"));
    batcher.flush();
    QCOMPARE(out.batches.size(), 1);

    batcher.setInterval(10);
    batcher.add(TrafficEvent::state({}, QStringLiteral("soon")));
    QTRY_COMPARE_WITH_TIMEOUT(out.batches.size(), 2, 5000);
}

void tst_Batcher::capacityDropsOldest()
{
    QObject owner;
    Collected<TrafficEvent> out;
    Batcher<TrafficEvent> batcher(&owner, out.sink(), 60000);
    batcher.setCapacity(100);
    qint64 costs = 0;
    for (int i = 0; i < 1000; ++i)
        costs += batcher.add(TrafficEvent::data({}, TrafficEvent::Direction::Out, QByteArray::number(i)));
    batcher.flush();
    QCOMPARE(out.batches.size(), 1);
    const QList<TrafficEvent> &events = out.batches.first();
    QVERIFY(events.size() <= 100);
    QCOMPARE(events.size() + batcher.droppedCount(), qint64(1000));   // every event accounted for
    QCOMPARE(costs, batcher.droppedCount());                         // add() said what it cost
    QCOMPARE(events.last().bytes, QByteArray("999"));                  // the newest are kept
    for (int i = 1; i < events.size(); ++i)
        QCOMPARE(events.at(i).bytes.toInt(), events.at(i - 1).bytes.toInt() + 1);
}

void tst_Batcher::capacityRefusesNewest()
{
    QObject owner;
    Collected<Entry> out;
    Batcher<Entry> batcher(&owner, out.sink(), 60000);
    batcher.setCapacity(10, Batcher<Entry>::Overflow::DropNewest);
    for (int i = 0; i < 25; ++i)
        QCOMPARE(batcher.add(Entry{i}), i < 10 ? 0 : 1);
    QCOMPARE(batcher.droppedCount(), qint64(15));
    batcher.flush();
    QCOMPARE(out.batches.size(), 1);
    QCOMPARE(out.batches.first().size(), 10);
    QCOMPARE(out.batches.first().first().number, 0);   // the first ten are kept
    QCOMPARE(out.batches.first().last().number, 9);
    // Room again once the batch is handed over.
    QCOMPARE(batcher.add(Entry{25}), 0);
}

void tst_Batcher::worksInWorkerThread()
{
    // The engines' shape: a batcher member whose sink emits the owner's signal.
    class Owner : public QObject
    {
    public:
        std::function<void(int)> onBatch;   // called in the worker thread
        Batcher<Entry> batcher{this, [this](const QList<Entry> &batch) { onBatch(int(batch.size())); }, 20};
    };
    WorkerThread thread(QStringLiteral("batcher"));
    auto *owner = new Owner;
    QAtomicInt received = 0;
    QAtomicInt inOwnerThread = 1;
    owner->onBatch = [&received, &inOwnerThread, owner](int size) {
        if (QThread::currentThread() != owner->thread())
            inOwnerThread = 0;
        received.fetchAndAddOrdered(size);
    };
    thread.adopt(owner);
    thread.start();
    // add() runs in the worker thread; its timer must live there too.
    for (int i = 0; i < 10; ++i)
        QMetaObject::invokeMethod(owner, [owner, i] { owner->batcher.add(Entry{i}); }, Qt::QueuedConnection);
    QTRY_COMPARE_WITH_TIMEOUT(received.loadAcquire(), 10, 5000);
    QCOMPARE(inOwnerThread.loadAcquire(), 1);
}

QTEST_GUILESS_MAIN(tst_Batcher)
#include "tst_batcher.moc"
