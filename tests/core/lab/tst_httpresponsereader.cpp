#include <QtTest>

#include "HttpResponseReader.h"

// Reading one HTTP response as it arrives: by Content-Length, until close, HEAD, and refusals.
class TestHttpResponseReader : public QObject
{
    Q_OBJECT

private slots:
    void contentLengthInPieces()
    {
        const QByteArray r("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nServer: x\r\n\r\nhelloEXTRA");
        HttpResponseReader reader;
        for (int n : {3, 10, 30, 52})
            QCOMPARE(reader.read(r.left(n), false), HttpResponseReader::State::Incomplete);
        QCOMPARE(reader.read(r, false), HttpResponseReader::State::Complete);
        QCOMPARE(reader.status(), 200);
        QCOMPARE(reader.header("server"), QByteArray("x"));
        QCOMPARE(reader.bodySize(), 5);
        QCOMPARE(reader.consumed(), r.size() - 5);
    }
    void bodyUntilClose()
    {
        const QByteArray r("HTTP/1.0 200 OK\nContent-Type: text/plain\n\nsome body");
        HttpResponseReader reader;
        QCOMPARE(reader.read(r, false), HttpResponseReader::State::Incomplete);
        QCOMPARE(reader.read(r, true), HttpResponseReader::State::Complete);
        QCOMPARE(reader.bodySize(), 9);
        QCOMPARE(reader.contentLength(), -1);
    }
    void headHasNoBody()
    {
        HttpResponseReader reader(true);
        QCOMPARE(reader.read("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n", false), HttpResponseReader::State::Complete);
        QCOMPARE(reader.bodySize(), 0);
    }
    void notHttpIsRefusedAtOnce()
    {
        HttpResponseReader reader;
        QCOMPARE(reader.read("hello", false), HttpResponseReader::State::Malformed);
        QVERIFY(reader.error().contains(QStringLiteral("“hello”")));
    }
    void badStatusLine()
    {
        HttpResponseReader reader;
        QCOMPARE(reader.read("HTTP/1.1 OK\r\n\r\n", false), HttpResponseReader::State::Malformed);
        QCOMPARE(reader.error(), QStringLiteral("The first line “HTTP/1.1 OK” is not an HTTP status line (HTTP/1.x NNN reason)."));
    }
    void shortBodyOnClose()
    {
        HttpResponseReader reader;
        QCOMPARE(reader.read("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc", true), HttpResponseReader::State::Malformed);
        QVERIFY2(reader.error().startsWith(QStringLiteral("The connection was closed after 3 of 10 byte")), qPrintable(reader.error()));
    }
    void closedBeforeHeadEnd()
    {
        HttpResponseReader reader;
        QCOMPARE(reader.read("HTTP/1.1 200 OK\r\n", true), HttpResponseReader::State::Malformed);
        HttpResponseReader empty;
        QCOMPARE(empty.read({}, true), HttpResponseReader::State::Malformed);
        QCOMPARE(empty.error(), QStringLiteral("The connection was closed before any HTTP response arrived."));
    }
    void badContentLength()
    {
        HttpResponseReader reader;
        QCOMPARE(reader.read("HTTP/1.1 200 OK\r\nContent-Length: lots\r\n\r\n", false), HttpResponseReader::State::Malformed);
    }
};

QTEST_GUILESS_MAIN(TestHttpResponseReader)
#include "tst_httpresponsereader.moc"
