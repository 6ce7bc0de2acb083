// libFuzzer target for quick-send files (QuickSendFile, with QuickSendItem and JsonLineLocator):
// a teacher hands the file out and a student imports it, so any bytes must be refused cleanly.
// Built with clang (-fsanitize=fuzzer,address,undefined) by tests/fuzz/CMakeLists.txt. Every input
// must be answered without a crash or a sanitizer report, and:
//   - a refused file has a reason and a line inside the file (0 only for a file too large);
//   - an accepted file keeps the limits (at most 500 messages, names and texts within their
//     lengths), every message has a payload (nothing that cannot be sent is accepted), and
//     writing the messages and reading them back gives the same messages.
#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "QuickSendFile.h"

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const int lines = int(bytes.count('\n')) + 1;

    QuickSendFile::Error error;
    const std::optional<QList<QuickSendItem>> items = QuickSendFile::fromJson(bytes, &error);
    if (!items) {
        check(!error.reason.isEmpty() && !error.text().isEmpty());
        check(bytes.size() > QuickSendFile::MaxFileBytes ? error.line == 0 : (error.line >= 1 && error.line <= lines));
        return 0;
    }
    check(items->size() <= QuickSendFile::MaxItems);
    for (const QuickSendItem &item : *items) {
        check(item.name.size() <= QuickSendFile::MaxNameChars);
        check(item.text.size() <= QuickSendFile::MaxTextChars);
        const std::optional<QByteArray> payload = item.payload();
        check(payload.has_value() && !payload->isEmpty());
    }
    const std::optional<QList<QuickSendItem>> again = QuickSendFile::fromJson(QuickSendFile::toJson(*items));
    check(again.has_value() && *again == *items);
    return 0;
}
