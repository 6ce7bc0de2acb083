#pragma once

#include <memory>

#include "ConnectionStats.h"
#include "RolePanel.h"
#include "SaveSettings.h"
#include "TcpClient.h"
#include "TcpServerOptions.h"
#include "TextCodec.h"
#include "WorkerThread.h"

namespace Ui { class TcpClientPanel; }
class AutoSendBar;
class TrafficView;

// The client half of the TCP tab: host and port, connect / disconnect / auto-reconnect, the
// connection state shown live, counters, the traffic view and the send box, with automatic
// sending under it (AutoSendBar: a quick-send message on connect and/or after each receive). The
// TcpClient engine lives in a worker thread and is driven only through queued calls and its signals.
class TcpClientPanel final : public RolePanel
{
    Q_OBJECT

public:
    explicit TcpClientPanel(QWidget *parent = nullptr);
    ~TcpClientPanel() override;

    QString roleText() const override;
    TrafficView *trafficView() const override;
    bool isConnected() const;
    QString statusSummary() const override;
    qint64 bytesReceived() const override;
    qint64 bytesSent() const override;

    // Fills the fields (for --open); `encoding` becomes the send box's and the log's.
    void applyOptions(const TcpClientOptions &options, TextCodec::Encoding encoding);
    // --open … --save FILE: saves what the server sends to FILE once connected.
    void saveReceived(const SaveSettings &save);

public slots:
    void connectToServer();
    void disconnectFromServer();
    // The TCP server of this window runs at host:port (an empty host: it stopped). The fields
    // are filled in with it until the user chooses another target; then a button offers it.
    void offerServer(const QString &host, quint16 port);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onStateChanged(TcpClient::State state, const QString &description);
    void onStats(const ConnectionStats &stats);
    void updateWidgets();
    void updateCounters();
    void resetCounters();
    void rememberHost(const QString &host);
    void fillOwnServer();
    void chooseTarget();
    void updateOwnServerButton();
    void loadSettings();
    void saveSettings() const;
    void sendPayload(const QByteArray &payload);
    void followReceives(bool on);   // each received message reaches the auto-send only while it is on

    std::unique_ptr<Ui::TcpClientPanel> m_ui;
    WorkerThread m_thread;
    TcpClient *m_client;
    AutoSendBar *m_autoSend;
    QMetaObject::Connection m_receives;
    TcpClient::State m_state = TcpClient::State::Disconnected;
    QString m_stateText;
    ConnectionStats m_stats;
    qint64 m_retiredIn = 0;
    qint64 m_retiredOut = 0;
    QString m_ownHost;            // this window's TCP server, while it runs
    quint16 m_ownPort = 0;
    bool m_targetChosen = false;  // the user (or --open) chose host/port in this session
    bool m_filling = false;       // the fields are being set by the panel itself
};
