#pragma once

#include <QObject>

#include <memory>

// Turns SIGINT / SIGTERM (and SIGHUP) into a Qt signal, so a command can close its sockets and
// files cleanly from the event loop. A second signal exits at once. posix/TerminationSignals.cpp
// writes the signal into a socket pair that a QSocketNotifier watches (the self-pipe trick);
// the pair is closed and the handlers restored on destruction. The portable build
// (portable/TerminationSignals.cpp) sets a flag in a std::signal handler that a timer looks at
// ten times a second. One instance at a time.
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

    std::unique_ptr<QObject> m_watcher;   // the socket notifier, or the polling timer
};
