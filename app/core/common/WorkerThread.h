#pragma once

#include <QThread>

// A QThread that an engine is moved into (moveToThread). Quits and waits on destruction, and
// deletes the objects moved into it when it finishes, so a tab can simply own one.
class WorkerThread final : public QThread
{
    Q_OBJECT

public:
    explicit WorkerThread(const QString &name, QObject *parent = nullptr);
    ~WorkerThread() override;

    // Moves `object` into this thread and schedules its deletion when the thread finishes.
    void adopt(QObject *object);
};
