#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <memory>

// Turns SIGINT / SIGTERM (and SIGHUP) into a Qt signal, through a self-pipe, so a command can
// close its sockets and files cleanly from the event loop. A second signal exits at once.
class TerminationSignals final : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

signals:
    void terminationRequested(int signalNumber);

private:
    void onActivated();

    std::unique_ptr<QSocketNotifier> m_notifier;
};
