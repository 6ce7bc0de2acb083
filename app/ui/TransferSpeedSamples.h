#pragma once

#include <QHash>
#include <QtGlobal>

#include "RateSampler.h"

class TransferTableModel;

// The speed history behind TransferSpeedGraph: one RateSampler per transfer of a table (the bytes
// it moved, whichever way) and one for all of them together (the table's received and sent
// counters), fed from a TransferTableModel once a tick. A transfer's history starts when its row
// appears (started()), so a short transfer is not lost between two ticks; it stops where the
// transfer finished and stays until its row is cleared from the table (then it is forgotten:
// memory stays bounded with the table); a retried transfer goes on from zero. Also keeps, per
// transfer, when it started on a real clock, for its average speed. Widget-free; sample times are
// the chart's (LiveRateChart::now()), real times plain milliseconds.
class TransferSpeedSamples
{
public:
    explicit TransferSpeedSamples(int capacity = 60);

    // A row appeared for this transfer (at that moment it had moved nothing yet).
    void started(quint64 id, qint64 now, qint64 realMs);
    void sample(const TransferTableModel &model, qint64 now, qint64 realMs);
    void clear();

    const RateSampler &total() const;
    // nullptr for a transfer not seen yet (or forgotten).
    const RateSampler *transfer(quint64 id) const;
    // Bytes per (real) second since the transfer started or was retried, as of the last sample;
    // -1 when unknown.
    double averageSinceStart(quint64 id) const;
    // Whether the transfer's history ended (it finished and its last bytes are in).
    bool hasEnded(quint64 id) const;
    int transferCount() const;

    // What one sample of a transfer or of the total moved per second, in and out together.
    static double bytesPerSecond(const RateSampler::Sample &sample);

private:
    struct History
    {
        RateSampler sampler;
        bool ended = false;
        bool finished = false;   // as last seen
        qint64 startRealMs = 0;
        qint64 startBytes = 0;
        qint64 lastRealMs = 0;
        qint64 lastBytes = 0;
    };
    History &historyFor(quint64 id, qint64 realMs, bool *created);

    int m_capacity;
    RateSampler m_total;
    QHash<quint64, History> m_transfers;
};
