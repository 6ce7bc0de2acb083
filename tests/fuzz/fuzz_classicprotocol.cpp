// libFuzzer target for the classic (seed 002, "<SEPARATOR>") protocol headers: the download
// answer the client reads and the upload header the server reads (ClassicProtocol). Built with
// clang (-fsanitize=fuzzer,address,undefined) by tests/fuzz/CMakeLists.txt. Neither header has
// a terminator, so each is parsed again as more bytes arrive; every input must be answered
// without a crash or a sanitizer report, and:
//   - Incomplete consumes nothing; Complete ends inside the bytes, with a size >= 0 for a file;
//     Invalid says why;
//   - more bytes never turn Complete or Invalid into something else, and never change a
//     Complete header when they cannot be more of its digits;
//   - what our own formatters write reads back the same.
#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "ClassicProtocol.h"

namespace {

using Status = ClassicProtocol::Status;

void check(bool condition)
{
    if (!condition)
        std::abort();
}

bool endsWithDigit(const QByteArray &bytes)
{
    return !bytes.isEmpty() && bytes.back() >= '0' && bytes.back() <= '9';
}

void checkAnswer(const QByteArray &bytes)
{
    const ClassicProtocol::Answer a = ClassicProtocol::parseAnswer(bytes);
    check(a.headerLength >= 0 && a.headerLength <= bytes.size());
    switch (a.status) {
    case Status::Incomplete:
        check(a.headerLength == 0 && !a.found);
        break;
    case Status::Invalid:
        check(!a.message.isEmpty() && a.headerLength == 0);
        break;
    case Status::Complete:
        check(a.headerLength > 0);
        if (a.found) {
            check(a.size >= 0);
            // What a server that found the file writes reads back the same.
            const ClassicProtocol::Answer back = ClassicProtocol::parseAnswer(ClassicProtocol::foundAnswer(a.size) + "x");
            check(back.status == Status::Complete && back.found && back.size == a.size);
        } else {
            check(a.headerLength == bytes.size());   // the rest of the stream is the message
        }
        break;
    }
    for (const char *more : {"x", "0", "<", "-"}) {
        const ClassicProtocol::Answer longer = ClassicProtocol::parseAnswer(bytes + more);
        if (a.status == Status::Invalid)
            check(longer.status == Status::Invalid);
        const bool moreDigits = more[0] == '0' && a.found && a.headerLength == bytes.size() && endsWithDigit(bytes);
        if (a.status == Status::Complete && !moreDigits) {
            check(longer.status == Status::Complete && longer.found == a.found);
            if (a.found)
                check(longer.size == a.size && longer.headerLength == a.headerLength);
        }
    }
}

void checkUploadHeader(const QByteArray &bytes)
{
    const ClassicProtocol::UploadHeader h = ClassicProtocol::parseUploadHeader(bytes);
    check(h.headerLength >= 0 && h.headerLength <= bytes.size());
    switch (h.status) {
    case Status::Incomplete:
        check(h.headerLength == 0);
        break;
    case Status::Invalid:
        check(!h.error.isEmpty() && h.headerLength == 0);
        break;
    case Status::Complete: {
        check(h.size >= 0 && h.headerLength > 0);
        check(!h.name.toUtf8().contains(ClassicProtocol::separator()));
        const ClassicProtocol::UploadHeader back =
            ClassicProtocol::parseUploadHeader(ClassicProtocol::uploadHeader(h.name, h.size) + "x");
        check(back.status == Status::Complete && back.name == h.name && back.size == h.size);
        break;
    }
    }
    for (const char *more : {"x", "0", "<SEPARATOR>", "-"}) {
        const ClassicProtocol::UploadHeader longer = ClassicProtocol::parseUploadHeader(bytes + more);
        if (h.status == Status::Invalid)
            check(longer.status == Status::Invalid);
        // A digit right after a header that ends with the bytes is more of its size (which no
        // terminator could tell apart, as with the seed scripts' recv()): anything may follow.
        const bool moreDigits = more[0] == '0' && h.headerLength == bytes.size() && endsWithDigit(bytes);
        if (h.status == Status::Complete && !moreDigits) {
            check(longer.status == Status::Complete && longer.name == h.name);
            check(longer.size == h.size && longer.headerLength == h.headerLength);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    checkAnswer(bytes);
    checkUploadHeader(bytes);
    return 0;
}
