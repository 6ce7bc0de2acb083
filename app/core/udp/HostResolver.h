#pragma once

#include <QDeadlineTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <optional>

// Non-blocking host name lookups (QHostInfo::lookupHost) with a small cache, so sending to
// "localhost:9999" a thousand times costs one lookup. Literal addresses never hit the resolver.
class HostResolver final : public QObject
{
    Q_OBJECT

public:
    static constexpr int CacheSeconds = 60;
    static constexpr int MaxCacheEntries = 256;

    explicit HostResolver(QObject *parent = nullptr);

    // The cached addresses of `host`, if a recent lookup succeeded.
    std::optional<QList<QHostAddress>> cached(const QString &host) const;
    // Starts a lookup unless one for `host` is already running; resolved() follows.
    void lookup(const QString &host);
    void clear();

signals:
    // `addresses` is empty and `error` a translated sentence when the name was not found.
    void resolved(const QString &host, const QList<QHostAddress> &addresses, const QString &error);

private:
    struct Entry
    {
        QList<QHostAddress> addresses;
        QDeadlineTimer expiry;
    };

    QHash<QString, Entry> m_cache;
    QSet<QString> m_running;
};
