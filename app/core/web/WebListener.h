#pragma once

#include <QTcpServer>

// The listening socket. Hands each accepted descriptor straight to the web server, which
// wraps it in an HttpConnection (or answers 503 when over the cap) — no pending queue.
class WebListener final : public QTcpServer
{
    Q_OBJECT

public:
    explicit WebListener(QObject *parent = nullptr);

signals:
    void descriptorAccepted(qintptr descriptor);

protected:
    void incomingConnection(qintptr descriptor) override;
};
