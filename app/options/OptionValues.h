#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

#include <optional>

#include "Framer.h"
#include "OptionSpec.h"
#include "ReplyPolicy.h"

class CommandLineReader;
struct TextSettings;

// Option values that several commands read alike, each refused with the same sentence wherever
// it is given: the servers' --bind, --reply, --framing, and port numbers.
class OptionValues
{
    Q_DECLARE_TR_FUNCTIONS(OptionValues)

public:
    // --bind of tcp-server, file-server and web (default "any"), and its value: any, localhost or
    // an IP address; nullopt + the reason otherwise.
    static OptionSpec bindOption();
    static std::optional<QHostAddress> listenAddress(const CommandLineReader &reader, QString *error);
    // none, echo, upper or text:STR, the text in `settings`' encoding and each reply followed by its
    // --checksum; nullopt + the reason otherwise.
    static std::optional<ReplyPolicy> reply(const QString &text, const TextSettings &settings, QString *error);
    // raw, lines or length; nullopt + the reason otherwise.
    static std::optional<Framer::Mode> framing(const QString &text, QString *error);
    // 0-65535; nullopt otherwise (each command says why in its own words).
    static std::optional<quint16> port(const QString &text);
};
