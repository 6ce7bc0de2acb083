// libFuzzer target for the SLFT/1 line parsers (SlftProtocol): requests (server side), status,
// END and listing lines (client side). Built with clang (-fsanitize=fuzzer,address,undefined)
// by tests/fuzz/CMakeLists.txt. The input is split at LF into lines, as both ends read them,
// and every line goes through every parser; each must answer without a crash or a sanitizer
// report, and:
//   - a request is either valid (LIST/GET/PUT with a number of at most 18 digits, no error) or
//     refused with 400 (and a sentence) or 505; a valid one written back by the client's own
//     formatter reads the same;
//   - a status line has no code or a three-digit code 100-999, and a status line we write
//     reads back the same;
//   - an END line gives 64 lowercase hex digits;
//   - a listing entry has a size >= 0, and the entry line we write for it reads the same.
#include <QByteArray>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "SlftProtocol.h"

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

constexpr qint64 MaxNumber = 999999999999999999LL;   // 18 digits

bool isValidUtf8(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

void checkRequest(const QByteArray &line)
{
    const SlftProtocol::Request r = SlftProtocol::parseRequest(line);
    using Verb = SlftProtocol::Request::Verb;
    if (r.verb == Verb::Invalid) {
        check(r.errorCode == SlftProtocol::BadRequest || r.errorCode == SlftProtocol::VersionNotSupported);
        check(r.errorCode != SlftProtocol::BadRequest || !r.error.isEmpty());
        return;
    }
    check(r.errorCode == 0 && r.error.isEmpty());
    check(r.number >= 0 && r.number <= MaxNumber);
    check(!r.path.contains(QLatin1Char('\n')));
    if (r.path.endsWith(QLatin1Char('\r')))
        return;   // the client's formatter cannot write it: the reader strips one CR
    QByteArray again;
    switch (r.verb) {
    case Verb::List: again = SlftProtocol::listRequest(r.path); check(r.number == 0); break;
    case Verb::Get: again = SlftProtocol::getRequest(r.path, r.number); break;
    case Verb::Put: again = SlftProtocol::putRequest(r.path, r.number); break;
    case Verb::Invalid: break;
    }
    check(again.endsWith('\n'));
    again.chop(1);
    const SlftProtocol::Request back = SlftProtocol::parseRequest(again);
    check(back.verb == r.verb && back.number == r.number && back.path == r.path);
}

void checkStatus(const QByteArray &line)
{
    const SlftProtocol::Status s = SlftProtocol::parseStatus(line);
    if (s.code == 0) {
        check(s.rest.isEmpty());
        return;
    }
    check(s.code >= 100 && s.code <= 999);
    QByteArray again = SlftProtocol::statusLine(s.code, s.rest);
    check(again.endsWith('\n') && again.count('\n') == 1);
    again.chop(1);
    const SlftProtocol::Status back = SlftProtocol::parseStatus(again);
    check(back.code == s.code);
    if (!s.rest.contains(QLatin1Char('\r')) && !s.rest.isEmpty())
        check(back.rest == s.rest);
}

void checkEnd(const QByteArray &line)
{
    const std::optional<QByteArray> hex = SlftProtocol::parseEnd(line);
    if (!hex)
        return;
    check(hex->size() == 64);
    for (const char c : *hex)
        check((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    QByteArray again = SlftProtocol::endLine(*hex);
    again.chop(1);
    check(SlftProtocol::parseEnd(again) == hex);
}

void checkEntry(const QByteArray &line)
{
    const std::optional<RemoteEntry> e = SlftProtocol::parseEntry(line);
    if (!e)
        return;
    check(e->size >= 0 && e->size <= MaxNumber);
    if (!e->modified.isValid() || !isValidUtf8(line))
        return;
    QByteArray again = SlftProtocol::entryLine(*e);
    check(again.endsWith('\n'));
    again.chop(1);
    const std::optional<RemoteEntry> back = SlftProtocol::parseEntry(again);
    check(back.has_value());
    check(back->isFolder == e->isFolder && back->size == e->size && back->name == e->name
          && back->modified == e->modified);
}

void checkNumbers(const QByteArray &line)
{
    for (int count = 1; count <= 3; ++count) {
        const std::optional<QList<qint64>> numbers = SlftProtocol::numbers(QString::fromUtf8(line), count);
        if (!numbers)
            continue;
        check(numbers->size() == count);
        for (const qint64 n : *numbers)
            check(n >= 0 && n <= MaxNumber);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> lines = input.split('\n');
    for (qsizetype i = 0; i < lines.size() && i < 16; ++i) {
        const QByteArray &line = lines.at(i);
        if (line.size() > SlftProtocol::MaxLineBytes)
            continue;   // the sessions refuse longer lines before parsing them
        checkRequest(line);
        checkStatus(line);
        checkEnd(line);
        checkEntry(line);
        checkNumbers(line);
    }
    return 0;
}
