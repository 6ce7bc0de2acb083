#include "Sha256.h"

#ifdef SOCKETLAB_HAVE_OPENSSL
#include <openssl/evp.h>
#else
#include <QCryptographicHash>
#endif

#ifdef SOCKETLAB_HAVE_OPENSSL

struct Sha256::State
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();

    ~State() { EVP_MD_CTX_free(context); }
};

Sha256::Sha256()
    : m_state(std::make_unique<State>())
{
    reset();
}

void Sha256::reset()
{
    EVP_DigestInit_ex(m_state->context, EVP_sha256(), nullptr);
}

void Sha256::addData(QByteArrayView data)
{
    EVP_DigestUpdate(m_state->context, data.data(), size_t(data.size()));
}

QByteArray Sha256::result() const
{
    // Finish a copy, so that the running hash can go on.
    EVP_MD_CTX *copy = EVP_MD_CTX_new();
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (!copy || EVP_MD_CTX_copy_ex(copy, m_state->context) != 1
        || EVP_DigestFinal_ex(copy, reinterpret_cast<unsigned char *>(digest.data()), &length) != 1)
        length = 0;
    EVP_MD_CTX_free(copy);
    digest.truncate(int(length));
    return digest;
}

#else

struct Sha256::State
{
    QCryptographicHash hash{QCryptographicHash::Sha256};
};

Sha256::Sha256()
    : m_state(std::make_unique<State>())
{
}

void Sha256::reset()
{
    m_state->hash.reset();
}

void Sha256::addData(QByteArrayView data)
{
    m_state->hash.addData(data);
}

QByteArray Sha256::result() const
{
    return m_state->hash.result();
}

#endif

Sha256::~Sha256() = default;
