#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Paces an automatic send after each received message (the TCP client's "after each receive"),
// so that it can never turn into an endless ping-pong at full speed with an echo server: at most
// one send per received message, and at least the minimum interval between two sends. A message
// received sooner waits for the rest of the interval; while one waits, further messages get no
// send of their own and are counted as skipped. The counts are for the user to see it happen.
class AutoSendPacer final : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 100;

    explicit AutoSendPacer(QObject *parent = nullptr);

    void setMinimumInterval(int ms);
    int minimumInterval() const;

    int sent() const;       // sends due since the last reset()
    int skipped() const;    // received messages that got none
    bool isWaiting() const;

public slots:
    void received();        // one message arrived
    void cancel();          // a waiting send is dropped (the connection went); the counts stay
    void reset();           // cancel(), and the counts start again (a new connection)

signals:
    void sendDue();         // send the message now
    void countsChanged();

private:
    void fire();

    QTimer m_wait;
    QElapsedTimer m_sinceLast;   // since the last send
    int m_intervalMs = DefaultIntervalMs;
    int m_sent = 0;
    int m_skipped = 0;
};
