#include "OptionValues.h"

#include "CommandLineReader.h"
#include "NetworkAddresses.h"
#include "TextSettings.h"

namespace {
const QString kBind = QStringLiteral("bind");
} // namespace

OptionSpec OptionValues::bindOption()
{
    return OptionSpec::value(kBind, QStringLiteral("ADDR"), "OptionValues",
                             QT_TR_NOOP("Address to listen on: any, localhost or an IP address."))
        .withDefault(QStringLiteral("any"));
}

std::optional<QHostAddress> OptionValues::listenAddress(const CommandLineReader &reader, QString *error)
{
    const QString text = reader.value(kBind);
    const QHostAddress address = NetworkAddresses::parseBindAddress(text);
    if (address.isNull()) {
        *error = tr("“%1” is not an address to listen on: use any, localhost or an IP address such as 127.0.0.1.").arg(text);
        return std::nullopt;
    }
    return address;
}

std::optional<ReplyPolicy> OptionValues::reply(const QString &text, const TextSettings &settings, QString *error)
{
    std::optional<ReplyPolicy> reply = ReplyPolicy::parse(text);
    if (!reply) {
        *error = tr("“%1” is not a reply mode: use none, echo, upper or text:STR.").arg(text);
        return std::nullopt;
    }
    if (reply->mode == ReplyPolicy::Mode::Text)
        reply->text = settings.textToBytes(text.mid(5));   // after "text:"
    reply->checksum = settings.checksum;
    return reply;
}

std::optional<Framer::Mode> OptionValues::framing(const QString &text, QString *error)
{
    const std::optional<Framer::Mode> mode = Framer::fromName(text);
    if (!mode)
        *error = tr("“%1” is not a framing mode: use raw, lines or length.").arg(text);
    return mode;
}

std::optional<quint16> OptionValues::port(const QString &text)
{
    bool ok = false;
    const uint port = text.toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    return quint16(port);
}
