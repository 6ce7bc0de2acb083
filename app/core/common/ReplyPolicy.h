#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// How a server answers each received message: not at all, with the same bytes, upper-cased
// like seed 003's server (ASCII letters only, like Python's bytes.upper()), or with a fixed
// text like seed 002's "已送达". Shared by the TCP server and the UDP peer.
struct ReplyPolicy
{
    enum class Mode { None, Echo, Upper, Text };

    Mode mode = Mode::None;
    QByteArray text;   // for Mode::Text, already encoded

    bool isActive() const;
    // The reply to `message`, or nullopt when this policy does not answer.
    std::optional<QByteArray> replyTo(const QByteArray &message) const;

    // "none", "echo", "upper", "text:已送达"; nullopt on anything else.
    static std::optional<ReplyPolicy> parse(const QString &spec);
    QString toSpec() const;
};
