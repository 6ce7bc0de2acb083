#pragma once

#include <QByteArray>
#include <QObject>

#include <memory>

class QSocketNotifier;
struct StdinReaderLink;

// Reads standard input line by line without blocking the event loop. Each complete line is
// emitted without its line ending ("\n" or "\r\n"); a last line without one is emitted at end of
// input. End of input (a closed pipe, /dev/null, Ctrl+D) only means nothing more to send.
// posix/StdinReader.cpp watches descriptor 0 with a QSocketNotifier; the portable build
// (portable/StdinReader.cpp) reads in a thread of its own, blocked in the C library, which
// hands each line over to this object's thread.
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
    void consume(const char *data, qint64 size);   // emits the complete lines
    void finishInput();                             // the last line, then endOfInput()

    void onReadable();                              // POSIX build
    std::unique_ptr<QSocketNotifier> m_notifier;    // POSIX build
    std::shared_ptr<StdinReaderLink> m_link;        // portable build: shared with the thread
    QByteArray m_buffer;
    bool m_ended = false;
};
