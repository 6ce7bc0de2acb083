#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include "LabDefinition.h"

class LabConnection;
class QTcpServer;
class QTcpSocket;
class QUdpSocket;

// Where a client lab waits for the student's client: a TCP server and/or a UDP socket on one
// port. Clients that arrive before a check asks for one wait in line (at most MaxWaiting; each
// reads at most a little ahead), so every check's Accept gets the next new client. For UDP a
// new client is a new sender address: its first datagram makes it a client, and later
// datagrams from it go to its connection (or are dropped once its check is over).
class LabListener : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxWaiting = 16;

    explicit LabListener(QObject *parent = nullptr);
    ~LabListener() override;

    // False and a reason in plain words (translated) when the port cannot be opened. With both
    // protocols and port 0, UDP takes the port TCP got.
    bool listen(const QHostAddress &address, quint16 port, bool tcp, bool udp, QString *reason);
    quint16 port() const;

    // Hands the next client of the connection's protocol that arrived and was not handed out
    // yet to `connection` (with what it already sent); false when none waits.
    bool adoptNext(LabConnection *connection);
    bool hasWaiting(LabStep::Protocol protocol) const;

signals:
    // A new client arrived (takeClient() will return it).
    void clientArrived();

private:
    struct WaitingSender
    {
        QHostAddress address;
        quint16 port = 0;
        QList<QByteArray> datagrams;
        qsizetype bytes = 0;
    };

    void onNewTcpConnection();
    void readDatagrams();
    static QString senderKey(const QHostAddress &address, quint16 port);

    QTcpServer *m_tcp = nullptr;
    QUdpSocket *m_udp = nullptr;
    QList<QTcpSocket *> m_waitingTcp;
    QList<WaitingSender> m_waitingUdp;
    // Every sender seen: its connection while its check runs, then null (its datagrams dropped).
    QHash<QString, QPointer<LabConnection>> m_senders;
};
