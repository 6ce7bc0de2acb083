#include "StdinReader.h"

#include <QSocketNotifier>
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
        QTimer::singleShot(0, this, &StdinReader::finishInput);
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
        m_notifier->setEnabled(false);
        finishInput();
        return;
    }
    consume(buf, n);
}
