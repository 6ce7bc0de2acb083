#include "StdinReader.h"

// Splitting into lines; the reading itself is in posix/StdinReader.cpp or portable/StdinReader.cpp.

void StdinReader::consume(const char *data, qint64 size)
{
    if (m_ended)
        return;
    m_buffer.append(data, size);
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n', start);
        if (nl < 0)
            break;
        qsizetype end = nl;
        if (end > start && m_buffer.at(end - 1) == '\r')
            --end;
        emit lineRead(m_buffer.mid(start, end - start));
        start = nl + 1;
    }
    m_buffer.remove(0, start);
}

void StdinReader::finishInput()
{
    if (m_ended)
        return;
    m_ended = true;
    if (!m_buffer.isEmpty()) {
        QByteArray last;
        last.swap(m_buffer);
        if (last.endsWith('\r'))
            last.chop(1);
        emit lineRead(last);
    }
    emit endOfInput();
}
