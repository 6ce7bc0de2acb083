#include "StdinReader.h"

#include <QMutex>
#include <QSocketNotifier>   // for the (unused) notifier's destructor

#include <cstdio>
#include <thread>

// What the reading thread and the reader share: the thread hands lines over only while the
// reader exists. The thread itself is never joined: it may be blocked in the C library until
// the process ends.
struct StdinReaderLink
{
    QMutex mutex;
    StdinReader *reader = nullptr;
};

StdinReader::StdinReader(QObject *parent)
    : QObject(parent)
{
}

StdinReader::~StdinReader()
{
    if (m_link) {
        QMutexLocker locker(&m_link->mutex);
        m_link->reader = nullptr;
    }
}

void StdinReader::start()
{
    if (m_link)
        return;
    m_link = std::make_shared<StdinReaderLink>();
    m_link->reader = this;
    std::thread([link = m_link] {
        constexpr qsizetype MaxChunk = 64 * 1024;
        QByteArray chunk;
        for (;;) {
            const int c = std::fgetc(stdin);
            if (c != EOF)
                chunk.append(char(c));
            const bool end = c == EOF;
            if (!end && c != '\n' && chunk.size() < MaxChunk)
                continue;
            QMutexLocker locker(&link->mutex);
            StdinReader *reader = link->reader;
            if (!reader)
                return;
            // Runs in the reader's thread; dropped by Qt if the reader is gone by then.
            QMetaObject::invokeMethod(reader, [reader, chunk, end] {
                if (!chunk.isEmpty())
                    reader->consume(chunk.constData(), chunk.size());
                if (end)
                    reader->finishInput();
            }, Qt::QueuedConnection);
            if (end)
                return;
            chunk.clear();
        }
    }).detach();
}
