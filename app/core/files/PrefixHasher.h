#pragma once

#include <QFile>
#include <QObject>

#include "Sha256.h"

// Feeds the first `length` bytes of a file into a hash, a few MiB per event-loop turn, so a
// resumed transfer can verify the whole file without blocking its thread.
class PrefixHasher final : public QObject
{
    Q_OBJECT

public:
    explicit PrefixHasher(QObject *parent = nullptr);

    // `hash` must outlive the run. Emits finished() (also for length 0), queued.
    void start(Sha256 *hash, const QString &path, qint64 length);
    // The same for a file already opened: reads through a duplicate of its descriptor from 0.
    void start(Sha256 *hash, const QFile &opened, qint64 length);
    void cancel();

signals:
    void finished(bool ok, const QString &error);

private:
    void step();

    Sha256 *m_hash = nullptr;
    QFile m_file;
    qint64 m_remaining = 0;
    bool m_running = false;
};
