#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

// An incremental SHA-256 with QCryptographicHash's interface (addData / result / reset), for the
// SLFT/1 checksum of every transfer. It uses OpenSSL's libcrypto when the build found it: with
// SHA-NI/AVX2 it hashes well over 1 GB/s, where Qt 6.4's own implementation (~200 MB/s) would cap
// a transfer below loopback speed. Without OpenSSL it falls back to QCryptographicHash.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void reset();
    void addData(QByteArrayView data);
    // The 32-byte digest of everything added since the last reset(); adding more afterwards
    // continues the same hash.
    QByteArray result() const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};
