#include "ServerRunner.h"

ServerRunner::~ServerRunner()
{
    QMetaObject::invokeMethod(m_engine, m_stop, Qt::BlockingQueuedConnection);
}

ServerRunner::State ServerRunner::state() const
{
    return m_state;
}

bool ServerRunner::isRunning() const
{
    return m_state == State::Running || m_state == State::Stopping;
}

bool ServerRunner::isBusy() const
{
    return m_state != State::Stopped;
}

const WordedReason &ServerRunner::failure() const
{
    return m_failure;
}

void ServerRunner::adopt(QObject *helper)
{
    m_thread.adopt(helper);
}

void ServerRunner::fail(const QString &reason)
{
    m_failure.set(reason);
    setState(State::Stopped);
}

void ServerRunner::stop()
{
    if (m_state == State::Stopped || m_state == State::Stopping)
        return;
    setState(State::Stopping);
    QMetaObject::invokeMethod(m_engine, m_stop);
}

QString ServerRunner::idleLine(const QString &starting, const QString &idle, const QString &failedElsewhere,
                               const QString &failed) const
{
    if (m_state == State::Starting)
        return starting;
    const QString reason = m_failure.current();
    if (!reason.isEmpty())
        return failed.arg(reason);
    // The reason was worded in another language: say so in this one (it is also in the log).
    return m_failure.isEmpty() ? idle : failedElsewhere;
}

void ServerRunner::setState(State state)
{
    const State before = m_state;
    m_state = state;
    emit stateChanged(state, before);
}
