#pragma once

#include <QWidget>

#include <memory>

#include "ConnectionStats.h"
#include "TcpServerOptions.h"
#include "TextCodec.h"
#include "WordedReason.h"
#include "WorkerThread.h"

namespace Ui { class TcpServerPanel; }
class ClientListModel;
class QLabel;
class TcpChatServer;
class TrafficView;

// The server half of the TCP tab: listen settings, behaviour (reply, greeting, relay, framing),
// the client list, the traffic view and the send box. The TcpChatServer engine lives in a worker
// thread; this panel talks to it only through queued slot calls and its signals. The greeting
// and the reply text are sent in the send box's encoding.
class TcpServerPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit TcpServerPanel(QWidget *parent = nullptr);
    ~TcpServerPanel() override;

    TrafficView *trafficView() const;
    bool isListening() const;
    quint16 listeningPort() const;       // the real port (also when 0 was asked for)
    QString statusSummary() const;
    qint64 bytesReceived() const;
    qint64 bytesSent() const;

    // Fills the fields (for --open); the greeting and reply text in `options` are in `encoding`,
    // which becomes the send box's and the log's.
    void applyOptions(const TcpServerOptions &options, TextCodec::Encoding encoding);

public slots:
    void start();
    void stop();

signals:
    void statusChanged();
    // The host and port a client in this window reaches this server at; an empty host when
    // the server stopped.
    void ownServerChanged(const QString &host, quint16 port);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::optional<TcpServerOptions> optionsFromFields(QString *error) const;
    ReplyPolicy replyFromFields() const;
    void onStarted(const QHostAddress &address, quint16 port);
    void onStartFailed(const QString &reason);
    void onStopped();
    void onStats(const QList<ConnectionStats> &clients);
    void sendPayload(const QByteArray &payload);
    void sendFile(const QString &path);
    QList<quint64> targetIds() const;
    QList<quint64> selectedIds() const;
    void pushBehaviour();
    void updateWidgets();
    void retranslateDynamic();
    void showState();   // the state line, worded in the current language
    void showReplyMeaning();
    void loadSettings();
    void saveSettings() const;

    std::unique_ptr<Ui::TcpServerPanel> m_ui;
    WorkerThread m_thread;
    TcpChatServer *m_server;
    ClientListModel *m_clients;
    QLabel *m_replyMeaning;      // what the seed's reply text 已送达 means, beside it (not in 中文)
    bool m_listening = false;
    bool m_starting = false;
    QHostAddress m_address;
    quint16 m_port = 0;
    bool m_chosePort = false;    // 0 was asked for: the state line names the port the system chose
    WordedReason m_failure;      // why the last start failed
    qint64 m_retiredIn = 0;
    qint64 m_retiredOut = 0;
};
