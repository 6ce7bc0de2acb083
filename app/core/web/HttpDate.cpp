#include "HttpDate.h"

#include <QDate>
#include <QList>

#include <cstdio>
#include <ctime>

// The calendar is QDate's (proleptic Gregorian; Julian day numbers), not timegm() / gmtime_r(),
// which Windows does not have.

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

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : (a - b + 1) / b;
}

const qint64 kEpochJulianDay = QDate(1970, 1, 1).toJulianDay();

qint64 toEpoch(int year, int month, int day, int h, int m, int s)
{
    if (year < 1970 || year > 9999 || month < 0 || day < 1 || day > 31)
        return -1;
    // A day past the month's end counts on into the next month, as timegm() does.
    const qint64 days = QDate(year, month + 1, 1).toJulianDay() + day - 1 - kEpochJulianDay;
    return days * 86400 + qint64(h) * 3600 + qint64(m) * 60 + s;
}

} // namespace

QByteArray HttpDate::format(qint64 secsSinceEpoch)
{
    const qint64 days = floorDiv(secsSinceEpoch, 86400);
    const qint64 secs = secsSinceEpoch - days * 86400;
    const QDate date = QDate::fromJulianDay(kEpochJulianDay + days);
    char buf[48];
    const int n = std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d GMT", kDays[date.dayOfWeek() % 7],
                                date.day(), kMonths[date.month() - 1], date.year(),
                                int(secs / 3600), int(secs / 60 % 60), int(secs % 60));
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
