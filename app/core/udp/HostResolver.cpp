#include "HostResolver.h"

#include <QHostInfo>

#include "SocketErrorText.h"

HostResolver::HostResolver(QObject *parent)
    : QObject(parent)
{
}

std::optional<QList<QHostAddress>> HostResolver::cached(const QString &host) const
{
    const auto it = m_cache.constFind(host.toLower());
    if (it == m_cache.constEnd() || it->expiry.hasExpired())
        return std::nullopt;
    return it->addresses;
}

void HostResolver::lookup(const QString &host)
{
    const QString key = host.toLower();
    if (m_running.contains(key))
        return;
    m_running.insert(key);
    QHostInfo::lookupHost(host, this, [this, host, key](const QHostInfo &info) {
        m_running.remove(key);
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            const QString error = SocketErrorText::explain(QAbstractSocket::HostNotFoundError,
                                                           SocketErrorText::Role::Udp, host, 0,
                                                           info.errorString());
            emit resolved(host, {}, error);
            return;
        }
        if (m_cache.size() >= MaxCacheEntries)
            m_cache.clear();
        m_cache.insert(key, Entry{info.addresses(), QDeadlineTimer(CacheSeconds * 1000)});
        emit resolved(host, info.addresses(), QString());
    });
}

void HostResolver::clear()
{
    m_cache.clear();
}
