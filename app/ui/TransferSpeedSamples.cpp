#include "TransferSpeedSamples.h"

#include <QSet>

#include "TransferTableModel.h"

namespace {
// What a transfer moved in its current attempt (a resumed download counts from where it resumed).
qint64 movedBy(const TransferInfo &info)
{
    return qMax<qint64>(0, info.bytesDone - info.resumedFrom);
}
} // namespace

TransferSpeedSamples::TransferSpeedSamples(int capacity)
    : m_capacity(capacity)
    , m_total(capacity)
{
}

void TransferSpeedSamples::started(quint64 id, qint64 now, qint64 realMs)
{
    bool created = false;
    History &history = historyFor(id, realMs, &created);
    if (created)
        history.sampler.add(now, {});
}

TransferSpeedSamples::History &TransferSpeedSamples::historyFor(quint64 id, qint64 realMs, bool *created)
{
    auto it = m_transfers.find(id);
    *created = it == m_transfers.end();
    if (*created) {
        History history{RateSampler(m_capacity)};
        history.startRealMs = realMs;
        history.lastRealMs = realMs;
        it = m_transfers.insert(id, history);
    }
    return *it;
}

void TransferSpeedSamples::sample(const TransferTableModel &model, qint64 now, qint64 realMs)
{
    m_total.add(now, {model.bytesReceived(), model.bytesSent(), 0});
    QSet<quint64> present;
    present.reserve(model.rowCount());
    for (int row = 0; row < model.rowCount(); ++row) {
        const TransferInfo info = model.transferAt(row);
        present.insert(info.id);
        const qint64 moved = movedBy(info);
        const bool finished = info.isFinished();
        bool created = false;
        History &history = historyFor(info.id, realMs, &created);
        if (created) {
            // A row from before this history began: it starts here.
            history.startBytes = moved;
            history.lastBytes = moved;
        } else if (history.finished && !finished) {
            // Retried: a new attempt, a new history from here.
            history.sampler.clear();
            history.ended = false;
            history.startRealMs = realMs;
            history.startBytes = moved;
        }
        history.finished = finished;
        if (history.ended)
            continue;
        history.sampler.add(now, {moved, 0, 0});
        history.lastRealMs = realMs;
        history.lastBytes = moved;
        // Its last bytes are in once a sample covered the end (a call too soon after the last
        // one is not taken; the next tick takes it).
        if (finished && history.sampler.lastTimeMs() == now)
            history.ended = true;
    }
    // Rows cleared from the table are forgotten.
    for (auto it = m_transfers.begin(); it != m_transfers.end();)
        it = present.contains(it.key()) ? std::next(it) : m_transfers.erase(it);
}

void TransferSpeedSamples::clear()
{
    m_total.clear();
    m_transfers.clear();
}

const RateSampler &TransferSpeedSamples::total() const
{
    return m_total;
}

const RateSampler *TransferSpeedSamples::transfer(quint64 id) const
{
    const auto it = m_transfers.constFind(id);
    return it == m_transfers.constEnd() ? nullptr : &it->sampler;
}

double TransferSpeedSamples::averageSinceStart(quint64 id) const
{
    const auto it = m_transfers.constFind(id);
    if (it == m_transfers.constEnd() || it->lastRealMs <= it->startRealMs)
        return -1;
    return double(it->lastBytes - it->startBytes) * 1000.0 / double(it->lastRealMs - it->startRealMs);
}

bool TransferSpeedSamples::hasEnded(quint64 id) const
{
    const auto it = m_transfers.constFind(id);
    return it != m_transfers.constEnd() && it->ended;
}

int TransferSpeedSamples::transferCount() const
{
    return int(m_transfers.size());
}

double TransferSpeedSamples::bytesPerSecond(const RateSampler::Sample &sample)
{
    return sample.bytesInPerSecond + sample.bytesOutPerSecond;
}
