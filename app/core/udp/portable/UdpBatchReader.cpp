#include "UdpBatchReader.h"

#include <QUdpSocket>

// One datagram per call into Qt, until none is waiting: the same results as recvmmsg, at
// (at least) one system call per datagram.

struct UdpBatchReader::Buffers
{
    QByteArray storage{Slots * SlotSize, Qt::Uninitialized};
};

UdpBatchReader::~UdpBatchReader()
{
    delete m_buffers;
}

int UdpBatchReader::read(QUdpSocket *socket, int max)
{
    if (!m_buffers)
        m_buffers = new Buffers;
    const int count = qBound(1, max, int(Slots));
    int got = 0;
    while (got < count && socket->hasPendingDatagrams()) {
        Datagram &d = m_datagrams[size_t(got)];
        char *slot = m_buffers->storage.data() + qsizetype(got) * SlotSize;
        const qint64 size = socket->readDatagram(slot, SlotSize, &d.sender, &d.port);
        if (size < 0) {
            if (socket->error() == QAbstractSocket::TemporaryError)
                break;   // nothing was waiting after all
            return got > 0 ? got : -1;
        }
        d.data = slot;
        d.size = size;
        ++got;
    }
    return got;
}
