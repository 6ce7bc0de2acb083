#include "StdinReader.h"

#include <QTimer>

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

StdinReader::StdinReader(QObject *parent)
    : QObject(parent)
{
}

StdinReader::~StdinReader() = default;

void StdinReader::start()
{
    struct stat st {};
    if (::fstat(STDIN_FILENO, &st) != 0) {
        m_ended = true;
        QTimer::singleShot(0, this, &StdinReader::endOfInput);
        return;
    }
    m_notifier = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &StdinReader::onReadable);
}

void StdinReader::onReadable()
{
    if (m_ended)
        return;
    char buf[64 * 1024];
    const ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (n <= 0) {
        m_ended = true;
        m_notifier->setEnabled(false);
        if (!m_buffer.isEmpty()) {
            QByteArray last;
            last.swap(m_buffer);
            if (last.endsWith('\r'))
                last.chop(1);
            emit lineRead(last);
        }
        emit endOfInput();
        return;
    }
    m_buffer.append(buf, n);
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n', start);
        if (nl < 0)
            break;
        qsizetype end = nl;
        if (end > start && m_buffer.at(end - 1) == '\r')
            --end;
        emit lineRead(m_buffer.mid(start, end - start));
        start = nl + 1;
    }
    m_buffer.remove(0, start);
}
