#pragma once

#include <QHostAddress>

#include <memory>
#include <optional>

#include "ConnectionStats.h"
#include "RolePanel.h"
#include "SaveSettings.h"
#include "ServerRunner.h"
#include "TcpServerOptions.h"
#include "TextCodec.h"

namespace Ui { class TcpServerPanel; }
class ClientListModel;
class QComboBox;
class QLabel;
class QuickSendChoice;
class TcpServer;
class TrafficView;

// The server half of the TCP tab: listen settings, behaviour (reply, greeting, relay, framing),
// the client list, the traffic view and the send box. The TcpServer engine lives in a worker
// thread (ServerRunner); this panel talks to it only through queued slot calls and its signals.
// The greeting and the reply text are sent in the send box's encoding. The Reply choice also lists
// the send box's quick-send messages (a message is a fixed reply, in its own format), and the
// greeting may be one of them (QuickSendChoice); when a chosen message is deleted, the choice falls
// back and a note under it says so.
class TcpServerPanel final : public RolePanel
{
    Q_OBJECT

public:
    explicit TcpServerPanel(QWidget *parent = nullptr);
    ~TcpServerPanel() override;

    QString roleText() const override;
    TrafficView *trafficView() const override;
    bool isListening() const;
    quint16 listeningPort() const;       // the real port (also when 0 was asked for)
    QString statusSummary() const override;
    qint64 bytesReceived() const override;
    qint64 bytesSent() const override;

    // Fills the fields (for --open); the greeting and reply text in `options` are in `encoding`,
    // which becomes the send box's and the log's.
    void applyOptions(const TcpServerOptions &options, TextCodec::Encoding encoding);
    // --open … --save FILE: saves what every client sends to FILE once the server listens.
    void saveReceived(const SaveSettings &save);

public slots:
    void start();
    void stop();

signals:
    // The host and port a client in this window reaches this server at; an empty host when
    // the server stopped.
    void ownServerChanged(const QString &host, quint16 port);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::optional<TcpServerOptions> optionsFromFields(QString *error) const;
    ReplyPolicy replyFromFields() const;
    QByteArray greetingFromFields() const;
    void showQuickSendNote(const QString &text);   // a chosen quick-send message was deleted
    void onStateChanged(ServerRunner::State now, ServerRunner::State before);
    void onStats(const QList<ConnectionStats> &clients);
    void sendPayload(const QByteArray &payload);
    void sendFile(const QString &path);
    QList<quint64> targetIds() const;
    QList<quint64> selectedIds() const;
    void pushBehaviour();
    void resetCounters();
    void updateWidgets();
    void retranslateDynamic();
    void showState();   // the state line, worded in the current language
    void showReplyMeaning();
    void loadSettings();
    void saveSettings() const;

    std::unique_ptr<Ui::TcpServerPanel> m_ui;
    ClientListModel *m_clients;
    QLabel *m_replyMeaning;      // what the seed's reply text 已送达 means, beside it (not in 中文)
    QComboBox *m_greetingSource; // the typed greeting, or a quick-send message
    QLabel *m_quickSendNote;
    QuickSendChoice *m_replyChoice = nullptr;
    QuickSendChoice *m_greetingChoice = nullptr;
    TcpServer *m_server;     // lives in m_runner's thread
    ServerRunner m_runner;
    QHostAddress m_address;
    quint16 m_port = 0;
    bool m_chosePort = false;    // 0 was asked for: the state line names the port the system chose
    qint64 m_retiredIn = 0;
    qint64 m_retiredOut = 0;
};
