#pragma once

#include <QList>
#include <QString>

#include "TextCodec.h"
#include "TextSettings.h"
#include "TrafficEvent.h"

// Everything a command prints. One line per event on stdout:
//   12:03:04.567  127.0.0.1:53422  <  hello                   received (text, UTF-8 by default)
//   12:03:04.568  127.0.0.1:53422  >  HELLO                   sent
//   12:03:04.100  127.0.0.1:53422  *  connected               state change
//   12:03:05.000  127.0.0.1:53422  !  … reset the connection  error
// Received text is decoded with control characters escaped (\r \n \t \xNN), so one event is
// always exactly one line. Progress goes to stderr; fatal messages go to stderr too.
// Nothing a peer sends can reach the terminal as a control character: every path below runs its
// text through ControlCharEscaper (ESC is printed as \x1b), keeping only the line breaks of
// line(), lines() and error(), which print multi-line texts of our own.
class ConsoleOutput
{
public:
    ConsoleOutput();

    void setEncoding(TextCodec::Encoding encoding);
    void setHex(bool hex);
    void setQuiet(bool quiet);          // data lines are not printed (counts still are)
    void apply(const TextSettings &settings);   // --encoding, --hex and --quiet

    void event(const TrafficEvent &event);
    void events(const QList<TrafficEvent> &events);
    void line(const QString &text);     // a plain stdout line
    void lines(const QByteArray &utf8); // plain stdout lines, already UTF-8 (a newline is added)
    void error(const QString &text);    // "socketlab: <text>" on stderr
    void progress(const QString &text); // "\r<text>" on stderr when it is a terminal, lines otherwise
    void endProgress();
    void flush();

    QString format(const TrafficEvent &event) const;

private:
    TextCodec::Encoding m_encoding = TextCodec::Encoding::Utf8;
    bool m_hex = false;
    bool m_quiet = false;
    bool m_stderrIsTty = false;
    bool m_progressOpen = false;
};
