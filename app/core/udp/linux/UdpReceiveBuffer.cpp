#include "UdpReceiveBuffer.h"

#include <QUdpSocket>
#include <QVariant>

#include <sys/socket.h>

void UdpReceiveBuffer::enlarge(QUdpSocket *socket, int bytes)
{
    socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, bytes);
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_RCVBUFFORCE, &bytes, sizeof bytes);
}
