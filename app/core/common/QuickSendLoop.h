#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

class QuickSendList;

// Loops through a quick-send list (the assistants' 多条循环发送): its messages one after the other,
// round after round, with a pause between two, the first at once. The row being sent is marked in
// the list (QuickSendList::activeRow) for the views. It stops, with the reason, when sending is no
// longer possible (setSendEnabled(false): the connection went), when the list empties, or at a
// message that cannot be sent (nothing is sent half).
class QuickSendLoop final : public QObject
{
    Q_OBJECT

public:
    explicit QuickSendLoop(QuickSendList *list, QObject *parent = nullptr);

    void setPause(int ms);
    int pause() const;
    void setSendEnabled(bool enabled);
    bool isRunning() const;
    int sent() const;        // since the last start

    // False + why (an empty list, nothing to send to) when it cannot start.
    bool start(QString *why = nullptr);

public slots:
    void stop();             // by the user: no reason

signals:
    void sendRequested(const QByteArray &payload);
    void progressed();                        // a message went
    void stopped(const QString &reason);      // empty when stopped by the user

private:
    void tick();
    void stopWith(const QString &reason);

    QuickSendList *m_list;
    QTimer m_timer;
    int m_pauseMs = 1000;
    bool m_sendEnabled = true;
    bool m_running = false;
    int m_next = 0;
    int m_sent = 0;
};
