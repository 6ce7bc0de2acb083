#include <QTest>

#include "ReplyBudget.h"

// The per-sender auto-reply budget of the UDP engine, on a made-up clock.
class TestReplyBudget : public QObject
{
    Q_OBJECT

private slots:
    void pausesAtTheLimitAndResumesInTheNextSecond();
    void sendersHaveTheirOwnBudget();
    void zeroMeansNoLimit();
    void trackedSendersAreBounded();
};

void TestReplyBudget::pausesAtTheLimitAndResumesInTheNextSecond()
{
    ReplyBudget budget(3);
    const QString peer = QStringLiteral("127.0.0.1:5000");
    QCOMPARE(budget.take(peer, 1000), ReplyBudget::Verdict::Reply);
    QCOMPARE(budget.take(peer, 1001), ReplyBudget::Verdict::Reply);
    QCOMPARE(budget.take(peer, 1500), ReplyBudget::Verdict::Reply);
    QCOMPARE(budget.take(peer, 1600), ReplyBudget::Verdict::Paused);   // said once
    QCOMPARE(budget.take(peer, 1700), ReplyBudget::Verdict::Refused);
    QCOMPARE(budget.take(peer, 1999), ReplyBudget::Verdict::Refused);
    QCOMPARE(budget.take(peer, 2000), ReplyBudget::Verdict::ReplyResumed);   // said once
    QCOMPARE(budget.take(peer, 2001), ReplyBudget::Verdict::Reply);
    // A window without a pause starts over silently.
    QCOMPARE(budget.take(peer, 5000), ReplyBudget::Verdict::Reply);
}

void TestReplyBudget::sendersHaveTheirOwnBudget()
{
    ReplyBudget budget(1);
    QCOMPARE(budget.take(QStringLiteral("127.0.0.1:1"), 0), ReplyBudget::Verdict::Reply);
    QCOMPARE(budget.take(QStringLiteral("127.0.0.1:1"), 1), ReplyBudget::Verdict::Paused);
    QCOMPARE(budget.take(QStringLiteral("127.0.0.1:2"), 2), ReplyBudget::Verdict::Reply);
    QCOMPARE(budget.take(QStringLiteral("[::1]:1"), 3), ReplyBudget::Verdict::Reply);
}

void TestReplyBudget::zeroMeansNoLimit()
{
    ReplyBudget budget(0);
    for (int i = 0; i < 10000; ++i)
        QCOMPARE(budget.take(QStringLiteral("127.0.0.1:1"), 0), ReplyBudget::Verdict::Reply);
    QCOMPARE(budget.trackedPeers(), 0);
    budget.setLimit(-5);
    QCOMPARE(budget.limit(), 0);
}

void TestReplyBudget::trackedSendersAreBounded()
{
    // A flood with a new (spoofed) sender in every datagram cannot grow the table.
    ReplyBudget budget(10);
    for (int i = 0; i < 3 * ReplyBudget::Capacity; ++i)
        budget.take(QStringLiteral("10.0.%1.%2:9").arg(i / 256).arg(i % 256), i / 1000);
    QVERIFY(budget.trackedPeers() <= ReplyBudget::Capacity);
    QVERIFY(budget.trackedPeers() > 0);
}

QTEST_GUILESS_MAIN(TestReplyBudget)
#include "tst_replybudget.moc"
