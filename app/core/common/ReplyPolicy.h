#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

#include "Checksum.h"

// How a server answers each received message: not at all, with the same bytes, upper-cased
// like seed 003's server (ASCII letters only, like Python's bytes.upper()), or with a fixed
// text like seed 002's "已送达", followed by a checksum when the device protocol wants one.
// Shared by the TCP server and the UDP peer.
struct ReplyPolicy
{
    enum class Mode { None, Echo, Upper, Text };

    Mode mode = Mode::None;
    QByteArray text;   // for Mode::Text, already encoded
    Checksum::Algorithm checksum = Checksum::Algorithm::None;   // appended to each reply

    bool isActive() const;
    // The reply to `message`, or nullopt when this policy does not answer.
    std::optional<QByteArray> replyTo(const QByteArray &message) const;

    // "none", "echo", "upper", "text:已送达"; nullopt on anything else (the checksum is not part of it).
    static std::optional<ReplyPolicy> parse(const QString &spec);
    QString toSpec() const;

private:
    std::optional<QByteArray> answer(const QByteArray &message) const;   // replyTo() before the checksum
};
