#include "WebListener.h"

WebListener::WebListener(QObject *parent)
    : QTcpServer(parent)
{
}

void WebListener::incomingConnection(qintptr descriptor)
{
    emit descriptorAccepted(descriptor);
}
