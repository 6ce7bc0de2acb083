#include "HttpDate.h"

#include <QList>

#include <cstdio>
#include <ctime>

namespace {

const char *const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
const char *const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

int monthIndex(const QByteArray &name)
{
    for (int i = 0; i < 12; ++i) {
        if (name == kMonths[i])
            return i;
    }
    return -1;
}

bool parseClock(const QByteArray &text, int *h, int *m, int *s)
{
    const QList<QByteArray> parts = text.split(':');
    if (parts.size() != 3)
        return false;
    bool ok1 = false, ok2 = false, ok3 = false;
    *h = parts[0].toInt(&ok1);
    *m = parts[1].toInt(&ok2);
    *s = parts[2].toInt(&ok3);
    return ok1 && ok2 && ok3 && *h >= 0 && *h < 24 && *m >= 0 && *m < 60 && *s >= 0 && *s <= 60;
}

qint64 toEpoch(int year, int month, int day, int h, int m, int s)
{
    if (year < 1970 || year > 9999 || month < 0 || day < 1 || day > 31)
        return -1;
    struct tm t {};
    t.tm_year = year - 1900;
    t.tm_mon = month;
    t.tm_mday = day;
    t.tm_hour = h;
    t.tm_min = m;
    t.tm_sec = s;
    return qint64(::timegm(&t));
}

} // namespace

QByteArray HttpDate::format(qint64 secsSinceEpoch)
{
    const time_t t = time_t(secsSinceEpoch);
    struct tm tm {};
    ::gmtime_r(&t, &tm);
    char buf[40];
    const int n = std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d GMT", kDays[tm.tm_wday % 7],
                                tm.tm_mday, kMonths[tm.tm_mon % 12], tm.tm_year + 1900, tm.tm_hour,
                                tm.tm_min, tm.tm_sec);
    return QByteArray(buf, n);
}

qint64 HttpDate::parse(const QByteArray &text)
{
    const QList<QByteArray> parts = text.simplified().split(' ');
    int h = 0, m = 0, s = 0;
    bool ok = false;
    if (parts.size() == 6 && parts[5] == "GMT") {
        // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
        const int day = parts[1].toInt(&ok);
        if (!ok)
            return -1;
        const int year = parts[3].toInt(&ok);
        if (!ok || !parseClock(parts[4], &h, &m, &s))
            return -1;
        return toEpoch(year, monthIndex(parts[2]), day, h, m, s);
    }
    if (parts.size() == 4 && parts[3] == "GMT") {
        // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
        const QList<QByteArray> dmy = parts[1].split('-');
        if (dmy.size() != 3 || !parseClock(parts[2], &h, &m, &s))
            return -1;
        const int day = dmy[0].toInt(&ok);
        if (!ok)
            return -1;
        int year = dmy[2].toInt(&ok);
        if (!ok)
            return -1;
        if (year < 100)
            year += year < 70 ? 2000 : 1900;
        return toEpoch(year, monthIndex(dmy[1]), day, h, m, s);
    }
    if (parts.size() == 5) {
        // asctime: Sun Nov  6 08:49:37 1994
        const int day = parts[2].toInt(&ok);
        if (!ok)
            return -1;
        const int year = parts[4].toInt(&ok);
        if (!ok || !parseClock(parts[3], &h, &m, &s))
            return -1;
        return toEpoch(year, monthIndex(parts[1]), day, h, m, s);
    }
    return -1;
}

QByteArray HttpDate::now()
{
    thread_local qint64 cachedSecond = -1;
    thread_local QByteArray cachedText;
    const qint64 second = qint64(std::time(nullptr));
    if (second != cachedSecond) {
        cachedSecond = second;
        cachedText = format(second);
    }
    return cachedText;
}
