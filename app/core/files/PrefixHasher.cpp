#include "PrefixHasher.h"

#include <QDir>
#include <QTimer>

#include "FileHandleCopy.h"
#include "Sha256.h"

namespace {
constexpr qint64 StepBytes = 4 * 1024 * 1024;
constexpr qint64 ChunkBytes = 256 * 1024;
} // namespace

PrefixHasher::PrefixHasher(QObject *parent)
    : QObject(parent)
{
}

void PrefixHasher::start(Sha256 *hash, const QString &path, qint64 length)
{
    cancel();
    m_hash = hash;
    m_remaining = length;
    m_running = true;
    if (length > 0) {
        m_file.setFileName(path);
        if (!m_file.open(QIODevice::ReadOnly)) {
            m_running = false;
            const QString error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), m_file.errorString());
            QTimer::singleShot(0, this, [this, error] { emit finished(false, error); });
            return;
        }
    }
    QTimer::singleShot(0, this, &PrefixHasher::step);
}

void PrefixHasher::start(Sha256 *hash, const QFile &opened, qint64 length)
{
    cancel();
    m_hash = hash;
    m_remaining = length;
    m_running = true;
    if (length > 0) {
        m_file.setFileName(opened.fileName());
        if (!FileHandleCopy::open(opened, &m_file, QIODevice::ReadOnly) || !m_file.seek(0)) {
            m_file.close();
            m_running = false;
            const QString error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(opened.fileName()), m_file.errorString());
            QTimer::singleShot(0, this, [this, error] { emit finished(false, error); });
            return;
        }
    }
    QTimer::singleShot(0, this, &PrefixHasher::step);
}

void PrefixHasher::cancel()
{
    m_running = false;
    m_file.close();
}

void PrefixHasher::step()
{
    if (!m_running)
        return;
    QByteArray buffer(ChunkBytes, Qt::Uninitialized);
    qint64 budget = StepBytes;
    while (m_remaining > 0 && budget > 0) {
        const qint64 n = m_file.read(buffer.data(), qMin<qint64>(m_remaining, ChunkBytes));
        if (n <= 0) {
            m_running = false;
            m_file.close();
            emit finished(false, tr("The file %1 became shorter while it was being read.")
                                     .arg(QDir::toNativeSeparators(m_file.fileName())));
            return;
        }
        m_hash->addData(QByteArrayView(buffer.constData(), n));
        m_remaining -= n;
        budget -= n;
    }
    if (m_remaining > 0) {
        QTimer::singleShot(0, this, &PrefixHasher::step);
        return;
    }
    m_running = false;
    m_file.close();
    emit finished(true, {});
}
