#include "TransferCommand.h"

#include "TransferEvents.h"
#include "TransferText.h"

TransferCommand::TransferCommand(const CommandSpec &spec, ConsoleOutput *output, QObject *parent)
    : CliCommand(spec, output, parent)
    , m_events(output)
{
}

void TransferCommand::start()
{
    connect(&m_manager, &TransferManager::transferProgress, this, [this](const QList<TransferInfo> &infos) {
        for (const TransferInfo &info : infos)
            out()->progress(TransferText::progress(info));
    });
    connect(&m_manager, &TransferManager::transferChanged, this, [this](const TransferInfo &info) {
        if (info.state == TransferInfo::State::Verifying)
            out()->progress(TransferText::progress(info));
        if (info.state == TransferInfo::State::Running && !m_startRecorded) {
            m_startRecorded = true;
            m_events.write(TransferEvents::started(info));
        }
    });
    connect(&m_manager, &TransferManager::transferFinished, this, [this](const TransferInfo &info) {
        out()->endProgress();
        m_events.write(TransferEvents::finished(info, TransferEvents::Side::Client));
        if (info.state == TransferInfo::State::Done) {
            out()->line(TransferText::finished(info));
            end(0);
            return;
        }
        out()->error(TransferText::finished(info));
        end(1);
    });
    const bool download = m_request.direction == TransferInfo::Direction::Download;
    if (!m_events.open(m_eventsSettings, download ? QStringLiteral("get") : QStringLiteral("put"))) {
        finish(2);
        return;
    }
    m_manager.add(m_request);
}

void TransferCommand::terminate()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    m_manager.cancelAll();   // transferFinished (cancelled) follows, then exit status 1
}

void TransferCommand::end(int exitCode)
{
    m_events.close();
    finish(exitCode);
}
