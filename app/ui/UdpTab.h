#pragma once

#include <QHostAddress>

#include <memory>
#include <optional>

#include "MulticastMembership.h"
#include "PeerStats.h"
#include "ServerRunner.h"
#include "ToolTab.h"
#include "UdpCounters.h"
#include "UdpOptions.h"
#include "WordedReason.h"

namespace Ui { class UdpTab; }
class PeerListModel;
class QLabel;
class QuickSendChoice;
class UdpPeer;

// The UDP tab: bind a port, watch datagrams arrive with their sender (one row per datagram, so
// UDP's message boundaries are visible), send to any host:port, a broadcast address, a multicast
// group or back to the last sender, auto-reply (also with a message of the send box's quick-send
// list, QuickSendChoice), join multicast groups. The UdpPeer engine lives
// in a worker thread (ServerRunner: bound is running) and is driven only through queued calls
// and its signals.
class UdpTab final : public ToolTab
{
    Q_OBJECT

public:
    explicit UdpTab(QWidget *parent = nullptr);
    ~UdpTab() override;

    bool isBound() const;
    quint16 boundPort() const;
    UdpCounters counters() const;

    TrafficView *currentTrafficView() const override;
    QStringList statusSummaries() const override;
    qint64 bytesReceived() const override;
    qint64 bytesSent() const override;
    QStringList openCommands() const override;
    bool openCommand(const QString &command, const QStringList &arguments, QString *error) override;

public slots:
    void bindSocket();
    void unbindSocket();
    void setTarget(const QString &host, quint16 port);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::optional<UdpOptions> optionsFromFields(QString *error) const;
    void onBound(const QHostAddress &address, quint16 port, bool automatic);
    void onStateChanged(ServerRunner::State now, ServerRunner::State before);
    void onCounters(const UdpCounters &counters);
    void onGroups(const QList<MulticastMembership> &groups);
    // What the red line above the message box is about: it clears when that succeeds.
    enum class Problem { None, Send, Group };
    void showProblem(Problem about, const QString &text);   // a refused send or join, an ICMP report
    void clearProblem(Problem about);
    void showProblemInThisLanguage();
    void sendPayload(const QByteArray &payload);
    void sendFile(const QString &path);
    void joinOrLeave(bool join);
    void pushReply();
    ReplyPolicy replyFromFields() const;
    void fillChoices();
    void updateWidgets();
    void updateCounters();
    void showStateLabel();
    void loadSettings();
    void saveSettings() const;
    static QString hostText(const QHostAddress &address);  // a sender as a target host

    enum { GroupRole = Qt::UserRole, InterfaceRole };

    std::unique_ptr<Ui::UdpTab> m_ui;
    PeerListModel *m_peers;
    QLabel *m_quickSendNote;             // a chosen quick-send reply was deleted
    QuickSendChoice *m_replyChoice = nullptr;
    UdpPeer *m_peer;   // lives in m_runner's thread
    ServerRunner m_runner;
    bool m_automatic = false;
    QHostAddress m_boundAddress;
    quint16 m_port = 0;
    quint16 m_requestedPort = 0;   // the port asked for (0: the OS picks); shown again when unbound
    int m_replyLimit = ReplyBudget::DefaultLimit;   // auto-replies per sender per second (--open … --reply-limit)
    QString m_lastSender;
    UdpCounters m_counters;
    Problem m_problem = Problem::None;
    WordedReason m_problemText;   // the red line's sentence, in the language it was worded in
};
