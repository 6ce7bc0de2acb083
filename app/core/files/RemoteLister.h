#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTimer>

#include "SlftProtocol.h"

class QTcpSocket;

// Asks an SLFT/1 server for the contents of one folder ("LIST <path>"). One lister, one answer:
// listed() or failed(), then it is done (the owner deletes it).
class RemoteLister final : public QObject
{
    Q_OBJECT

public:
    explicit RemoteLister(QObject *parent = nullptr);

    void list(const QString &host, quint16 port, const QString &path);

signals:
    void listed(const QString &path, const QList<RemoteEntry> &entries);
    void failed(const QString &path, const QString &reason);

private:
    void onReadyRead();
    void finishWithError(const QString &reason);

    QTcpSocket *m_socket;
    QTimer m_timeout;
    QString m_host;
    quint16 m_port = 0;
    QString m_path;
    int m_expected = -1;
    QList<RemoteEntry> m_entries;
    bool m_done = false;
};
