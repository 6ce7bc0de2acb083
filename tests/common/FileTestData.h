#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QString>

// Test files for the file-transfer tests: random contents and the SHA-256 a transfer must keep.
namespace FileTestData {

// `size` random bytes (the tail that does not fill a 32-bit word is a counter).
inline QByteArray randomBytes(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    auto *words = reinterpret_cast<quint32 *>(bytes.data());
    QRandomGenerator::global()->fillRange(words, size / 4);
    for (qint64 i = (size / 4) * 4; i < size; ++i)
        bytes[i] = char(i);
    return bytes;
}

// The file's SHA-256 in hex; empty when it cannot be read.
inline QByteArray fileSha(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

} // namespace FileTestData
