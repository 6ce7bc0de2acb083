#include "RateSampler.h"

#include <algorithm>
#include <cmath>

namespace {
// What a counter gained between two readings; a counter that went back was reset to zero in
// between, so all of its new value is what arrived since.
qint64 gained(qint64 before, qint64 now)
{
    return now >= before ? now - before : std::max<qint64>(now, 0);
}
} // namespace

RateSampler::RateSampler(int capacity)
    : m_ring(std::size_t(std::max(capacity, 1)))
{
}

void RateSampler::add(qint64 timeMs, const Counters &counters)
{
    if (!m_started) {
        m_started = true;
        m_lastMs = timeMs;
        m_last = counters;
        return;
    }
    const qint64 elapsedMs = timeMs - m_lastMs;
    if (elapsedMs < 500)
        return;
    const double seconds = double(elapsedMs) / 1000.0;
    const double in = double(gained(m_last.bytesIn, counters.bytesIn)) / seconds;
    const double out = double(gained(m_last.bytesOut, counters.bytesOut)) / seconds;
    const double count = double(gained(m_last.count, counters.count)) / seconds;
    // One sample per second of the gap (at least one), each with the gap's average rate; never
    // more than the ring holds.
    const qint64 ticks = std::clamp<qint64>(qint64(std::llround(seconds)), 1, capacity());
    for (qint64 i = ticks - 1; i >= 0; --i)
        push({timeMs - i * elapsedMs / ticks, in, out, count});
    m_lastMs = timeMs;
    m_last = counters;
}

void RateSampler::clear()
{
    m_head = 0;
    m_size = 0;
    m_started = false;
    m_lastMs = 0;
    m_last = Counters();
}

int RateSampler::capacity() const
{
    return int(m_ring.size());
}

int RateSampler::size() const
{
    return m_size;
}

RateSampler::Sample RateSampler::at(int index) const
{
    Q_ASSERT(index >= 0 && index < m_size);
    const int oldest = (m_head - m_size + capacity()) % capacity();
    return m_ring[std::size_t((oldest + index) % capacity())];
}

std::vector<RateSampler::Sample> RateSampler::samples() const
{
    std::vector<Sample> result;
    result.reserve(std::size_t(m_size));
    for (int i = 0; i < m_size; ++i)
        result.push_back(at(i));
    return result;
}

bool RateSampler::hasStart() const
{
    return m_started;
}

qint64 RateSampler::lastTimeMs() const
{
    return m_lastMs;
}

double RateSampler::peakBytesPerSecond() const
{
    double peak = 0;
    for (int i = 0; i < m_size; ++i) {
        const Sample s = at(i);
        peak = std::max({peak, s.bytesInPerSecond, s.bytesOutPerSecond});
    }
    return peak;
}

double RateSampler::peakCountPerSecond() const
{
    double peak = 0;
    for (int i = 0; i < m_size; ++i)
        peak = std::max(peak, at(i).countPerSecond);
    return peak;
}

void RateSampler::push(const Sample &sample)
{
    m_ring[std::size_t(m_head)] = sample;
    m_head = (m_head + 1) % capacity();
    m_size = std::min(m_size + 1, capacity());
}
