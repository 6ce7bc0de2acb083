#pragma once

#include <QtGlobal>

#include <vector>

// Per-second rates of cumulative counters over the last minute, for the live charts. Fed the
// counters a tab already keeps (bytes in, bytes out and optionally a count such as requests) with
// the time they were read, about once a second; it keeps one sample per second of the last
// `capacity` seconds in a ring buffer (memory does not grow). A counter that went back (the Reset
// counters buttons, a new connection) is read as counted from zero since the reset, never as a
// negative rate; a feed after missed ticks (a hidden chart, a busy window) spreads what arrived in
// the gap evenly over the seconds missed. Widget-free; times are any monotonic milliseconds.
class RateSampler
{
public:
    struct Counters
    {
        qint64 bytesIn = 0;
        qint64 bytesOut = 0;
        qint64 count = 0;
    };
    struct Sample
    {
        qint64 timeMs = 0;        // the end of the second it covers
        double bytesInPerSecond = 0;
        double bytesOutPerSecond = 0;
        double countPerSecond = 0;
    };

    explicit RateSampler(int capacity = 60);

    // The counters as read at timeMs. The first call (and the first after clear()) only sets the
    // starting point; a call less than half a second after the last one is ignored (the next one
    // covers that time too).
    void add(qint64 timeMs, const Counters &counters);
    void clear();

    int capacity() const;
    int size() const;
    Sample at(int index) const;           // 0 is the oldest
    std::vector<Sample> samples() const;  // oldest first
    bool hasStart() const;
    qint64 lastTimeMs() const;            // of the last accepted call
    // The highest in or out rate among the samples kept (for the chart's scale).
    double peakBytesPerSecond() const;
    double peakCountPerSecond() const;

private:
    void push(const Sample &sample);

    std::vector<Sample> m_ring;
    int m_head = 0;    // where the next sample goes
    int m_size = 0;
    bool m_started = false;
    qint64 m_lastMs = 0;
    Counters m_last;
};
