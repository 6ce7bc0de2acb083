#include <QtTest>

#include "LabExpectation.h"

// The matchers' decisions on given streams (no sockets): what each consumes, when it waits,
// and why it fails.
class TestLabExpectation : public QObject
{
    Q_OBJECT

private:
    static LabStep expect(LabStep::Match match)
    {
        LabStep s;
        s.kind = LabStep::Kind::Expect;
        s.connection = QStringLiteral("a");
        s.match = match;
        return s;
    }
    static LabExpectation::Stream stream(const QByteArray &bytes, QList<qsizetype> ends = {})
    {
        LabExpectation::Stream s;
        s.buffer = bytes;
        s.chunkEnds = ends.isEmpty() && !bytes.isEmpty() ? QList<qsizetype>{bytes.size()} : ends;
        return s;
    }

private slots:
    void exactConsumesExactlyItsBytes()
    {
        LabExpectation e(expect(LabStep::Match::Exact), "ok", 0, 3000);
        const auto o = e.evaluate(stream("okMORE"));
        QCOMPARE(o.verdict, LabExpectation::Verdict::Matched);
        QCOMPARE(o.consumed, 2);
    }
    void exactWaitsForTheRestThenFailsOnTimeout()
    {
        LabExpectation e(expect(LabStep::Match::Exact), "hello", 0, 2000);
        QCOMPARE(e.evaluate(stream("he")).verdict, LabExpectation::Verdict::Pending);
        auto s = stream("he");
        s.timeUp = true;
        const auto o = e.evaluate(s);
        QCOMPARE(o.verdict, LabExpectation::Verdict::Failed);
        // (without the catalogues the plural reads "byte(s)")
        QVERIFY2(o.reason.startsWith(QStringLiteral("Only 2 of 5 byte")) && o.reason.endsWith(QStringLiteral(" arrived within 2 s.")),
                 qPrintable(o.reason));
    }
    void exactFailsAtTheFirstDifferentByte()
    {
        LabExpectation e(expect(LabStep::Match::Upper), "HELLO", 0, 3000);
        const auto o = e.evaluate(stream("hel"));
        QCOMPARE(o.verdict, LabExpectation::Verdict::Failed);
        QCOMPARE(o.reason, QStringLiteral("What arrived differs from what was expected from byte 1 on."));
        QCOMPARE(e.expectedBytes(), QByteArray("HELLO"));
    }
    void closedBeforeAnything()
    {
        LabExpectation e(expect(LabStep::Match::Echo), "x", 0, 3000);
        auto s = stream({});
        s.closed = true;
        const auto o = e.evaluate(s);
        QCOMPARE(o.verdict, LabExpectation::Verdict::Failed);
        QCOMPARE(o.reason, QStringLiteral("The connection was closed before anything arrived."));
    }
    void nothingArrived()
    {
        LabExpectation e(expect(LabStep::Match::Exact), "x", 0, 500);
        auto s = stream({});
        s.timeUp = true;
        QCOMPARE(e.evaluate(s).reason, QStringLiteral("Nothing arrived within 500 ms."));
    }
    void aloneNeedsAPieceBoundary()
    {
        LabStep step = expect(LabStep::Match::Exact);
        step.alone = true;
        LabExpectation e(step, "head", 0, 3000);
        auto glued = e.evaluate(stream("headDATA"));
        QCOMPARE(glued.verdict, LabExpectation::Verdict::Failed);
        QVERIFY2(glued.reason.contains(QStringLiteral("glued to 4 byte")), qPrintable(glued.reason));
        const auto apart = e.evaluate(stream("headDATA", {4, 8}));
        QCOMPARE(apart.verdict, LabExpectation::Verdict::Matched);
        QCOMPARE(apart.consumed, 4);
    }
    void prefixTakesEverythingUntilQuiet()
    {
        LabExpectation e(expect(LabStep::Match::Prefix), "HTTP", 0, 3000);
        QCOMPARE(e.evaluate(stream("HTTP/1.0 200")).verdict, LabExpectation::Verdict::Pending);
        auto s = stream("HTTP/1.0 200");
        s.quiet = true;
        const auto o = e.evaluate(s);
        QCOMPARE(o.verdict, LabExpectation::Verdict::Matched);
        QCOMPARE(o.consumed, 12);
        QCOMPARE(e.evaluate(stream("GET")).verdict, LabExpectation::Verdict::Failed);
    }
    void regexCapturesNamedGroupsOnceQuiet()
    {
        LabStep step = expect(LabStep::Match::Regex);
        step.pattern = QStringLiteral("0<SEPARATOR>(?<size>\\d+)");
        LabExpectation e(step);
        const QByteArray bytes("0<SEPARATOR>1234rest");
        QCOMPARE(e.evaluate(stream(bytes)).verdict, LabExpectation::Verdict::Pending);
        auto s = stream(bytes);
        s.quiet = true;
        const auto o = e.evaluate(s);
        QCOMPARE(o.verdict, LabExpectation::Verdict::Matched);
        QCOMPARE(o.consumed, 16);
        QCOMPARE(o.captures.value(QStringLiteral("size")), QStringLiteral("1234"));
    }
    void regexIsAnchoredAndCountsUtf8Bytes()
    {
        LabStep step = expect(LabStep::Match::Regex);
        step.pattern = QStringLiteral("已送达");
        LabExpectation e(step, {}, 0, 1000);
        auto s = stream(QStringLiteral("已送达!").toUtf8());
        s.quiet = true;
        const auto o = e.evaluate(s);
        QCOMPARE(o.verdict, LabExpectation::Verdict::Matched);
        QCOMPARE(o.consumed, 9);
        auto late = stream("x已送达");
        late.closed = true;
        QCOMPARE(e.evaluate(late).verdict, LabExpectation::Verdict::Failed);
    }
    void countTakesThatMany()
    {
        LabExpectation e(expect(LabStep::Match::Count), {}, 3, 1000);
        QCOMPARE(e.evaluate(stream("ab")).verdict, LabExpectation::Verdict::Pending);
        const auto o = e.evaluate(stream("abcd"));
        QCOMPARE(o.verdict, LabExpectation::Verdict::Matched);
        QCOMPARE(o.consumed, 3);
    }
    void closedRefusesDataUnlessAllowed()
    {
        auto s = stream("bye");
        s.closed = true;
        LabExpectation strict(expect(LabStep::Match::Closed), {}, 0, 1000);
        const auto failed = strict.evaluate(s);
        QCOMPARE(failed.verdict, LabExpectation::Verdict::Failed);
        QVERIFY2(failed.reason.startsWith(QStringLiteral("3 byte")) && failed.reason.endsWith(QStringLiteral(" arrived where the connection should have been closed.")),
                 qPrintable(failed.reason));
        LabStep lenient = expect(LabStep::Match::Closed);
        lenient.allowData = true;
        LabExpectation allowing(lenient, {}, 0, 1000);
        QCOMPARE(allowing.evaluate(stream("bye")).verdict, LabExpectation::Verdict::Pending);
        const auto o = allowing.evaluate(s);
        QCOMPARE(o.verdict, LabExpectation::Verdict::Matched);
        QCOMPARE(o.consumed, 3);
        auto open = stream({});
        open.timeUp = true;
        QCOMPARE(strict.evaluate(open).reason, QStringLiteral("The connection was still open after 1 s."));
    }
    void silenceLastsOrFails()
    {
        LabExpectation e(expect(LabStep::Match::Silence), {}, 0, 500);
        auto quietClose = stream({});
        quietClose.closed = true;
        QCOMPARE(e.evaluate(quietClose).verdict, LabExpectation::Verdict::Pending);
        quietClose.timeUp = true;
        QCOMPARE(e.evaluate(quietClose).verdict, LabExpectation::Verdict::Matched);
        QCOMPARE(e.evaluate(stream("x")).verdict, LabExpectation::Verdict::Failed);
    }
    void overflowFails()
    {
        LabExpectation e(expect(LabStep::Match::Count), {}, 2 * LabExpectation::MaxBuffered, 1000);
        auto s = stream(QByteArray(LabExpectation::MaxBuffered, 'a'));
        s.overflow = true;
        const auto o = e.evaluate(s);
        QCOMPARE(o.verdict, LabExpectation::Verdict::Failed);
        QVERIFY2(o.reason.startsWith(QStringLiteral("More than 1")), qPrintable(o.reason));
    }
    void httpChecksStatusHeadersAndBody()
    {
        LabStep step = expect(LabStep::Match::Http);
        step.httpStatus = 404;
        step.httpHeaders = {QStringLiteral("Content-Type")};
        LabExpectation e(step, {}, 0, 1000);
        const QByteArray response("HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: 3\r\n\r\nabcNEXT");
        QCOMPARE(e.evaluate(stream(response.left(20))).verdict, LabExpectation::Verdict::Pending);
        const auto o = e.evaluate(stream(response));
        QCOMPARE(o.verdict, LabExpectation::Verdict::Matched);
        QCOMPARE(o.consumed, response.size() - 4);

        LabExpectation wrong(step, {}, 0, 1000);
        const auto f = wrong.evaluate(stream("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n"));
        QCOMPARE(f.verdict, LabExpectation::Verdict::Failed);
        QCOMPARE(f.reason, QStringLiteral("The status is 200, not 404 (“HTTP/1.0 200 OK”)."));
        QCOMPARE(e.expectedText(), QStringLiteral("an HTTP response with status 404"));
    }
};

QTEST_GUILESS_MAIN(TestLabExpectation)
#include "tst_labexpectation.moc"
