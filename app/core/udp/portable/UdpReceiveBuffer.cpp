#include "UdpReceiveBuffer.h"

#include <QUdpSocket>
#include <QVariant>

void UdpReceiveBuffer::enlarge(QUdpSocket *socket, int bytes)
{
    socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, bytes);
}
