#pragma once

#include <QTcpServer>

// A listening socket that hands each accepted descriptor straight to its server, which wraps
// it in a StreamSocket (so that a peer's half-close does not close the connection) or refuses
// it — no pending queue, no QTcpSocket in between. Shared by every SocketLab server.
// The receiver of descriptorAccepted() owns the descriptor and closes it exactly once:
// StreamSocket::setSocketDescriptor() takes it over, or closes it when it refuses it.
class StreamListener final : public QTcpServer
{
    Q_OBJECT

public:
    explicit StreamListener(QObject *parent = nullptr);

signals:
    void descriptorAccepted(qintptr descriptor);

protected:
    void incomingConnection(qintptr descriptor) override;
};
