#pragma once

#include <QWidget>

class AutoSendPacer;
class QComboBox;
class QLabel;
class QSpinBox;
class QuickSendChoice;
class QuickSendList;

// The TCP client's automatic sending, a row under its send box, for simple request/response
// devices: a quick-send message sent right after each connect, and/or one after each received
// message. The latter is paced (AutoSendPacer: at most one per received message, and a minimum
// gap between two), so that an echo server cannot turn it into a full-speed ping-pong unseen;
// how many were sent, and how many received messages got none, is shown.
class AutoSendBar final : public QWidget
{
    Q_OBJECT

public:
    AutoSendBar(QuickSendList *list, QWidget *parent = nullptr);
    ~AutoSendBar() override;

    void setSettingsKey(const QString &key);
    bool sendsAfterReceive() const;
    int sentAfterReceive() const;
    int skipped() const;

public slots:
    void connected();      // sends the "on connect" message; the counts start again
    void received();       // one message arrived
    void disconnected();   // a waiting send is dropped

signals:
    void sendRequested(const QByteArray &payload);
    void sendsAfterReceiveChanged(bool on);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void sendChosen(const QuickSendChoice *choice);
    void updateStatus();
    void saveSettings() const;

    QuickSendList *m_list;
    AutoSendPacer *m_pacer;
    QLabel *m_onConnectLabel;
    QComboBox *m_onConnectCombo;
    QLabel *m_afterReceiveLabel;
    QComboBox *m_afterReceiveCombo;
    QSpinBox *m_gapSpin;
    QLabel *m_status;
    QuickSendChoice *m_onConnect;
    QuickSendChoice *m_afterReceive;
    QString m_settingsKey;
    QString m_problem;   // an auto-send that could not go, worded when it happened
};
