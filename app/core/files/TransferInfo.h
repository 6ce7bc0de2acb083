#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// One row of a transfers table: a snapshot of a transfer, on the server or in the client's
// TransferManager. Engines emit copies of it (queued-safe), never pointers to live objects.
struct TransferInfo
{
    enum class Direction : quint8 {
        Download,   // bytes go from the server to the client
        Upload      // bytes go from the client to the server
    };
    // Stored as an int in the settings (the file client's last choice): keep the values.
    enum class Protocol : quint8 {
        Classic = 0,   // the seed's <SEPARATOR> protocol (download 7890, upload 12800)
        Slft = 1       // SocketLab's own SLFT/1 (docs/slft.md): listing, resume, SHA-256 (7891)
    };
    enum class State : quint8 { Queued, Running, Verifying, Done, Failed, Cancelled };

    quint64 id = 0;
    QString peer;              // "127.0.0.1:53422" on the server; "host:port" of the server in a client
    QString file;              // the name as requested / announced
    QString localPath;         // where the bytes are read from / were saved (final name when done)
    Direction direction = Direction::Download;
    Protocol protocol = Protocol::Classic;
    State state = State::Queued;
    qint64 bytesDone = 0;      // including a resumed prefix
    qint64 bytesTotal = -1;    // -1 while unknown
    qint64 resumedFrom = 0;    // offset the transfer resumed at (SLFT/1)
    double bytesPerSecond = 0;
    QString reason;            // Failed/Cancelled: a translated sentence; Done: optional note

    bool isFinished() const
    {
        return state == State::Done || state == State::Failed || state == State::Cancelled;
    }
};

Q_DECLARE_METATYPE(TransferInfo)
