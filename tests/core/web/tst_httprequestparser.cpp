#include <QtTest>

#include "ByteRange.h"
#include "HttpDate.h"
#include "HttpRequestParser.h"

using Status = HttpRequestParser::Status;

Q_DECLARE_METATYPE(HttpRequestParser::Status)

// The request-head parser on its own: good heads with the fields the server uses, every kind of
// malformed head with the status it must produce, incomplete heads, pipelined buffers and the
// size limits at their exact edges. Also the two small parsers it relies on (Range, HTTP dates).
class tst_HttpRequestParser : public QObject
{
    Q_OBJECT

private slots:
    void goodHeads_data();
    void goodHeads();
    void badHeads_data();
    void badHeads();
    void incompleteHeads_data();
    void incompleteHeads();
    void pipelinedBuffer();
    void limits_data();
    void limits();
    void headerFields();
    void keepAlive_data();
    void keepAlive();
    void byteRange_data();
    void byteRange();
    void httpDate_data();
    void httpDate();
};

void tst_HttpRequestParser::goodHeads_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<int>("minor");
    QTest::addColumn<qsizetype>("consumed");

    const QByteArray simple = "GET / HTTP/1.1\r\nHost: a\r\n\r\n";
    QTest::newRow("simple") << simple << QByteArray("GET") << QByteArray("/") << 1 << simple.size();
    const QByteArray head = "HEAD /x.html?y=1 HTTP/1.1\r\nHost: a\r\nAccept: */*\r\n\r\n";
    QTest::newRow("head+query") << head << QByteArray("HEAD") << QByteArray("/x.html?y=1") << 1 << head.size();
    const QByteArray v10 = "GET /a HTTP/1.0\r\n\r\n";
    QTest::newRow("http/1.0 without host") << v10 << QByteArray("GET") << QByteArray("/a") << 0 << v10.size();
    const QByteArray lf = "GET /lf HTTP/1.1\nHost: a\n\n";
    QTest::newRow("bare LF") << lf << QByteArray("GET") << QByteArray("/lf") << 1 << lf.size();
    const QByteArray mixed = "GET /m HTTP/1.1\r\nHost: a\n\r\n";
    QTest::newRow("mixed line ends") << mixed << QByteArray("GET") << QByteArray("/m") << 1 << mixed.size();
    const QByteArray leading = "\r\n\r\nGET /l HTTP/1.1\r\nHost: a\r\n\r\n";
    QTest::newRow("leading empty lines") << leading << QByteArray("GET") << QByteArray("/l") << 1 << leading.size();
    const QByteArray absolute = "GET http://example.com/p HTTP/1.1\r\nHost: example.com\r\n\r\n";
    QTest::newRow("absolute form") << absolute << QByteArray("GET") << QByteArray("http://example.com/p") << 1
                                   << absolute.size();
    const QByteArray utf8 = "GET /\xe4\xbd\xa0\xe5\xa5\xbd.html HTTP/1.1\r\nHost: a\r\n\r\n";
    QTest::newRow("raw utf-8 target") << utf8 << QByteArray("GET") << QByteArray("/\xe4\xbd\xa0\xe5\xa5\xbd.html") << 1
                                      << utf8.size();
    const QByteArray post = "POST /form HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabc";
    QTest::newRow("post: body not part of the head")
        << post << QByteArray("POST") << QByteArray("/form") << 1 << post.size() - 3;
    const QByteArray blanks = "GET / HTTP/1.1\r\nHost:a\r\nX-Empty:\r\nX-Tab:\tv\t\r\n\r\n";
    QTest::newRow("no blank after colon, empty value, tabs") << blanks << QByteArray("GET") << QByteArray("/") << 1
                                                           << blanks.size();
    const QByteArray obsText = "GET / HTTP/1.1\r\nHost: a\r\nX-Name: caf\xc3\xa9\r\n\r\n";
    QTest::newRow("obs-text in a value") << obsText << QByteArray("GET") << QByteArray("/") << 1 << obsText.size();
    const QByteArray star = "OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n";
    QTest::newRow("asterisk form") << star << QByteArray("OPTIONS") << QByteArray("*") << 1 << star.size();
}

void tst_HttpRequestParser::goodHeads()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(int, minor);
    QFETCH(qsizetype, consumed);

    HttpRequest request;
    const HttpRequestParser::Result r = HttpRequestParser::parse(input, &request);
    QCOMPARE(r.status, Status::Ok);
    QCOMPARE(r.consumed, consumed);
    QCOMPARE(request.method, method);
    QCOMPARE(request.target, target);
    QCOMPARE(request.minorVersion, minor);
    QCOMPARE(request.version, QByteArray("HTTP/1.") + QByteArray::number(minor));
    QVERIFY(request.rawHead.startsWith(method + ' '));
    QVERIFY(request.rawHead.endsWith('\n'));
}

void tst_HttpRequestParser::badHeads_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("status");

    auto row = [](const char *name, const QByteArray &input, int status) {
        QTest::newRow(name) << input << status;
    };
    row("one word", "GET\r\n\r\n", 400);
    row("two words", "GET /\r\n\r\n", 400);
    row("four words", "GET / HTTP/1.1 extra\r\nHost: a\r\n\r\n", 400);
    row("two blanks", "GET  / HTTP/1.1\r\nHost: a\r\n\r\n", 400);
    row("leading blank", " GET / HTTP/1.1\r\nHost: a\r\n\r\n", 400);
    row("trailing blank", "GET / HTTP/1.1 \r\nHost: a\r\n\r\n", 400);
    row("tab separator", "GET\t/ HTTP/1.1\r\nHost: a\r\n\r\n", 400);
    row("method not a token", "GE(T / HTTP/1.1\r\nHost: a\r\n\r\n", 400);
    row("version garbage", "GET / HTTX/1.1\r\nHost: a\r\n\r\n", 400);
    row("version lowercase", "GET / http/1.1\r\nHost: a\r\n\r\n", 400);
    row("version letters", "GET / HTTP/a.b\r\nHost: a\r\n\r\n", 400);
    row("version empty minor", "GET / HTTP/1.\r\nHost: a\r\n\r\n", 400);
    row("version 2.0", "GET / HTTP/2.0\r\nHost: a\r\n\r\n", 505);
    row("version 2", "GET / HTTP/2\r\nHost: a\r\n\r\n", 505);
    row("version 1.2", "GET / HTTP/1.2\r\nHost: a\r\n\r\n", 505);
    row("version 0.9", "GET / HTTP/0.9\r\n\r\n", 505);
    row("version 3.0", "GET / HTTP/3.0\r\nHost: a\r\n\r\n", 505);
    row("unknown method", "BREW /pot HTTP/1.1\r\nHost: a\r\n\r\n", 501);
    row("lowercase method", "get / HTTP/1.1\r\nHost: a\r\n\r\n", 501);
    row("control char in target", QByteArray("GET /a\x01 HTTP/1.1\r\nHost: a\r\n\r\n"), 400);
    row("NUL in target", QByteArray("GET /a@b HTTP/1.1\r\nHost: a\r\n\r\n").replace('@', '\0'), 400);
    row("DEL in target", "GET /a\x7f HTTP/1.1\r\nHost: a\r\n\r\n", 400);
    row("bare CR in request line", "GET /a\r HTTP/1.1\r\nHost: a\r\n\r\n", 400);
    row("missing host in 1.1", "GET / HTTP/1.1\r\n\r\n", 400);
    row("two hosts", "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400);
    row("obs-fold", "GET / HTTP/1.1\r\nHost: a\r\nX-A: 1\r\n  continued\r\n\r\n", 400);
    row("blank before colon", "GET / HTTP/1.1\r\nHost : a\r\n\r\n", 400);
    row("no colon", "GET / HTTP/1.1\r\nHost: a\r\nJustText\r\n\r\n", 400);
    row("empty name", "GET / HTTP/1.1\r\nHost: a\r\n: v\r\n\r\n", 400);
    row("control char in value", "GET / HTTP/1.1\r\nHost: a\r\nX-A: a\x01z\r\n\r\n", 400);
    row("bare CR in value", "GET / HTTP/1.1\r\nHost: a\r\nX-A: a\rz\r\n\r\n", 400);
    row("NUL in value", QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX-A: a@z\r\n\r\n").replace('@', '\0'), 400);
    row("content-length letters", "GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 1x\r\n\r\n", 400);
    row("content-length negative", "GET / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n", 400);
    row("content-length empty", "GET / HTTP/1.1\r\nHost: a\r\nContent-Length:\r\n\r\n", 400);
    row("content-length huge", "GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999999\r\n\r\n", 400);
    row("content-length conflicting", "GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n", 400);
    row("binary junk", QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", 15), 400);
    row("tls client hello-ish", QByteArray("\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03 x y\r\n\r\n", 19), 400);
}

void tst_HttpRequestParser::badHeads()
{
    QFETCH(QByteArray, input);
    QFETCH(int, status);

    HttpRequest request;
    const HttpRequestParser::Result r = HttpRequestParser::parse(input, &request);
    QCOMPARE(r.status, Status::Error);
    QCOMPARE(r.errorStatus, status);
    QVERIFY(!r.reason.isEmpty());
}

void tst_HttpRequestParser::incompleteHeads_data()
{
    QTest::addColumn<QByteArray>("input");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("only blank lines") << QByteArray("\r\n\r\n\r\n");
    QTest::newRow("half request line") << QByteArray("GET /ind");
    QTest::newRow("request line only") << QByteArray("GET / HTTP/1.1\r\n");
    QTest::newRow("one header") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n");
    QTest::newRow("last CR") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\r");
    QTest::newRow("bad but unfinished") << QByteArray("G(T / HTTP/9.9\r\nHost: a\r\n");
}

void tst_HttpRequestParser::incompleteHeads()
{
    QFETCH(QByteArray, input);
    HttpRequest request;
    const HttpRequestParser::Result r = HttpRequestParser::parse(input, &request);
    QCOMPARE(r.status, Status::Incomplete);
    QCOMPARE(r.consumed, qsizetype(0));

    // Every prefix of a good head is incomplete, never an error.
    const QByteArray good = "GET /a/b.html?c=d HTTP/1.1\r\nHost: example\r\nRange: bytes=0-1\r\n\r\n";
    for (qsizetype n = 0; n < good.size(); ++n) {
        const HttpRequestParser::Result p = HttpRequestParser::parse(good.left(n), &request);
        QVERIFY2(p.status == Status::Incomplete, qPrintable(QStringLiteral("prefix %1").arg(n)));
    }
}

void tst_HttpRequestParser::pipelinedBuffer()
{
    const QByteArray one = "GET /1 HTTP/1.1\r\nHost: a\r\n\r\n";
    const QByteArray two = "HEAD /2 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n";
    const QByteArray three = "GET /3 HTTP/1.1\r\nHo";
    QByteArray buffer = one + two + three;

    HttpRequest request;
    HttpRequestParser::Result r = HttpRequestParser::parse(buffer, &request);
    QCOMPARE(r.status, Status::Ok);
    QCOMPARE(r.consumed, one.size());
    QCOMPARE(request.target, QByteArray("/1"));
    QCOMPARE(request.rawHead, one);
    buffer.remove(0, r.consumed);

    r = HttpRequestParser::parse(buffer, &request);
    QCOMPARE(r.status, Status::Ok);
    QCOMPARE(r.consumed, two.size());
    QCOMPARE(request.method, QByteArray("HEAD"));
    QVERIFY(request.connectionClose);
    buffer.remove(0, r.consumed);

    r = HttpRequestParser::parse(buffer, &request);
    QCOMPARE(r.status, Status::Incomplete);
}

void tst_HttpRequestParser::limits_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Status>("expected");
    QTest::addColumn<int>("errorStatus");

    const qsizetype maxTarget = HttpRequestParser::MaxTargetSize;
    auto withTarget = [](qsizetype size) {
        return "GET /" + QByteArray(size - 1, 'a') + " HTTP/1.1\r\nHost: a\r\n\r\n";
    };
    QTest::newRow("target at the limit") << withTarget(maxTarget) << Status::Ok << 0;
    QTest::newRow("target one over") << withTarget(maxTarget + 1) << Status::Error << 414;
    QTest::newRow("target huge") << withTarget(maxTarget * 4) << Status::Error << 414;
    QTest::newRow("endless request line")
        << ("GET /" + QByteArray(maxTarget + 100, 'a')) << Status::Error << 414;

    // A head of exactly MaxHeadSize bytes passes; one byte more is 431.
    auto withHeadSize = [](qsizetype size) {
        const QByteArray start = "GET / HTTP/1.1\r\nHost: a\r\nX-Fill: ";
        const QByteArray end = "\r\n\r\n";
        return start + QByteArray(size - start.size() - end.size(), 'f') + end;
    };
    QTest::newRow("head at the limit") << withHeadSize(HttpRequestParser::MaxHeadSize) << Status::Ok << 0;
    QTest::newRow("head one over") << withHeadSize(HttpRequestParser::MaxHeadSize + 1) << Status::Error << 431;
    QTest::newRow("endless headers")
        << ("GET / HTTP/1.1\r\n" + QByteArray("X-A: b\r\n").repeated(3000)) << Status::Error << 431;

    auto withHeaders = [](int count) {
        QByteArray h = "GET / HTTP/1.1\r\nHost: a\r\n";
        for (int i = 1; i < count; ++i)
            h += "X-" + QByteArray::number(i) + ": v\r\n";
        return h + "\r\n";
    };
    QTest::newRow("headers at the count limit")
        << withHeaders(HttpRequestParser::MaxHeaderCount) << Status::Ok << 0;
    QTest::newRow("one header too many")
        << withHeaders(HttpRequestParser::MaxHeaderCount + 1) << Status::Error << 431;
}

void tst_HttpRequestParser::limits()
{
    QFETCH(QByteArray, input);
    QFETCH(Status, expected);
    QFETCH(int, errorStatus);

    HttpRequest request;
    const HttpRequestParser::Result r = HttpRequestParser::parse(input, &request);
    QCOMPARE(r.status, expected);
    QCOMPARE(r.errorStatus, errorStatus);
    if (expected == Status::Ok)
        QCOMPARE(r.consumed, input.size());
}

void tst_HttpRequestParser::headerFields()
{
    const QByteArray input = "GET /f HTTP/1.1\r\n"
                             "hOsT:  example.org:8000 \r\n"
                             "RANGE: bytes=10-20\r\n"
                             "If-Modified-Since: Sun, 06 Nov 1994 08:49:37 GMT\r\n"
                             "if-none-match: \"abc\", W/\"def\"\r\n"
                             "Connection: Keep-Alive, Upgrade\r\n"
                             "Content-Length: 0\r\n"
                             "Content-Length: 0\r\n"
                             "X-Repeated: 1\r\n"
                             "X-Repeated: 2\r\n"
                             "\r\n";
    HttpRequest request;
    const HttpRequestParser::Result r = HttpRequestParser::parse(input, &request);
    QCOMPARE(r.status, Status::Ok);
    QCOMPARE(request.host, QByteArray("example.org:8000"));
    QCOMPARE(request.range, QByteArray("bytes=10-20"));
    QCOMPARE(request.ifModifiedSince, QByteArray("Sun, 06 Nov 1994 08:49:37 GMT"));
    QCOMPARE(request.ifNoneMatch, QByteArray("\"abc\", W/\"def\""));
    QVERIFY(request.connectionKeepAlive);
    QVERIFY(!request.connectionClose);
    QCOMPARE(request.contentLength, qint64(0));
    QVERIFY(!request.hasBody());
    QCOMPARE(request.headers.size(), 9);
    QCOMPARE(request.header("x-repeated"), QByteArray("1"));
    QCOMPARE(request.header("HOST"), QByteArray("example.org:8000"));
    QVERIFY(request.header("missing").isNull());
    QCOMPARE(request.rawHead, input);

    const QByteArray chunked = "POST /p HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n";
    QCOMPARE(HttpRequestParser::parse(chunked, &request).status, Status::Ok);
    QVERIFY(request.chunked);
    QVERIFY(request.hasBody());
}

void tst_HttpRequestParser::keepAlive_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("keepAlive");

    QTest::newRow("1.1 default") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\n\r\n") << true;
    QTest::newRow("1.1 close") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n") << false;
    QTest::newRow("1.1 Close, case") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nconnection: CLOSE\r\n\r\n") << false;
    QTest::newRow("1.1 close in a list") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nConnection: TE, close\r\n\r\n")
                                         << false;
    QTest::newRow("1.1 closed is not close")
        << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nConnection: closed\r\n\r\n") << true;
    QTest::newRow("1.0 default") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
    QTest::newRow("1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << true;
    QTest::newRow("1.0 keep-alive and close")
        << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive, close\r\n\r\n") << false;
}

void tst_HttpRequestParser::keepAlive()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, keepAlive);
    HttpRequest request;
    QCOMPARE(HttpRequestParser::parse(input, &request).status, Status::Ok);
    QCOMPARE(request.wantsKeepAlive(), keepAlive);
}

void tst_HttpRequestParser::byteRange_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("kind");   // 0 none, 1 satisfiable, 2 unsatisfiable
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");

    QTest::newRow("first byte") << QByteArray("bytes=0-0") << qint64(100) << 1 << qint64(0) << qint64(0);
    QTest::newRow("closed") << QByteArray("bytes=10-19") << qint64(100) << 1 << qint64(10) << qint64(19);
    QTest::newRow("open") << QByteArray("bytes=90-") << qint64(100) << 1 << qint64(90) << qint64(99);
    QTest::newRow("last byte") << QByteArray("bytes=99-99") << qint64(100) << 1 << qint64(99) << qint64(99);
    QTest::newRow("end past size") << QByteArray("bytes=50-5000") << qint64(100) << 1 << qint64(50) << qint64(99);
    QTest::newRow("suffix") << QByteArray("bytes=-10") << qint64(100) << 1 << qint64(90) << qint64(99);
    QTest::newRow("suffix longer than file") << QByteArray("bytes=-500") << qint64(100) << 1 << qint64(0) << qint64(99);
    QTest::newRow("blanks") << QByteArray(" bytes= 1 - 2 ") << qint64(100) << 1 << qint64(1) << qint64(2);
    QTest::newRow("start at size") << QByteArray("bytes=100-") << qint64(100) << 2 << qint64(0) << qint64(-1);
    QTest::newRow("start past size") << QByteArray("bytes=1000-2000") << qint64(100) << 2 << qint64(0) << qint64(-1);
    QTest::newRow("zero suffix") << QByteArray("bytes=-0") << qint64(100) << 2 << qint64(0) << qint64(-1);
    QTest::newRow("empty file") << QByteArray("bytes=0-") << qint64(0) << 2 << qint64(0) << qint64(-1);
    QTest::newRow("empty file suffix") << QByteArray("bytes=-5") << qint64(0) << 2 << qint64(0) << qint64(-1);
    QTest::newRow("reversed") << QByteArray("bytes=20-10") << qint64(100) << 0 << qint64(0) << qint64(-1);
    QTest::newRow("several ranges") << QByteArray("bytes=0-1,5-6") << qint64(100) << 0 << qint64(0) << qint64(-1);
    QTest::newRow("other unit") << QByteArray("items=0-1") << qint64(100) << 0 << qint64(0) << qint64(-1);
    QTest::newRow("no dash") << QByteArray("bytes=5") << qint64(100) << 0 << qint64(0) << qint64(-1);
    QTest::newRow("only dash") << QByteArray("bytes=-") << qint64(100) << 0 << qint64(0) << qint64(-1);
    QTest::newRow("letters") << QByteArray("bytes=a-b") << qint64(100) << 0 << qint64(0) << qint64(-1);
    QTest::newRow("negative") << QByteArray("bytes=--5") << qint64(100) << 0 << qint64(0) << qint64(-1);
    QTest::newRow("plus sign") << QByteArray("bytes=+1-2") << qint64(100) << 0 << qint64(0) << qint64(-1);
    QTest::newRow("overflow") << QByteArray("bytes=0-99999999999999999999999") << qint64(100) << 0 << qint64(0)
                              << qint64(-1);
}

void tst_HttpRequestParser::byteRange()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, size);
    QFETCH(int, kind);
    QFETCH(qint64, first);
    QFETCH(qint64, last);

    const ByteRange r = ByteRange::parse(header, size);
    QCOMPARE(int(r.kind), kind);
    if (r.kind == ByteRange::Kind::Satisfiable) {
        QCOMPARE(r.first, first);
        QCOMPARE(r.last, last);
        QCOMPARE(r.length(), last - first + 1);
        QVERIFY(r.last < size);
    } else {
        QCOMPARE(r.length(), qint64(0));
    }
}

void tst_HttpRequestParser::httpDate_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("secs");

    QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << qint64(784111777);
    QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << qint64(784111777);
    QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << qint64(784111777);
    QTest::newRow("epoch") << QByteArray("Thu, 01 Jan 1970 00:00:00 GMT") << qint64(0);
    QTest::newRow("leap day") << QByteArray("Thu, 29 Feb 2024 12:00:00 GMT") << qint64(1709208000);
    QTest::newRow("century, not leap") << QByteArray("Mon, 01 Mar 2100 00:00:00 GMT") << qint64(4107542400);
    QTest::newRow("400 years, leap") << QByteArray("Tue, 29 Feb 2000 23:59:59 GMT") << qint64(951868799);
    QTest::newRow("last second of 9999") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << qint64(253402300799);
    // Past the month's end counts on into the next month, as timegm() does.
    QTest::newRow("31 Feb") << QByteArray("Sat, 31 Feb 2001 10:00:00 GMT") << qint64(983613600);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
    QTest::newRow("garbage") << QByteArray("yesterday") << qint64(-1);
    QTest::newRow("bad month") << QByteArray("Sun, 06 Foo 1994 08:49:37 GMT") << qint64(-1);
    QTest::newRow("bad hour") << QByteArray("Sun, 06 Nov 1994 25:49:37 GMT") << qint64(-1);
    QTest::newRow("bad clock") << QByteArray("Sun, 06 Nov 1994 08-49-37 GMT") << qint64(-1);
    QTest::newRow("not GMT") << QByteArray("Sun, 06 Nov 1994 08:49:37 CET") << qint64(-1);
    QTest::newRow("day 0") << QByteArray("Sun, 00 Nov 1994 08:49:37 GMT") << qint64(-1);
    QTest::newRow("before 1970") << QByteArray("Sun, 06 Nov 1960 08:49:37 GMT") << qint64(-1);
}

void tst_HttpRequestParser::httpDate()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, secs);
    QCOMPARE(HttpDate::parse(text), secs);
    if (secs >= 0)
        QCOMPARE(HttpDate::parse(HttpDate::format(secs)), secs);
    QCOMPARE(HttpDate::format(784111777), QByteArray("Sun, 06 Nov 1994 08:49:37 GMT"));
}

QTEST_GUILESS_MAIN(tst_HttpRequestParser)
#include "tst_httprequestparser.moc"
