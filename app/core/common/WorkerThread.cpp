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
}

void WorkerThread::adopt(QObject *object)
{
    object->setParent(nullptr);
    object->moveToThread(this);
    connect(this, &QThread::finished, object, &QObject::deleteLater);
}
