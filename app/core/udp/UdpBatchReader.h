#pragma once

#include <QByteArray>
#include <QHostAddress>

#include <vector>

class QUdpSocket;

// Reads several queued datagrams with one system call (Linux recvmmsg, linux/UdpBatchReader.cpp),
// without blocking. Under a flood, the per-datagram system calls (Qt peeks, then reads: two per
// datagram) were most of the UDP engine's cost. The portable build (portable/UdpBatchReader.cpp)
// reads the same datagrams one at a time through QUdpSocket.
//
// The datagrams stay valid until the next read(); the buffers (Slots x 64 KiB) are allocated on
// the first read, so an idle socket costs nothing.
class UdpBatchReader
{
public:
    static constexpr int Slots = 16;
    static constexpr int SlotSize = 65536;   // any UDP payload fits (IPv6 jumbograms aside)

    struct Datagram
    {
        const char *data = nullptr;
        qint64 size = 0;
        QHostAddress sender;
        quint16 port = 0;
    };

    UdpBatchReader();
    ~UdpBatchReader();
    UdpBatchReader(const UdpBatchReader &) = delete;
    UdpBatchReader &operator=(const UdpBatchReader &) = delete;

    // Up to `max` (at most Slots) datagrams from `socket`. Returns how many were read: 0 when
    // none is waiting, -1 on another error (such as a pending ICMP error: read the error queue,
    // then read again).
    int read(QUdpSocket *socket, int max);
    const Datagram &at(int index) const;

private:
    struct Buffers;
    Buffers *m_buffers = nullptr;
    std::vector<Datagram> m_datagrams;
};
