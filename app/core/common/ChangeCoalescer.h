#pragma once

#include <QObject>
#include <QTimer>

// Turns many "something changed" calls into at most one due() per interval: the first
// markDirty() arms a single-shot timer, later ones only mark; when it fires, due() is emitted
// once. flush() emits at once what is marked (before stopping, after a close) and restarts the
// pacing. The engines use it for their statistics signals (at most 5 times a second whatever
// the traffic), Batcher for its batches. Parent it to its owner, so that moveToThread() takes
// the timer along.
class ChangeCoalescer final : public QObject
{
    Q_OBJECT

public:
    explicit ChangeCoalescer(int intervalMs, QObject *parent = nullptr);

    void setInterval(int intervalMs);
    int interval() const;
    bool isDirty() const;

    void markDirty();
    // due() now if something was marked since the last due(); nothing otherwise.
    void flush();

signals:
    void due();

private:
    QTimer m_timer;
    bool m_dirty = false;
};
