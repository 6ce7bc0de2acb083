// libFuzzer target for the web server's request-head parser and the small parsers behind it
// (target decoding, Range). Built with clang (-fsanitize=fuzzer,address,undefined) by
// tests/fuzz/CMakeLists.txt; every input must be answered without a crash, a sanitizer report or
// a broken invariant:
//   - Ok: a whole head was consumed (within the buffer, within the size limits), the method is
//     known, the target is not empty, and appending more bytes never changes the answer;
//   - Error: one of the statuses the server can send for a head;
//   - Incomplete: nothing consumed, and only while the head is still under the size limit;
//   - a decoded path is absolute, with no "..", backslash, NUL or control character in it;
//   - a satisfiable range lies inside the file.
#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "ByteRange.h"
#include "HttpRequestParser.h"
#include "StaticFileResolver.h"

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void checkDecodedPath(const QByteArray &target)
{
    int status = 0;
    const QByteArray path = StaticFileResolver::decodePath(target, &status);
    if (path.isNull()) {
        check(status == 400 || status == 404);
        return;
    }
    check(status == 200);
    check(path.startsWith('/'));
    check(!path.contains('\\'));
    check(!path.contains("//"));
    for (char c : path) {
        const auto u = static_cast<unsigned char>(c);
        check(u >= 32 && u != 127);
    }
    const QList<QByteArray> segments = path.split('/');
    for (const QByteArray &segment : segments)
        check(segment != ".." && segment != ".");
}

void checkRange(const QByteArray &header)
{
    for (const qint64 size : {qint64(0), qint64(1), qint64(1000), qint64(1) << 40}) {
        const ByteRange r = ByteRange::parse(header, size);
        if (r.kind == ByteRange::Kind::Satisfiable) {
            check(r.first >= 0 && r.first <= r.last && r.last < size);
            check(r.length() == r.last - r.first + 1);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray buffer(reinterpret_cast<const char *>(data), qsizetype(size));
    // Several requests in one buffer, as pipelining delivers them.
    for (int round = 0; round < 8; ++round) {
        HttpRequest request;
        const HttpRequestParser::Result r = HttpRequestParser::parse(buffer, &request);
        switch (r.status) {
        case HttpRequestParser::Status::Incomplete: {
            check(r.consumed == 0);
            qsizetype blank = 0;
            while (blank < buffer.size() && (buffer.at(blank) == '\r' || buffer.at(blank) == '\n'))
                ++blank;
            check(buffer.size() - blank <= HttpRequestParser::MaxHeadSize);
            return 0;
        }
        case HttpRequestParser::Status::Error:
            check(r.errorStatus == 400 || r.errorStatus == 414 || r.errorStatus == 431 || r.errorStatus == 501
                  || r.errorStatus == 505);
            check(!r.reason.isEmpty());
            return 0;
        case HttpRequestParser::Status::Ok:
            break;
        }
        check(r.consumed > 0 && r.consumed <= buffer.size());
        check(HttpRequestParser::isKnownMethod(request.method));
        check(!request.target.isEmpty() && request.target.size() <= HttpRequestParser::MaxTargetSize);
        check(request.rawHead.size() <= HttpRequestParser::MaxHeadSize);
        check(request.headers.size() <= HttpRequestParser::MaxHeaderCount);
        check(buffer.left(r.consumed).endsWith(request.rawHead));
        check(request.rawHead.endsWith('\n'));
        check(request.minorVersion == 0 || request.minorVersion == 1);
        check(request.contentLength >= 0);

        // More bytes behind a complete head never change how it is read.
        HttpRequest again;
        const HttpRequestParser::Result longer = HttpRequestParser::parse(buffer + "GET / HTTP/1.1\r\n", &again);
        check(longer.status == HttpRequestParser::Status::Ok && longer.consumed == r.consumed);
        check(again.target == request.target && again.rawHead == request.rawHead);

        checkDecodedPath(request.target);
        checkRange(request.range);
        buffer.remove(0, r.consumed);
    }
    return 0;
}
