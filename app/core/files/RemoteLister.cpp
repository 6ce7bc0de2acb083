#include "RemoteLister.h"

#include <QTcpSocket>

#include "SocketErrorText.h"

RemoteLister::RemoteLister(QObject *parent)
    : QObject(parent)
    , m_socket(new QTcpSocket(this))
    , m_timeout(this)
{
    m_socket->setReadBufferSize(1024 * 1024);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        finishWithError(tr("The server did not answer within %1 seconds.").arg(m_timeout.interval() / 1000));
    });
    connect(m_socket, &QTcpSocket::connected, this, [this] { m_socket->write(SlftProtocol::listRequest(m_path)); });
    connect(m_socket, &QTcpSocket::readyRead, this, &RemoteLister::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        onReadyRead();
        finishWithError(SocketErrorText::explain(error, SocketErrorText::Role::TcpClient, m_host, m_port,
                                                 m_socket->errorString()));
    });
}

void RemoteLister::list(const QString &host, quint16 port, const QString &path)
{
    m_host = host;
    m_port = port;
    m_path = path;
    m_timeout.start(30000);
    m_socket->connectToHost(host, port);
}

void RemoteLister::onReadyRead()
{
    while (!m_done && m_socket->canReadLine()) {
        const QByteArray line = m_socket->readLine(SlftProtocol::MaxLineBytes * 2).chopped(1);
        if (m_expected < 0) {
            const SlftProtocol::Status status = SlftProtocol::parseStatus(line);
            if (status.code != SlftProtocol::Ok) {
                finishWithError(status.code == 0 ? tr("The server does not speak SLFT/1.")
                                                 : tr("The server refused the listing (%1): %2").arg(status.code).arg(status.rest));
                return;
            }
            const std::optional<QList<qint64>> count = SlftProtocol::numbers(status.rest, 1);
            if (!count || count->at(0) > 1000000) {
                finishWithError(tr("The server's listing is malformed."));
                return;
            }
            m_expected = int(count->at(0));
        } else {
            const std::optional<RemoteEntry> entry = SlftProtocol::parseEntry(line);
            if (!entry) {
                finishWithError(tr("The server's listing is malformed."));
                return;
            }
            m_entries.append(*entry);
        }
        if (m_expected >= 0 && m_entries.size() == m_expected) {
            m_done = true;
            m_timeout.stop();
            m_socket->disconnectFromHost();
            emit listed(m_path, m_entries);
            return;
        }
    }
}

void RemoteLister::finishWithError(const QString &reason)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    m_socket->abort();
    emit failed(m_path, reason);
}
