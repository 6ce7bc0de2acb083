#pragma once

#include <QList>
#include <QPointer>
#include <QThread>

// A QThread that an engine is moved into (moveToThread). Quits and waits on destruction, and
// deletes the objects moved into it when it finishes, so a tab can simply own one.
class WorkerThread final : public QThread
{
    Q_OBJECT

public:
    explicit WorkerThread(const QString &name, QObject *parent = nullptr);
    ~WorkerThread() override;

    // Moves `object` into this thread and schedules its deletion when the thread finishes (or
    // deletes it with the thread when the thread was never started, e.g. after bad arguments).
    void adopt(QObject *object);

private:
    QList<QPointer<QObject>> m_adopted;
};
