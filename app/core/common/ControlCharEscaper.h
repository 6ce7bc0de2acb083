#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

// Makes the control characters in text that came from a peer visible, so that they can neither
// act on a terminal (ESC and CSI sequences that move the cursor, rewrite lines, change the title)
// nor break a log into lines that were never sent: C0 (U+0000-U+001F), DEL (U+007F) and C1
// (U+0080-U+009F) become \0, \t, \n, \r or \xNN (ESC is \x1b, CSI \x9b). Everything else stays
// as it is, printable Unicode (中文) included.
//
// A backslash is left alone: escaping is idempotent, so text that is already escaped (received
// data as TextCodec shows it, a log line quoting an escaped name) is never escaped twice, and
// the console can run every line through it as a last line of defence.
class ControlCharEscaper
{
public:
    // Keep: a line feed stays a line break (multi-line text of our own, such as usage texts or
    // a block of access-log lines); everything else is still escaped.
    enum class LineBreaks { Escape, Keep };

    static bool isControl(char32_t ch);
    // Appends the visible form of one control character (\n, \xNN, …).
    static void appendEscaped(QString *out, char32_t ch);

    static bool needsEscaping(QStringView text, LineBreaks lineBreaks = LineBreaks::Escape);
    static QString escaped(const QString &text, LineBreaks lineBreaks = LineBreaks::Escape);
    // The same on UTF-8 bytes: C0 and DEL bytes, and C1 characters (C2 80-C2 9F) are escaped;
    // every other byte is copied as it is. Returns `utf8` itself (no copy) when nothing needs it.
    static QByteArray escapedUtf8(const QByteArray &utf8, LineBreaks lineBreaks = LineBreaks::Escape);
};
