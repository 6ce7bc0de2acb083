#include "LogFileWriter.h"

LogFileWriter::LogFileWriter(const QString &path)
    : m_file(path)
{
    m_ok = m_file.open(QIODevice::WriteOnly);
}

bool LogFileWriter::ok() const
{
    return m_ok;
}

void LogFileWriter::write(const QByteArray &bytes)
{
    if (m_ok)
        m_ok = m_file.write(bytes) == bytes.size();
}

void LogFileWriter::writeLine(const QByteArray &utf8)
{
    write(utf8 + '\n');
}

void LogFileWriter::writeCsvRow(const QStringList &fields)
{
    QByteArray row;
    if (!m_wroteCsv)
        row = QByteArrayLiteral("\xEF\xBB\xBF");
    m_wroteCsv = true;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            row += ',';
        row += csvField(fields.at(i)).toUtf8();
    }
    row += "\r\n";
    write(row);
}

bool LogFileWriter::commit()
{
    if (!m_ok) {
        m_file.cancelWriting();
        return false;
    }
    m_ok = m_file.commit();
    return m_ok;
}

QString LogFileWriter::errorString() const
{
    return m_file.errorString();
}

QString LogFileWriter::csvField(QString field)
{
    if (!field.isEmpty()) {
        const QChar c = field.at(0);
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
            || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
            field.prepend(QLatin1Char('\''));
    }
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n'))
        || field.contains(QLatin1Char('\r'))) {
        field.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + field + QLatin1Char('"');
    }
    return field;
}
