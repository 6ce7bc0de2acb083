#include "UdpBatchReader.h"

#include <QNetworkInterface>
#include <QUdpSocket>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>

struct UdpBatchReader::Buffers
{
    QByteArray storage{Slots * SlotSize, Qt::Uninitialized};
    mmsghdr headers[Slots] = {};
    iovec vectors[Slots] = {};
    sockaddr_storage addresses[Slots] = {};
};

UdpBatchReader::~UdpBatchReader()
{
    delete m_buffers;
}

namespace {

void decodeSender(const sockaddr_storage &storage, QHostAddress *address, quint16 *port)
{
    if (storage.ss_family == AF_INET) {
        sockaddr_in v4;
        std::memcpy(&v4, &storage, sizeof v4);
        address->setAddress(ntohl(v4.sin_addr.s_addr));
        *port = ntohs(v4.sin_port);
    } else if (storage.ss_family == AF_INET6) {
        sockaddr_in6 v6;
        std::memcpy(&v6, &storage, sizeof v6);
        address->setAddress(reinterpret_cast<const quint8 *>(&v6.sin6_addr));
        // As QUdpSocket does: a link-local sender carries its interface.
        if (v6.sin6_scope_id != 0) {
            const QString name = QNetworkInterface::interfaceNameFromIndex(int(v6.sin6_scope_id));
            address->setScopeId(name.isEmpty() ? QString::number(v6.sin6_scope_id) : name);
        }
        *port = ntohs(v6.sin6_port);
    } else {
        address->clear();
        *port = 0;
    }
}

} // namespace

int UdpBatchReader::read(QUdpSocket *socket, int max)
{
    const qintptr descriptor = socket->socketDescriptor();
    if (!m_buffers)
        m_buffers = new Buffers;
    const int count = qBound(1, max, int(Slots));
    Buffers &b = *m_buffers;
    for (int i = 0; i < count; ++i) {
        b.vectors[i].iov_base = b.storage.data() + qsizetype(i) * SlotSize;
        b.vectors[i].iov_len = SlotSize;
        msghdr &h = b.headers[i].msg_hdr;
        std::memset(&h, 0, sizeof h);
        h.msg_name = &b.addresses[i];
        h.msg_namelen = sizeof(sockaddr_storage);
        h.msg_iov = &b.vectors[i];
        h.msg_iovlen = 1;
        b.headers[i].msg_len = 0;
    }
    int got = 0;
    do {
        got = ::recvmmsg(int(descriptor), b.headers, unsigned(count), MSG_DONTWAIT, nullptr);
    } while (got < 0 && errno == EINTR);
    if (got < 0)
        return (errno == EAGAIN || errno == EWOULDBLOCK) ? 0 : -1;
    for (int i = 0; i < got; ++i) {
        Datagram &d = m_datagrams[size_t(i)];
        d.data = static_cast<const char *>(b.vectors[i].iov_base);
        d.size = qint64(b.headers[i].msg_len);
        decodeSender(b.addresses[i], &d.sender, &d.port);
    }
    return got;
}
