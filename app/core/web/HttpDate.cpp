#include "HttpDate.h"

#include <QList>

#include <cstdio>
#include <ctime>

// Calendar arithmetic of its own (days from and to a civil date, proleptic Gregorian, UTC)
// instead of timegm() / gmtime_r(), which Windows does not have.

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

// Days since 1970-01-01 of year-month-day (month 1-12); a day past the month's end counts on
// into the next month, as timegm() does.
qint64 daysFromCivil(qint64 year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = floorDiv(year, 400);
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

struct Civil
{
    qint64 year;
    int month;   // 1-12
    int day;
};

Civil civilFromDays(qint64 days)
{
    days += 719468;
    const qint64 era = floorDiv(days, 146097);
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 shifted = (5 * dayOfYear + 2) / 153;   // 0 = March
    const int day = int(dayOfYear - (153 * shifted + 2) / 5 + 1);
    const int month = int(shifted < 10 ? shifted + 3 : shifted - 9);
    return {yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

qint64 toEpoch(int year, int month, int day, int h, int m, int s)
{
    if (year < 1970 || year > 9999 || month < 0 || day < 1 || day > 31)
        return -1;
    return daysFromCivil(year, month + 1, day) * 86400 + qint64(h) * 3600 + qint64(m) * 60 + s;
}

} // namespace

QByteArray HttpDate::format(qint64 secsSinceEpoch)
{
    const qint64 days = floorDiv(secsSinceEpoch, 86400);
    const qint64 secs = secsSinceEpoch - days * 86400;
    const Civil date = civilFromDays(days);
    const int weekday = int(floorDiv(days + 4, 7) * -7 + days + 4);   // 1970-01-01 was a Thursday (4)
    char buf[48];
    const int n = std::snprintf(buf, sizeof buf, "%s, %02d %s %04lld %02d:%02d:%02d GMT", kDays[weekday],
                                date.day, kMonths[date.month - 1], static_cast<long long>(date.year),
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
