#pragma once

#include <QByteArray>
#include <QObject>
#include <QSocketNotifier>

#include <memory>

// Reads standard input line by line without blocking the event loop. Each complete line is
// emitted without its line ending ("\n" or "\r\n"); a last line without one is emitted at end of
// input. End of input (a closed pipe, /dev/null, Ctrl+D) only means nothing more to send.
class StdinReader final : public QObject
{
    Q_OBJECT

public:
    explicit StdinReader(QObject *parent = nullptr);
    ~StdinReader() override;

    void start();

signals:
    void lineRead(const QByteArray &line);
    void endOfInput();

private:
    void onReadable();

    std::unique_ptr<QSocketNotifier> m_notifier;
    QByteArray m_buffer;
    bool m_ended = false;
};
