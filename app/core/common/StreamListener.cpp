#include "StreamListener.h"

StreamListener::StreamListener(QObject *parent)
    : QTcpServer(parent)
{
}

void StreamListener::incomingConnection(qintptr descriptor)
{
    emit descriptorAccepted(descriptor);
}
