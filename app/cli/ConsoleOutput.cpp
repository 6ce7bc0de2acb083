#include "ConsoleOutput.h"

#include "ConsoleTerminal.h"
#include "ControlCharEscaper.h"
#include "TrafficEventFormatter.h"

#include <cstdio>

ConsoleOutput::ConsoleOutput()
    : m_stderrIsTty(ConsoleTerminal::stderrIsTerminal())
{
}

void ConsoleOutput::setEncoding(TextCodec::Encoding encoding)
{
    m_encoding = encoding;
}

void ConsoleOutput::setHex(bool hex)
{
    m_hex = hex;
}

void ConsoleOutput::setQuiet(bool quiet)
{
    m_quiet = quiet;
}

void ConsoleOutput::apply(const TextSettings &settings)
{
    setEncoding(settings.encoding);
    setHex(settings.hex);
    setQuiet(settings.quiet);
}

QString ConsoleOutput::format(const TrafficEvent &e) const
{
    return TrafficEventFormatter::line(e, m_encoding, m_hex);
}

void ConsoleOutput::event(const TrafficEvent &e)
{
    if (m_quiet && e.kind == TrafficEvent::Kind::Data)
        return;
    endProgress();
    // Formatted with every control character escaped; checked once more here, the last line of
    // defence for whatever a peer managed to put into an event.
    const QByteArray text = ControlCharEscaper::escapedUtf8(format(e).toUtf8());
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fputc('\n', stdout);
}

void ConsoleOutput::events(const QList<TrafficEvent> &list)
{
    for (const TrafficEvent &e : list)
        event(e);
    std::fflush(stdout);
}

void ConsoleOutput::line(const QString &text)
{
    endProgress();
    const QByteArray bytes = ControlCharEscaper::escaped(text, ControlCharEscaper::LineBreaks::Keep).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void ConsoleOutput::lines(const QByteArray &utf8)
{
    endProgress();
    const QByteArray text = ControlCharEscaper::escapedUtf8(utf8, ControlCharEscaper::LineBreaks::Keep);
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void ConsoleOutput::error(const QString &text)
{
    endProgress();
    std::fflush(stdout);
    const QByteArray bytes =
        (QStringLiteral("socketlab: ") + ControlCharEscaper::escaped(text, ControlCharEscaper::LineBreaks::Keep)).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

void ConsoleOutput::progress(const QString &text)
{
    const QByteArray bytes = ControlCharEscaper::escaped(text).toUtf8();
    if (m_stderrIsTty) {
        std::fputs("\r\x1b[K", stderr);
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
        m_progressOpen = true;
    } else {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
        std::fputc('\n', stderr);
    }
    std::fflush(stderr);
}

void ConsoleOutput::endProgress()
{
    if (m_progressOpen) {
        std::fputc('\n', stderr);
        m_progressOpen = false;
    }
}

void ConsoleOutput::flush()
{
    std::fflush(stdout);
    std::fflush(stderr);
}
