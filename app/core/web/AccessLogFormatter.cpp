#include "AccessLogFormatter.h"

#include <QDateTime>
#include <QTime>

#include "ControlCharEscaper.h"

#include <cstring>

namespace {

void appendTwoDigits(char *to, int value)
{
    to[0] = char('0' + value / 10 % 10);
    to[1] = char('0' + value % 10);
}

// Bytes that can go to the log as they are: printable ASCII (the parser refuses control
// characters in the fields it accepts; refused heads are shown repaired and escaped).
bool isPlainAscii(const QByteArray &bytes)
{
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 32 || u >= 127)
            return false;
    }
    return true;
}

void appendText(QByteArray *out, const QByteArray &bytes, bool latin1)
{
    if (isPlainAscii(bytes)) {
        out->append(bytes);
        return;
    }
    // A refused head is logged as it came: its control characters (ESC, C1, a bare CR) are
    // shown as \x1b and so on, never sent to the terminal.
    const QString text = latin1 ? QString::fromLatin1(bytes) : QString::fromUtf8(bytes);
    out->append(ControlCharEscaper::escaped(text).toUtf8());
}

} // namespace

AccessLogFormatter::AccessLogFormatter()
    : m_incomplete(tr("(client left before the end)").toUtf8())
{
}

void AccessLogFormatter::appendClock(QByteArray *out, qint64 msecs)
{
    qint64 second = msecs / 1000;
    int millis = int(msecs % 1000);
    if (millis < 0) {
        millis += 1000;
        --second;
    }
    if (second != m_second) {
        m_second = second;
        const QTime local = QDateTime::fromSecsSinceEpoch(second).time();   // local time
        appendTwoDigits(m_clock, local.hour());
        m_clock[2] = ':';
        appendTwoDigits(m_clock + 3, local.minute());
        m_clock[5] = ':';
        appendTwoDigits(m_clock + 6, local.second());
    }
    char text[12];
    std::memcpy(text, m_clock, 8);
    text[8] = '.';
    text[9] = char('0' + millis / 100);
    appendTwoDigits(text + 10, millis % 100);
    out->append(text, 12);
}

void AccessLogFormatter::append(QByteArray *out, const RequestLogEntry &e)
{
    appendClock(out, e.msecsSinceEpoch);
    out->append(' ');
    out->append(e.client.toUtf8());
    out->append(" \"", 2);
    if (e.method.isEmpty()) {
        out->append('-');
    } else {
        appendText(out, e.method, true);
        out->append(' ');
        appendText(out, e.target, false);
        out->append(' ');
        appendText(out, e.version, true);
    }
    out->append("\" ", 2);
    out->append(QByteArray::number(e.status));
    out->append(' ');
    out->append(QByteArray::number(e.bytesSent));
    out->append(' ');
    out->append(QByteArray::number(e.durationMs));
    out->append("ms", 2);
    if (!e.completed) {
        out->append(' ');
        out->append(m_incomplete);
    }
}

QString AccessLogFormatter::line(const RequestLogEntry &entry)
{
    QByteArray bytes;
    append(&bytes, entry);
    return QString::fromUtf8(bytes);
}
