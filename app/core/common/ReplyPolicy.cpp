#include "ReplyPolicy.h"

#include "TextCodec.h"

bool ReplyPolicy::isActive() const
{
    return mode != Mode::None;
}

std::optional<QByteArray> ReplyPolicy::replyTo(const QByteArray &message) const
{
    const std::optional<QByteArray> reply = answer(message);
    if (!reply)
        return std::nullopt;
    return Checksum::withChecksum(checksum, *reply);
}

std::optional<QByteArray> ReplyPolicy::answer(const QByteArray &message) const
{
    switch (mode) {
    case Mode::None: return std::nullopt;
    case Mode::Echo: return message;
    case Mode::Upper: return TextCodec::asciiUpper(message);
    case Mode::Text: return text;
    }
    return std::nullopt;
}

std::optional<ReplyPolicy> ReplyPolicy::parse(const QString &spec)
{
    ReplyPolicy p;
    if (spec == QLatin1String("none")) {
        p.mode = Mode::None;
    } else if (spec == QLatin1String("echo")) {
        p.mode = Mode::Echo;
    } else if (spec == QLatin1String("upper")) {
        p.mode = Mode::Upper;
    } else if (spec.startsWith(QLatin1String("text:"))) {
        p.mode = Mode::Text;
        p.text = spec.mid(5).toUtf8();
    } else {
        return std::nullopt;
    }
    return p;
}

QString ReplyPolicy::toSpec() const
{
    switch (mode) {
    case Mode::None: return QStringLiteral("none");
    case Mode::Echo: return QStringLiteral("echo");
    case Mode::Upper: return QStringLiteral("upper");
    case Mode::Text: return QStringLiteral("text:") + QString::fromUtf8(text);
    }
    return {};
}
