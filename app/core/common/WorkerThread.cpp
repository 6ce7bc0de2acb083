#include "WorkerThread.h"

WorkerThread::WorkerThread(const QString &name, QObject *parent)
    : QThread(parent)
{
    setObjectName(name);
}

WorkerThread::~WorkerThread()
{
    quit();
    wait();
    if (!isFinished()) {
        // Never started: nothing runs in the thread, so its objects can go from here.
        for (const QPointer<QObject> &object : std::as_const(m_adopted))
            delete object.data();
    }
}

void WorkerThread::adopt(QObject *object)
{
    object->setParent(nullptr);
    object->moveToThread(this);
    connect(this, &QThread::finished, object, &QObject::deleteLater);
    m_adopted.append(object);
}
