#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

// One thing that happened on the wire or to a connection: a received or sent chunk/message,
// a state change ("connected", "listening on …") or an error explained in plain words.
// Every engine reports through this one type; the traffic view and the CLI print it.
struct TrafficEvent
{
    enum class Direction : quint8 { None, In, Out };
    enum class Kind : quint8 { Data, State, Error };
    // A note shown with a data event, worded when it is shown (so it follows the language):
    // a UDP datagram's size, or an auto-reply's.
    enum class Note : quint8 { Text, Size, AutoReplySize };

    // Payloads are kept for display up to this many bytes; `size` always holds the real count.
    static constexpr int MaxStoredBytes = 16 * 1024;

    qint64 msecsSinceEpoch = 0;
    QString peer;              // "127.0.0.1:53422", "[::1]:80", or empty for the engine itself
    Direction direction = Direction::None;
    Kind kind = Kind::State;
    QByteArray bytes;          // Data: the payload, truncated to MaxStoredBytes
    qint64 size = 0;           // Data: the real payload size in bytes
    QString text;              // State/Error: a translated sentence; Data: optional note
    Note note = Note::Text;    // Data: Size/AutoReplySize are worded by noteText()

    static TrafficEvent data(const QString &peer, Direction direction, const QByteArray &payload,
                             const QString &note = {});
    static TrafficEvent state(const QString &peer, const QString &text);
    static TrafficEvent error(const QString &peer, const QString &text);

    bool isTruncated() const;
    // Data: the note in the current language ("12 bytes", "auto-reply, 12 bytes") or `text`.
    QString noteText() const;
};

Q_DECLARE_METATYPE(TrafficEvent)
