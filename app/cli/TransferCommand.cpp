#include "TransferCommand.h"

#include "TransferText.h"

TransferCommand::TransferCommand(const CommandSpec &spec, ConsoleOutput *output, QObject *parent)
    : CliCommand(spec, output, parent)
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
    });
    connect(&m_manager, &TransferManager::transferFinished, this, [this](const TransferInfo &info) {
        out()->endProgress();
        if (info.state == TransferInfo::State::Done) {
            out()->line(TransferText::finished(info));
            finish(0);
            return;
        }
        out()->error(TransferText::finished(info));
        finish(1);
    });
    m_manager.add(m_request);
}

void TransferCommand::terminate()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    m_manager.cancelAll();   // transferFinished (cancelled) follows, then exit status 1
}
